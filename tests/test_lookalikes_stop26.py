"""Look-alikes blind 22 lost (issue 14, stop 26; its lost weeks, bus lines and institutions were read after
the twenty-first round had been measured on it): a quoted title with a week, a train's name, a church's or a
venue's name. The names beside them must still go. The sentences are written for these tests, not taken from
any corpus.
"""

from __future__ import annotations

import pytest

from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Skärmdump från gruppchatt "Fest vecka 17":\nEbbe K: vem har högtalare?', ["Fest vecka 17"]),
        ('Inbjudan "Grillkväll v. 32" gick ut till alla.', ["Grillkväll v. 32"]),
        ("Bortasupportrar kommer med Pågatåg.", ["Pågatåg"]),
        ("Vi undersöker resa med Öresundståg eller Krösatågen.", ["Öresundståg", "Krösatågen"]),
        ("Godståg har spårat ut i hamnen.", ["Godståg"]),
        ("Klotter på Mor Gabriel syrisk-ortodoxa kyrka i natt.", ["Mor Gabriel syrisk-ortodoxa kyrka"]),
        ("Begravning i Kristus Konungens katolska kyrka på fredag.", ["Kristus Konungens katolska kyrka"]),
        ("Bröllop i festlokalen Rosvalla nöjes- och idrottscentrum.", ["Rosvalla nöjes- och idrottscentrum"]),
        ("Mässa i Sankta Eugenia katolska församling.", ["Sankta Eugenia"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    kept(text, *words)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Skärmdump från gruppchatt "Fest vecka 17":\nEbbe K: vem har högtalare?', ["Ebbe"]),
        ('killen "Bullen" kom igen', ["Bullen"]),
        ("Kalle Berg i kyrkan sa hej.", ["Kalle", "Berg"]),
        ("Vi såg Anna Lind vid centrum.", ["Anna", "Lind"]),
    ],
)
def test_names_still_found(text: str, names: list[str]) -> None:
    gone(text, *names)
