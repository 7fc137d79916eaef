"""A found name grown over the rest of the person's name beside it (issue 14, stop 21).

The finders decide about one word at a time, so a full name was sometimes found in part: the given name
by a list and the surname, a Swedish or English word, left (`anmäl till [namn] Whitfield`, `den ena,
[namn] Lin`), or in lowercase the other way round (`rahwa [namn] säger`). A surname alone is personal
data, so a found name takes in the words right beside it that can be part of it:

* after a capitalised name, up to two capitalised words separated by one space that are no function
  word, month, place, organisation, role or place noun (a listed surname that is a place stays one:
  `Kalle Lund`), and before them a surname's particles (`Jan van der Berg`, `Fatima bint Khalid`; stop 22);
* before or after a lowercase name, up to two lowercase words that no lexicon knows or that are listed
  given names.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import police_place_words, zipf
from lagesbild.privacy.lower_words import is_listed_lower, is_unknown_lower
from lagesbild.privacy.name_cue_words import MONTHS_DAYS, after_place_prep, person_ok
from lagesbild.privacy.name_unknown import (
    ORGANISATIONS,
    known_word,
    place_words,
    unknown_word,
)
from lagesbild.privacy.name_unknown import shouted_surname as _shouted_surname
from lagesbild.privacy.name_words import (
    ANY_NAME,
    FUNCTION_WORDS,
    PLACE_NOUNS,
    ROLE_ENDINGS,
    STREET_WORDS_ALTERNATION,
)
from lagesbild.privacy.names import FIRST_NAMES, LAST_NAMES

__all__ = ["grown_names"]

_NEXT_RE: Final = re.compile(r" ([^\W\d_]+(?:['’-][^\W\d_]+)*)(?![\d@])")
_BEFORE_RE: Final = re.compile(r"(?<![\w'’@.\[-])([^\W\d_]+) $")
_ENGLISH_CALENDAR: Final = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December""".split()
)
_MAX_EXTRA: Final = 2
_PLACE_ENDINGS: Final = ("stad", "by", "vik", "sund", "näs", "boulevard")  # not `-berg`: Lindberg
_STREET_NEXT_RE: Final = re.compile(rf"s?[ \t]+(?:{STREET_WORDS_ALTERNATION}|boulevard)\b")


# The particles of a surname (Dutch, German, Swedish nobility, Romance, Arabic), then its capitalised word.
_PARTICLE_RE: Final = re.compile(
    r" (?:van der|van den|van de|von der|von dem|de la|de las|de los|de le|del|della|dello|de|da|das|dos|di"
    r"|dela|du|van|von|af|zu|ter|ten|bin|bint|ibn|abu|ben|bou|ould|al|el)"
    r" [A-ZÅÄÖÀ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)*(?![\d@])"
)


def _surname_like(text: str, end: int, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    word = text[max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("\t", 0, end)) + 1 : end]
    if _ARABIC_ARTICLE_RE.match(word):
        word = word[3:]  # `al-Rubaie`, `el-Khatib`: the surname after its article
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return False
    if _STREET_NEXT_RE.match(text, end):
        return False  # `Enoch Thulins väg`, `Sank Lars väg`
    if word in ANY_NAME:
        return word.lower() not in FUNCTION_WORDS
    low = word.lower()
    if word in place_words() or word in ORGANISATIONS or word in _ENGLISH_CALENDAR or low in MONTHS_DAYS:
        return False
    if low.endswith(_PLACE_ENDINGS):
        return False  # `Råga Hörstad`
    return person_ok(word, not_names, roles) and low not in PLACE_NOUNS


_ARABIC_ARTICLE_RE: Final = re.compile(r"(?:al|el)-[A-ZÅÄÖ]")
# A given name before a surname's particle: `Manal bin Othman`, `Israa ibn Yusuf`, `Anke van Dijk`.
_GIVEN_BEFORE_PARTICLE_RE: Final = re.compile(
    r"(?<![\w'’@.\[-])([A-ZÅÄÖÀ-Þ][^\W\d_]+) "
    r"(?:bin|bint|ibn|abu|van der|van den|van|von|de|di|da|del|dela|af) $"
)
# A surname in capitals, a comma, then the name found: `HAUGLAND, Tone`, `AL-HASSAN, Karim`.
_SHOUTED_BEFORE_RE: Final = re.compile(
    r"(?<![\w'’@.\[-])([A-ZÅÄÖÀ-ÞĆČĐŁŃŚŠŹŻŽĞİŞ]{2,}(?:[-'’][A-ZÅÄÖÀ-ÞĆČĐŁŃŚŠŹŻŽĞİŞ]+)?),[ \t]*$"
)  # `MUJIĆ, Edin` (stop 35)
# A given name after a found surname's comma, where the register's line or sentence ends or a phone follows.
_GIVEN_AFTER_COMMA_RE: Final = re.compile(
    r",[ \t]*([A-ZÅÄÖÀ-Þ][^\W\d_A-ZÅÄÖ]+)(?=[ \t]*(?:[.;:!?)]|\r?$|\n|[ \t]*(?:\+|0)[0-9]))"
)
# (with an initial between: `Magnus V Vall`; stop 35)
_GIVEN_BEFORE_RE: Final = re.compile(r"(?<![\w'’@.\[-])([A-ZÅÄÖÀ-Þ][^\W\d_]+) (?:[A-ZÅÄÖ]\.? )?$")
# A surname (its particle with it) and a comma before a given name found: `Knežević, Petar`,
# `dela Cruz, Maricel` (stop 35); not after a preposition (`i Lund, Anna och jag`).
_SURNAME_BEFORE_COMMA_RE: Final = re.compile(
    r"(?<![\w'’@.\[-])((?:(?:dela|de la|de|van|von|af|al|el|abu|bin) )?[A-ZÅÄÖÀ-Þ][^\W\d_A-ZÅÄÖ]+"
    r"(?:-[A-ZÅÄÖÀ-Þ][^\W\d_]+)?),[ \t]*$"
)
_PREPOSITION_BEFORE_RE: Final = re.compile(r"(?i:\b(?:i|på|från|vid|till|mot|nära|över|genom|mellan) )$")
_CAPITAL_BEFORE_RE: Final = re.compile(r"([A-ZÅÄÖ][^\W\d_]*)[ \t]$")


