"""The name lists widened at stop 26 (issue 14: "widen the name lists"), and the unknown-word rule beside
them: what the new lists hold, what their filters keep out, and what that does to a text.

The lists are built by scripts/build_name_lists.py from Faker's person providers; the names checked here
were picked by hand from what those locales are known for, not from any corpus.
"""

from __future__ import annotations

import pytest

from lagesbild.privacy.name_unknown_word import unknown_word
from lagesbild.privacy.name_words import ROLE_WORDS_SET
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES, NOT_NAMES, WORLD_COMMON
from tests.name_checks import gone, kept


@pytest.mark.parametrize("name", ["Sean", "Niamh", "Siobhan", "Femke", "Søren"])
def test_new_given_names(name: str) -> None:
    assert name in FIRST_NAMES


@pytest.mark.parametrize("name", ["Murphy", "Bakker", "Fitzgerald"])
def test_new_surnames(name: str) -> None:
    assert name in LAST_NAMES


@pytest.mark.parametrize(
    "word",
    [
        "Hill",  # an English word (wbritish)
        "Ava",  # a village the police name (`E4 Ava`)
        "Arrie",
        "Levar",
        "Mack",  # a word the police type in lowercase (`vid en mack`)
        "Sophus",  # `sophus`, a bin shed
        "January",  # a month
        "Annar",  # its genitive is a Swedish word (`annars`)
    ],
)
def test_filtered_out(word: str) -> None:
    assert word not in FIRST_NAMES and word not in LAST_NAMES


def test_surnames_are_no_new_given_names() -> None:
    # English lists give surnames as given names too; a Swedish surname stays a surname only
    assert "Jensen" not in FIRST_NAMES and "Jensen" in LAST_NAMES
    assert "Fitzgerald" not in FIRST_NAMES


def test_new_names_are_not_read_in_lowercase_alone() -> None:
    assert "Sean" not in WORLD_COMMON and "Femke" not in WORLD_COMMON


@pytest.mark.parametrize(
    ("word", "unknown"),
    [
        ("Abids", True),  # `Abid` is listed; a word of its own is decided here
        ("Jensens", False),  # a Swedish surname's genitive: `Jensens Bøfhus`
        ("Fitzgerald", True),  # a listed surname that is no given name and no word
        ("Murphy", False),  # a surname the lexicon holds (`murphy`) stays with the list finders
        ("Berg", False),  # a surname that is a word stays with the list finders
        ("Anna", False),  # a listed given name stays with the list finders
    ],
)
def test_unknown_word(word: str, unknown: bool) -> None:
    assert unknown_word(word, NOT_NAMES, ROLE_WORDS_SET) is unknown


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Deltog: Eva Strand, Sean Murphy, Ola Berg.", ["Sean", "Murphy"]),
        ("Kameran vid entrén tog Mark Fitzgerald i tisdags.", ["Fitzgerald"]),
        ("Igår kom Haris till mottagningen.", ["Haris"]),  # listed since stop 26
        ("Femke Bakker har flyttat till Gammelstad.", ["Femke", "Bakker"]),
    ],
)
def test_found(text: str, names: list[str]) -> None:
    gone(text, *names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trafikolycka på E4 Ava, norrgående körfält.", ["Ava"]),
        ("Brand i sophus på Odalvägen.", ["sophus"]),
        ("Kvinna påverkad vid en mack i Brunflo.", ["mack"]),
        ("Misshandel utanför Jensens Bøfhus i natt.", ["Jensens Bøfhus"]),
        ("En lugn natt. Annars inget att rapportera.", ["Annars"]),
        ("Larm om trafikolycka på E4 mellan Levar och Håknäs.", ["Levar", "Håknäs"]),
    ],
)
def test_kept(text: str, words: list[str]) -> None:
    kept(text, *words)
