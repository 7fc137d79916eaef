"""A place's name where the words before it say that a place stands there (stop 39, from the places the read
corpora lost: blind 62 lost 4.5 % of its places, blind 29, 42, 57 and 67 more than 4 %).

- A form's field for an area (`Område: Vega`, `Plats: Nova Lund`) and an area's own noun
  (`grannsamverkansområde Ribby`, `stadsdelen Seved`): what stands there is the area, up to three
  capitalised words, a word that a name list holds too (`Vega`, `Lina`).
- A role or a team bound to an area (`bovärd Alnö`, `trygghetsvärdar Lärbro`, `fältassistenter Lännersta`,
  `hemtjänsten Vibble`), a preposition of place (`från Dalsjöfors`, `runt Grängesberg`) or a bracket after a
  person (`Soto, Rodrigo (Dalsjöfors)`) before a known place's name that no name list holds: the place, also
  after a preposition or in the bracket where it ends as a surname does (`-fors`, `-berg`, `-holm`) or is
  short (`Harg`), which elsewhere keep a word a name (a surname that no list holds). After a role such a word
  stays a name (`kommunpolis Solberg`, `kommunpolis Vik`), as does a listed surname (`väktare Borg`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import place_words, police_place_words
from lagesbild.privacy.name_words import PLACE_PREPS, SURNAME_SUFFIXES

__all__ = ["area_field", "known_place_here"]

_AREA_FIELDS = "område|områden|plats|ort|stadsdel|bostadsområde|grannsamverkansområde|omr"
_AREA_NOUNS = (
    "grannsamverkan|grannsamverkansområde|grannsamverkansområdet|bostadsområde|bostadsområdet|stadsdel|stadsdelen"
    "|stadsdelsområde|stadsdelsområdet|området|villaområdet"
)
_AREA_FIELD_BEFORE_RE: Final = re.compile(
    rf"(?:(?:(?m:^)|[;|\t])[ \t]*(?i:{_AREA_FIELDS})[ \t]*:|(?<![\w-])(?i:{_AREA_NOUNS}))[ \t]+$"
)
_CAPITALISED_RE: Final = re.compile(r"[A-ZÅÄÖ][^\W\d_]*(?:-[A-ZÅÄÖ][^\W\d_]*)?")

# The roles and teams that work in an area, the words of a log or a plan before an area, and the
# prepositions of place (Swedish and English).
_AREA_ROLES = (
    "kommunpolis|kommunpolisen|områdespolis|områdespolisen|lokalpolis|lokalpolisen|närpolis|närpolisen"
    "|bovärd|bovärden|bovärdar|bovärdarna|områdesansvarig|omr\\.?[ \t]?ansv|områdeschef|trygghetsvärd"
    "|trygghetsvärden|trygghetsvärdar|trygghetsvärdarna|fältassistent|fältassistenten|fältassistenter"
    "|fältassistenterna|fältare|fältarna|kontaktombud|kontaktombudet|kontaktombuden"
    "|grannsamverkansgruppen|grannapp|platschef|hemtjänst|hemtjänsten|nattlogg|närvaro|patrull|ronde"
    "|sommarvärdar|sommarvärdarna|nattvandrarna|nattvandring|fritid|fritidsgården"
)
# (the name rules' prepositions of place, and those that lead to or from a place)
_PLACE_PREPS = "|".join(
    sorted(
        PLACE_PREPS
        | {"från", "till", "mot", "kring", "via", "för", "towards", "by", "near", "from", "around"}
    )
)
_AREA_ROLE_BEFORE_RE: Final = re.compile(rf"(?<![\w-])(?i:{_AREA_ROLES})[ \t]+$")
_PLACE_PREP_BEFORE_RE: Final = re.compile(rf"(?:(?<![\w-])(?i:{_PLACE_PREPS})[ \t]+|[^\W\d_][ \t]*\([ \t]*)$")


def area_field(text: str, start: int, end: int) -> bool:
    """The span stands in an area's field or after an area's noun: `Område: Vega`, `stadsdelen Seved`."""
    words = text[start:end].split()
    return (
        0 < len(words) <= 3
        and all(_CAPITALISED_RE.fullmatch(w) for w in words)
        and _AREA_FIELD_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    )


def known_place_here(text: str, start: int, end: int, word: str) -> bool:
    """`word` (no listed name: the caller asks) is a known place's name, after a role bound to an area, a
    preposition of place or a bracket: `bovärd Alnö`, `från Dalsjöfors`, `(Kolartorp)`."""
    if len(word) < 4 or (word not in place_words() and word not in police_place_words()):
        return False
    if _PLACE_PREP_BEFORE_RE.search(text, max(0, start - 30), start) is not None:
        return text[start - 1 : start] != "(" or text[end : end + 1] == ")"
    # after a role, a surname's ending keeps it a name: `kommunpolis Solberg` (but `bovärd Alnö`)
    return (
        not word.lower().endswith(SURNAME_SUFFIXES)
        and _AREA_ROLE_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )
