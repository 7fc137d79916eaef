"""What an unknown capitalised word is: no known word, place, organisation or listed name (issue 14).

Shared by the finders of names no list holds (`name_unknown`, `name_inverted`, `name_registers`): a word is
*unknown* when the lexicon, the places and the organisations rule out everything but a name, and
*noun-like* when its ending is a Swedish noun's, which a sentence's first word often is.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from lagesbild.privacy.lexicon import ORGANISATIONS, SHORT_FORMS, known_word, place_words
from lagesbild.privacy.name_cue_words import person_ok
from lagesbild.privacy.name_words import ANY_NAME
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES, LAST_NAMES, SWEDISH_LAST_NAMES

__all__ = ["PLACE_NAME_ENDINGS", "noun_like", "unknown_word"]

# Endings of place names beyond the name lists' (`Söderslättsrondellen`, `Idbäcksheden`, `Börjelsbyn`).
PLACE_NAME_ENDINGS: Final = (
    "rondellen", "tunneln", "åsen", "heden", "byn", "bodarna", "stugorna", "dalen", "bukten", "forsen",
    "näset", "ängen", "liden", "skola", "station", "berget", "fjället", "träsk", "mon", "hult", "ryd",
    "stad", "sta", "köping", "fors", "berga", "inge", "tuna", "lösa", "arp", "rup", "röd", "by",
    # streets: `Sjöbrinken`, `Skogsslingan`, `Båtsmansgången`, `Ormingeringen`
    "brinken", "slingan", "gången", "ringen", "kroken", "svängen", "stråket", "promenaden", "kajen",
    "branten", "höjden", "lyckan", "hagen", "vallen", "kullen", "sluttningen", "terrassen", "passagen",
    "vagen", "vägen", "gatan",  # also typed without å/ä/ö: `Strandvagen` (stop 22)
    # venues: `Nils Ericson-terminalen`, `Hebbegymnasiet`, Latin names (`Scandinavium`, `Culturum`, `Forum`)
    "terminalen", "gymnasiet", "galleria", "ium", "rum", "eum",
    # trains and lines (stop 26): `Pågatåg`, `Öresundståg`, `Mälartåg`, `Krösatågen`
    "tåg", "tåget", "tågen", "pendeln", "expressen",
)  # fmt: skip
# Endings of Swedish nouns (agents, plurals, definite forms) that start a sentence: `Bilist har kört`,
# `Inringaren meddelar`, `Polispatruller är`. Names with these endings mid-sentence are still found.
_NOUN_ENDINGS: Final = (
    "are", "aren", "arna", "ist", "isten", "isterna", "ande", "ende", "ör", "ören", "ant", "anten", "ent",
    "enten", "erska", "ning", "ningen", "het", "heten", "en", "et", "rna", "or", "er", "ar", "ll", "rt",
    "iga",
)  # fmt: skip


def noun_like(word: str) -> bool:
    """A noun's ending; `-sen` after a consonant is a Danish or Norwegian surname's (`Kristensen`)."""
    low = word.lower()
    return low.endswith(_NOUN_ENDINGS) and not (
        len(low) >= 6 and low.endswith("sen") and low[-4] not in "aeiouyåäö"
    )


@lru_cache(maxsize=1 << 16)  # words repeat across texts; the compound test is the costly part
def unknown_word(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A capitalised word that is no known word, place, organisation or listed name."""
    base = word.split("'")[0].split("’")[0]
    if (base in ANY_NAME and not _surname_only(base)) or (
        base.endswith("s") and base[:-1] in SWEDISH_LAST_NAMES
    ):
        return False  # the list finders decided about it (a surname's genitive: `Jensens Bøfhus`)
    # A listed given name and an `s` is its genitive to the list finders only before what it owns (`Haris
    # har`: `Hari` is listed, `Haris` a name of its own); as an unknown word it is decided like any other.
    places = place_words()
    parts = base.split("-")
    if any(p in places or p in not_names or p in ORGANISATIONS for p in parts) or base[:-1] in places:
        return False
    if base in SHORT_FORMS or (base.endswith("s") and base[:-1] in SHORT_FORMS):
        return True
    if not person_ok(base, not_names, roles) or base.lower().endswith(PLACE_NAME_ENDINGS):
        return False
    return not any(known_word(p) for p in parts if len(p) > 1)


def _surname_only(word: str) -> bool:
    """A listed surname that is no given name and no word: the list finders want a given name or a role
    beside a surname alone, so it is decided here like a word no list holds (`tog Mark Fitzgerald`)."""
    return word in LAST_NAMES and word not in FIRST_NAMES and word not in AMBIGUOUS and not known_word(word)
