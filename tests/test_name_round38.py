"""Round 38 (stop 35), from blind 38 (the fire service's texts) and blind 39 (the kommun's contact
centre), written here in other words: the fire service's and the contact centre's roles (`SL`,
`jourman`, `brandingenjör`, `Agent`, `hl:`), who works in a unit or comes from an organisation, whom a
unit names in brackets, a note addressed `Till X:`, a case named after a person, a chat quoted with `>`;
housing companies and a participle before a time that are no persons or properties."""

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
        # The fire service's and the contact centre's roles.
        ("21:10 Styrka larmad. SL Karjalainen.", "Karjalainen"),
        ("sl Berglund här: container brinner", "Berglund"),
        ("Hej! Jourman Frost här, brand i soprum.", "Frost"),
        ("Brandingenjör Lind redogjorde för bränderna.", "Lind"),
        ("Agent Sol: Hej, du chattar med kontaktcenter.", "Sol"),
        ("ID 4471 | Belysning | hl: Strand", "Strand"),
        # Who works in a unit or comes from an organisation.
        ("Nisse i styrkan såg en av dem.", "Nisse"),
        ("Följ upp med Falk på gatukontoret.", "Falk"),
        ("Grace från Riksbyggen har satt upp en kamera.", "Grace"),
        ("Dag från vår förening blev rånad i går.", "Dag"),
        # Whom a unit names in brackets, a note's addressee, a case's person.
        ("Samtal med polisen (Hägg) i dag.", "Hägg"),
        ("Till Björn: ring fastighetsägaren.", "Björn"),
        ("- Lindgren-ärendet väntar på svar", "Lindgren"),
        # A chat quoted with `>`.
        ("> anja: hej lampan är trasig\n> KC: vilken gata?\n> anja: Storgatan", "anja"),
        ("Flera nämner en äldre kille, Bamse. Han hänger vid torget.", "Bamse"),
    ],
)
def test_the_person_is_removed(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fastighetsägare: Mimer", "Mimer"),
        ("Vi har kontakt med Klövern och Trianon.", "Klövern och Trianon"),
        ("Larmad 21:40 av väktare.", "21:40"),
        ("Polisen (Syd) kom till platsen.", "Syd"),
        ("Klotter på gatukontoret igen.", "Klotter"),
        ("Tåg från Malmö Central är sena.", "Tåg"),
        ("SL Pendeltåg står still.", "Pendeltåg"),
    ],
)
def test_the_look_alike_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Narrowed after the whole-diff read: a name before a club's letters without the genitive's `s` is
        # the person's (`Anna Berg IFK`); a nickname in the definite form in brackets stays a nickname; a
        # person who fell is no tree.
        ("Spelare: Anna Berg IFK", "Anna Berg"),
        ("Ali (lillen) sprang därifrån.", "lillen"),
        ("Sten har fallit och slagit sig.", "Sten"),
    ],
)
def test_the_narrowed_guards_leave_the_name(text: str, gone: str) -> None:
    assert gone not in _out(text)
