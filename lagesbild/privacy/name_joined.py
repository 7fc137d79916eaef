"""Names joined to a name found (issue 14; stop 26, round 18, and stop 33, round 26): `bilder på Maarten
och [namn]`, `[namn] o søren`, a roster's `Florin + [namn]`, a call chain's `Duc → [namn]`, `Bror eller
[namn]`, a fight's `Zlatte vs [namn]`. Taken out of name_cases.py at stop 33, unchanged."""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, known_word, zipf
from lagesbild.privacy.lower_words import is_english, lower_name_word
from lagesbild.privacy.name_registers import CAPITALISED, name_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words
from lagesbild.privacy.name_words import FUNCTION_WORDS, GROUP_ENDINGS
from lagesbild.privacy.names import FIRST_NAMES, WORD_GIVEN_NAMES
from lagesbild.privacy.span_index import SpanIndex

__all__ = ["coordinated_names", "listed_with_names"]

_CAP: Final = CAPITALISED
_AND: Final = (
    r"[ \t]+(?:och|o|&|eller|\+|→|->|vs\.?)[ \t]+"  # a roster's `+`, a call chain's `→`, a fight's `vs`
)
_A_JOINER_RE: Final = re.compile(r" o|&| eller |\+|→|->| vs")
_ROSTER_JOINER_RE: Final = re.compile(r"[ \t](?:eller|\+|→|->)[ \t]")
_NOUN_AFTER_RE: Final = re.compile(r"[ \t]+[a-zåäö]{3,}")
_AND_NEXT_RE: Final = re.compile(rf"{_AND}(?P<n>{_CAP}|[a-zåäöéüøāēīōū]{{3,14}})(?![\w'’-])")
_BETWEEN_RE: Final = re.compile(r"(?i:\bmellan)[ \t]+(?:[^\W\d_]+[ \t]+)?$")
_NEXT_AND_RE: Final = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP}|[a-zåäöéüøāēīōū]{{3,14}}){_AND}$")


def coordinated_names(
    text: str, spans: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """A word joined by `och`, `o`, `&`, `eller`, `+`, `→` or `vs` to a name found, written the same way
    (capitalised or lowercase), that is a listed name no word, or a word that is nothing else: `bilder på
    Maarten och [namn]` (a place's preposition before it kept it out), `samma gäng som [namn] o søren`,
    `Tis: Florin + [namn]`; not a genitive before its noun (`[namn] → Medelpads räddningstjänstförbund`)."""
    if not _A_JOINER_RE.search(text):
        return []
    found = SpanIndex(spans)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        lower = text[s:e].islower()
        for m in (_AND_NEXT_RE.match(text, e), _NEXT_AND_RE.search(text, max(0, s - 30), s)):
            if m is None or found.overlaps(*m.span("n")) or m.group("n").islower() != lower:
                continue
            first = min(s, m.start("n"))
            if _BETWEEN_RE.search(text, max(0, first - 40), first):
                continue  # places: `Mellan Bruksvallarna och Fjällnäs`
            n = m.group("n")
            if n.endswith("s") and _NOUN_AFTER_RE.match(text, m.end("n")):
                continue  # a genitive's noun after it: `Medelpads räddningstjänstförbund`
            if lower:
                ok = (
                    n not in FUNCTION_WORDS
                    and n not in roles
                    and (lower_name_word(n) or (n.title() in FIRST_NAMES and not known_word(n)))
                )
            else:
                ok = n not in place_words() and name_word(n, not_names, roles, words_too=False)
                # beside a roster's `+`, a call chain's arrow or `eller` a given name that is a word is one
                # too (`Fråga Bror eller [namn]`); `och` joins things as often (`Skog och [namn]`)
                ok = ok or (
                    _ROSTER_JOINER_RE.search(m.group()) is not None
                    and (n in FIRST_NAMES or n in WORD_GIVEN_NAMES)
                    and n not in not_names
                    and n.lower() not in FUNCTION_WORDS
                )
            if ok:
                out.append(m.span("n"))
    return out


_ITEM_RE: Final = re.compile(
    r"(?:(?<=[,:])|(?<=^))[ \t]*(?P<n>[A-ZÅÄÖ][^\W\d_]+)(?=[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*(?:,|$))", re.M
)
_STREET_ENDS: Final = (
    "gata",
    "gatan",
    "väg",
    "vägen",
    "gränd",
    "torg",
    "torget",
    "plan",
    "stig",
    "allé",
    "leden",
)


def listed_with_names(
    text: str, spans: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """A one-word item of a comma list on a line whose other items are names found (stop 36, blind 46:
    `Aktuella: [namn] (6:an), [namn] (åk 7), Hajji`): a capitalised word that is no place, organisation,
    role, function word or definite noun."""
    if text.count(",") < 2 or not spans:
        return []
    found: SpanIndex | None = None  # built only for a line that is a list (issue 16)
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count(",") < 2:
            continue
        items = list(_ITEM_RE.finditer(text, start, start + len(line)))
        if len(items) < 2:
            continue
        found = found or SpanIndex(spans)
        named = [found.overlaps(*m.span("n")) for m in items]
        # two names found, or one in a list of one-word items only (`Aktuella: [namn] (6:an), Guled, Hajji`)
        uniform = len(items) == line.count(",") + 1
        if sum(named) < (1 if uniform else 2):
            continue
        for m, is_named in zip(items, named, strict=True):
            word = m.group("n")
            low = word.lower()
            if is_named or low in FUNCTION_WORDS or low in roles or word in not_names:
                continue
            if word in place_words() or word in ORGANISATIONS or low.endswith(GROUP_ENDINGS + _STREET_ENDS):
                continue  # not a street among them: `… at Sangis, Storgatan, by …`
            if word not in FIRST_NAMES and (zipf(low) >= KNOWN_ZIPF or is_english(low)):
                continue  # a common word: `Skift: Natt, Dag, Kväll`, `Status: Pågående`
            out.append(m.span("n"))
    return out
