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
        # One scan of a text asks once: the remembered answer would cost more than it saves.
        return self.pattern.finditer(text) if self.needs(text) else iter(())

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos) if self._needed(text) else None


def _has(*chars: str) -> Callable[[str], bool]:
    if len(chars) == 1:
        return lambda text: chars[0] in text
    return lambda text: any(c in text for c in chars)


def _stem(*stems: str) -> Callable[[str], bool]:
    return lambda text: any(s in _folded(text) for s in stems)


# Which signal gates a character, a whole word or a stem of the text opens: `needed_signals` asks each
# once per text instead of each gate asking for itself. `_gate` builds a gate's own `needs` from the same
# arguments it files here, so the two agree.
_BY_CHAR: Final[dict[str, list[Gated]]] = {}
_BY_WORD: Final[dict[str, list[Gated]]] = {}
_BY_STEM: Final[dict[str, list[Gated]]] = {}
_WORD_GATES: Final[list[Gated]] = []  # every gate with a word among its conditions
_OWN_GATES: Final[list[Gated]] = []  # gates whose condition is their own `needs`


def _gate(
    pattern: re.Pattern[str],
    *,
    chars: tuple[str, ...] = (),
    whole: tuple[str, ...] = (),
    stems: tuple[str, ...] = (),
) -> Gated:
    """`pattern` behind the condition: one of `chars` in the text, one of `whole` a whole word of it
    (`any_word`) or one of `stems` in the case-folded text."""
    parts = [_has(*chars)] if chars else []
    if whole:
        parts.append(any_word(*whole))
    if stems:
        parts.append(_stem(*stems))
    gated = Gated(pattern, parts[0] if len(parts) == 1 else lambda text: any(p(text) for p in parts))
    for key, table in ((chars, _BY_CHAR), (whole, _BY_WORD), (stems, _BY_STEM)):
        for k in key:
            table.setdefault(k, []).append(gated)
    if whole:
        _WORD_GATES.append(gated)
    return gated


def _own(gated: Gated) -> Gated:
    _OWN_GATES.append(gated)
    return gated


_KIN_DEFINITE = (
    "sonen", "dottern", "mamman", "pappan", "brodern", "systern", "kusinen", "barnet", "sambon", "frun",
    "maken", "vännen",
)  # fmt: skip

ROLE_RE: Final = _own(Gated(words.ROLE_RE, lambda text: not words.ROLES.isdisjoint(_tokens(text))))
_SO_CALLED_HEAD = any_word("den", "han", "hon", "killen", "tjejen")
_SO_CALLED_MARK = any_word("s", "sk", "så")  # "s.k." is the words "s", "k"
SO_CALLED_RE: Final = _own(
    Gated(words.SO_CALLED_RE, lambda text: _SO_CALLED_MARK(text) and _SO_CALLED_HEAD(text))
)
NICK_PAREN_RE: Final = _gate(words.NICK_PAREN_RE, chars=("(",))
KIN_PAREN_RE: Final = _gate(words.KIN_PAREN_RE, chars=("(",))
PAREN_VERB_RE: Final = _gate(words.PAREN_VERB_RE, chars=("(",))
CALLED_AFTER_RE: Final = _gate(words.CALLED_AFTER_RE, stems=("kalla",))
ALSO_CALLED_RE: Final = _gate(words.ALSO_CALLED_RE, stems=("kalla",))
INITIAL_RE: Final = _gate(words.INITIAL_RE, chars=(".",))
ACT_AGAINST_RE: Final = _gate(
    words.ACT_AGAINST_RE,
    whole=(
        "ingripande", "ingripandet", "avstängning", "avstängd", "hyresavi", "varning", "tillträdesförbud",
        "kontaktförbud", "vräkning", "uppsägning",
    ),
)  # fmt: skip
SURNAME_GIVEN_RE: Final = _gate(words.SURNAME_GIVEN_RE, chars=(",",))
COMMA_SUBJECT_RE: Final = _gate(words.COMMA_SUBJECT_RE, chars=(",",))
MET_RE: Final = _gate(
    words.MET_RE,
    whole=("möte", "mötet", "samtal", "dialog", "pratade", "pratat", "träffade", "träffat", "förhör"),
)
WROTE_RE: Final = _gate(
    words.WROTE_RE, whole=("mejlade", "mejlar", "mailade", "sms", "ringde", "ringer", "skrev")
)
ROLE_PAREN_RE: Final = _gate(
    words.ROLE_PAREN_RE, chars=("(",), whole=(*_KIN_DEFINITE, "pojkvännen", "flickvännen")
)
WHO_WORKS_RE: Final = _gate(words.WHO_WORKS_RE, stems=("som",))
# "p-nr", "tel.nr" and "e-postadressen" are two words each
WHOSE_NUMBER_RE: Final = _gate(
    words.WHOSE_NUMBER_RE,
    whole=(
        "pnr", "nr", "personnummer", "personnumret", "samordningsnummer", "samordningsnumret", "snr",
        "telefonnummer", "telefonnumret", "mobilnummer", "mobilnumret", "mobilnr", "telnr", "numret",
        "adressen", "mejladressen", "postadressen",
    ),
)  # fmt: skip
FAMILY_RE: Final = _gate(words.FAMILY_RE, whole=("fam", "familjen", "familj"))
SIGNATURE_RE: Final = _gate(words.SIGNATURE_RE, chars=("/",))
QUOTE_START_RE: Final = _gate(words.QUOTE_START_RE, chars=tuple(QUOTES))
LIST_HEAD_RE: Final = _gate(words.LIST_HEAD_RE, chars=(":",))

# The words of the alternations below, as whole words of the text ("sms:ar" is the words "sms", "ar").
_ARRESTED: Final = words.ARRESTED.replace("[ \\t]+ha", "").split("|")
_TELLS: Final = [w.split(":")[0] for w in words.TELLS.split("|")]
VERB_SUBJECT_RE: Final = _gate(words.VERB_SUBJECT_RE, whole=tuple(_ARRESTED))
# "sa att" may be written "saatt": the verb and `att` are then one word
TELLS_RE: Final = _gate(words.TELLS_RE, whole=(*_TELLS, *(w + "att" for w in _TELLS)))
TELLS_BEFORE_RE: Final = _gate(words.TELLS_BEFORE_RE, whole=(*_TELLS, "enligt", "enl"))
KIN_RE: Final = _gate(words.KIN_RE, whole=tuple(words.KIN.split("|")))
LOWER_AFTER_RE: Final = _gate(
    words.LOWER_AFTER_RE,
    whole=(
        "tack", "ang", "bl", "bland", "e", "är", "o", "tjatade", "tjatar", "frågar", "frågade", "bråkar",
        "bråkade",
    ),
)  # fmt: skip

_ANY_WORD: Final = frozenset(_BY_WORD)


def needed_signals(text: str) -> set[Gated]:
    """The signal gates above whose pattern `text` needs scanned: those whose `needs(text)` holds, found
    by asking the text once for each character, word and stem instead of each gate for itself."""
    need = {g for g in _OWN_GATES if g.needs(text)}
    for c, gates in _BY_CHAR.items():
        if c in text:
            need.update(gates)
    ws = _words(text)
    if ws is None:
        need.update(_WORD_GATES)
    else:
        for w in _ANY_WORD.intersection(ws):
            need.update(_BY_WORD[w])
    folded = _folded(text)
    for stem, gates in _BY_STEM.items():
        if stem in folded:
            need.update(gates)
    return need
