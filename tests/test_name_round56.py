"""Round 56 (stop 38), from blind 62 (grannsamverkan) and blind 66 (baths, gyms and sports halls), written
here in other words: a role in its definite form with the person after a comma where the text ends, the rest
of those a greeting names (`Hej Ebba och övriga …`), a person with their mates (`Dzoni o hans polare`), a
person at a post (`på tornet`, `på hörnet`), a name asked alone in a chat (`Moa: Zinko?`), given names common
in Sweden now listed; structured: a plate in a currency's letters with a dash; and what stays: a place after a
comma, a shop at the corner, an amount in a currency's letters, a word asked alone in a chat."""

from __future__ import annotations

import pytest

from lagesbild.privacy import find_personal_data, redact


def _out(text: str) -> str:
    out = redact(text)
    assert out is not None
    return out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Vittne: Edin Delić. Ärendet lämnat till kommunpolisen, Strand.", "Strand"),
        ("Hej Ebba och övriga ombud i Tyresö!", "Ebba"),
        ("Polisen (Rostami, Ladan) kom till platsen.", "Ladan"),
        ("håll koll på Dzoni o hans polare, dom va stökiga", "Dzoni"),
        ("Will på tornet såg att någon drog ner en simmare.", "Will"),
        # chat speakers with a time in square brackets or an emoji after the name (found before too)
        ("Oskar [21:03]: kolla kameran\nDiego [21:05]: ser du vem?\nOskar [21:06]: nej", "Oskar"),
        ("Sigge 🐕: hittade en nyckel\nPekka H: lägg den i lådan\nSigge 🐕: ok gjort", "Sigge"),
        # a name asked alone in a chat
        (
            "Lisa: han från i förrgår är tillbaka\nMoa: Zinko?\nLisa: ja, vid kassan\nMoa: ring vakten",
            "Zinko",
        ),
        (
            "Lisa: han från i förrgår är tillbaka\nMoa: Micke?\nLisa: ja, vid kassan\nMoa: ring vakten",
            "Micke",
        ),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jag tror de kom i en röd bil, kanske GBP-274.", "GBP-274"),
        ("En vit skåpbil EUR-512 stod vid grinden.", "EUR-512"),
    ],
)
def test_the_plate_is_found(text: str, value: str) -> None:
    assert value in {f.value for f in find_personal_data(text)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Vi lämnade ärendet till polisen, Hallsberg.", "Hallsberg"),
        ("Pizzerian på hörnet har stängt.", "Pizzerian"),
        ("Kostnad GBP 274 för reparationen.", "GBP 274"),
        ("Hej alla och välkomna!", "alla"),
        # a word asked alone in a chat stays
        ("Anna: vi ses i kväll\nBo: Varför?\nAnna: för att\nBo: Okej?", "Varför?"),
        ("Anna: var är ni\nBo: Ica?\nAnna: ja\nBo: Polisen?", "Polisen?"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)
