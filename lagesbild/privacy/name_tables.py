"""Names in the columns and fields of exported records (issue 14, stop 27, from blind 25's misses):

* a table whose header names a person's column (`Id;Förnamn;Efternamn;Ålder`, `Tid	Kortnr	Innehavare`):
  every row's cell in that column is a name, whatever it looks like (fail-closed), unless it holds a
  digit or only function words (`okänd` stays: it is a word, and no one);
* a person's field whose value is one or more surnames joined by `/` (`Ingripande: Ekholm/Hämäläinen`,
  `Anmälningsupptagare: Laaksonen`, `Mottagen av kundtjänst: Öberg`): listed names or words no lexicon
  knows, after a label that ends in a role word or a word of `_PERSON_FIELD_WORDS`;
* `Surname, Given` alone in a column of a log, between runs of spaces (`IN   Hoxha, Arta  UE el`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import known_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import NOT_NAMES

__all__ = ["find_table_names"]

# The header words of a person's column (not `Rapportör` or `Ansvarig`, which hold organisations as often).
_PERSON_COLUMNS: Final = frozenset(
    """förnamn efternamn namn anmälare handläggare handl innehavare elev eleven hyresgäst förare väktare
    målsägande misstänkt personal kontaktperson användare boende gärningsperson vittne utförare""".split()
)
_SEPARATORS: Final = (";", "\t", "|")
_FIELD_RE: Final = re.compile(
    r"(?m)(?:^|(?<=[/|]))[ \t]*(?P<label>[^\W\d_][^\n:/|]{0,40}?)[ \t]*:[ \t]*"
    r"(?P<v>[A-ZÅÄÖ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*(?:[ \t]*/[ \t]*[A-ZÅÄÖ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)*)"
    r"[ \t]*(?=$|[ \t]/[ \t]|[.;|\n])"
)
# The last words of a field's label that say its value is a person (besides the role words): `Ingripande:`,
# `Anmälningsupptagare:`, `Mottagen av kundtjänst:`, `Med:`, `Utlämnad av:`.
_PERSON_FIELD_WORDS: Final = frozenset(
    """ingripande anmälningsupptagare kundtjänst med av till handl deltagare närvarande inblandade gm bevakare
    utförare mottagare""".split()
)


def find_table_names(text: str, roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the names of the module doc."""
    out: list[tuple[int, int]] = []
    if "\n" in text and any(sep in text for sep in _SEPARATORS):
        out += _column_names(text)
    for m in _INVERTED_CELL_RE.finditer(text) if "  " in text or "\t" in text else ():
        if _a_name(m.group("s")) and (_a_name(m.group("g")) or m.group("g") in ANY_NAME):
            out.append(m.span("n"))
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
_INVERTED_CELL_RE: Final = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\t))(?P<n>(?P<s>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?),[ \t]"
    r"(?P<g>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?))(?=[ \t]{2}|\t|[ \t]*$)",
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


def _a_cell_name(value: str) -> bool:
    """A person's cell: no digit, and a capitalised word or a lowercase one no lexicon knows (not `okänd`)."""
    words = value.replace(",", " ").split()
    if not words or any(c.isdigit() for c in value):
        return False
    return any(w[:1].isupper() or not (w in FUNCTION_WORDS or known_word(w)) for w in words)


def _a_name(word: str) -> bool:
    """A listed name, or a word no lexicon knows; a word in capitals only when listed (`ÅTERFUNNEN`)."""
    if word.isupper():
        word = word.title()
        return word in ANY_NAME and word not in NOT_NAMES
    if word in ORGANISATIONS or word in NOT_NAMES or word in place_words():
        return False
    return word in ANY_NAME or not known_word(word.lower())
