"""User ids made of a person's names (issue 14, stop 27, from blind 25's misses): the `given.surname` that
case systems, alarm logs and key registers print for whoever handled a case (`Handläggare: bassel.najjar`,
`Utlämnad av: ebba.falk`, `Status ändrad av therese.martensson`).

A lowercase `word.word` (hyphens allowed, no digits, no `@` after it) is a name when one part is a listed
name and the other is a listed name or a word the lexicon does not know; names are compared without their
diacritics, as ids are written (`martensson` for `Mårtensson`). Abbreviations (`bl.a`, `t.ex`) and file names
(`rapport.pdf`) have a part that is a word or too short.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from lagesbild.privacy.lexicon import known_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS

__all__ = ["find_handle_names", "fold_accents", "folded_names"]

_HANDLE_RE: Final = re.compile(
    r"(?<![\w.@-])(?P<a>[a-zåäö][a-zåäö-]+)\.(?P<b>[a-zåäö][a-zåäö-]+)(?![\w@-]|\.[a-zåäö])"
)


def find_handle_names(text: str) -> list[tuple[int, int]]:
    """Spans of the user ids of the module doc."""
    if "." not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _HANDLE_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if min(len(a), len(b)) < 2 or a in FUNCTION_WORDS or b in FUNCTION_WORDS:
            continue
        listed_a, listed_b = _listed(a), _listed(b)
        if (listed_a or listed_b) and (listed_a or not known_word(a)) and (listed_b or not known_word(b)):
            out.append(m.span())
    return out


def _listed(word: str) -> bool:
    return all(fold_accents(part) in folded_names() for part in word.split("-") if part)


@cache
def folded_names() -> frozenset[str]:
    """The listed names, lowercase and without their diacritics (as ids and handles are written)."""
    return frozenset(fold_accents(n.lower()) for n in ANY_NAME)


def fold_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
