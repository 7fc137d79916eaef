"""Property designations written as a block name and a number, without a colon: `Bagaren 25`, `Svalan 14`.

In towns a fastighetsbeteckning is often the kvarter's name, a common noun in its definite form, and a
number (the kommun's name left out). Swedish writes common nouns in lowercase, so such a noun capitalised
inside a sentence and followed by a number is a block, not a word: `brand i källaren på Bagaren 25`.
Streets (`Storgatan 25`) are the address finder's; a noun that names a part of a building, a vehicle or
a period (`Porten 3`, `Bussen 4`, `Vecka 12`) and a number with a unit (`Eken 25 år`) are no property.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Final

from lagesbild.privacy.finding import Finding
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import known_word, lower_place_words, place_words, zipf
from lagesbild.privacy.name_words import ANY_NAME, PLACE_SUFFIXES, SENTENCE_ENDS, sentence_start

__all__ = ["find_block_properties"]

# Block names are nouns, some of them rare (`bagaren`): a lower floor than the name rule's.
_NOUN_ZIPF: Final = 2.0
# The block's number: one to three digits, not the start of a date, time, range or decimal.
# (a colon after it that ends a heading counts: `på Solna Banken 12: 3 inbrott`; stop 35)
_NUMBER: Final = r"[ \t]+(?P<nr>[1-9]\d{0,2})(?![\d.,/-]\d|[\w%-]|:\S)"
# The capital first and the look-behind back over it: the scan jumps from capital to capital (issue 16;
# the same matches as the look-behind first, tests/test_address_scan.py).
_BLOCK_RE: Final = re.compile(rf"(?P<name>[A-ZÅÄÖ](?<![\w-].)[a-zåäöé]{{2,}}(?:en|an|n|et)){_NUMBER}")
# In a line written in capitals: `SKADEGÖRELSE SMEDEN 9`.
_BLOCK_CAPS_RE: Final = re.compile(rf"(?<![\w-])(?P<name>[A-ZÅÄÖ]{{3,}}(?:EN|AN|N|ET)){_NUMBER}")
_SHOUTED_RE: Final = re.compile(r"[A-ZÅÄÖ]{4}")
_FIELD_SEPARATORS: Final = ";|\t"
_FIELD_END_RE: Final = re.compile(r"[ \t]*(?:[;|\t]|$)")
# A unit, a time or a count after the number: `Eken 25 år`, `Linjen 4 mot`.
_UNIT_AFTER_RE: Final = re.compile(
    r"[ \t]*(?:år|st|kr|min|minuter|timmar|dagar|veckor|personer|ungdomar|meter|m|km|procent|%|mot|till|"
    r"gånger|ggr|cm|kg|jan|januari|feb|februari|mars|apr|april|maj|juni|juli|aug|augusti|sep|sept|"
    r"september|okt|oktober|nov|november|dec|december)\b",
    re.IGNORECASE,
)
# Definite nouns that number parts of a building, transport, time and sport, never blocks.
_NOT_BLOCKS: Final = frozenset(
    """porten trappan entrén huset rummet salen hallen bussen linjen planet våningen uppgången ingången
    veckan sektionen zonen området banan spåret perrongen grinden platsen garaget läktaren buren tåget
    vagnen hissen dörren fönstret källaren vinden förrådet tvättstugan skåpet boxen klassen gruppen
    laget matchen omgången perioden halvleken dagen natten kvällen morgonen timmen minuten sidan punkten
    paragrafen kapitlet bilagan kontot numret platsnummer stolen bänken raden hållplatsen stationen
    avdelningen enheten kontoret rutan cellen lokalen passet gången
    mellan sedan innan ovan nedan utan igen redan även sen än dan eftermiddagen förmiddagen måndagen
    tisdagen onsdagen torsdagen fredagen lördagen söndagen helgen vintern våren sommaren hösten""".split()
)


def _noun(low: str) -> bool:
    """A Swedish noun in its definite form: the word or its indefinite form is in the lexicon, and no
    place's name starts it (`Ormingeringen` is a street of Orminge)."""
    places = lower_place_words()
    heads = (low[:i] for i in range(4, len(low) - 1))
    if any(h in places or (h.endswith("s") and h[:-1] in places) for h in heads):
        return False
    # `bagaren`: `bagare`, `bagar`; `svalan`: `svala`; `skeppet`: `skepp` (stop 34: `Sotaren 15`)
    forms = (
        (low, low[:-1], low[:-2])
        if low.endswith("en")
        else (low, low[:-2] if low.endswith("et") else low[:-1])
    )
    return known_word(low) or any(zipf(f) >= _NOUN_ZIPF for f in forms)


