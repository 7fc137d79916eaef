"""Names at a line's start: the person greeted and the speaker of a chat line (issue 14, stop 20).

A greeting names who it greets (`Hej Liv!`, `Tack Saga,`, `Dear Hope,`); a chat or log line exported from
Teams, SMS or a guard's app names its speaker before a colon or a dash, after a time or before it
(`[21:05] Dardan K: ok`, `Dardan Krasniqi 21:06: vi ses`, `Hope 21:07 – vi går vidare`). A word there is a
name when it is a listed given name or surname or no known word, place or organisation (so `Ämne:`,
`Till:`, `Status:`, `Fisksätra:` stay); a capital with or without a point after a name is its initial.
Without a time on the line one of the words must be a listed name: an unknown word before a colon or a
dash is as often a heading with a typo (`Uppdatring: Mannen anträffad`, `Seriekrock - en skadad`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_cue_words import person_ok
from lagesbild.privacy.name_unknown import place_words, unknown_word
from lagesbild.privacy.name_words import ANY_NAME

__all__ = ["find_line_names"]

_GREETING_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:Hej|Hejsan|Hallå|Tjena|Tjenare|Tack|Hi|Hello|Dear|Kära|Bästa)[ \t]+"
    r"(?P<n>[A-ZÅÄÖ][^\W\d_]+)(?=[ \t]*[!,.:]|[ \t]*$)"
)
_WORD: Final = r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_TIME: Final = r"[0-9]{1,2}[:.][0-9]{2}"
_CHAT_RE: Final = re.compile(
    r"(?m)^[ \t]*(?P<t1>\[[^\]\n]{1,25}\][ \t]*|(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+)?" + _TIME + r"[ \t]+)?"
    rf"(?P<n>{_WORD}(?:[ \t]++(?:{_WORD}|[A-ZÅÄÖ]\.?(?=[ \t:])|[A-ZÅÄÖ]\.)){{0,2}})"
    # possessive spaces: a long run of them cannot be split between the groups in every way
    rf"(?P<t2>[ \t]++\(?{_TIME}\)?)?(?:[ \t]*+:|[ \t]++[–-])[ \t]"
)


def _name_word(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    base = word.rstrip(".")
    if len(base) == 1:
        return False  # an initial only counts beside a name
    if base in place_words() or not person_ok(base, not_names, roles):
        return False
    return base in ANY_NAME or unknown_word(base, not_names, roles)


def find_line_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the person greeted and of a chat line's speaker."""
    out: list[tuple[int, int]] = []
    first = text.lstrip()[:1]
    if "\n" not in text and not (first.isupper() or first.isdigit() or first == "["):
        return out  # a line's start is the text's start
    for m in _GREETING_RE.finditer(text):
        if _name_word(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _CHAT_RE.finditer(text):
        words = m.group("n").split()
        if not all(len(w.rstrip(".")) == 1 or _name_word(w, not_names, roles) for w in words):
            continue
        # Without a time, a heading is as likely (`Seriekrock - en skadad`): a listed name is needed.
        timed = m.group("t1") or m.group("t2")
        if timed or any(w in ANY_NAME for w in words):
            if any(len(w.rstrip(".")) > 1 for w in words):
                out.append(m.span("n"))
    return out
