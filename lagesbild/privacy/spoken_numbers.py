"""Numbers said in words, as speech-to-text writes them (issue 14, stop 33, from blind 28's misses).

A väktare or fältare who dictates a round gets `ring 070 nio fem sex noll fem sju fyra` and `bor på
idunvägen trettiofem`. Found here, for lagesbild.privacy.structured:

* a phone number: a run of four or more numbers in words or digits that together make 8 to 12 digits and
  starts with a zero (`noll sju noll …`, `070 nio fem …`);
* a house number in words after a street's name (`Drottninggatan åtta`, `kungsvägen fyrtiofem`).

A run of number words that makes too few digits, or does not start with a zero, is no number
(`fem sex sju ungdomar`); `sex` and `en` alone are words.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.finding import Finding

__all__ = ["find_spoken_numbers"]

_UNITS: Final = {
    "noll": 0, "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9,
}  # fmt: skip
_TEENS: Final = {
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19,
}  # fmt: skip
_TENS: Final = {
    "tjugo": 20, "tjugu": 20, "trettio": 30, "trettie": 30, "fyrtio": 40, "förti": 40, "fyrti": 40,
    "femtio": 50, "femti": 50, "sextio": 60, "sexti": 60, "sjuttio": 70, "sjutti": 70, "åttio": 80,
    "åtti": 80, "nittio": 90, "nitti": 90,
}  # fmt: skip
_UNIT_WORDS: Final = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER_WORD: Final = (
    rf"(?:(?:{'|'.join(sorted(_TENS, key=len, reverse=True))})(?:{_UNIT_WORDS})?"
    rf"|{'|'.join(sorted(_TEENS, key=len, reverse=True))}|{_UNIT_WORDS})"
)
_TOKEN: Final = rf"(?:[0-9]{{1,4}}|{_NUMBER_WORD})"
_RUN_RE: Final = re.compile(rf"(?i)(?<![\w+])(?P<run>{_TOKEN}(?:[ \t,-]+{_TOKEN}){{3,14}})(?![\w])")
_TOKEN_RE: Final = re.compile(rf"(?i)[0-9]{{1,4}}|{_NUMBER_WORD}")
_STREET_SUFFIXES: Final = (
    "vägen|gatan|gata|gränd|gränden|stigen|backen|allé|allén|torget|leden|slingan|svängen|platsen|kroken"
    "|ringen|höjden|liden|stråket"
)
_STREET_NUMBER_RE: Final = re.compile(
    rf"(?i)(?<![\w-])(?:[^\W\d_]+(?:{_STREET_SUFFIXES}))[ \t]+(?P<nr>{_NUMBER_WORD})(?![\w])"
    # not a count after the street (`Storgatan sex personer`)
    r"(?![ \t]+(?i:personer|ungdomar|killar|tjejer|män|kvinnor|barn|gånger|st|stycken|minuter|min|timmar"
    r"|bilar|år|kronor|kr)\b)"
)
# A phone said in words starts with `noll` or with its first digits (`070 nio fem …`).
_ZERO_THEN_WORD_RE: Final = re.compile(rf"(?<![0-9])0[0-9]{{0,3}}[ \t,-]+(?i:{_NUMBER_WORD})(?![\w])")
_ZERO_BEFORE_A_WORD_RE: Final = re.compile(r"(?<![0-9])0[0-9]{0,3}[ \t,-]+[a-zåäöA-ZÅÄÖ]")
_STREET_END_RE: Final = re.compile(rf"(?:{_STREET_SUFFIXES}) ")
_MIN_DIGITS: Final = 8
_MAX_DIGITS: Final = 12


def _digits(token: str) -> str | None:
    low = token.lower()
    if low.isdigit():
        return low
    if low in _UNITS:
        return str(_UNITS[low])
    if low in _TEENS:
        return str(_TEENS[low])
    for tens, value in _TENS.items():
        if low.startswith(tens):
            rest = low[len(tens) :]
            if not rest:
                return str(value)
            if rest in _UNITS and _UNITS[rest] > 0:
                return str(value + _UNITS[rest])
    return None


def find_spoken_numbers(text: str) -> list[Finding]:
    """Phone numbers and house numbers said in words (module doc)."""
    low = text.lower()
    out: list[Finding] = []
    phone = "noll" in low or (
        _ZERO_BEFORE_A_WORD_RE.search(text) is not None and _ZERO_THEN_WORD_RE.search(text) is not None
    )
    for m in _RUN_RE.finditer(text) if phone else ():
        tokens = _TOKEN_RE.findall(m.group("run"))
        parts = [_digits(t) for t in tokens]
        if any(p is None for p in parts) or all(t.isdigit() for t in tokens):
            continue  # digits alone are the structured finders' (a time, a date, a phone)
        number = "".join(p for p in parts if p is not None)
        if number.startswith("0") and _MIN_DIGITS <= len(number) <= _MAX_DIGITS:
            out.append(Finding("telefon", m.start("run"), m.end("run"), m.group("run")))
    for m in _STREET_NUMBER_RE.finditer(text) if _STREET_END_RE.search(low) else ():
        out.append(Finding("adress", m.start("nr"), m.end("nr"), m.group("nr")))
    return out