def _a_surname(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    return word in LAST_NAMES or (unknown_word(word, not_names, roles) and not known_word(word.lower()))


def _after_name_or_preposition(text: str, start: int, roles: frozenset[str]) -> bool:
    """`i Lund, Anna`, `Förskolan Myran, Henrik`: the word before the comma is a place's or a name's end;
    after a role it is a surname (`Kurator Engström, Maja`)."""
    if _PREPOSITION_BEFORE_RE.search(text, max(0, start - 8), start):
        return True
    capital = _CAPITAL_BEFORE_RE.search(text, max(0, start - 40), start)
    return capital is not None and capital.group(1).lower() not in roles


_DAY_BEFORE_RE: Final = re.compile(r"[0-9][ \t]*$")  # `14 Maj`
# A line's or a sentence's start, or a label's end there: `Alkhatib, [Razan], 0480-…`, `… dugg. Patel,
# [Kavitha] och …` (stop 36, blind 42 and 47).
_LINE_START_RE: Final = re.compile(r"(?:^|\n|[.!?][ \t])[ \t]*(?:[^\W\d_]+[ \t]?:[ \t]*)?\Z")


def _given_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed given name or a word that is nothing else, before a surname found alone."""
    low = word.lower()
    if low in FUNCTION_WORDS and word in FIRST_NAMES and word[:1].isupper():
        return True  # `Dina [el-Masri]`, `Hans [Vinter]`: capitalised before a surname it is the name
    if low in FUNCTION_WORDS or word in ORGANISATIONS or low in roles:
        return False
    if word in place_words() and not (word in FIRST_NAMES and person_ok(word, not_names, roles)):
        return False  # a given name that is a place too stays a name before a surname (`Mark [Robinson]`)
    if len(low) > 12 or low.endswith(ROLE_ENDINGS):
        return False  # a title before the name: `Lokalpolisområdeschef Ann-Christine Rehnström`
    if word in FIRST_NAMES:
        # a given name that is a month is the name before a surname (`Maj [Axelsson]`); a date has its day
        return person_ok(word, not_names, roles) or low in MONTHS_DAYS
    return unknown_word(word, not_names, roles)


def _lower_part(word: str) -> bool:
    # a listed name that is a word (`sten`, `bo`) is left: after a verb found as a name it is the object
    return word.islower() and (is_unknown_lower(word) or (is_listed_lower(word) and not known_word(word)))


# A surname's particle, as lowercase names write it (`wolfgang von [bülow]`; stop 36, blind 42).
_LOWER_PARTICLES: Final = frozenset("von van de der den af da di du dela del bin ibn al el".split())
# Where a clause starts: a line's start, or after a colon, comma, dash, slash or bracket.
_CLAUSE_START_RE: Final = re.compile(r"(?:^|[:,;(/–—-]|[.!?][ \t])[ \t]*\Z|^[ \t]*\Z", re.MULTILINE)


_INFLECTED_ENDS: Final = ("de", "te", "ar", "er", "or", "ir", "ur", "at", "it", "ut", "en", "et", "na")


def _grown_lower_before(text: str, ns: int) -> int:
    """A lowercase name grown back over its name words; over a particle and the given name before it
    (`wolfgang von bülow`); over a listed given name that is a word only where a clause starts (`per olof
    magnusson:`) or a rare word (`hala nabil haddad har`), since after a verb it is the verb's object."""
    particle = False
    for _ in range(_MAX_EXTRA + 1):
        b = _BEFORE_RE.search(text, max(0, ns - 40), ns)
        if b is None:
            break
        word = b.group(1)
        if word in _LOWER_PARTICLES and not particle:
            particle = True
        elif not (
            _lower_part(word)
            or (
                word.islower()
                and (
                    is_listed_lower(word)
                    or word.title() in FIRST_NAMES
                    # a rare word, no long verb's or noun's inflection (`hala`, `ammar`; not `avvisade karl`)
                    or (zipf(word) < 3.5 and not (len(word) > 5 and word.endswith(_INFLECTED_ENDS)))
                )
                and word not in _LOWER_PARTICLES
                and word not in FUNCTION_WORDS
                and (particle or _CLAUSE_START_RE.search(text, max(0, b.start() - 40), b.start()))
            )
        ):
            break
        ns = b.start()
    return ns


def _lower_genitive(word: str) -> bool:
    """A lowercase name's genitive before what it owns: `mustafa kadhim jabbars lägenhet`."""
    return word.endswith("s") and len(word) > 4 and not known_word(word) and _lower_part(word[:-1])


def grown_names(
    text: str, spans: list[tuple[int, int]], not_names: frozenset[str], roles: frozenset[str]
) -> list[tuple[int, int]]:
    """The spans grown over the name words beside them; a span with nothing beside it is left out."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        last = text[s:e].split()[-1] if text[s:e].strip() else ""
        lower = last.islower()
        shouting = len(last) > 1 and last.isupper()  # `FATOU [N'DOUR]`: a name in capitals goes on so
        if not lower and not last[:1].isupper() and not _ARABIC_ARTICLE_RE.match(last):
            continue
        ns, ne = s, e
        if text[max(0, s - 3) : s] in ("al-", "el-"):
            ns = s - 3  # the article before the surname: `al-Rubaie`
        particle = None if lower else _PARTICLE_RE.match(text, ne)
        if particle is not None and _surname_like(text, particle.end(), not_names, roles):
            ne = particle.end()  # `Jan van der Berg`, `Sofia von Essen`, `Fatima bint Khalid`
        for _ in range(_MAX_EXTRA):
            m = _NEXT_RE.match(text, ne)
            if m is None:
                break
            word = m.group(1)
            if (
                (lower and (_lower_part(word) or _lower_genitive(word)))
                or (not lower and _surname_like(text, m.end(), not_names, roles))
                or (shouting and word.isupper() and _shouted_surname(word, not_names, roles))
            ):
                ne = m.end()
            else:
                break
        given = None if lower else _GIVEN_AFTER_COMMA_RE.match(text, ne)
        if (
            given is not None
            and unknown_word(given.group(1), not_names, roles)
            and given.group(1) not in police_place_words()  # `från Storskarven, Tännäs`
        ):
            out.append(given.span(1))  # `Surname, Given` found in half: `av [Yousufzai], Najibullah.`
        inverted = None if lower else _SURNAME_BEFORE_COMMA_RE.search(text, max(0, ns - 40), ns)
        if (
            inverted is not None
            and (text[s:e] in FIRST_NAMES or _LINE_START_RE.search(text, max(0, ns - 60), inverted.start(1)))
            and _surname_like(text, inverted.end(1), not_names, roles)
            # not `Skift: Natt, Dag`; a particle says surname (`dela Cruz, Maricel`)
            and (" " in inverted.group(1) or _a_surname(inverted.group(1), not_names, roles))
            and not _after_name_or_preposition(text, inverted.start(1), roles)
        ):
            out.append(inverted.span(1))  # `Surname, Given` found in half: `[Norberg], Linnea (kurator)`
        shouted = None if lower else _SHOUTED_BEFORE_RE.search(text, max(0, ns - 40), ns)
        if shouted is not None and _shouted_surname(shouted.group(1), not_names, roles):
            out.append(shouted.span(1))  # a register's `SURNAME, Given`: `HAUGLAND, [namn]`
        before = _GIVEN_BEFORE_RE if _ARABIC_ARTICLE_RE.match(text, ns) else _GIVEN_BEFORE_PARTICLE_RE
        given = None if lower else before.search(text, max(0, ns - 50), ns)
        particle_given = (
            given is not None
            and before is _GIVEN_BEFORE_PARTICLE_RE
            and given.group(1) in FIRST_NAMES
            and not after_place_prep(text, given.start(1))
        )  # a listed given name that is a word too before a particle: `Klara de Geer` (stop 37, blind 51)
        if given is not None and (particle_given or _surname_like(text, given.end(1), not_names, roles)):
            ns = given.start(1)
        elif not lower and ns == s and (given := _GIVEN_BEFORE_RE.search(text, max(0, s - 40), s)):
            first = given.group(1)
            placed = (
                first in FIRST_NAMES
                and text[s:e] in LAST_NAMES
                and not after_place_prep(text, given.start(1))
            )
            if (_given_name(first, not_names, roles) or placed) and not _DAY_BEFORE_RE.search(
                text, max(0, given.start(1) - 4), given.start(1)
            ):
                ns = given.start(1)  # the given name before a surname found alone: `Saba [Tewolde]`
        if lower:
            ns = _grown_lower_before(text, ns)
        if (ns, ne) != (s, e):
            out.append((ns, ne))
    return out
