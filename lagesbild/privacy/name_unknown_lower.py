"""Fail-closed names in lowercase: a word no lexicon knows, where a person stands (issue 14, stop 19).

Phone-typed notes write names in lowercase (`värdarna såg kibrom kasta sten`, `pratade m bahar`), where
capitals say nothing. A lowercase word is a name here when it is in no lexicon — not Swedish (the
frequency list, compounds of two words), not English, no place, role or function word — and a person
stands there: after what takes a person (`med`, `m`, `såg`, `mötte`, `hyresgäst`, `bl.a.`), before
what a person does (`kibrom kasta`, `murat skadad`) or an age (`mot lena, 14 år`). An unknown word next
to it is the surname or the given name (`najib noori`, `chaiwat thongdee sov`).

Stop 20 added: a listed given name typed in lowercase, also one that is a Swedish word (`lena`, `karl`),
in the same places — but a word before a verb only where a clause opens (`pågår, lena kollar`, not
`samma dag kom`, `hans bror sprang`); a candidate joined to a name by `och`, `o` or a comma
(`[namn] o hakan`, `arben och ebba spelade`; a comma not for a Swedish word: `Fisksätra marina, Ali`); an
unknown word that opens a clause before `från` (`lugnt, tuan från skolan hälsade`, not `och dunsar
från`). Every draft was run on the 141,264 real police texts: the rules change 4 of them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from lagesbild.privacy.name_unknown import (
    AGE_AFTER_RE,
    KNOWN_ZIPF,
    frequent_words,
    known_word,
    lower_place_words,
    zipf,
)
from lagesbild.privacy.name_words import FUNCTION_WORDS, NOT_NAMES_LOWER
from lagesbild.privacy.names import FIRST_NAMES

__all__ = ["find_unknown_lowercase_names"]

# Below this a Swedish word is too rare for the lexicon to vouch for it (names of any origin sit there).
_RARE_ZIPF: Final = 2.5
_ENGLISH_ZIPF: Final = 3.0
_WORD_RE: Final = re.compile(
    r"(?<![\w'’@.\[-])[a-zåäöéüàáèíóúñçćčđłńśšźżžğış]{3,}(?:-[a-zåäöéüàáèíóúñçćčđłńśšźżžğış]+)?(?![\w'’@\]-])"
)
# Slang and loanwords of the notes that no lexicon holds (`walla`, `yalla`, `aina`).
_SLANG: Final = frozenset(
    """walla wallah yalla habibi habibti inshallah mashallah akhi shuno len guss keff para aina bre jalla
    ashkan sho wesh chilla chillar chillade fixa fixade kiosk moikka kiitos perkele aiwa""".split()
)
# Words that take a person right after them.
_BEFORE: Final = frozenset(
    """m såg ser mötte möter träffade träffar kontaktade hyresgäst hyresgästen föraren
    ägare ägaren grannen målsägande bl.a bl.a. ringde ring mejlade sms:a avvisade avvisar hotade
    följde hjälpte eleven kompisen vännen killen tjejen pojken flickan sonen dottern nå når nådde""".split()
)
# Words that introduce what a note is about; an unknown word after them is a person (`ang. faadumo`).
_BEFORE_UNKNOWN: Final = frozenset("ang ang. angående rörande".split())
# Two words that take a person right after them (`pratade med`, `kontakt m.`, `bland dem`).
_BEFORE_PAIR_RE: Final = re.compile(
    r"(?i:pratade|pratat|prata|snackade|snackat|snacka|talade|träffade|möte|samtal|kontakt|gick|satt|"
    r"bråkade|bråk|slogs|bland|hänga|hängde|hänger|umgås|umgicks)[ \t]+(?:med|m\.?|dem|mot)[ \t]+$"
)
# What a person does right after the name.
_AFTER: Final = frozenset(
    """säger sa sade ringde ringer skadad skadades sov sover greps grips kollar kollade fixade hjälpte
    spelade brukar kom kommer sågs blev klagar klagade misstänker ville vill jobbar jobbade bor bodde
    kasta kastade slog sprang hotade bråkade satt sitter stod står verkar mår mådde gick åkte tycker
    tyckte berättade berättar tog tar fick får""".split()
)
_SUFFIXES_OF_WORDS: Final = (
    "ade", "ande", "ende", "ats", "nde", "ning", "het", "lig", "liga", "igt", "isk", "iska", "tion",
    "else", "skap", "ism", "ist", "are", "aren", "arna", "erna", "orna", "heten", "ant", "ent",
)  # fmt: skip


@cache
def _english() -> frozenset[str]:
    return frequent_words("en", _ENGLISH_ZIPF)


@lru_cache(maxsize=1 << 16)
def _unknown_lower(word: str) -> bool:
    parts = word.split("-")
    if word in FUNCTION_WORDS or word in _SLANG or word in NOT_NAMES_LOWER:
        return False
    if word.endswith(_SUFFIXES_OF_WORDS):
        return False
    places = lower_place_words()
    for p in parts:
        if p in places or zipf(p) >= _RARE_ZIPF or p in _english() or known_word(p) or _compound(p):
            return False
    return True


@lru_cache(maxsize=1 << 14)
def _listed_lower(word: str) -> bool:
    """A listed given name typed in lowercase, also one that is a word (`lena`, `karl`, `ebba`)."""
    return word not in FUNCTION_WORDS and word not in NOT_NAMES_LOWER and word.title() in FIRST_NAMES


def _compound(word: str) -> bool:
    """A Swedish compound ending in a word of four letters or more (`oxfiletjuv`, `drograttfull`)."""
    return any(zipf(word[i:]) >= _RARE_ZIPF + 0.5 for i in range(2, len(word) - 3))


def find_unknown_lowercase_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of lowercase words that are in no lexicon, or listed given names, where a person stands.

    ``taken``: the names found already. A candidate joined to a name by `och`, `o` or a comma is one
    too (`[namn] o hakan`, `arben och ebba spelade`), decided after the others.
    """
    if not any(c.islower() for c in text):
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    pending: list[tuple[int, bool]] = []
    for k, (s, e, w) in enumerate(tokens):
        if any(a < e and s < b for a, b in taken):
            continue
        unknown = _unknown_lower(w)
        if not unknown and not _listed_lower(w):
            continue
        word = not unknown and zipf(w) >= KNOWN_ZIPF  # `lena`, `karl`, `dag`: also a Swedish word
        if unknown and out and out[-1][1] == tokens[k - 1][1] and s - out[-1][1] == 1:
            out[-1] = (out[-1][0], e)  # the surname after an unknown given name: `najib noori`
        elif _person_stands(text, tokens, k, unknown, word):
            if unknown and k > 0 and s - tokens[k - 1][1] == 1 and _unknown_lower(tokens[k - 1][2]):
                if not out or out[-1][1] < tokens[k - 1][0]:
                    s = tokens[k - 1][0]  # the given name before: `rond 0215: chaiwat saetang sov`
            out.append((s, e))
        else:
            pending.append((k, word))
    for k, word in pending:
        s, e, _ = tokens[k]
        if _beside_a_name(text, s, e, taken + out, comma=not word):
            if k + 1 < len(tokens) and tokens[k + 1][0] - e == 1 and _unknown_lower(tokens[k + 1][2]):
                e = tokens[k + 1][1]  # `bl.a. [namn] och berfin shwani`
            out.append((s, e))
    return sorted(out)


