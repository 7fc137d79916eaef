"""What a lowercase word can be: a word of some lexicon, a listed given name, or nothing known (issue 14).

The lowercase name rules (`name_unknown_lower`) ask these questions of each word; the finder gates ask
them first to skip texts. A word is **known** when it is Swedish (the frequency list down to a rare word,
a compound of two words, an inflected form of a word), English, a place's word, slang or a function word;
**listed** when it is a given name of the lists typed in lowercase. A word that is neither **can only be
a name** where capitals say nothing, unless it looks Swedish all the same: an inflection's ending after a
stem the frequency list holds (`klottr|et`), two short words (`knivhot`), no vowel (`lvm`), one letter from
a common word (`untanför`: a typo), a part over twelve letters (`lastbilsekipage`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Final

from lagesbild.privacy.lexicon import (
    KNOWN_ZIPF,
    SHORT_FORMS,
    frequent_words,
    known_word,
    lower_place_words,
    zipf,
)
from lagesbild.privacy.name_words import FUNCTION_WORDS, NOT_NAMES_LOWER
from lagesbild.privacy.names import FIRST_NAMES

__all__ = [
    "inflected_form",
    "is_english",
    "is_listed_lower",
    "is_unknown_lower",
    "lower_name_word",
    "typo_of_common_word",
]

# Below this a Swedish word is too rare for the lexicon to vouch for it (names of any origin sit there).
_RARE_ZIPF: Final = 2.5
_LONGEST_NAME_PART: Final = 12
_KNOWN_PART: Final = 3.5  # each part of a short compound at least this frequent
_VOWEL_RE: Final = re.compile(r"[aeiouyåäöéüàáèíóú]")
_ENGLISH_ZIPF: Final = 3.0

# Slang and loanwords of the notes that no lexicon holds (`walla`, `yalla`, `aina`).
_SLANG: Final = frozenset(
    """walla wallah yalla habibi habibti inshallah mashallah akhi shuno len guss keff para aina bre jalla
    ashkan sho wesh chilla chillar chillade fixa fixade kiosk moikka kiitos perkele aiwa""".split()
)

_SUFFIXES_OF_WORDS: Final = (
    "ade", "ande", "ende", "ats", "nde", "ning", "het", "lig", "liga", "igt", "isk", "iska", "tion",
    "else", "skap", "ism", "ist", "are", "aren", "arna", "erna", "orna", "heten", "ant", "ent", "ering",
)  # fmt: skip

# Short words with these endings are as often names (`tigist`, `hemant`, `laurent`) as rare nouns.
_NAME_LIKE_SUFFIXES: Final = ("ist", "ant", "ent")

# Particles that open an Arabic surname before a hyphen.
_PARTICLES: Final = frozenset("al el abu bin ibn ba bint abd".split())


@cache
def _english() -> frozenset[str]:
    return frequent_words("en", _ENGLISH_ZIPF)


@lru_cache(maxsize=1 << 16)
def _unknown_lower(word: str) -> bool:
    parts = word.split("-")
    if word in FUNCTION_WORDS or word in _SLANG or word in NOT_NAMES_LOWER:
        return False
    if word.endswith(_SUFFIXES_OF_WORDS) and not (len(word) <= 7 and word.endswith(_NAME_LIKE_SUFFIXES)):
        return False
    places = lower_place_words()
    if len(parts) > 1:  # `el-khatib`, `abu-bakr`: the particle says nothing (`el-cykel` is a word)
        parts = [p for p in parts if p not in _PARTICLES] or parts
    for p in parts:
        if p in places or zipf(p) >= _RARE_ZIPF or p in _english() or known_word(p) or _compound(p):
            return False
    return True


@lru_cache(maxsize=1 << 14)
def _listed_lower(word: str) -> bool:
    """A listed given name or pet form in lowercase, also one that is a word (`lena`, `karl`, `musse`)."""
    if word in FUNCTION_WORDS or word in NOT_NAMES_LOWER:
        return False
    return word.title() in FIRST_NAMES or word.title() in SHORT_FORMS


def is_unknown_lower(word: str) -> bool:
    """A lowercase word that no lexicon knows: no Swedish or English word, place, slang or function word."""
    return _unknown_lower(word)


def is_listed_lower(word: str) -> bool:
    """A listed given name or pet form typed in lowercase."""
    return _listed_lower(word)


def is_english(word: str) -> bool:
    """A frequent English word (lowercase)."""
    return word in _english()


@lru_cache(maxsize=1 << 14)
def lower_name_word(word: str) -> bool:
    """A lowercase word that can only be a name where a text lacks capitals or a heading says people: a
    listed given name that is no Swedish word, or an unknown word that looks like no Swedish word — no
    inflected ending (`klottret`), no compound of two words (`knivhot`, `cykelrum`), a vowel in it (no
    `lvm`, `bup`)."""
    if _listed_lower(word) and not known_word(word):
        return True
    if not _unknown_lower(word) or inflected_form(word) or not _VOWEL_RE.search(_bare(word)):
        return False
    if any(len(part) > _LONGEST_NAME_PART for part in word.split("-")):
        return False  # a compound the lexicon cannot split (`lastbilsekipage`)
    return not _short_compound(word)


_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzåäö"
_TYPO_MIN: Final = 5  # a shorter word one letter from a common word is as often a name (`sara`, `omar`)
_TYPO_ZIPF: Final = 4.5


@lru_cache(maxsize=1 << 14)
def typo_of_common_word(word: str) -> bool:
    """One letter away (left out, added, changed or swapped) from a common Swedish word."""
    if len(word) < _TYPO_MIN:
        return False
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    return any(zipf(e) >= _TYPO_ZIPF for e in edits if e != word)


def _bare(word: str) -> str:
    """The word without its accents: `đỗ thị` has vowels."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _short_compound(word: str) -> bool:
    """Two Swedish words of three letters or more (`knivhot`, `rånhot`, `cykelrum`, `inbrottsvåg`)."""
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if zipf(tail) >= _KNOWN_PART and (zipf(head) >= _KNOWN_PART or zipf(head.rstrip("s")) >= _KNOWN_PART):
            return True
    return False


