"""The patterns of lagesbild.privacy.name_signals behind cheap necessary conditions.

Each signal pattern is a scan of the whole text, and most texts hold none of the words a pattern needs:
a report without "(" has no nickname in parentheses, one without a role word no name after a role. A
gated pattern first tests a condition every match implies (a character, a word stem in the case-folded
text, a role among the text's words) and scans only when it holds, so the findings are the same
(checked on the 141,264 real police texts: docs/redaction.md, stop 18).

A word gate (`any_word`) asks whether one of the words a pattern's alternation spells out is a whole
word of the case-folded text; the word set is built once per text and shared by every gate (also those
of name_frames.py). Where case folding is not one character for one (`ß`, `İ`, `ı`), the gate lets the
scan run.
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
    "KIN_PAREN_RE", "KIN_RE", "LIST_HEAD_RE", "LOWER_AFTER_RE", "MET_RE", "NICK_PAREN_RE", "PAREN_VERB_RE",
    "QUOTE_START_RE", "ROLE_PAREN_RE", "ROLE_RE", "SIGNATURE_RE", "SO_CALLED_RE", "SURNAME_GIVEN_RE",
    "TELLS_BEFORE_RE", "TELLS_RE", "VERB_SUBJECT_RE", "WHOSE_NUMBER_RE", "WHO_WORKS_RE", "WROTE_RE",
]  # fmt: skip

_WORD_RE: Final = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    return text.casefold()


@lru_cache(maxsize=8)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(_folded(text)))


@lru_cache(maxsize=8)
def _words(text: str) -> frozenset[str] | None:
    """The case-folded words of `text`; None where case folding is not one character for one with the
    same word-ness (`ß`, `İ`, `ı`, U+0345), so that a word gate there lets the scan run."""
    if len(_folded(text)) != len(text) or "ı" in text or "\u0345" in text:
        return None
    return _tokens(text)


def any_word(*needed: str) -> Callable[[str], bool]:
    """Whether the text has one of `needed` as a whole word (case-folded): a pattern whose every match
    holds one of these literals between word boundaries needs it."""
    wanted = frozenset(needed)

    def needs(text: str) -> bool:
        ws = _words(text)
        return ws is None or not wanted.isdisjoint(ws)

    return needs


class Gated:
    """`pattern`, scanned only when `needs(text)` holds (a condition each of its matches implies)."""

    def __init__(self, pattern: re.Pattern[str], needs: Callable[[str], bool]) -> None:
        self.pattern = pattern
        self.needs = needs
        # The last text asked about and the answer: `match` is called at many positions of one text, and
        # `needs` reads the whole text (quadratic on a long one). The text is known by its identity, length
        # and hash (a str keeps its hash), not kept: no report's text outlives its redaction here. One
        # tuple, replaced whole, so threads see either the old answer or the new one.
        self._last: tuple[int, int, int, bool] = (0, -1, 0, False)

    def _needed(self, text: str) -> bool:
        key = (id(text), len(text), hash(text))
        last = self._last
        if last[:3] == key:
            return last[3]
        answer = self.needs(text)
        self._last = (*key, answer)
        return answer

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._needed(text) else iter(())

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos) if self._needed(text) else None


def _has(*chars: str) -> Callable[[str], bool]:
    if len(chars) == 1:
        return lambda text: chars[0] in text
    return lambda text: any(c in text for c in chars)


def _stem(*stems: str) -> Callable[[str], bool]:
    return lambda text: any(s in _folded(text) for s in stems)


_KIN_DEFINITE = (
    "sonen", "dottern", "mamman", "pappan", "brodern", "systern", "kusinen", "barnet", "sambon", "frun",
    "maken", "vännen",
)  # fmt: skip

ROLE_RE: Final = Gated(words.ROLE_RE, lambda text: not words.ROLES.isdisjoint(_tokens(text)))
_SO_CALLED_HEAD = any_word("den", "han", "hon", "killen", "tjejen")
_SO_CALLED_MARK = any_word("s", "sk", "så")  # "s.k." is the words "s", "k"
SO_CALLED_RE: Final = Gated(words.SO_CALLED_RE, lambda text: _SO_CALLED_MARK(text) and _SO_CALLED_HEAD(text))
NICK_PAREN_RE: Final = Gated(words.NICK_PAREN_RE, _has("("))
KIN_PAREN_RE: Final = Gated(words.KIN_PAREN_RE, _has("("))
PAREN_VERB_RE: Final = Gated(words.PAREN_VERB_RE, _has("("))
CALLED_AFTER_RE: Final = Gated(words.CALLED_AFTER_RE, _stem("kalla"))
ALSO_CALLED_RE: Final = Gated(words.ALSO_CALLED_RE, _stem("kalla"))
INITIAL_RE: Final = Gated(words.INITIAL_RE, _has("."))
ACT_AGAINST_RE: Final = Gated(
    words.ACT_AGAINST_RE,
    any_word(
        "ingripande", "ingripandet", "avstängning", "avstängd", "hyresavi", "varning", "tillträdesförbud",
        "kontaktförbud", "vräkning", "uppsägning",
    ),
)  # fmt: skip
SURNAME_GIVEN_RE: Final = Gated(words.SURNAME_GIVEN_RE, _has(","))
COMMA_SUBJECT_RE: Final = Gated(words.COMMA_SUBJECT_RE, _has(","))
MET_RE: Final = Gated(
    words.MET_RE,
    any_word("möte", "mötet", "samtal", "dialog", "pratade", "pratat", "träffade", "träffat", "förhör"),
)
WROTE_RE: Final = Gated(
    words.WROTE_RE, any_word("mejlade", "mejlar", "mailade", "sms", "ringde", "ringer", "skrev")
)
_KIN_DEFINITE_WORD = any_word(*_KIN_DEFINITE, "pojkvännen", "flickvännen")
ROLE_PAREN_RE: Final = Gated(words.ROLE_PAREN_RE, lambda text: "(" in text or _KIN_DEFINITE_WORD(text))
WHO_WORKS_RE: Final = Gated(words.WHO_WORKS_RE, _stem("som"))
# "p-nr", "tel.nr" and "e-postadressen" are two words each
WHOSE_NUMBER_RE: Final = Gated(
    words.WHOSE_NUMBER_RE,
    any_word(
        "pnr", "nr", "personnummer", "personnumret", "samordningsnummer", "samordningsnumret", "snr",
        "telefonnummer", "telefonnumret", "mobilnummer", "mobilnumret", "mobilnr", "telnr", "numret",
        "adressen", "mejladressen", "postadressen",
    ),
)  # fmt: skip
FAMILY_RE: Final = Gated(words.FAMILY_RE, any_word("fam", "familjen", "familj"))
SIGNATURE_RE: Final = Gated(words.SIGNATURE_RE, _has("/"))
QUOTE_START_RE: Final = Gated(words.QUOTE_START_RE, _has(*QUOTES))
LIST_HEAD_RE: Final = Gated(words.LIST_HEAD_RE, _has(":"))

# The words of the alternations below, as whole words of the text ("sms:ar" is the words "sms", "ar").
_ARRESTED: Final = words.ARRESTED.replace("[ \\t]+ha", "").split("|")
_TELLS: Final = [w.split(":")[0] for w in words.TELLS.split("|")]
VERB_SUBJECT_RE: Final = Gated(words.VERB_SUBJECT_RE, any_word(*_ARRESTED))
# "sa att" may be written "saatt": the verb and `att` are then one word
TELLS_RE: Final = Gated(words.TELLS_RE, any_word(*_TELLS, *(w + "att" for w in _TELLS)))
TELLS_BEFORE_RE: Final = Gated(words.TELLS_BEFORE_RE, any_word(*_TELLS, "enligt", "enl"))
KIN_RE: Final = Gated(words.KIN_RE, any_word(*words.KIN.split("|")))
LOWER_AFTER_RE: Final = Gated(
    words.LOWER_AFTER_RE,
    any_word(
        "tack", "ang", "bl", "bland", "e", "är", "o", "tjatade", "tjatar", "frågar", "frågade", "bråkar",
        "bråkade",
    ),
)  # fmt: skip