# Where a clause opens: an unknown word before `från`, a listed word that is also a Swedish word before
# a verb (`lugnt, tuan från …`, `pågår, lan kollar`; not `samma dag kom`, `hans bror sprang`).
_CLAUSE_OPENS_RE: Final = re.compile(r"(?:^|[,:;!?.(\-–][ \t]*|(?<!\w)(?:och|o)[ \t]+)$")


def _person_stands(text: str, tokens: list[tuple[int, int, str]], k: int, unknown: bool, word: bool) -> bool:
    s, e, _ = tokens[k]
    prev = text[max(0, s - 12) : s].rstrip(" \t,").rsplit(None, 1)
    before = prev[-1].lower() if prev else ""
    after = tokens[k + 1][2] if k + 1 < len(tokens) and tokens[k + 1][0] - e <= 2 else ""
    if before in _BEFORE or _BEFORE_PAIR_RE.search(text, max(0, s - 24), s) or _aged(text, e, unknown):
        return True
    opens = _CLAUSE_OPENS_RE.search(text, max(0, s - 6), s)
    if after in _AFTER:
        return not word or opens is not None
    from_opens = opens is not None and not opens.group().strip(" \t").isalpha()  # `skrik och dunsar från`
    return unknown and (before in _BEFORE_UNKNOWN or (after == "från" and from_opens))


def _aged(text: str, e: int, unknown: bool) -> bool:
    age = AGE_AFTER_RE.match(text, e)
    return age is not None and (not unknown or "år" in age.group())


_JOIN_BEFORE_RE: Final = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|o|&|samt)[ \t]+)$")
_JOIN_AFTER_RE: Final = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|o|&|samt)[ \t]+)")


def _beside_a_name(text: str, s: int, e: int, names: list[tuple[int, int]], comma: bool) -> bool:
    """``text[s:e]`` is joined to a name found already by `och`, `o` (or a comma, when ``comma``)."""
    m = _JOIN_BEFORE_RE.search(text, max(0, s - 8), s)
    if m and (comma or "," not in m.group()) and any(b == m.start() for _, b in names):
        return True
    m = _JOIN_AFTER_RE.match(text, e)
    return bool(m and (comma or "," not in m.group()) and any(a == m.end() for a, _ in names))
