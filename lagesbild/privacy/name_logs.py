"""Names as shift logs, press clippings and authorities' records write them (stop 34, rounds 30 and 32,
from blind 30, 31 and 32).

* who a roster line names before a call sign in brackets: `Aho (Sierra-2)`, `Xiu (kilo 30)`;
* a name in lowercase before an age: `LOB aram 17 år`, `gärningsman fredrik (15)`;
* who a clipping's byline names: `TEXT MART MÄGI`, `Foto: Cristina Stan`, `Av Hoa Vu`;
* a surname with an Arabic article joined by a hyphen: `Mustafa al-Jabouri`, `al-Hassan, Mohammed`;
* whose relative someone is: `Farnaz' lillebror`, `Hodans mamma`, `Leilas kusin`;
* who a group or an office names in brackets after it: `Fältgruppen (Mats, Lina)`, `Polisen (Lund)`;
* who comes from an office: `Nermina från Södertälje kommun`;
* a surname in capitals before the given names, as authorities write a person: `BERGQVIST Magnus`,
  `AL-JABURI Duaa Salman`, `VAN DER LINDEN Bengt`, `LÊ Thu Trang`.

A word there is a name unless it is a place, an organisation or a common word (a roster line of a car or
a unit: `Bil (Alfa 12)`); the byline reads two or three words up to the line's end.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lexicon import KNOWN_ZIPF, ORGANISATIONS, known_word, place_words, zipf
from lagesbild.privacy.lower_words import is_listed_lower, lower_name_word
from lagesbild.privacy.name_cue_words import MONTHS_DAYS
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_words import (
    ANY_NAME,
    FIRST_NAMES,
    FUNCTION_WORDS,
    LAST_NAMES,
    LOWER_STOP,
    NATO_ALPHABET,
    PLACE_SUFFIXES,
    organisation_form,
)
from lagesbild.privacy.names import AMBIGUOUS, NOT_NAMES

__all__ = ["find_log_names"]

_NATO = "|".join(NATO_ALPHABET)
_WORD = r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_ROSTER_RE: Final = re.compile(rf"(?<![\w-])(?P<n>{_WORD})[ \t]*\((?i:{_NATO})[ \t]?-?[ \t]?[0-9]{{1,3}}\)")
# A lowercase word before an age: `aram 17 år`, `fredrik (15)`, `lilja, 15 år`.
_LOWER_AGE_RE: Final = re.compile(
    r"(?<![\w'’@.-])(?P<n>[a-zåäöéü]{3,})(?=[ \t]*(?:,[ \t]*|\([ \t]*)?[0-9]{1,2}[ \t]*(?:år\b|åring\b|\)))"
)
_BYLINE_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:TEXT|FOTO|BILD|Text|Foto|Bild|Av|AV|Reporter|Fotograf)[ \t]*:?[ \t]+"
    rf"(?P<n>{_WORD}(?:[ \t]+[A-ZÅÄÖ][^\W\d_'’-]*(?:-[A-ZÅÄÖ][^\W\d_]+)?){{1,2}})"
    r"[ \t]*(?=\r?\n|\Z|/|//|\|)"
)
_ARTICLE_SURNAME_RE: Final = re.compile(
    r"(?<![\w-])(?:al|el|Al|El|abu|Abu|bin|ibn)-[A-ZÅÄÖ][a-zåäöé]{2,}(?![\w-])"
)
# What every match of _LOWER_AGE_RE has: one C-level scan instead of the lowercase word rule's (issue 16).
_AN_AGE_RE: Final = re.compile(r"[0-9][ \t]*(?:år|åring|\))")
# A surname in capitals (with a particle or a hyphen) and one to three given names after it; the caps word
# is a listed surname or no word of the lexicon, the first given name a listed one or unknown.
_CAPS = r"[A-ZÅÄÖÉÈÜÊÂÎÔÇŞĞİÆØĆČŠŽĐŁŃŚŹŻ]"
_LOWERS = "a-zåäöéèüçşğıćčšžđłńśźżêâîô"
_REGISTER_RE: Final = re.compile(
    rf"(?<![\w-])(?P<s>(?:(?:VAN|VON|DE|DER|DEN|AL|EL|ABU|BIN|DA|DOS|DI|LA|LE)[ \t]+){{0,2}}"
    rf"{_CAPS}{{2,}}(?:-{_CAPS}{{2,}})?)[ \t](?P<g>[A-ZÅÄÖÉ][{_LOWERS}'’]+(?:-[A-ZÅÄÖ][{_LOWERS}]+)?)"
    rf"(?P<more>(?:[ \t]+[A-ZÅÄÖ][{_LOWERS}]+){{0,2}})"
)
# A name's genitive before a relative: the name is a person's.
_RELATIVES: Final = tuple(
    """mamma pappa mor far bror syster lillebror storebror lillasyster storasyster son dotter farbror morbror
    moster faster mormor morfar farmor farfar kusin sambo fru make maka pojkvän flickvän barnbarn föräldrar
    bröder systrar söner döttrar""".split()
)
# ... or before a teacher, a question or what a person carries: `Petra-Marijas lärare`, `Noors fråga`,
# `Halas plånbok` (stop 35).
_OWN: Final = tuple(
    """lärare mentor klasslärare fråga frågor förslag synpunkt synpunkter plånbok mobil mobiltelefon jacka
    cykel gäng gänget""".split()
)
_RELATIVE_OF_RE: Final = re.compile(
    r"(?<![\w-])(?P<n>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?:s|')[ \t]+"
    rf"(?:{'|'.join(_RELATIVES + _OWN)})\b"
)
_A_RELATIVE_WORD: Final = any_word(*_RELATIVES, *_OWN)
# A group's or an office's word before a bracket of one to three people: `Fältgruppen (Mats, Lina)`,
# `Polisen (Lund)`, `Familjen (Sjöberg)`, `Fältarna (Hans & Mattias)`.
_GROUP_BRACKET_RE: Final = re.compile(
    r"(?<![\w-])(?i:polisen|fältgruppen|fältarna|familjen|väktarna|nattvandrarna|socialtjänsten|räddningstjänsten"
    r"|skolan|kommunen|bostadsbolaget|värdarna|trygghetsvärdarna|fritidsgården|föräldrarna|gatukontoret"
    r"|kommunpolisen|styrkan|patrullen|hemtjänst|hemtjänsten|socialjouren|larmpatrullen"
    r"|kfm|kronofogden|soc|boendestödet|hyresvärden|förvaltningen)[ \t]*\("  # `KFM (Lundgren)` (stop 37)
    r"(?P<list>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?(?:[ \t]*(?:,|&|och|/)[ \t]*[A-ZÅÄÖ][^\W\d_]+"
    r"(?:-[A-ZÅÄÖ][^\W\d_]+)?){0,2})\)"
)
_LIST_WORD_RE: Final = re.compile(r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?")
# Who comes from an office: `Nermina från Södertälje kommun`, `Sara från polisen`.
_FROM_OFFICE_RE: Final = re.compile(
    r"(?<![\w-])(?P<n>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?)[ \t]+från[ \t]+(?:[A-ZÅÄÖ][^\W\d_]+[ \t]+)?"
    r"(?:kommun|stad|polisen|Polisen|bostäder|Bostäder|räddningstjänsten|socialtjänsten|fältgruppen)\b"
)
# ... or from an organisation a name that is a word too: `Can från Riksbyggen har`, `Grace från Stora
# Holmen`, `Dag från vår förening blev rånad` (stop 35).
_FROM_ORG_RE: Final = re.compile(
    r"(?<![\w-])(?P<n>[A-ZÅÄÖ][^\W\d_]+)[ \t]+från[ \t]+"
    r"(?P<o>vår[ \t]+förening|[A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,2})"
)
_ORG_ENDS: Final = (
    "förening", "föreningen", "förbund", "förbundet", "energi", "räddningstjänst", "räddningstjänsten",
    "bostäder", "fastigheter", "byggen", "hem", "kommun", "stad",
)  # fmt: skip
_GIVEN_BEFORE_RE: Final = re.compile(r"(?<![\w-])([A-ZÅÄÖ][^\W\d_]+)[ \t]+$")
_A_NATO_WORD: Final = any_word(*NATO_ALPHABET)
_A_BYLINE_WORD: Final = any_word("text", "foto", "bild", "av", "reporter", "fotograf")


def find_log_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names above."""
    out: list[tuple[int, int]] = []
    if "(" in text and _A_NATO_WORD(text):
        out += [m.span("n") for m in _ROSTER_RE.finditer(text) if _person_word(m.group("n"))]
    if "-" in text:
        out += [m.span() for m in _ARTICLE_SURNAME_RE.finditer(text)]
    if _A_BYLINE_WORD(text):
        out += [m.span("n") for m in _BYLINE_RE.finditer(text) if _byline(m.group("n"))]
    if "(" in text:
        for m in _GROUP_BRACKET_RE.finditer(text):
            words = list(_LIST_WORD_RE.finditer(m.group("list")))
            if all(_bracket_person(w.group()) for w in words):
                out += [(m.start("list") + w.start(), m.start("list") + w.end()) for w in words]
    if "från" in text:
        for m in _FROM_OFFICE_RE.finditer(text):
            if _office_person(m.group("n")):
                given = _GIVEN_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                start = given.start(1) if given and given.group(1) in FIRST_NAMES else m.start()
                out.append((start, m.end("n")))  # with the given name before: `Inga Fankki från …`
        for m in _FROM_ORG_RE.finditer(text):
            if _word_given(m.group("n")) and _an_organisation(m.group("o")):
                out.append(m.span("n"))
    if _A_RELATIVE_WORD(text):
        out += [m.span("n") for m in _RELATIVE_OF_RE.finditer(text) if _person_word(m.group("n"))]
    if _SHOUTED_WORD_RE.search(text):
        out += [(m.start(), _register_end(m)) for m in _REGISTER_RE.finditer(text) if _register(m)]
    if _AN_AGE_RE.search(text):
        for m in _LOWER_AGE_RE.finditer(text):
            word = m.group("n")
            if (
                word not in FUNCTION_WORDS
                and word not in LOWER_STOP
                and (is_listed_lower(word) or lower_name_word(word))
            ):
                out.append(m.span("n"))
    return out


