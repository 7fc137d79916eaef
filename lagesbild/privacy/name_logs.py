"""Names as shift logs and press clippings write them (stop 34, round 30, from blind 30 and 31).

* who a roster line names before a call sign in brackets: `Aho (Sierra-2)`, `Xiu (kilo 30)`;
* a name in lowercase before an age: `LOB aram 17 år`, `gärningsman fredrik (15)`;
* who a clipping's byline names: `TEXT MART MÄGI`, `Foto: Cristina Stan`, `Av Hoa Vu`;
* a surname with an Arabic article joined by a hyphen: `Mustafa al-Jabouri`, `al-Hassan, Mohammed`.

A word there is a name unless it is a place, an organisation or a common word (a roster line of a car or
a unit: `Bil (Alfa 12)`); the byline reads one to three words up to the line's end.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, ORGANISATIONS, place_words, zipf
from lagesbild.privacy.lower_words import is_listed_lower, lower_name_word
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS

__all__ = ["find_log_names"]

_NATO = (
    "alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett|juliet|kilo|lima|mike|november"
    "|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|yankee|zulu"
)
_WORD = r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_ROSTER_RE: Final = re.compile(rf"(?<![\w-])(?P<n>{_WORD})[ \t]*\((?i:{_NATO})[ \t]?-?[ \t]?[0-9]{{1,3}}\)")
# A lowercase word before an age: `aram 17 år`, `fredrik (15)`, `lilja, 15 år`.
_LOWER_AGE_RE: Final = re.compile(
    r"(?<![\w'’@.-])(?P<n>[a-zåäöéü]{3,})(?=[ \t]*(?:,[ \t]*|\([ \t]*)?[0-9]{1,2}[ \t]*(?:år\b|åring\b|\)))"
)
_BYLINE_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:TEXT|FOTO|BILD|Text|Foto|Bild|Av|AV|Reporter|Fotograf)[ \t]*:?[ \t]+"
    rf"(?P<n>{_WORD}(?:[ \t]+[A-ZÅÄÖ][^\W\d_'’-]*(?:-[A-ZÅÄÖ][^\W\d_]+)?){{1,2}})"
    r"[ \t]*(?=\r?\n|\Z|/|//|\|)"
)
_ARTICLE_SURNAME_RE: Final = re.compile(
    r"(?<![\w-])(?:al|el|Al|El|abu|Abu|bin|ibn)-[A-ZÅÄÖ][a-zåäöé]{2,}(?![\w-])"
)
# What every match of _LOWER_AGE_RE has: one C-level scan instead of the lowercase word rule's (issue 16).
_AN_AGE_RE: Final = re.compile(r"[0-9][ \t]*(?:år|åring|\))")
_A_NATO_WORD: Final = any_word(*_NATO.split("|"))
_A_BYLINE_WORD: Final = any_word("text", "foto", "bild", "av", "reporter", "fotograf")


def find_log_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names above."""
    out: list[tuple[int, int]] = []
    if "(" in text and _A_NATO_WORD(text):
        out += [m.span("n") for m in _ROSTER_RE.finditer(text) if _person_word(m.group("n"))]
    if "-" in text:
        out += [m.span() for m in _ARTICLE_SURNAME_RE.finditer(text)]
    if _A_BYLINE_WORD(text):
        out += [m.span("n") for m in _BYLINE_RE.finditer(text) if _byline(m.group("n"))]
    if _AN_AGE_RE.search(text):
        for m in _LOWER_AGE_RE.finditer(text):
            word = m.group("n")
            if word not in FUNCTION_WORDS and (is_listed_lower(word) or lower_name_word(word)):
                out.append(m.span("n"))
    return out


def _person_word(word: str) -> bool:
    return (
        word not in place_words()
        and word not in ORGANISATIONS
        and (word in ANY_NAME or zipf(word) < KNOWN_ZIPF)
    )


def _byline(words: str) -> bool:
    """A byline's two or three names, in capitals or not: no place or organisation among them, and one a
    listed name or no common word (`Cristina Stan`)."""
    names = [w.title() if w.isupper() else w for w in words.split()]
    if any(w in place_words() or w in ORGANISATIONS for w in names):
        return False
    return any(_person_word(w) for w in names)
