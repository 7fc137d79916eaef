"""Round 40 (stop 35), from blind 40 (HVB homes, stödboenden and the social services' jour) and blind 41
(the public transport operator's reports), written here in other words: a night log's residents by what
they do (`avvek`, `nekar`, `vaknade`), in capitals or in lowercase, a welcome, the social services as a
role; a participle is no place's name."""

from __future__ import annotations

import pytest

from lagesbild.privacy import redact


def _out(text: str) -> str:
    out = redact(text)
    assert out is not None
    return out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # A participle after a name is no place's name (`avviken` ends as `Sörviken` does).
        ("Natten: Elin sov. Alva avviken sedan kvällen.", "Alva"),
        # A night log's residents by what they do.
        ("Kvällen lugn. Tarik vaknade och grät.", "Tarik"),
        ("natt: hawre vaknade och grät.", "hawre"),
        # A welcome, the social services as a role.
        ("Välkommen Shirin! Din kontaktperson är Mats.", "Shirin"),
        # Whom someone called out to.
        ("En av dem ropade på Tito innan de sprang.", "Tito"),
        ("Polis: Ali Berg\nSoc: Anna Lind\nUngdomar: två", "Anna Lind"),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Personal sov inte på natten.", "Personal"),
        ("De ropade på Polisen.", "Polisen"),
        # The police's titles write these verbs after a noun.
        ("Kund vägrade betala för taxi.", "Kund"),
        ("Personbil avvikit från olycksplats.", "Personbil"),
        ("Välkommen till boendet!", "Välkommen till boendet"),
        ("Kvällen lugn. Alla sov.", "Alla sov"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Larm på Villa Linnea i natt.",
        "Samtal från Stödboende Tornet om kvällen.",
        "Matrester vid Förskolan Myran.",
        "Mötet hölls på Träffpunkt Skönsberg.",
    ],
)
def test_a_homes_name_stays(text: str) -> None:
    assert _out(text) == text
