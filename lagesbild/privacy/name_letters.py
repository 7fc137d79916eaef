"""Names spelt with letters Swedish words never hold (issue 14, stop 36, from blind 42's misses).

Swedish writes its own words with a-ö and a few loans with é or ü; a word with `ž`, `ł`, `ė` or `ğ` is a
name from another language: `Snežana:`, `RASA PETRAUSKIENĖ`, `grażyna`; so is a capitalised syllable
joined by a hyphen to a lowercase one that is no word (`Dong-hyun`, `Ji-woo`). Such a word is taken
whatever its case, unless it is a place or an organisation the lists know (`Gdańsk`, `Škoda`) or the
deployment says it is no name, or a capitalised word after a place's preposition (`från Gdańsk`).
Fail-closed: a foreign town's name unknown to the lists is taken elsewhere (`med en Škoda`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import ORGANISATIONS, known_word, place_words
from lagesbild.privacy.lower_words import is_unknown_lower
from lagesbild.privacy.name_cue_words import after_place_prep
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES

__all__ = ["find_letter_names"]

_LOWER: Final = "ćčďđěęëğıłľĺńňőřŕśşšťůűźżžāēėīķļņūŗą"
# `ı`'s capital is the plain `I`: Turkish writes `İ` for the dotted one
_LETTERS: Final = _LOWER + "".join(c.upper() for c in _LOWER if c != "ı") + "İ"
_ANY_RE: Final = re.compile(f"[{_LETTERS}]")
_WORD_RE: Final = re.compile(rf"(?<![\w'’-])[^\W\d_]*[{_LETTERS}][^\W\d_]*(?:['’-][^\W\d_]+)*(?![\w@])")


def find_letter_names(text: str, not_names: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the words of the module doc."""
    out: list[tuple[int, int]] = []
    for m in _SYLLABLES_RE.finditer(text) if "-" in text else ():
        head, tail = m.group("h").lower(), m.group("t")
        joined = (head + tail).title()
        if (
            head not in _NOT_HEADS
            and not known_word(tail)
            and not known_word(head + tail)
            and joined not in place_words()
        ):
            out.append(m.span())
    if _ANY_RE.search(text) is None:
        return out
    for m in _WORD_RE.finditer(text):
        word = m.group()
        title = word[:1] + word[1:].lower()
        if len(word) < 3 or title in place_words() or title in ORGANISATIONS or word in not_names:
            continue
        low = word.lower()
        if known_word(low) or (
            "ë" in low and (known_word(low.replace("ë", "é")) or known_word(low.replace("ë", "e")))
        ):
            continue  # a typed `allë` is `allé`
        if word[1:].islower() and word not in ANY_NAME and after_place_prep(text, m.start()):
            continue  # a town the lists do not know: `från Gdańsk`
        start = m.start()
        if word.isupper():
            for _ in range(2):  # the given name before a surname in capitals: `RASA PETRAUSKIENĖ`
                b = _CAPS_BEFORE_RE.search(text, max(0, start - 30), start)
                if b is None or b.group(1).lower() in FUNCTION_WORDS:
                    break
                start = b.start(1)
            after = _CAPS_AFTER_RE.match(text, m.end())  # `JAROSŁAW WRÓBELs kort`
            end = after.end(1) if after and after.group(1).lower() not in FUNCTION_WORDS else m.end()
        else:
            end = m.end()
            inverted = _INVERTED_BEFORE_RE.search(text, max(0, start - 30), start)
            if inverted and _a_surname(inverted.group(1)):
                start = inverted.start(1)  # `Kort 5520 Berisha, Shkëlzen`
            given = _GIVEN_AFTER_RE.match(text, end)
            if given and (given.group(1) in FIRST_NAMES or is_unknown_lower(given.group(1).lower())):
                end = given.end(1)  # `Marić, Dubravka hämtad`
        out.append((start, end))
    return out


# A given name of two syllables joined by a hyphen, the second in lowercase and no word (`Dong-hyun`;
# stop 36, blind 47): Swedish joins so only after an abbreviation (`Tv-program`, `Sms-lån`), before a word.
_SYLLABLES_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<h>[A-ZÅÄÖ][a-zåäöéü]{1,7})-(?P<t>[a-zåäöéü]{2,5})(?![\w'’-])"
)
_NOT_HEADS: Final = frozenset(
    "tv sms cd dvd wi pc gps usb mc bil it ok eu fn sl sj öst väst syd nord norr söder östra västra".split()
)
_CAPS_BEFORE_RE: Final = re.compile(r"(?<![\w'’-])([^\W\d_a-zåäö]{2,}(?:-[^\W\d_a-zåäö]+)?) \Z")
_INVERTED_BEFORE_RE: Final = re.compile(r"(?<![\w'’-])([A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?), \Z")


def _a_surname(word: str) -> bool:
    if word in place_words() or word in ORGANISATIONS:
        return False  # `Nattvandrarna i Lund, Halilović, grep …`
    return word in LAST_NAMES or not known_word(word.lower())


_GIVEN_AFTER_RE: Final = re.compile(
    r",[ \t]([A-ZÅÄÖ][a-zåäöéü]+)(?![\w'’-])(?![ \t]*[,:])(?![ \t]+[A-ZÅÄÖ])"  # not `…, Clas Ohlson`
)
_CAPS_AFTER_RE: Final = re.compile(r" ([^\W\d_a-zåäö]{2,}(?:-[^\W\d_a-zåäö]+)?)s?(?![\w'’-])")
