"""Rural addresses and lowercase property designations (stop 39, from blind 70 and 74): forms that the
street-and-number rules of lagesbild.privacy.addresses do not take, because without their context a place's
name and a number is no home (`Hyllie 12`) and a lowercase word and two numbers may be a score (`vann 3:1`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.addresses import (
    _CLOCK_RANGE_RE,
    _FAST_CONTEXT,
    _FAST_STOP,
    _INSTITUTION_ENDINGS,
    _NOT_HOME_ENDINGS,
    _NUMBERED_NOT_HOME,
)
from lagesbild.privacy.finding import Finding
from lagesbild.privacy.lexicon import RARE_ZIPF, known_word, lower_place_words, zipf

__all__ = ["find_lowercase_properties", "find_village_addresses"]

# A road's number is no house's: `Trafikolycka, Kristdala, Länsväg 711`.
_ROADS: Final = ("väg", "vägen", "led", "leden")
# Prechecks, each a necessary condition of its rules' patterns: a block and unit's colon; a comma, a word
# and a number; a house's word.
_NUMBER_COLON_RE: Final = re.compile(r"[0-9]:[1-9]")
_COMMA_WORD_NUMBER_RE: Final = re.compile(r",[ \t]+[A-ZÅÄÖ][a-zåäö]{3,}[ \t]+[0-9]")
_HOUSE_WORDS: Final = ("hus", "stuga", "gården", "torpet", "villan")


# A block's name in lowercase (`andersberg 34:374`, `valbo-ryr 116:80`; stop 39, blind 70): a known place's
# name, or a word of no lexicon where the number is no clock time (`gränby 12:30` may be a place and a time).
_LOWER_FAST_RE: Final = re.compile(
    r"(?<![\w:-])(?P<name>[a-zåäö]{3,}(?:-[a-zåäö]{2,})?)[ \t]{1,3}(?P<nr>[1-9][0-9]{0,3}:[1-9][0-9]{0,3})"
    r"(?![0-9]|:[0-9]|[.,][0-9])"
)


def find_lowercase_properties(text: str) -> list[Finding]:
    """Property designations whose block's name is written in lowercase: `andersberg 34:374`."""
    out: list[Finding] = []
    if _NUMBER_COLON_RE.search(text) is None:
        return out
    for m in _LOWER_FAST_RE.finditer(text):
        name = m.group("name")
        head = name.split("-")[0]
        if head in _FAST_STOP or head in _FAST_CONTEXT or _CLOCK_RANGE_RE.match(text, m.end()):
            continue
        block, unit = m.group("nr").split(":")
        clock = len(unit) == 2 and int(block) <= 23 and int(unit) <= 59
        if (head in lower_place_words() and not clock) or (not clock and not known_word(head)):
            out.append(Finding("fastighet", m.start(), m.end(), m.group()))
    return out


# A village's name and a house number, as rural addresses are written (stop 39, blind 74): after a person's
# name and a comma (`ägare Gerd Fuchs, Backaryd 13`, `Misstänkt: MAHAD FARAH, Kläckeberga 152`) or after a
# house `på` it (`äger fritidshuset på Dörby 37 sedan 1987`). The name is a known place's or a rare word's; a
# line, a hall, a floor or a make with its number (`Linje 4`, `Volvo 240`) is none.
_VILLAGE_AFTER_NAME_RE: Final = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][^\W\d_]+[ \t]*,[ \t]+(?P<w>[A-ZÅÄÖ][a-zåäö]{3,})[ \t]+(?P<nr>[0-9]{1,3}[A-Ha-h]?)"
    r"(?=[ \t]*(?:[,;)\n]|\.(?![0-9])|:[ \t]|[ \t][-–][ \t]|\Z))"
)
_VILLAGE_AFTER_HOUSE_RE: Final = re.compile(
    r"(?<![\w-])(?i:fritidshus|fritidshuset|sommarstuga|sommarstugan|sommarhuset|stuga|stugan|huset|gården"
    r"|torpet|villan)[ \t]+(?:på|i)[ \t]+(?P<w>[A-ZÅÄÖ][a-zåäö]{3,})[ \t]+(?P<nr>[0-9]{1,3}[A-Ha-h]?)"
    r"(?![\w:.,-][0-9])"
)

# An address's field with words before its colon: `Adress i bokningen: Holmaparken 124` (stop 39, blind 71).
_ADDRESS_FIELD_RE: Final = re.compile(
    r"(?i:\b(?:adress|adressen|hemadress)\b)[^\n:]{1,25}:[ \t]*"
    r"(?P<w>[A-ZÅÄÖ][\w-]+(?:[ \t][A-ZÅÄÖa-zåäö][\w-]+)?)[ \t]+(?P<nr>[0-9]{1,3}[A-Ha-h]?)"
    r"(?![0-9]|[.:,/][0-9])"
)


def find_village_addresses(text: str) -> list[Finding]:
    """The house numbers of rural addresses: `Vambåsa 46` after a name or a house's `på`."""
    out: list[Finding] = []
    low = text.lower()
    if "adress" in low:
        out += [
            Finding("adress", m.start("nr"), m.end("nr"), m.group("nr"))
            for m in _ADDRESS_FIELD_RE.finditer(text)
            if m.group("w").lower() not in _NUMBERED_NOT_HOME
        ]
    rules = []
    if _COMMA_WORD_NUMBER_RE.search(text) is not None:
        rules.append(_VILLAGE_AFTER_NAME_RE)
    if any(w in low for w in _HOUSE_WORDS):
        rules.append(_VILLAGE_AFTER_HOUSE_RE)
    for rx in rules:
        for m in rx.finditer(text):
            word = m.group("w").lower()
            if word in _NUMBERED_NOT_HOME or word.endswith(_INSTITUTION_ENDINGS + _NOT_HOME_ENDINGS + _ROADS):
                continue
            if word in lower_place_words() or zipf(word) < RARE_ZIPF:  # (`Västrum` splits as väst|rum)
                out.append(Finding("adress", m.start("nr"), m.end("nr"), m.group("nr")))
    return out
