"""The twenty-fifth round (issue 14, stop 27), from blind 25's misses (records exported from other systems):
dates that read as phone numbers, user ids made of names, a table's person columns, a person's field of
surnames. Sentences written for this test; each found case fails on the commit before the round.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.name_handles import find_handle_names
from lagesbild.privacy.name_tables import find_table_names
from lagesbild.privacy.name_words import ROLE_WORDS_SET
from lagesbild.privacy.structured import find_structured
from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    "text",
    [
        "Registrerad: 03.11.2026 21.15 av växeln",
        "Inkommit 2026-05-17: klotter på elskåpet",
        "sedan 11/09/2026 har dörren varit trasig",
    ],
)
def test_dates_are_no_phones(text: str) -> None:
    assert not [f for f in find_structured(text) if f.type == "telefon"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tel 08-123 45 67 den 04.08.2026", "08-123 45 67"),
        ("Ring 070-765 43 21, ärendet från 2026-01-02", "070-765 43 21"),
    ],
)
def test_phones_beside_dates_stay_found(text: str, number: str) -> None:
    assert number in [f.value for f in find_structured(text) if f.type == "telefon"]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Handläggare: amira.haddad / Status: öppen", ["amira.haddad"]),
        ("Status ändrad av karl-johan.soderlund", ["karl-johan.soderlund"]),
        ("Utlämnad av: tove.blom, lgh 1203", ["tove.blom"]),
    ],
)
def test_user_ids(text: str, ids: list[str]) -> None:
    found = [text[s:e] for s, e in find_handle_names(text)]
    assert found == ids


@pytest.mark.parametrize("text", ["bl.a. lampor", "se rapport.pdf", "t.ex. i trappan", "fönster.krossat"])
def test_no_user_id(text: str) -> None:
    assert find_handle_names(text) == []


def test_person_columns() -> None:
    text = "Id;Förnamn;Efternamn;Ålder\n4411;Ilyas;Berhane;15\n4412;okänd;Dahlin;14"
    found = [text[s:e] for s, e in find_table_names(text, ROLE_WORDS_SET)]
    assert found == ["Ilyas", "Berhane", "Dahlin"]  # `okänd` is a word, no one


def test_a_columns_organisation_in_brackets_stays() -> None:
    kept("Rapportör;Handläggare;Telefon\nStena Fastigheter;Hodan (Rikshem);070-123 45 67", "Rikshem")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "RAR 1234 / Plats: Harg / Ingripande: Lindqvist/Hämäläinen / Tid: 22:10",
            ["Lindqvist", "Hämäläinen"],
        ),
        ("Kategori: Klotter\nMottagen av kundtjänst: Wikström", ["Wikström"]),
    ],
)
def test_person_fields(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kategori: Klotter/Hiss\nStatus: Pågående", ["Klotter", "Hiss", "Pågående"]),
        ("OBS: ÅTERFUNNEN. Polisen tackar för hjälpen.", ["ÅTERFUNNEN"]),
        ("Organisation: Max. Kontaktperson: Ali Berg", ["Max."]),
    ],
)
def test_fields_that_hold_no_person(text: str, words: list[str]) -> None:
    kept(text, *words)


def test_a_plate_after_a_row_ending_in_capitals() -> None:
    # the row before ends in `SEK`: no shouting on the plate's own line
    text = "Reg.nr;Datum;Avgift\nEJA 123;6 okt;3900 SEK\nDHX 32R;2 maj;475 kr"
    assert [f.value for f in find_structured(text) if f.type == "regnr"] == ["EJA 123", "DHX 32R"]
