"""Foreign licence plates (stop 39, from blind 71: 119 foreign plates, none found). A foreign plate's shape
is too loose to read alone (`BM 44262` could be a form's code), so one is read only where the text says
where it is from:

- a nationality before it: `dansk CN 58 476`, `polsk KR 66017`, `tysk HH TL 827`, `ukrainsk DZ 3603 XL`;
- a country's code before it, or after it in brackets: `DK BK 41069`, `LT DNS494`, `PL-skylt WB66175`,
  `GN 25935 (PL)`, `HH-HW831 (D)`, `AS2024KH (UA)`;
- a German district's letters joined by a dash, which no Swedish text writes otherwise: `HB-YJ 775`,
  `SN-LN3276`.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.finding import Finding

__all__ = ["FOREIGN_PRECHECK_RE", "find_foreign_plates"]

_NATIONALITIES = (
    "dansk|danska|norsk|norska|polsk|polska|tysk|tyska|ukrainsk|ukrainska|litauisk|litauiska|lettisk"
    "|lettiska|estnisk|estniska|finsk|finska|rumänsk|rumänska|bulgarisk|bulgariska|holländsk|holländska"
    "|nederländsk|nederländska|brittisk|brittiska|engelsk|engelska|fransk|franska|italiensk|italienska"
    "|spansk|spanska|ungersk|ungerska|tjeckisk|tjeckiska|slovakisk|slovakiska|serbisk|serbiska|kroatisk"
    "|kroatiska|bosnisk|bosniska|albansk|albanska|turkisk|turkiska|grekisk|grekiska|belgisk|belgiska"
    "|österrikisk|österrikiska|schweizisk|schweiziska|rysk|ryska|vitrysk|vitryska|moldavisk|moldaviska"
)
_CODES = "DK|PL|LT|LV|EE|FIN|FI|UA|N|NO|NOR|D|DE|RO|BG|NL|GB|UK|F|I|E|B|A|CH|CZ|SK|HU|SRB|HR|BIH|AL|TR|GR"
# Letters and digits as plates abroad are written: one to three letters (a district's, maybe a second
# group), then one to five digits (maybe grouped), then up to two letters.
_SHAPE = (
    r"(?P<p>[A-Z]{1,3}(?:[ -][A-Z]{1,3})?[ -]?[0-9]{1,5}(?:[ ][0-9]{2,3})?(?:[ ]?[A-Z]{1,2})?)"
    r"(?![\w-])"
)
_NATIONALITY_RE: Final = re.compile(
    rf"(?i:\b(?:{_NATIONALITIES}))(?:[ \t]+(?i:skylt|skyltar|regnr|reg|registreringsnummer|nummerplåt))?"
    rf"[ \t]+{_SHAPE}"
)
# Before a plate, no one-letter code but Germany's and Norway's: `I AB 12` is a sentence's `I`.
_CODES_BEFORE = "|".join(c for c in _CODES.split("|") if len(c) > 1 or c in ("D", "N"))
_CODE_BEFORE_RE: Final = re.compile(rf"(?<![\w-])(?:{_CODES_BEFORE})(?:-skylt|-skyltad|-reg)?[ \t]+{_SHAPE}")
_CODE_JOINED_RE: Final = re.compile(rf"(?<![\w-])(?:{_CODES_BEFORE})-(?:skylt|skyltad|reg)[ \t]*{_SHAPE}")
_CODE_AFTER_RE: Final = re.compile(rf"(?<![\w-]){_SHAPE}[ \t]*\((?:{_CODES})\)")
_GERMAN_RE: Final = re.compile(r"(?<![\w-])(?P<p>[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]?[0-9]{2,4}[EH]?)(?![\w-])")
# (Estonia's `EST` is left out: `EST V43` is the method's week; a plate has three digits or more.)
# Every form above has capitals right before its digits, three of them in a row or two groups: no scan of the
# cues' words where none is (most texts).
FOREIGN_PRECHECK_RE: Final = re.compile(r"[A-Z][ -]?[0-9]{3}|[A-Z][ -]?[0-9]{1,2} [0-9]{2}")


def find_foreign_plates(text: str) -> list[Finding]:
    """Foreign plates that the text says are foreign (see the module's doc): the plate, not its cue."""
    out: list[Finding] = []
    for rx in (_NATIONALITY_RE, _CODE_BEFORE_RE, _CODE_JOINED_RE, _CODE_AFTER_RE, _GERMAN_RE):
        for m in rx.finditer(text):
            plate = m.group("p")
            if sum(c.isdigit() for c in plate) >= 3 and any(c.isalpha() for c in plate):
                out.append(Finding("regnr", m.start("p"), m.end("p"), plate))
    return out
