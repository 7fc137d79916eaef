"""Names in the columns and fields of exported records (issue 14, stop 27, from blind 25's misses):

* a table whose header names a person's column (`Id;Förnamn;Efternamn;Ålder`, `Tid	Kortnr	Innehavare`):
  every row's cell in that column is a name, whatever it looks like (fail-closed), unless it holds a
  digit or only function words (`okänd` stays: it is a word, and no one);
* a person's field whose value is one or more surnames joined by `/` (`Ingripande: Ekholm/Hämäläinen`,
  `Anmälningsupptagare: Laaksonen`, `Mottagen av kundtjänst: Öberg`): listed names or words no lexicon
  knows, after a label that ends in a role word or a word of `_PERSON_FIELD_WORDS`;
* `Surname, Given` alone in a column of a log, between runs of spaces (`IN   Hoxha, Arta  UE el`), as a
  list's item or as a field's whole value (`• Stanikzai, Parwiz (ofredande)`, `Drabbad: Sindi, Ronahi`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, known_word, zipf
from lagesbild.privacy.lower_words import is_english
from lagesbild.privacy.name_cue_words import MONTHS_DAYS
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words
from lagesbild.privacy.name_unknown_word import PLACE_NAME_ENDINGS
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES, NOT_NAMES, WORD_GIVEN_NAMES

__all__ = ["find_table_names"]

# The header words of a person's column (not `Rapportör` or `Ansvarig`, which hold organisations as often).
_PERSON_COLUMNS: Final = frozenset(
    """förnamn efternamn namn anmälare handläggare handl innehavare elev eleven hyresgäst förare väktare
    målsägande misstänkt personal kontaktperson användare boende gärningsperson vittne utförare alias smeknamn
    kallas""".split()
)
_SEPARATORS: Final = (";", "\t", "|")
_FIELD_RE: Final = re.compile(
    r"(?m)(?:^|(?<=[/|]))[ \t]*(?P<label>[^\W\d_][^\n:/|]{0,40}?)[ \t]*:[ \t]*"
    r"(?P<v>[A-ZÅÄÖ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*(?:[ \t]*/[ \t]*[A-ZÅÄÖ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)*)"
    r"[ \t]*(?=$|[ \t]/[ \t]|[.;|\n])"
)
# The last words of a field's label that say its value is a person (besides the role words): `Ingripande:`,
# `Anmälningsupptagare:`, `Mottagen av kundtjänst:`, `Med:`, `Utlämnad av:`, a förhörsledare's `FH:`.
_PERSON_FIELD_WORDS: Final = frozenset(
    """ingripande anmälningsupptagare kundtjänst med av till handl deltagare närvarande inblandade gm bevakare
    utförare mottagare fh informerad informerade kontaktad underrättad""".split()
)


def find_table_names(text: str, roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the names of the module doc."""
    out: list[tuple[int, int]] = []
    if "\n" in text and any(sep in text for sep in _SEPARATORS):
        out += _column_names(text)
    inverted = _COMMA_CAPITAL_RE.search(text) is not None  # what both scans need (issue 16)
    for m in _INVERTED_CELL_RE.finditer(text) if inverted and ("  " in text or "\t" in text) else ():
        if _inverted(m.group("s"), m.group("g"), cell=True):
            out.append(m.span("n"))
    for m in _INVERTED_ITEM_RE.finditer(text) if inverted else ():
        x = "" if m.group("n") else "x"
        if m.group("label") and m.group("label").lower() in _PLACE_LABELS:
            continue  # `plats: Väven, Vasaplan`
        if _inverted(m.group(x + "s"), m.group(x + "g"), cell=False):
            out.append(m.span(x + "n"))
    if "=" in text:
        out += _relation_names(text)
    if ":" in text:
        for m in _FIELD_RE.finditer(text):
            label = m.group("label").strip().lower().split()
            if not label or (label[-1] not in _PERSON_FIELD_WORDS and label[-1] not in roles):
                continue
            start = m.start("v")
            for part in re.finditer(r"[^/ \t]+", m.group("v")):
                if _a_name(part.group()):
                    out.append((start + part.start(), start + part.end()))
    return out


# A log's column that holds `Surname, Given` between runs of spaces or tabs (a passage log's
# `IN   Hoxha, Arta  UE el`; stop 36, blind 43).
_CAP_WORD: Final = r"(?:[A-Z]['’])?[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"  # also `O'Connor`
_INVERTED: Final = rf"(?P<n>(?P<s>{_CAP_WORD}(?: {_CAP_WORD})?),[ \t](?P<g>{_CAP_WORD}(?: {_CAP_WORD})?))"
# A log's column that holds `Surname, Given` between runs of spaces or tabs (a passage log's
# `IN   Hoxha, Arta  UE el`, a roll's `Warsame, Sahra Mohamed\tKommunpolis`; stop 36, blind 43 and 46).
_COMMA_CAPITAL_RE: Final = re.compile(r",[ \t][A-ZÅÄÖ]")
_INVERTED_CELL_RE: Final = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t)){_INVERTED}(?=[ \t]{{2}}|\t|[ \t]*$)",
    re.MULTILINE,
)
# `Surname, Given` as a list's item or a field's whole value: `• Stanikzai, Parwiz (ofredande)`, `2. Kaplan,
# Malke – t.o.m. …`, `Drabbad: Sindi, Ronahi`; or a line's start before a dash or a bracket (`Söder,
# Novalie – gul`) (stop 36, blind 44 and 46).
_INVERTED_ITEM_RE: Final = re.compile(
    rf"^[ \t]*(?:[•*–-]|[0-9]{{1,2}}[.)]|(?P<label>[^\W\d_]{{3,20}})[ \t]?:)[ \t]*{_INVERTED}"
    r"(?=[ \t]*(?:[(–]|-[ \t]|$))"  # not a list's first two items: `Närvarande: Dalia, Sewit, Hodan`
    rf"|^[ \t]*{_INVERTED.replace('?P<', '?P<x')}(?=[ \t]+[–-][ \t]|[ \t]*\()",
    re.MULTILINE,
)


