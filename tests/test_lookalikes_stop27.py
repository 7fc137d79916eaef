"""Look-alikes that the wider name lists of stop 27 put at risk (issue 14): a name now listed made the rules
around it take a place, a venue or a business beside it. Each case fails on the commit before the fix and
keeps the person's name found. Sentences written for this test; the names and places are not a corpus's.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.name_cue_words import after_place_prep
from lagesbild.privacy.name_words import organisation_form, shouted_word
from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "lookalikes", "names"),
    [
        # a shouted name ends at a preposition, not in the church after it
        (
            "20.15 LOB KIBROM TESFAY UTANFÖR Gustav Adolfs kyrka, TRANSPORT",
            ["Gustav Adolfs kyrka"],
            ["KIBROM"],
        ),
        ("GRIPEN: VALBONA KRASNIQI VID Karl Johans torg", ["Karl Johans torg"], ["VALBONA", "KRASNIQI"]),
        ("Omhändertagen ZABIHULLAH NIAZI UTANFÖR Olof Palmes plats", ["Olof Palmes plats"], ["NIAZI"]),
        # a place and who walked there, in brackets
        ("Trygghetsvandring vid Hagaparken (Tesfalem Haile, K. Åberg)", ["Hagaparken"], ["Tesfalem"]),
        ("Vandring i Nävertorp (Ragnvald Labba och Siv Ek)", ["Nävertorp"], ["Ragnvald", "Labba"]),
        # a business or club in brackets after a person
        (
            "Närvarande: Somsak Srisuk (Brandkärrs Grill), Hiba Saleh (Björknäs IF)",
            ["Brandkärrs Grill"],
            ["Srisuk"],
        ),
        ("Möte med Rebwar Zebari (Tystberga Bil) om inbrotten.", ["Tystberga Bil"], ["Rebwar", "Zebari"]),
        # a club or business joined by `och` to a person
        (
            "Tack till Nyköpings BK och Shamiram Khoshaba för hjälpen.",
            ["Nyköpings BK"],
            ["Shamiram", "Khoshaba"],
        ),
        ("Gunnar Öst på Väla City och Arben Gashi på Bilcentret deltog.", ["Väla City"], ["Arben", "Gashi"]),
        # a chat's title before a colon
        ('Foto i chatten "Stensö gänget": Hekmatullah, Nour poserar', ["Stensö gänget"], ["Hekmatullah"]),
    ],
)
def test_lookalike_kept_and_name_found(text: str, lookalikes: list[str], names: list[str]) -> None:
    kept(text, *lookalikes)
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Klagomål på Emre (smeknamnet Chico), bor hos mostern.",
            ["Emre", "Chico"],
        ),  # `på` may be a person's
        ("Vi mötte Bullen (Máret Kuoljok) vid torget.", ["Bullen", "Máret", "Kuoljok"]),
        ("Ali Karimi (Abu Khaled) var där igen.", ["Abu", "Khaled"]),  # a two-word nickname in brackets
        ("Misstänkt BO GLAD, född 1998.", ["BO", "GLAD"]),  # a shouted surname that is a word
        ("Vittne: EVA GRAN, tel senare.", ["EVA", "GRAN"]),
        ('Hon heter "Bullen" Ali Karimi.', ["Bullen"]),
    ],
)
def test_names_still_found(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("word", "stop"),
    [("UTANFÖR", True), ("VID", True), ("HOS", True), ("GLAD", False), ("GRAN", False), ("ANNA", False)],
)
def test_shouted_word(word: str, stop: bool) -> None:
    assert shouted_word(word) is stop


@pytest.mark.parametrize(
    ("words", "organisation"),
    [
        ("Hedin Bil", True),
        ("Syrianska FC", True),
        ("Råå Pizzeria", True),
        ("Abu Khaled", False),
        ("Bullen", False),
    ],
)
def test_organisation_form(words: str, organisation: bool) -> None:
    assert organisation_form(words) is organisation


@pytest.mark.parametrize(
    ("text", "wide", "place"),
    [
        ("vandring i ", False, True),
        ("klagomål på ", False, False),  # `på` is said of people too
        ("klagomål på ", True, True),
        ("hot mot ", False, False),
        ("hot mot ", True, True),
    ],
)
def test_after_place_prep(text: str, wide: bool, place: bool) -> None:
    assert after_place_prep(text, len(text), wide=wide) is place
