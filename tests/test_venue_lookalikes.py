"""Venues that look like names, and plates whose letters look like an acronym (issue 14, stop 25).

From blind 17's lost institutions and missed plates, read after the sixteenth name round was measured on it
(its name misses were not read): a venue's Latin name (`Scandinavium`, `Culturum`), a terminal, a gallery,
a `Hus` or a stop after a word no list holds, a bracket over a list that is no nickname; a plate in the
2019 format whose letters are an acronym, in a text about vehicles. The sentences are written for these
tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Upphämtning vid torget, avlämning Scandinavium kl 17.00.", ["Scandinavium"]),
        ("Två ungdomar avvisade från Culturum efter stök.", ["Culturum"]),
        ("Stök vid Nacka Forum och vid Atrium i helgen.", ["Forum", "Atrium"]),
        ("Avstängd från Fyrisgymnasiet och från Centralterminalen.", ["Fyrisgymnasiet", "Centralterminalen"]),
        ("Beslut om avstängning från Ungdomens Hus", ["Ungdomens Hus"]),
        ("Vakterna följde med buss 9 från Vasaplans hållplats till centrum.", ["Vasaplans hållplats"]),
        (
            "Lista över personer med tillträdesförbud (Kungsmässan Galleria):\nAli Hassan – okänt",
            ["Kungsmässan"],
        ),
    ],
)
def test_a_venue_stays(text: str, words: list[str]) -> None:
    kept(text, *words)


def test_a_nickname_in_brackets_still_goes_beside_its_name() -> None:
    gone("Vi såg Kalle (Kexet) Andersson vid kiosken.", "Kexet", "Andersson")
    gone("Vi såg Kalle Andersson (Kexet) vid kiosken.", "Kexet", "Andersson")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Felparkerade fordon v 45:\nABC 123 – Storgatan, lappad\nBMW 29X – vid hållplatsen, lappad", "29X"),
        ("Fordon som lappats i natt: THC 94L vid Göteborg C.", "94L"),
    ],
)
def test_a_2019_plate_with_an_acronyms_letters_in_a_text_about_vehicles(text: str, plate: str) -> None:
    gone(text, plate)


@pytest.mark.parametrize("text", ["Kursen HLR 12A börjar i maj.", "Vi har GPS 20X i bussarna."])
def test_an_acronym_and_a_code_without_vehicles_stay(text: str) -> None:
    kept(text, text.split()[1], text.split()[2])