_RARE_ZIPF: Final = 1.5  # an unlisted word rarer than this is no heading's or place's word
_VOWELS_RE: Final = re.compile(r"[aeiouyåäöéü]", re.IGNORECASE)
_SHOUTED_WORD_RE: Final = re.compile(rf"{_CAPS}{{3}}")


def _register_end(m: re.Match[str]) -> int:
    """The end of the given names: `AL-JABURI Duaa Salman (12 år)`, not `BAZZI Hassan Polisen`."""
    end = m.end("g")
    for w in _WORD_RE.finditer(m.group()[m.end("g") - m.start() :]):
        word = w.group()
        if word in place_words() or not (word in ANY_NAME or zipf(word) < KNOWN_ZIPF):
            break
        end = m.end("g") + w.end()
    return end


_WORD_RE: Final = re.compile(r"[^\W\d_]+")


def _register(m: re.Match[str]) -> bool:
    """`BERGQVIST Magnus`: the caps word a surname's, the next a given name's; not a heading before a
    name (`OBS Anna`, `LARM Kalle`) nor a shouted line (the shouted-line rule reads those)."""
    surname = m.group("s").split()[-1].title()
    if surname in NOT_NAMES or surname in place_words():
        return False  # `TPL Mariebergsmotet`
    if surname not in LAST_NAMES and (
        len(surname) < 4
        or zipf(surname) >= _RARE_ZIPF
        or not _VOWELS_RE.search(surname)
        or known_word(surname.lower())
    ):
        return False  # a heading or an acronym: `ÅTERFUNNEN Norrfors`, `FYI Lucia`, `VAKTBOK Tessinskolan`
    given = m.group("g")
    if given in ORGANISATIONS:
        return False  # `FELANMÄLAN Securitas`
    if given in FIRST_NAMES:
        return True
    return (
        zipf(given) < _RARE_ZIPF and given not in place_words() and not given.lower().endswith(PLACE_SUFFIXES)
    )


