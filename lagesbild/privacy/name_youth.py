"""Names as youth workers and young people write them (issue 14, stop 25).

* a young person's nickname by size: `Lill-Elias`, `Lill-Deeqa`, `Stora Jonas` (not a place named so:
  `Lill-Jansskogen`, `Stora torget`, `Stora Essingen`; after `Stora` only a listed given name, since so
  many villages are named `Stora` and a word no list holds: `Stora Uppåkra`);
* a name typed in lowercase as a genitive before family or friends: `helins mamma`, `avins lillebror`,
  `wolfgangs gäng` (the stem no known word: not `killens mamma`, `hans bror`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import known_word, place_words
from lagesbild.privacy.name_registers import name_word
from lagesbild.privacy.name_words import FUNCTION_WORDS, LOWER_ANY
from lagesbild.privacy.names import FIRST_NAMES

__all__ = ["find_youth_names"]

_CAP: Final = r"(?<![\w'’-])[A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ][a-zåäöà-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_LITTLE_RE: Final = re.compile(r"(?<![\w-])(?:Lill|Lilla|Lillen|Lillis)-[A-ZÅÄÖ][^\W\d_]{1,20}")
# A place named so: `Lill-Jansskogen`, `Lilla-Torget`.
_PLACES: Final = (
    "skogen", "berget", "viken", "holmen", "torget", "parken", "gården", "huset", "backen", "vägen", "gatan",
    "sjön", "ön", "udden", "dalen", "ängen", "hallen", "skolan", "plan", "stugan", "by", "sund", "näs",
)  # fmt: skip
_BIG_RE: Final = re.compile(rf"(?<![\w-])Stora[ \t]+(?P<n>{_CAP})")
_FRIENDS: Final = (
    "lillebror", "storebror", "lillasyster", "storasyster", "bror", "brorsa", "syster", "syrra", "mamma",
    "morsa", "pappa", "farsa", "kusin", "gäng", "kompis", "kompisar", "polare", "tjej", "kille", "pojkvän",
    "flickvän",
)  # fmt: skip
_LOWER_OWNER_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<n>[a-zåäöéü]{{3,14}})s[ \t]+(?:{'|'.join(_FRIENDS)})(?![\w])"
)


def find_youth_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the nicknames and lowercase names above."""
    out: list[tuple[int, int]] = []
    if "Lill" in text:
        out += [m.span() for m in _LITTLE_RE.finditer(text) if not m.group().lower().endswith(_PLACES)]
    if "Stora " in text:
        for m in _BIG_RE.finditer(text):
            n = m.group("n")
            if (
                n in FIRST_NAMES
                and n not in place_words()
                and name_word(n, not_names, roles, words_too=False)
            ):
                out.append(m.span())
    for m in _LOWER_OWNER_RE.finditer(text):
        stem = m.group("n")
        if stem in FUNCTION_WORDS or stem in roles or stem + "s" in FUNCTION_WORDS:
            continue
        if stem in LOWER_ANY or not (known_word(stem) or known_word(stem + "s")):
            out.append(m.span("n"))
    return out