def _column_names(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for i, (_, header) in enumerate(lines):
        sep = next((s for s in _SEPARATORS if header.count(s) >= 2), None)
        if sep is None:
            continue
        cells = [c.strip().lower() for c in header.split(sep)]
        columns = [k for k, c in enumerate(cells) if c in _PERSON_COLUMNS]
        if not columns:
            continue
        for start, row in lines[i + 1 :]:
            if row.count(sep) != header.count(sep):
                break
            offset = start
            for k, cell in enumerate(row.split(sep)):
                value = cell.split("(")[0].strip()  # not the organisation after: `Hodan (Stena Fastigheter)`
                if k in columns and _a_cell_name(value):
                    left = offset + cell.index(value)
                    out.append((left, left + len(value)))
                offset += len(cell) + len(sep)
    return out


# A map of who is who, a line each: `Gurra = Patrik Karlsson, 13 år`, `Pexi = okänd, hänger vid …` (stop 37,
# blind 52): the word before `=` is a nickname where the map has two such lines or the line names its bearer.
_RELATION_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?:[•*–-][ \t]*)?(?P<n>{_CAP_WORD}(?:[ \t]{_CAP_WORD})?)[ \t]*=[ \t]*"
    rf"(?P<r>(?i:okänd|okänt|oklart)\b|{_CAP_WORD}[ \t]+{_CAP_WORD}|[^\W\d_])"
)


def _relation_names(text: str) -> list[tuple[int, int]]:
    found = list(_RELATION_RE.finditer(text))
    return [
        m.span("n")
        for m in found
        if (len(found) >= 2 or len(m.group("r")) > 1)
        and not any(_a_unit(w) or w in place_words() or w in ORGANISATIONS for w in m.group("n").split())
    ]


def _a_cell_name(value: str) -> bool:
    """A person's cell: no digit, and a capitalised word or a lowercase one no lexicon knows (not `okänd`)."""
    words = value.replace(",", " ").split()
    if not words or any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    return any(w[:1].isupper() or not (w in FUNCTION_WORDS or known_word(w)) for w in words)


def _inverted(surname: str, given: str, *, cell: bool) -> bool:
    """`Surname, Given`: given names listed or rare words that are no place, unit or organisation (`Megan`,
    `Joaquín`; not `Rikshem`, `Brandkärrsskolan`); surnames listed, unknown, or no place, organisation or
    common word (`Kaplan, Malke`; not `Natt, Dag`, `Fisksätra, Älta`); two surnames only in a roll's cell."""
    givens, surnames = given.split(), surname.split()
    if len(surnames) > 1 and not cell:
        return False
    return all(_a_given(g) for g in givens) and all(
        (_a_name(w) or _a_surname(w)) and not _a_unit(w) for w in surnames
    )


def _a_given(word: str) -> bool:
    if word in ORGANISATIONS or word in NOT_NAMES or word in place_words():
        return False
    if is_english(word.lower()) and word not in FIRST_NAMES:
        return False  # `Present: Police, Council`
    if word in FIRST_NAMES or word in WORD_GIVEN_NAMES:
        return True
    return zipf(word.lower()) < KNOWN_ZIPF and not _a_unit(word)


def _a_unit(word: str) -> bool:
    """A place's, a unit's or a company's word by its ending (`Brandkärrsskolan`, `Telgebostäder`,
    `Elevhälsan`, `Hallandstrafiken`)."""
    low = word.lower()
    return low.endswith(PLACE_NAME_ENDINGS + _UNIT_ENDS) or (
        len(low) > 6 and low.endswith(("en", "et", "plan"))
    )


_PLACE_LABELS: Final = frozenset(
    "plats var brottsplats objekt adress område lokal ort plats platsen stad kommun fastighet".split()
)
_UNIT_ENDS: Final = (
    "skolan", "gården", "hallen", "parken", "torget", "hem", "bostäder", "trafiken", "hälsan",
    "tjänsten", "ån", "hage",
)  # fmt: skip


def _a_surname(word: str) -> bool:
    """A listed surname, or a word that is no place, organisation or common word (`Natt, Dag`)."""
    if word in LAST_NAMES:
        return True
    low = word.lower()
    if word in place_words() or word in ORGANISATIONS or low in FUNCTION_WORDS or low in MONTHS_DAYS:
        return False
    return zipf(low) < _COMMON_ZIPF


_COMMON_ZIPF: Final = 4.0  # `kaplan` (3.7) is a surname before a given name, `natt` (5.0) a word


def _a_name(word: str) -> bool:
    """A listed name, or a word no lexicon knows; a word in capitals only when listed (`ÅTERFUNNEN`)."""
    if word.isupper():
        word = word.title()
        return word in ANY_NAME and word not in NOT_NAMES
    if word in ORGANISATIONS or word in NOT_NAMES or word in place_words():
        return False
    return word in ANY_NAME or not known_word(word.lower())