def _word_given(word: str) -> bool:
    """A listed given name, also one that is a word (`Can`, `Ros`, `Grace`), and no month or place."""
    return (
        (word in FIRST_NAMES or word in AMBIGUOUS)
        and word.lower() not in MONTHS_DAYS
        and word not in place_words()
        and word.lower() not in FUNCTION_WORDS
    )


def _an_organisation(words: str) -> bool:
    low = words.lower()
    return (
        low.startswith("vår")
        or any(w in ORGANISATIONS for w in words.split())
        or organisation_form(words)
        or low.endswith(_ORG_ENDS)
    )


def _bracket_person(word: str) -> bool:
    """Who a unit names in brackets: a listed name, or a word that is no place's, organisation's or
    direction's (`polisen (Stål)`, `fältgruppen (Hala)`; stop 35)."""
    if word.isupper():
        return False
    if word in ANY_NAME:
        return True
    low = word.lower()
    return (
        word not in place_words()
        and word not in ORGANISATIONS
        and low not in FUNCTION_WORDS
        and low not in _DIRECTIONS
        and not organisation_form(word)
        # an authority, a shop or a company in its definite form: `räddningstjänsten (Länsstyrelsen)`
        and not low.endswith(("en", "et", "n", "trafik", "tåg", "bolag"))
    )


_DIRECTIONS: Final = frozenset("norr söder öster väster nord syd väst öst city centrum mitt".split())


def _office_person(word: str) -> bool:
    """A listed given name or no word of the lexicon, not a function word or a place (`Info från …`)."""
    if word.lower() in FUNCTION_WORDS or word in place_words() or word in ORGANISATIONS:
        return False
    return word in FIRST_NAMES or (zipf(word) < KNOWN_ZIPF and not known_word(word.lower()))


def _person_word(word: str) -> bool:
    return (
        word not in place_words()
        and word not in ORGANISATIONS
        and (word in ANY_NAME or zipf(word) < KNOWN_ZIPF)
    )


def _byline(words: str) -> bool:
    """A byline's two or three names, in capitals or not: no place or organisation among them, and one a
    listed name or no common word (`Cristina Stan`)."""
    names = [w.title() if w.isupper() else w for w in words.split()]
    if any(w in place_words() or w in ORGANISATIONS for w in names):
        return False
    return any(_person_word(w) for w in names)
