"""Fail-closed names in lowercase: a word no lexicon knows, where a person stands (issue 14, stop 19).

Phone-typed notes write names in lowercase (`värdarna såg kibrom kasta sten`, `pratade m bahar`), where
capitals say nothing. A lowercase word is a name here when it is in no lexicon — not Swedish (the
frequency list, compounds of two words), not English, no place, role or function word — and a person
stands there: after what takes a person (`med`, `m`, `såg`, `mötte`, `misstänkt`, `hyresgäst`,
`bl.a.`) or before what a person does (`kibrom kasta`, `temesgen i`, `murat skadad`). A second unknown
word right after it is the surname (`najib noori`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from lagesbild.privacy.name_unknown import frequent_words, known_word, lower_place_words, zipf
from lagesbild.privacy.name_words import FUNCTION_WORDS, NOT_NAMES_LOWER

__all__ = ["find_unknown_lowercase_names"]

# Below this a Swedish word is too rare for the lexicon to vouch for it (names of any origin sit there).
_RARE_ZIPF: Final = 2.5
_ENGLISH_ZIPF: Final = 3.0
_WORD_RE: Final = re.compile(
    r"(?<![\w'’@.\[-])[a-zåäöéüàáèíóúñçćčđłńśšźżžğış]{3,}(?:-[a-zåäöéü]+)?(?![\w'’@\]-])"  # not `[regnr]`
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
    följde hjälpte eleven kompisen vännen killen tjejen pojken flickan sonen dottern""".split()
)
# Two words that take a person right after them (`pratade med`, `kontakt m.`, `bland dem`).
_BEFORE_PAIR_RE: Final = re.compile(
    r"(?:pratade|pratat|prata|snackade|snackat|snacka|talade|träffade|möte|samtal|kontakt|gick|satt|"
    r"bråkade|bråk|slogs|bland)[ \t]+(?:med|m\.?|dem|mot)[ \t]+$"
)
# What a person does right after the name.
_AFTER: Final = frozenset(
    """säger sa sade ringde ringer skadad skadades sov sover greps grips kollar kollade fixade hjälpte
    spelade brukar kom kommer sågs blev klagar klagade misstänker ville vill jobbar jobbade bor bodde
    kasta kastade slog sprang hotade bråkade satt sitter stod står verkar mår mådde gick åkte tycker
    tyckte berättade berättar""".split()
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


def _compound(word: str) -> bool:
    """A Swedish compound ending in a word of four letters or more (`oxfiletjuv`, `drograttfull`)."""
    return any(zipf(word[i:]) >= _RARE_ZIPF + 0.5 for i in range(2, len(word) - 3))


def find_unknown_lowercase_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of lowercase words that are in no lexicon and stand where a person does."""
    if not any(c.islower() for c in text):
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    for k, (s, e, w) in enumerate(tokens):
        if any(a < e and s < b for a, b in taken) or not _unknown_lower(w):
            continue
        prev = text[max(0, s - 12) : s].rstrip(" \t,").rsplit(None, 1)
        before = prev[-1].lower() if prev else ""
        after = tokens[k + 1][2] if k + 1 < len(tokens) and tokens[k + 1][0] - e <= 2 else ""
        if out and out[-1][1] == tokens[k - 1][1] and tokens[k - 1][0] == out[-1][0] and s - out[-1][1] == 1:
            out[-1] = (out[-1][0], e)  # the surname after an unknown given name: `najib noori`
        elif before in _BEFORE or after in _AFTER or _BEFORE_PAIR_RE.search(text, max(0, s - 24), s):
            out.append((s, e))
    return out
