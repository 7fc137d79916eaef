"""The hand-written names of stop 27 (scripts/hand_names_more.py; issue 14: "widen the name lists"): Thai,
South Asian, Chinese, Assyrian, Eritrean and Ethiopian, Albanian, Persian, Afghan, Kurdish, Greek, Filipino,
Sami and older Nordic names that no Faker list holds. The names and sentences here were written for this test,
not taken from any corpus.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES, WORLD_COMMON
from tests.name_checks import gone, kept


@pytest.mark.parametrize(
    "name",
    ["Somsak", "Tesfalem", "Ninos", "Valbona", "Hekmatullah", "Zhiqiang", "Rebwar", "Ragnvald", "Niillas"],
)
def test_given_names(name: str) -> None:
    assert name in FIRST_NAMES


@pytest.mark.parametrize("name", ["Krasniqi", "Kuhmunen", "Ghebreyesus", "Papadopoulou", "Wickramasinghe"])
def test_surnames(name: str) -> None:
    assert name in LAST_NAMES


@pytest.mark.parametrize(
    "word",
    [
        "Dieter",  # Swedish `dieter`, diets
        "Granit",  # granite
        "Aster",  # the flower
        "Anan",  # found in the police's summaries
    ],
)
def test_words_are_kept_out(word: str) -> None:
    assert word not in FIRST_NAMES and word not in LAST_NAMES


def test_long_names_are_read_in_lowercase_alone_and_short_ones_not() -> None:
    # five letters or more and no start of a Swedish word; `Aram` and `Nila` need context
    assert {"Zabihullah", "Somsak", "Valbona"} <= WORLD_COMMON
    assert "Aram" not in WORLD_COMMON and "Nila" not in WORLD_COMMON


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anmälan kom från Tesfalem Ghebreyesus, som bor i huset.", ["Tesfalem", "Ghebreyesus"]),
        ("Vaktmästaren Somsak såg två unga vid cykelstället.", ["Somsak"]),
        ("Samtal med Valbona Krasniqi om trappan i port 4.", ["Valbona", "Krasniqi"]),
        ("ringde hekmatullah igen om mopederna", ["hekmatullah"]),
        ("Ragnvald Kuhmunen anmälde skadegörelse på skotern.", ["Ragnvald", "Kuhmunen"]),
    ],
)
def test_found_in_text(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Klotter på granit vid entrén, sanerat.", ["granit"]),
        ("Stenläggningen av granit vid Fisksätra torg är lös.", ["Fisksätra torg"]),
    ],
)
def test_words_survive(text: str, words: list[str]) -> None:
    kept(text, *words)
