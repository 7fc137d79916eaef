"""Place names as texts write them: a kommun's own name, the generic words of RegSO names ("Södra",
"Centrum", "skog") that name no one place, and the pattern of a name tolerant to case and genitive."""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache

from lagesbild.coordinates import OUTLINE_FILE

# SCB's RegSO 2025 areas of all Sweden (lagesbild/kommuner.py reads the geometry; here only the names).
REGSO_FILE = OUTLINE_FILE.with_name("regso_2025.geojson.gz")


def own_name_pattern(kommun_name: str) -> re.Pattern[str]:
    """The kommun's own name as a text may write it: "Nyköping", "Nyköpings", "Nyköpings kommun".

    A kommun's name in a report says which kommun, not which district: police headlines end with it
    ("…, Misshandel, Åre") and location.name is it. Areas (and aliases, places) named like the kommun
    or like a part of its name ("Åre", "Sälen" of "Malung-Sälen") would otherwise catch every such
    event. PlaceMatcher passes over names found only inside this pattern's matches."""
    words = r"\s+".join(re.escape(word) + "s?" for word in kommun_name.split())
    return re.compile(r"(?<!\w)" + words + r"(?:\s+kommuns?)?(?!\w)", re.IGNORECASE)


# A word is generic when it is a word of its own in at least GENERIC_AS_WORD of the 3,363 RegSO names
# ("Södra", "Centrum", "Norra", "Strand") or the first or last part of a compound word in at least
# GENERIC_IN_COMPOUND of them ("skog" in "Hässleskog", "berg" in "Fredriksberg", "söder" in "Södermalm").
GENERIC_AS_WORD = 5
GENERIC_IN_COMPOUND = 20
_NAME_WORD = re.compile(r"[^\W\d_]+")


def generic_words_of(names: list[str]) -> frozenset[str]:
    """The (lower-case) words that occur in so many place names that they name no one place."""
    as_word: dict[str, int] = {}
    in_compound: dict[str, int] = {}
    tokens = [{w.lower() for w in _NAME_WORD.findall(name)} for name in names]
    for words in tokens:
        for word in words:
            as_word[word] = as_word.get(word, 0) + 1
    vocabulary = [w for w in as_word if len(w) >= 3]
    for words in tokens:
        parts = {w[:k] for w in words for k in range(3, len(w))} | {
            w[-k:] for w in words for k in range(3, len(w))
        }
        for word in parts:
            in_compound[word] = in_compound.get(word, 0) + 1
    return frozenset(
        w for w in vocabulary if as_word[w] >= GENERIC_AS_WORD or in_compound.get(w, 0) >= GENERIC_IN_COMPOUND
    )


# A RegSO name in the layer's JSON text: the "regsonamn" key and its string value (JSON escapes kept).
_REGSO_NAME = re.compile(rb'"regsonamn"\s*:\s*("(?:[^"\\]|\\.)*")')


def regso_names() -> list[str]:
    """Every RegSO 2025 name of the shipped layer, in feature order. Only the names are picked out of
    the JSON text: parsing every polygon (json.load) took 0.7 s CPU of each ingest (0.25 s in a fresh
    process), this 0.04 s (tests/test_generic_place_words.py checks the names are the same)."""
    with gzip.open(REGSO_FILE, "rb") as fh:
        raw = fh.read()
    return [json.loads(value) for value in _REGSO_NAME.findall(raw)]


@lru_cache(maxsize=1)
def generic_name_words() -> frozenset[str]:
    """Generic words by their frequency across all RegSO 2025 names of Sweden (the shipped layer)."""
    return generic_words_of(regso_names())


def is_generic_name(name: str, generic: frozenset[str]) -> bool:
    """A name made of generic words only ("Söder", "Skog", "Norra centrum"): also a common word."""
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    return bool(words) and all(w in generic for w in words)


# With the row's kommun known, "i centrum" / "centrala" name that kommun's centre: its RegSO area
# called "…-Centrum" or "…-Centrala" (measured on the police events, docs/ingest.md).
CENTRE_WORDS = frozenset({"centrum", "centrala"})


def proper_noun(written: str, kommun_known: bool) -> bool:
    """Whether a generic name as written in a text names the place: one of its words capitalised
    ("på Söder", "centrala Jakobsberg"), or a centre word in a kommun's text ("brott i centrum")."""
    words = _NAME_WORD.findall(written)
    if any(w[0].isupper() for w in words):
        return True
    return kommun_known and all(w.lower() in CENTRE_WORDS for w in words)


def inflected(name: str) -> str:
    """A regex for a place name tolerant to case and the Swedish genitive: 'Fisksätras centrum'."""
    words = [re.escape(word) + "s?" for word in name.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
