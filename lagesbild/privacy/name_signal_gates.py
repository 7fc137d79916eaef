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
from lagesbild.privacy.name_cue_words import UP
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


class GatePlan:
    """Gates filed by what opens them: `needed(text)` asks the text once for each character, whole word and
    stem instead of each gate for itself (issue 16). `gate` builds a gate's own `needs` from the same
    arguments it files, so the two agree (tests/test_name_signal_plan.py)."""

    def __init__(self) -> None:
        self.by_char: dict[str, list[Gated]] = {}
        self.by_word: dict[str, list[Gated]] = {}
        self.by_stem: dict[str, list[Gated]] = {}
        self.word_gates: list[Gated] = []  # every gate with a word among its conditions
        self.own_gates: list[Gated] = []  # gates whose condition is their own `needs`
        self.also: dict[Gated, Callable[[str], bool]] = {}  # a second condition, asked once opened
        self.words: frozenset[str] = frozenset()

    def gate(
        self,
        pattern: re.Pattern[str],
        *,
        chars: tuple[str, ...] = (),
        whole: tuple[str, ...] = (),
        stems: tuple[str, ...] = (),
        also: Callable[[str], bool] | None = None,
    ) -> Gated:
        """`pattern` behind the condition: one of `chars` in the text, one of `whole` a whole word of it
        (`any_word`) or one of `stems` in the case-folded text; and `also(text)` where given."""
        parts = [_has(*chars)] if chars else []
        if whole:
            parts.append(any_word(*whole))
        if stems:
            parts.append(_stem(*stems))
        opens = parts[0] if len(parts) == 1 else lambda text: any(p(text) for p in parts)
        gated = Gated(pattern, opens if also is None else lambda text: opens(text) and also(text))
        for key, table in ((chars, self.by_char), (whole, self.by_word), (stems, self.by_stem)):
            for k in key:
                table.setdefault(k, []).append(gated)
        if whole:
            self.word_gates.append(gated)
            self.words = frozenset(self.by_word)
        if also is not None:
            self.also[gated] = also
        return gated

    def own(self, gated: Gated) -> Gated:
        self.own_gates.append(gated)
        return gated

    def needed(self, text: str) -> set[Gated]:
        """The gates whose `needs(text)` holds."""
        need = {g for g in self.own_gates if g.needs(text)}
        for c, gates in self.by_char.items():
            if c in text:
                need.update(gates)
        ws = _words(text)
        if ws is None:
            need.update(self.word_gates)
        else:
            for w in self.words.intersection(ws):
                need.update(self.by_word[w])
        if self.by_stem:
            folded = _folded(text)
            for stem, gates in self.by_stem.items():
                if stem in folded:
                    need.update(gates)
        also = self.also
        return {g for g in need if g not in also or also[g](text)} if also else need


_SIGNALS: Final = GatePlan()
_gate: Final = _SIGNALS.gate
_own: Final = _SIGNALS.own


_KIN_DEFINITE = (
    "sonen", "dottern", "mamman", "pappan", "brodern", "systern", "kusinen", "barnet", "sambon", "frun",
    "maken", "vännen",
)  # fmt: skip

# A role among the text's words (where case folding is not one character for one, the gate opens).
ROLE_RE: Final = _gate(words.ROLE_RE, whole=tuple(sorted(words.ROLES)))
_SO_CALLED_HEAD = any_word("den", "han", "hon", "killen", "tjejen")
# "s.k." is the words "s", "k"
SO_CALLED_RE: Final = _gate(words.SO_CALLED_RE, whole=("s", "sk", "så"), also=_SO_CALLED_HEAD)
NICK_PAREN_RE: Final = _gate(words.NICK_PAREN_RE, chars=("(",))
KIN_PAREN_RE: Final = _gate(words.KIN_PAREN_RE, chars=("(",))
PAREN_VERB_RE: Final = _gate(words.PAREN_VERB_RE, chars=("(",))
CALLED_AFTER_RE: Final = _gate(words.CALLED_AFTER_RE, stems=("kalla",))
ALSO_CALLED_RE: Final = _gate(words.ALSO_CALLED_RE, stems=("kalla",))
# Every match ends in a capital's initial after a space or tab ("m Fatos H."), which most texts with a
# full stop lack.
_INITIAL_MARK_RE: Final = re.compile(rf"[ \t][{UP}]\.")
INITIAL_RE: Final = _gate(
    words.INITIAL_RE, chars=(".",), also=lambda text: _INITIAL_MARK_RE.search(text) is not None
)
ACT_AGAINST_RE: Final = _gate(
    words.ACT_AGAINST_RE,
    whole=(
        "ingripande", "ingripandet", "avstängning", "avstängd", "hyresavi", "varning", "tillträdesförbud",
        "kontaktförbud", "vräkning", "uppsägning",
    ),
)  # fmt: skip
SURNAME_GIVEN_RE: Final = _gate(words.SURNAME_GIVEN_RE, chars=(",",))
# The verb is a whole word (it stands after a space or tab and before a word boundary), and the comma.
COMMA_SUBJECT_RE: Final = _gate(
    words.COMMA_SUBJECT_RE,
    whole=("gripen", "greps", "anhållen", "omhändertagen", "omhändertogs", "misstänkt", "skadad"),
    also=lambda text: "," in text,
)
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


def needed_signals(text: str) -> set[Gated]:
    """The signal gates above whose pattern `text` needs scanned: those whose `needs(text)` holds, found
    by asking the text once for each character, word and stem instead of each gate for itself."""
    return _SIGNALS.needed(text)
