"""The vocabulary the name rules ask (issue 14): wordfreq's Swedish frequency list (a word is known when
its Zipf frequency is at least :data:`KNOWN_ZIPF`, 3 = once per million words), the product's category
words and the words of Swedish place names.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Final

__all__ = [
    "KNOWN_ZIPF",
    "domain_words",
    "frequent_words",
    "lexicon",
    "lower_place_words",
    "place_words",
    "police_place_words",
    "zipf",
]

# A word at least this frequent in Swedish text (Zipf scale: 3 = once per million words) is a word.
# Tuned on the real police feed (places, few names) and the development corpora: docs/redaction.md.
KNOWN_ZIPF: Final = 3.3
PLACE_WORDS_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "place_words.txt"
POLICE_PLACE_WORDS_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "place_words_police.txt"
# The product's own vocabulary: every label and alias of the default categories (`Fylleri`, `Häleri`).
CATEGORY_FILE: Final = Path(__file__).resolve().parents[1] / "config" / "categories.toml"


@cache
def _buckets(language: str = "sv") -> list[list[str]]:
    """wordfreq's words by frequency: bucket i holds the words of Zipf frequency 9 - i/100."""
    from wordfreq import get_frequency_list  # imported where used: 0.2 s on the first redaction

    return get_frequency_list(language)


def frequent_words(language: str, floor: float) -> frozenset[str]:
    """The words of `language` whose Zipf frequency is at least `floor`."""
    top = round((9 - floor) * 100)
    return frozenset(w for bucket in _buckets(language)[: top + 1] for w in bucket)


@cache
def lexicon() -> frozenset[str]:
    """The Swedish words of at least :data:`KNOWN_ZIPF`."""
    return frozenset(w for w in frequent_words("sv", KNOWN_ZIPF) if w.isalpha())


def zipf(word: str) -> float:
    """The word's Zipf frequency in Swedish, 0 below 1.0 (block_properties asks about rare nouns)."""
    return _zipf_of().get(word.lower(), 0.0)


@cache
def _zipf_of() -> dict[str, float]:
    return {w: 9 - i / 100 for i, bucket in enumerate(_buckets()[:801]) for w in bucket}


@cache
def domain_words() -> frozenset[str]:
    """The words of the product's own category labels and aliases, in lowercase (`fylleri`, `häleri`)."""
    import tomllib

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for k, v in node.items() for s in [k, *strings(v)]]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return []

    config = tomllib.loads(CATEGORY_FILE.read_text(encoding="utf-8"))
    return frozenset(w.lower() for s in strings(config) for w in re.findall(r"[^\W\d_]+", s))


@cache
def place_words() -> frozenset[str]:
    """The capitalised words of Swedish place names (RegSO areas, kommuner, stations, towns)."""
    return frozenset(PLACE_WORDS_FILE.read_text(encoding="utf-8").split())


@cache
def police_place_words() -> frozenset[str]:
    """Places the police's public events name that no area list holds (scripts/build_place_words.py):
    read as places only after a word that leads to a place (`från Tynnered`), as a village's name can be a
    person's surname too."""
    return frozenset(POLICE_PLACE_WORDS_FILE.read_text(encoding="utf-8").split())


@cache
def lower_place_words() -> frozenset[str]:
    return frozenset(p.lower() for p in place_words())
