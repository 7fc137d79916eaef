"""The Swedish lexicon the name rules ask: wordfreq's frequency list (issue 14).

A word is known when its Zipf frequency is at least :data:`KNOWN_ZIPF` (3 = once per million words).
"""

from __future__ import annotations

from functools import cache
from typing import Final

__all__ = ["KNOWN_ZIPF", "frequent_words", "lexicon", "zipf"]

# A word at least this frequent in Swedish text (Zipf scale: 3 = once per million words) is a word.
# Tuned on the real police feed (places, few names) and the development corpora: docs/redaction.md.
KNOWN_ZIPF: Final = 3.3


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