# A kommun's name, a block's and its number, as a fastighetsbeteckning is written in full: `Sollentuna
# Bagarby 6`, `Solna Nationalarenan 2` (stop 35); the block need be no noun then.
_KOMMUN_BLOCK_RE: Final = re.compile(
    r"(?<![\w-])(?P<k>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)[ \t]+"
    rf"(?P<name>[A-ZÅÄÖ][a-zåäöé]{{2,}}){_NUMBER}"
)
_PLACE_ENDS: Final = (
    "centrum", "station", "stationen", "kommun", "stad", "skola", "skolan", "gymnasiet", "universitet",
)  # fmt: skip
# A kommun's name before a street and its number is an address (`Boden Centralvägen 11`), the address
# finder's.
_STREET_ENDS: Final = (
    "vägen", "väg", "gatan", "gata", "gränd", "gränden", "stigen", "backen", "allén", "allé", "platsen",
    "torget", "leden", "boulevarden", "promenaden", "stråket", "slingan", "ringen", "plan",
)  # fmt: skip
_KOMMUNER_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "kommuner.csv"


@cache
def _kommuner() -> frozenset[str]:
    """The 290 kommuner's names (lagesbild/data/kommuner.csv)."""
    lines = _KOMMUNER_FILE.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(line.split(",", 1)[1] for line in lines if "," in line)


@cache
def _a_kommun_word() -> Callable[[str], bool]:
    return any_word(*(w.lower() for name in _kommuner() for w in re.split(r"[ -]", name)))


def _kommun_blocks(text: str) -> list[Finding]:
    out: list[Finding] = []
    if not _a_kommun_word()(text):
        return out  # most texts name no kommun
    for m in _KOMMUN_BLOCK_RE.finditer(text):
        low = m.group("name").lower()
        if m.group("k") not in _kommuner() or low in _NOT_BLOCKS or _UNIT_AFTER_RE.match(text, m.end()):
            continue
        if m.group("name") in _kommuner() or low.endswith(_PLACE_ENDS + _STREET_ENDS):
            continue  # `Solna Sundbyberg 2`, `Solna Centrum 3`: places (`Nationalarenan 2` is a block)
        out.append(Finding("fastighet", m.start(), m.end(), m.group()))
    return out


def find_block_properties(text: str) -> list[Finding]:
    out: list[Finding] = _kommun_blocks(text)
    shouted = _SHOUTED_RE.search(text) is not None and not any(c.islower() for c in text)
    for m in (_BLOCK_CAPS_RE if shouted else _BLOCK_RE).finditer(text):
        name = m.group("name")
        low = name.lower()
        if (
            low in _NOT_BLOCKS
            or low.endswith(PLACE_SUFFIXES)
            or name.title() in ANY_NAME
            or low.endswith("ion")
        ):
            # a noun in -ion is indefinite (`Division 4`, `Station 2`, `Version 3`), no block's name
            continue
        if _UNIT_AFTER_RE.match(text, m.end()) or not _noun(low):
            continue  # a place or a name before a number is the address and name finders' matter
        start = m.start()
        before = text[:start].rstrip(" \t")
        words = before.split()
        last = words[-1] if words else ""
        if last.title() in place_words():
            start = len(before) - len(last)  # the kommun's name first: `Nyköping Svärdet 10`
        elif not before or before[-1] in SENTENCE_ENDS:
            if not (before[-1:] in _FIELD_SEPARATORS and _FIELD_END_RE.match(text, m.end())):
                continue  # a sentence's start; but a field of its own counts: `torsdag 28/5;Bagaren 25;`
        elif last[:1].isupper() and not shouted and not sentence_start(before, len(before) - len(last)):
            continue  # a name of two words: `Gröna gången 27` is a street (`Platsen Kastanjen 10` is not)
        if not any(f.start == start and f.end == m.end() for f in out):  # not the kommun's rule's again
            out.append(Finding("fastighet", start, m.end(), text[start : m.end()]))
    return out
