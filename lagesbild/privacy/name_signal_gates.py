"""The patterns of lagesbild.privacy.name_signals behind cheap necessary conditions.

Each signal pattern is a scan of the whole text, and most texts hold none of the words a pattern needs:
a report without "(" has no nickname in parentheses, one without a role word no name after a role. A
gated pattern first tests a condition every match implies (a character, a word stem in the case-folded
text, a role among the text's words) and scans only when it holds, so the findings are the same
(checked on the 141,264 real police texts: docs/redaction.md, stop 18).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final

from lagesbild.privacy import name_signal_words as words
from lagesbild.privacy.speech import QUOTES

__all__ = [
    "ACT_AGAINST_RE", "ALSO_CALLED_RE", "CALLED_AFTER_RE", "COMMA_SUBJECT_RE", "FAMILY_RE", "INITIAL_RE",
    "KIN_PAREN_RE", "LIST_HEAD_RE", "MET_RE", "NICK_PAREN_RE", "PAREN_VERB_RE", "QUOTE_START_RE",
    "ROLE_PAREN_RE", "ROLE_RE", "SIGNATURE_RE", "SO_CALLED_RE", "SURNAME_GIVEN_RE", "WHOSE_NUMBER_RE",
    "WHO_WORKS_RE", "WROTE_RE",
]  # fmt: skip

_WORD_RE: Final = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    return text.casefold()


@lru_cache(maxsize=8)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(_folded(text)))


class Gated:
    """`pattern`, scanned only when `needs(text)` holds (a condition each of its matches implies)."""

    def __init__(self, pattern: re.Pattern[str], needs: Callable[[str], bool]) -> None:
        self.pattern = pattern
        self.needs = needs

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.needs(text) else iter(())

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos) if self.needs(text) else None


def _has(*chars: str) -> Callable[[str], bool]:
    return lambda text: any(c in text for c in chars)


def _stem(*stems: str) -> Callable[[str], bool]:
    return lambda text: any(s in _folded(text) for s in stems)


_KIN_DEFINITE = (
    "sonen", "dottern", "mamman", "pappan", "brodern", "systern", "kusinen", "barnet", "sambon", "frun",
    "maken", "vännen",
)  # fmt: skip

ROLE_RE: Final = Gated(words.ROLE_RE, lambda text: not words.ROLES.isdisjoint(_tokens(text)))
SO_CALLED_RE: Final = Gated(words.SO_CALLED_RE, _stem("s.k.", "sk", "så"))
NICK_PAREN_RE: Final = Gated(words.NICK_PAREN_RE, _has("("))
KIN_PAREN_RE: Final = Gated(words.KIN_PAREN_RE, _has("("))
PAREN_VERB_RE: Final = Gated(words.PAREN_VERB_RE, _has("("))
CALLED_AFTER_RE: Final = Gated(words.CALLED_AFTER_RE, _stem("kalla"))
ALSO_CALLED_RE: Final = Gated(words.ALSO_CALLED_RE, _stem("kalla"))
INITIAL_RE: Final = Gated(words.INITIAL_RE, _has("."))
ACT_AGAINST_RE: Final = Gated(
    words.ACT_AGAINST_RE,
    _stem("ingripande", "avstäng", "hyresavi", "varning", "förbud", "vräkning", "uppsägning"),
)
SURNAME_GIVEN_RE: Final = Gated(words.SURNAME_GIVEN_RE, _has(","))
COMMA_SUBJECT_RE: Final = Gated(words.COMMA_SUBJECT_RE, _has(","))
MET_RE: Final = Gated(words.MET_RE, _stem("möte", "samtal", "dialog", "prata", "träffa", "förhör"))
WROTE_RE: Final = Gated(words.WROTE_RE, _stem("mejla", "maila", "sms:a", "ringde", "ringer", "skrev"))
ROLE_PAREN_RE: Final = Gated(
    words.ROLE_PAREN_RE, lambda text: "(" in text or any(k in _folded(text) for k in _KIN_DEFINITE)
)
WHO_WORKS_RE: Final = Gated(words.WHO_WORKS_RE, _stem("som"))
WHOSE_NUMBER_RE: Final = Gated(words.WHOSE_NUMBER_RE, _stem("nr", "nummer", "numret", "adressen"))
FAMILY_RE: Final = Gated(words.FAMILY_RE, _stem("fam"))
SIGNATURE_RE: Final = Gated(words.SIGNATURE_RE, _has("/"))
QUOTE_START_RE: Final = Gated(words.QUOTE_START_RE, _has(*QUOTES))
LIST_HEAD_RE: Final = Gated(words.LIST_HEAD_RE, _has(":"))
