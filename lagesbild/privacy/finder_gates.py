"""Whole-finder gates: cheap necessary conditions under which a name finder can find anything at all.

`find_personal_data` runs a dozen name finders on every text, and most texts give most of them nothing:
on the ingest bench's texts and on the real police feed a finder's own scan is most of the redaction's
time (issue 16). A gate here asks, per word of the text, the question every finding of its finder starts
from, and the finder runs only when some word could start one. The gate is a *necessary condition*,
never an approximation: when it says no, the finder would have returned ``[]``.

The per-word answers are pure functions of the word (the lists are fixed at import), so they are cached
(bounded: `lru_cache`), and words repeat across texts. Each gate names the finder's code it follows;
**a rule added to that finder that can find a span without the condition below must widen its gate**
(tests/test_finder_gates.py compares the gated and ungated finder on the corpora and on generated text).

- `might_find_names` guards `name_finder.find_names`: its loop skips a word unless the word has context
  before it (`ctx`), is a candidate (`CANDIDATES`, `-sson`, a hyphen, a lowercase candidate, an all-caps
  candidate) or a clear surname follows it (`surname_follows`); context comes from a word of
  `CTX_SINGLE`, a pair of `CTX_DOUBLE` or a compound ending in a role word (`ROLE_ENDINGS`, > 6 letters).
  Names after the first are found only after a first one. So some word of the text is one of these.
- `might_find_unknown_names` guards `name_unknown.find_unknown_names`: it reads only `CAP_RE` words,
  and each of its ways to a finding needs the word in `FIRST_NAMES`, `_WORD_NAMES` or
  `ANY_WORD_NAME` (all within `ANY_WORD_NAME`), in `SHORT_FORMS` or `unknown_word(word)`, except an
  initial and a surname, or a listed surname before what a person does, which need the word in
  `ANY_NAME` after the initial or before `PERSON_NEXT_RE`.
- `might_find_unknown_lowercase` guards `name_unknown_lower.find_unknown_lowercase_names`: it reads only
  `WORD_RE` words, and a word that is neither `is_unknown_lower` nor `is_listed_lower` is skipped before it
  could be a finding or a pending one (the joined words of `_beside_a_name` are pending ones).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from lagesbild.privacy import lower_words, name_finder, name_unknown, name_unknown_lower
from lagesbild.privacy.name_words import (
    ANY_NAME,
    CANDIDATES,
    CTX_DOUBLE,
    CTX_SINGLE,
    LOWER_CANDIDATES,
    ROLE_ENDINGS,
    WORD_RE,
)

__all__ = ["might_find_names", "might_find_unknown_lowercase", "might_find_unknown_names"]

_CACHED: Final = 1 << 16  # distinct words remembered per predicate (bounded memory)
# The second words of the context pairs ("pratade med"): only then are the text's pairs looked at.
_PAIR_SECOND: Final = frozenset(b for _, b in CTX_DOUBLE)


@lru_cache(maxsize=_CACHED)
def _starts_a_name(word: str) -> bool:
    """`word` may start a name in `find_names`, or put context before the next word (not a pair's)."""
    lower = word.lower()
    return (
        word in CANDIDATES
        or word.endswith("sson")
        or "-" in word
        or (word.islower() and word in LOWER_CANDIDATES)
        or (word.isupper() and name_finder.title_case(word) in CANDIDATES)
        or name_finder.clear_surname(word)  # `surname_follows` of the word before it
        or lower in CTX_SINGLE
        or (len(lower) > 6 and lower.endswith(ROLE_ENDINGS))
    )


def might_find_names(text: str) -> bool:
    """False only where `find_names(text)` is `[]` (see the module doc)."""
    words = WORD_RE.findall(text)
    pair = False
    for word in set(words):
        if _starts_a_name(word):
            return True
        pair = pair or word.lower() in _PAIR_SECOND
    if not pair:
        return False
    lower = [w.lower() for w in words]
    return any((a, b) in CTX_DOUBLE for a, b in zip(["", *lower], lower, strict=False))


@lru_cache(maxsize=_CACHED)
def _unknown_or_listed(word: str, roles: frozenset[str], not_names: frozenset[str]) -> bool:
    return (
        word in name_unknown.ANY_WORD_NAME
        or word in name_unknown.SHORT_FORMS  # a pet form anywhere (stop 21), also one that is a place
        or name_unknown.unknown_word(word, not_names, roles)
    )


def might_find_unknown_names(text: str, roles: frozenset[str], not_names: frozenset[str]) -> bool:
    """False only where `find_unknown_names(text, …, roles, not_names)` is `[]` (see the module doc)."""
    words = set(name_unknown.CAP_RE.findall(text))
    if any(_unknown_or_listed(w, roles, not_names) for w in words):
        return True
    listed = words & ANY_NAME
    if not listed:
        return False
    # Stop 24: a listed surname after an initial (`mot F. Safi`, `Mvh A. Kovač`; the gate had left these out
    # since the initial rule took listed surnames) or before what a person does (`Huynh kom`)
    if "." in text and any(w in listed for w in _INITIAL_NAME_RE.findall(text)):
        return True
    return any(
        m.group() in listed and name_unknown.PERSON_NEXT_RE.match(text, m.end())
        for m in name_unknown.CAP_RE.finditer(text)
    )


_INITIAL_NAME_RE: Final = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.[ \t]?(" + name_unknown.CAP_RE.pattern + ")")


@lru_cache(maxsize=_CACHED)
def _lowercase_candidate(word: str) -> bool:
    return lower_words.is_unknown_lower(word) or lower_words.is_listed_lower(word)


def might_find_unknown_lowercase(text: str) -> bool:
    """False only where `find_unknown_lowercase_names(text, …)` is `[]` (see the module doc)."""
    return any(_lowercase_candidate(w) for w in set(name_unknown_lower.WORD_RE.findall(text)))