def _compound(word: str) -> bool:
    """A Swedish compound of words, the last of four letters or more (`drograttfull`, `skolkuratorn`); a
    given name as the last part needs a frequent first part (`kitt|isak` is a name, `bus|kalle` no)."""
    if len(word) > _LONGEST_COMPOUND:
        return True  # no name is this long, and splitting it everywhere is quadratic (`aäaä…` × 40,000: 11 s)
    for i in range(2, len(word) - 3):
        head, tail = word[:i], word[i:]
        if not (_compound_tail(tail) and _compound_head(head)):
            continue
        if tail.title() not in FIRST_NAMES or zipf(head) >= KNOWN_ZIPF:
            return True
    return False


def _compound_tail(tail: str) -> bool:
    """The last part is a word, also inflected (`skol|kuratorn`: `kurator` + `n`)."""
    if zipf(tail) >= _RARE_ZIPF + 0.5:
        return True
    return any(
        tail.endswith(end) and len(tail) - len(end) >= 5 and zipf(tail[: -len(end)]) >= _RARE_ZIPF + 0.5
        for end in _TAIL_ENDINGS
    )


def _head_word(head: str) -> bool:
    """A word, but a two-letter one only if it is common Swedish (`tv|`, `el|`, not `sh|ivan`, `xi|ao`)."""
    if len(head) == 2:
        return zipf(head) >= _COMMON_SHORT_HEAD
    return zipf(head) >= _RARE_ZIPF or head in _english()


_COMMON_SHORT_HEAD: Final = 4.5
_LONGEST_COMPOUND: Final = 60
_LINKS: Final = ("s", "e", "a", "u", "o")  # fogemorfem
_TAIL_ENDINGS: Final = ("n", "en", "et", "t", "na", "ar", "er", "or", "s", "ns", "ens", "ets")


def _compound_head(head: str) -> bool:
    """The first part of a compound is a word too, or its stem before a link (`drog|`, `fritid|s|`), or two
    words: not `zarg|hona`, `xiao|ling`, `tah|mina`, which are names (stop 22)."""
    stems = (head, head[:-1]) if head.endswith(_LINKS) else (head,)  # `fritid|s|`, not `ta|h|mina`
    if any(_head_word(h) for h in stems if len(h) >= 2):
        return True
    # or two words itself: `drog|ratt|full`
    return any(zipf(head[:i]) >= _RARE_ZIPF and zipf(head[i:]) >= _RARE_ZIPF for i in range(3, len(head) - 2))


# Endings of Swedish inflected forms: a word no lexicon holds that ends so is likelier a word than a name.
_INFLECTED: Final = (
    "et", "en", "at", "ad", "ade", "ar", "er", "na", "or", "as", "ts", "gs", "elsen", "ningen", "heten", "ig",
    "s",  # a passive or a genitive: `omhändertogs` from `omhändertog`
)  # fmt: skip


@lru_cache(maxsize=1 << 14)
def inflected_form(word: str) -> bool:
    """An inflected form of a Swedish word (`klottret`, `sprejat`, `skadegörelsen`): an inflection's ending
    after a stem that the frequency list holds at all, or a compound — not after one that is nothing
    (`marainen`, `morina`, `iyer`)."""
    for end in _INFLECTED:
        if not word.endswith(end) or len(word) - len(end) < 3:
            continue
        stem = word[: -len(end)]
        stems = (stem, stem + "e", stem + "a", stem[:-1] + "e" + stem[-1])  # `klottr|et` from `klotter`
        if _compound(stem) or any(zipf(x) > 0 or x in _english() or known_word(x) for x in stems):
            return True
    return False
