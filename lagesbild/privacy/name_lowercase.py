"""Names written in lowercase (issue 14, third round), where the lists alone cannot tell them from words.

Two constructions, on top of the lowercase rules of the name finder:

* two lowercase words that make a full name: a listed given name with the word after it (`jamil abboud`,
  `derya bulut`), or a word before a listed surname that is not also a word (`jing chen`, `lema
  sultani`); neither word may be a function word or shaped like a Swedish verb form (`-ade`, `-ande`,
  `-at` …), so `pratade med ali igår` keeps `igår` only when it is a function word;
* a lowercase word right after a role word and right before an age or a personnummer:
  `målsägande ufuk 15 år`, `Misstänkt somchai, 17 år`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    LOWER_ANY,
    LOWER_FIRST,
    LOWER_STOP,
    NOT_NAMES_LOWER,
)
from lagesbild.privacy.names import AMBIGUOUS, LAST_NAMES

__all__ = ["find_lowercase_names"]

_LOWER_SURNAMES: Final = frozenset(
    n.lower() for n in LAST_NAMES if n not in AMBIGUOUS and len(n) >= 3 and n.lower() in LOWER_ANY
)
_VERB_ENDINGS: Final = (
    "ade", "ande", "ende", "ades", "ats", "at", "it", "ad", "de", "te", "ar", "er", "ts", "dd", "nde", "ig",
    "lig", "iga", "het", "ning", "ing", "skt", "isk", "iska", "are", "et", "igt",
)  # fmt: skip
_LOWER_WORD: Final = r"[a-zåäöà-ÿćčđłńśšźżžğış][^\W\d_A-ZÅÄÖ]*(?:-[^\W\d_A-ZÅÄÖ]+)?"
_PAIR_RE: Final = re.compile(rf"(?<![\w'’-])(?P<a>{_LOWER_WORD})[ \t]+(?P<b>{_LOWER_WORD})(?![\w'’-])")
_NEXT_RE: Final = re.compile(rf"[ \t]+(?P<b>{_LOWER_WORD})(?![\w'’-])")
_ROLE_AGE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<r>[^\W\d_]+)[ \t]+(?P<n>{_LOWER_WORD})(?=,?[ \t]*\(?[0-9]{{1,2}}[ \t]*(?:år|\)))"
)


# English words that the world name lists hold as given names ("Smash and grab"), and Swedish
# prepositions and abbreviations that follow a name ("magdalena utanför", "mikael bl.a.").
_ENGLISH: Final = frozenset(
    """and the of for to in on at with from by or but not utanför innanför bakom framför mellan bredvid
    nära intill enl ang bl ca kl tel resp""".split()
)


def _english(a: str, b: str) -> bool:
    """Two frequent English words that no list holds as names: `the kids were calm` has no `kids were`."""
    common = _english_common()
    return a in common or b in common


@cache
def _english_common() -> frozenset[str]:
    """Frequent English words that are no listed name (`were`, `kids`; not `brown`, `young`, `lee`)."""
    from lagesbild.privacy.name_unknown import frequent_words

    return frequent_words("en", 4.5) - frozenset(n.lower() for n in ANY_NAME)


def _word_like(w: str) -> bool:
    return (
        w in FUNCTION_WORDS
        or w in _ENGLISH
        or w in LOWER_STOP
        or w in NOT_NAMES_LOWER
        or len(w) < 2
        or w.endswith(_VERB_ENDINGS)
    )


def find_lowercase_names(
    text: str, words: list[str], found: Iterable[tuple[int, int]], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of lowercase names in the constructions of the module doc; ``words``: ``text.split()``."""
    spans: list[tuple[int, int]] = []
    for s, e in found:
        a = text[s:e]
        if a in LOWER_FIRST and a not in _ENGLISH:
            m = _NEXT_RE.match(text, e)  # "jamil abboud"
            if m and not _word_like(m.group("b")) and m.group("b") not in roles:
                spans.append((m.start("b"), m.end("b")))
    if not _LOWER_SURNAMES.isdisjoint(words):
        for m in _PAIR_RE.finditer(text):
            a, b = m.group("a"), m.group("b")  # "jing chen"
            if (
                b in _LOWER_SURNAMES
                and len(b) >= 4
                and not _word_like(a)
                and a not in roles
                and not _english(a, b)
            ):
                spans.append((m.start(), m.end()))
    if " år" in text or ")" in text:
        for m in _ROLE_AGE_RE.finditer(text):
            n = m.group("n")
            if m.group("r").lower() in roles and not _word_like(n) and n not in roles:
                spans.append((m.start("n"), m.end("n")))
    return spans
