"""Names written surname first, and the word before a name (issue 14, stops 23–24).

Registers and minutes write `Surname, Given` (`Diallo, Funmilayo`, `Kund Kalonji, Esther`, `Sign. Safi,
Nasima`), and forms shout the surname (`DANHO, Sanharib`, `HAUGLAND, Tone`). The comma there is no list's:
the word before it is a surname where the cell or a clause opens, a role, a client word or a signature stands
before it, or it is a listed name or an unknown word in capitals.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from lagesbild.privacy.lexicon import ORGANISATIONS, place_words, police_place_words
from lagesbild.privacy.name_cue_words import person_ok
from lagesbild.privacy.name_unknown_word import PLACE_NAME_ENDINGS, unknown_word
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import AMBIGUOUS, FIRST_NAMES

__all__ = ["Prev", "capital_names", "prev_word", "shouted_surname", "surname_before_comma"]


class Prev(NamedTuple):
    word: str
    gap: str
    start: int
    end: int


def prev_word(text: str, s: int) -> Prev | None:
    """The word before ``s`` and the gap to it: spaces, a `,` `:` `;` with spaces, or ` & `, ` – `.

    A scan backwards, not a regular expression anchored at ``s`` (that one tried every start in its
    window: a tenth of the redaction's time on the police feed).
    """
    lo = max(0, s - 40)
    if s > lo and text[s - 1] == "\n":
        s -= 1  # a word at the end of the line before counts as before it (fail-closed: `Deltagare:\nAli`)
    k = s
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k > lo and text[k - 1] in ",:;":
        k -= 1
        while k > lo and text[k - 1] in " \t":
            k -= 1
    elif k > lo and k < s and text[k - 1] in "&–—":
        j = k - 1
        while j > lo and text[j - 1] in " \t":
            j -= 1
        if j == k - 1:
            return None
        k = j
    end = k
    while k > lo and text[k - 1].isalnum():
        k -= 1
    if k == end:
        return None
    return Prev(text[k:end], text[end:s], k, end)


def surname_before_comma(
    text: str, prev: Prev, word: str, not_names: frozenset[str], roles: frozenset[str]
) -> bool:
    """The capitalised word before the comma is a name, where the cell or a clause opens: `Diallo,`
    (a listed or unknown word, no place, organisation or role), so it and ``word`` are `Surname, Given`."""
    before = prev.word
    if before.isupper() and len(before) > 1:
        return shouted_surname(before, not_names, roles)  # a register's `SURNAME, Given`: `DANHO, Sanharib`
    if not before.isalpha() or not before[:1].isupper() or not person_ok(before, not_names, roles):
        return False
    opener = prev_word(text, prev.start)
    after_role = (
        opener is not None and (opener.word.lower() in _CLIENT_WORDS or opener.word.lower() in roles)
    ) or bool(_SIGNED_RE.search(text, max(0, prev.start - 12), prev.start))
    if opener is not None and opener.word.lower() in _SENDER_WORDS:
        end = prev.end + len(prev.gap) + len(word)
        after_role = after_role or text[end : end + 1] == ":"  # who comments: `från Oyelaran, Bolaji:`
    if before not in ANY_NAME and word not in ANY_NAME and not after_role:
        return False  # one of the two is listed or a role precedes: not `Rödingvik, Ammarnäs`
    police_places = police_place_words()
    for w in (before, word):
        if w in place_words() or w in police_places or w.lower().endswith(PLACE_NAME_ENDINGS):
            return False
    if not (before in ANY_NAME or unknown_word(before, not_names, roles)):
        return False
    return (
        opener is None or bool(opener.gap.strip(" \t")) or after_role or opener.word.lower() in _SENDER_WORDS
    )


def shouted_surname(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A surname in capitals before a given name: a listed name, or four letters or more that are no word,
    place or organisation in any case (not `LVU`, `OBS`, `HSB`, `NACKA`)."""
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False  # a road's number: `RV15, Örkened`
    title = word.title()
    if title in ANY_NAME:
        return title.lower() not in roles and title not in place_words()
    return len(word) >= 4 and word not in ORGANISATIONS and unknown_word(title, not_names, roles)


# `Sign. Safi, Nasima`: who signs; `från Korhonen, Antti:`, `av Danho, Robil`: who sends or approves.
_SIGNED_RE: Final = re.compile(r"(?i:sign|signerat|signerad|signatur)[.:]?[ \t]*$")
_SENDER_WORDS: Final = frozenset("från av".split())


# Words before an inverted name in a register's prose: `Klient Alemu, Meron`, `Kund Kalonji, Esther`.
_CLIENT_WORDS: Final = frozenset("klient kund tekniker ägare owner boende hyresgäst handläggare".split())


# One or two words in capitals inside a text in ordinary case (a run of three is read by `redaction`):
# `Hej ARBEN!`, `volunteers FARID and Dado`, `Deltog: Anna, Bo, JONAS.`
_CAPITAL_WORDS_RE: Final = re.compile(
    r"(?<![\w'’-])(?P<a>[A-ZÅÄÖÀ-ÞØ]{3,})(?:[ \t]+(?P<b>[A-ZÅÄÖÀ-ÞØ]{3,}))?"
    r"(?![\w'’-]|[ \t]+[A-ZÅÄÖÀ-ÞØ]{2,}\b)"
)
_VOWELS: Final = frozenset("AEIOUYÅÄÖØ")
_LETTERS_RE: Final = re.compile(r"[^\W\d_]{2,}")
# Capitals of the trade that no list holds and that look like a name's letters (issue 14, stop 25).
_ACRONYMS: Final = frozenset("ANDT SSPF LUPP BRIS TRIS MUCF PTSD ADHD AUTISM SMHI UNHCR ANDTS".split())


def _capital_given(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A word in capitals that is a given name: listed and no word (`JONAS`, `GUNILLA`), or four letters or
    more that are no word, place, organisation or acronym (`LEMLEM`, `PORNTHIP`)."""
    if word in _ACRONYMS or word in not_names or word in ORGANISATIONS or not _VOWELS.intersection(word):
        return False
    title = word.title()
    if title.lower() in FUNCTION_WORDS or title.lower() in roles or title in place_words():
        return False
    if title in FIRST_NAMES and title not in AMBIGUOUS:
        return True
    if len(word) < 4 or (len(word) <= 5 and sum(c in _VOWELS for c in word) < 2):
        return False  # an acronym's letters: `BINR`, `ANDT`
    if title.lower().endswith(_INFLECTED):
        return False  # a word's inflection shouted in a title: `ÅTERFUNNEN`, `PÅTRÄFFAD`
    return title not in ANY_NAME and unknown_word(title, not_names, roles)


_INFLECTED: Final = (
    "en",
    "et",
    "ad",
    "at",
    "ade",
    "ande",
    "ende",
    "nad",
    "ing",
    "ning",
    "het",
    "ig",
    "isk",
    "lig",
)


def capital_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of given names (and a surname after one) written in capitals in a text in ordinary case."""
    out: list[tuple[int, int]] = []
    words = _LETTERS_RE.findall(text)
    if sum(w.isupper() for w in words) > 0.3 * len(words):
        return out  # mostly capitals: a shouted note, read by `redaction._shouted_names`
    for m in _CAPITAL_WORDS_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if _capital_given(a, not_names, roles):
            end = m.end("b") if b and shouted_surname(b, not_names, roles) else m.end("a")
            out.append((m.start("a"), end))  # `ARBEN MORINA`
    return out
