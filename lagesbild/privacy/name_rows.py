"""Nicknames in lists of one person a line, and nicknames of kind (issue 14, stop 37, from blind 52):

* the head of a line in a list whose other heads are names found: `Kobra – sprang iväg innan kontroll`
  among `Arta Hoxha – inget`, `Ryssen: nycklar till …` among `Tindra Ekström: två telefoner`, `- Mindo` among
  `- Eero Nieminen, 14 år`. One word that is no function word, role, place, organisation, street, label
  or common word; a nickname of kind (`- Finnen`) counts;
* a nickname of kind, capitalised where a common noun would not be, mid-sentence: `Säger att Pojken slog
  honom`, `chattar med Ryssen om vapen`, `bl.a. Persern`.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, ORGANISATIONS, place_words, zipf
from lagesbild.privacy.name_words import FUNCTION_WORDS, GROUP_ENDINGS, STREET_WORDS_ALTERNATION
from lagesbild.privacy.names import FIRST_NAMES
from lagesbild.privacy.span_index import SpanIndex

__all__ = ["find_row_names"]

# Nouns of nationality or kind in their definite form, which gangs and groups use as nicknames.
EPITHETS: Final = frozenset(
    """Pojken Finnen Ryssen Svensken Turken Holländaren Persern Afghanen Albanen Kurden Somaliern Serben
    Polacken Araben Greken Tysken Dansken Norrmannen Libanesen Marockanen Vietnamesen Kinesen Eritreanen
    Irakiern Syriern Bosniern Kosovaren Jugoslaven Chilenaren Doktorn Professorn Lillen Bossen Prinsen
    Snubben Gubben""".split()
)
_EPITHET_RE: Final = re.compile(
    rf"(?:(?<=[a-zåäö0-9,):][ \t])|(?<=bl\.a\.[ \t]))(?P<n>{'|'.join(sorted(EPITHETS))})(?![\w'’-])"
)
# A line's head: after a bullet or a number, up to a dash, a colon, a comma, a bracket, `=` or the line's end.
_HEAD_RE: Final = re.compile(
    r"(?m)^[ \t]*(?P<b>[-•*–]|[0-9]{1,2}[.)])?[ \t]*"
    r"(?P<h>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)"
    r"[ \t]*(?P<sep>[–—-][ \t]|:|,|\(|=|$)"
)
_WORD_RE: Final = re.compile(r"[^\W\d_][\w'’-]*")
_STREET_END_RE: Final = re.compile(rf"(?:{STREET_WORDS_ALTERNATION}|gatan|vägen|torget|leden)$")
# The labels of a form's fields and a log's headings, which open lines as heads do.
_LABELS: Final = frozenset(
    """obs nb ps info typ tid plats datum status åtgärd beslut källa patrull summa totalt ansvarig rubrik ämne
    klart slut övrigt notering""".split()
)


def find_row_names(
    text: str, spans: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of the names of the module doc; ``spans``: the names found so far."""
    out = [m.span("n") for m in _EPITHET_RE.finditer(text)] if _an_epithet(text) else []
    if text.count("\n") < 2 or not spans:
        return out
    heads = list(_HEAD_RE.finditer(text))
    if len(heads) < 3:
        return out
    found = SpanIndex(spans)
    # a list's rows: the lines of one bullet (`- …`, `1. …`), or without one the lines of one separator
    lists: dict[str, list[tuple[re.Match[str], bool]]] = {}
    for m in heads:
        key = (m.group("b") or "")[-1:] or m.group("sep").strip()[:1]
        lists.setdefault(key, []).append((m, found.overlaps(*m.span("h"))))
    # not bare lines (a signature's, an address's) nor a comma's (`Haddad, Ghassan, lgh …` is one name)
    lists.pop("", None)
    lists.pop(",", None)
    for rows in lists.values():
        named = sum(is_named for _, is_named in rows)
        if named < 2 or 2 * named < len(rows):
            continue  # a list of people: at least two heads found, and half of them
        for m, is_named in rows:
            if not is_named and _a_nickname(m.group("h"), not_names, roles):
                out.append(m.span("h"))
    return out


def _an_epithet(text: str) -> bool:
    return any(word in text for word in EPITHETS)


def _a_nickname(head: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    if _WORD_RE.fullmatch(head) is None:
        return False  # one word only
    low = head.lower()
    if not head[:1].isupper() or low in FUNCTION_WORDS or low in roles or low in _LABELS or head in not_names:
        return False
    if head in place_words() or head in ORGANISATIONS or _STREET_END_RE.search(low):
        return False
    if head in EPITHETS:
        return True
    if low.endswith(GROUP_ENDINGS):
        return False  # a unit or a group: `Fältarna`, `Polisen`
    return head in FIRST_NAMES or zipf(low) < KNOWN_ZIPF
