"""Who belongs to a group, a board or a roster, and who a case is for (issue 14, stop 25).

* who we are, in brackets after `Vi`: `Vi (Ardit och Alla) tar kontakt`;
* who sits on a board or in a group: `Hiwa i styrelsen har nyckel`, `Bo i valberedningen`;
* who a case or a measure stays open or closes for: `pågående för Haris`, `Avslutad för Dag`;
* a roster's line, a person at a place and another after `+`: `Merhawit på Visby busstation + Anna`;
* who stands in for whom: `ersätter Shlemon under semestern`, `vikarierar för Eva`;
* a family by its surname with a particle: `Familjen van den Broek`;
* the person a numbered or bulleted item opens with: `3. Cem – ny i gruppen`, `– Dren: varför …`,
  `- Glodie (14): kan vi …`;
* who stands at a post: `Sten i dörren säger`, `Saga i kassan bredvid såg allt`;
* who leads a gang: `Laci och gänget försökte`, `Bosse o gänget`;
* a register's `Al-Obaidi, Lama`, an Arabic surname before a listed given name;
* a register's `SURNAME, Given`: `STENVALL, Moa`, `AL-RUBAIE, Karim (Fritid)`;
* a given name before an Irish or an Arabic surname, or an initial: `Sean O'Brien`, `K. Al-Jabouri`.
A word there is a name when it is a listed name or no known word, place or organisation
(`name_registers.name_word`); where nothing else could stand (`Vi (…)`, `i styrelsen`, `för` after a
case's state) a listed name that is a word counts too.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_registers import CAPITALISED, name_word, other_part
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, known_word, police_place_words
from lagesbild.privacy.name_words import ANY_NAME
from lagesbild.privacy.names import FIRST_NAMES, NOT_NAMES

__all__ = ["find_group_names"]

_CAP: Final = CAPITALISED  # a capitalised word (name_registers)
_WE_RE: Final = re.compile(
    rf"(?<![\w-])(?:Vi|vi)[ \t]*\((?P<a>{_CAP})(?:[ \t]*,[ \t]*|[ \t]+(?:och|&)[ \t]+)(?P<b>{_CAP})\)"
)
_BOARDS: Final = (
    "styrelsen", "valberedningen", "föreningen", "gruppen", "arbetsgruppen", "ledningsgruppen", "nämnden",
    "kören",
    "redaktionen", "laget", "personalen",
)  # fmt: skip
_ON_BOARD_RE: Final = re.compile(rf"(?P<n>{_CAP})[ \t]+i[ \t]+(?:{'|'.join(_BOARDS)})\b")
_A_BOARD_WORD: Final = any_word(*_BOARDS)
_CASE_STATES: Final = (
    "avslutad", "avslutat", "avslutas", "pågående", "pågår", "klar", "klart", "beviljad", "beviljat",
    "påbörjad", "påbörjat", "vilande", "aktualiserad", "aktualiserat",
)  # fmt: skip
_FOR_RE: Final = re.compile(
    rf"(?i:\b(?:{'|'.join(_CASE_STATES)}))[ \t]+för[ \t]+(?P<n>{_CAP})"
    r"(?=[ \t]*(?:[.,;:!)]|\r?$|\n|[ \t]+och\b))"
)
_A_STATE_WORD: Final = any_word(*_CASE_STATES)
_STANDS_IN_RE: Final = re.compile(
    rf"(?i:\bersätter|\bvikarierar[ \t]+för|\bavlöser|\btar[ \t]+över[ \t]+efter)[ \t]+(?P<n>{_CAP})"
)
_A_STAND_IN_WORD: Final = any_word("ersätter", "vikarierar", "avlöser")
_FAMILY_RE: Final = re.compile(
    r"(?i:\bfamiljen|\bfamiljerna)[ \t]+"
    rf"(?P<n>(?:van|von|de|af|da|di|du|le|la|al|el)(?:[ \t]+(?:der|den|de|la))?[ \t]+{_CAP})"
)
_ITEM_START_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?:[0-9]{{1,2}}[.)]|[-–•*])[ \t]*(?P<n>{_CAP}(?:[ \t]+{_CAP})?)"
    r"(?=[ \t]*(?:[–—][ \t]|-[ \t]|:[ \t]|\([0-9]{1,2}\)))"
)
_STATUS_AFTER_RE: Final = re.compile(
    r"[ \t]*:[ \t]*(?i:grön|gul|röd|grönt|gult|rött|ok|lugnt|klar|klart|oförändrat|oförändrad)\b"
)
_POSTS: Final = (
    "dörren", "kassan", "baren", "garderoben", "receptionen", "kiosken", "luckan", "entrén", "växeln",
    "kön", "insläppet", "kassorna",
)  # fmt: skip
_AT_POST_RE: Final = re.compile(rf"(?P<n>{_CAP})[ \t]+i[ \t]+(?:{'|'.join(_POSTS)})\b")
_A_POST_WORD: Final = any_word(*_POSTS)
_GANG_RE: Final = re.compile(
    rf"(?P<n>{_CAP})[ \t]+(?:och|o|&)[ \t]+(?:gänget|hans[ \t]+gäng|hennes[ \t]+gäng|polarna)\b"
)
_A_GANG_WORD: Final = any_word("gänget", "gäng", "polarna")
_ARABIC_COMMA_RE: Final = re.compile(
    rf"(?<![\w-])(?P<a>(?:Al|El|al|el|Abu|Abd)-[A-Z][a-zåäö']+),[ \t]*(?P<b>{_CAP})"
)
_ROSTER_RE: Final = re.compile(rf"(?m)^[ \t]*(?P<n>{_CAP})[ \t]+på[ \t]+[^\n+]{{2,50}}?[ \t]\+[ \t]*\S")
# `SURNAME, Given` in a register: a surname in capitals (three letters or more, `AL-`, `'` allowed).
_CAPS_COMMA_RE: Final = re.compile(
    rf"(?<![\w'’-])(?P<a>[A-ZÅÄÖ][A-ZÅÄÖ'’]+(?:-[A-ZÅÄÖ'’]+)?),[ \t]*(?P<b>{_CAP})(?![ \t]*:)"
)
_SURNAME_PARTICLE_RE: Final = re.compile(
    rf"(?<![\w'’-])(?:(?P<g>{_CAP})[ \t]+|[A-ZÅÄÖ]\.[ \t]?)"
    r"(?P<s>(?:O['’]|Al-|El-|al-|el-)[A-Z][a-zåäö]{2,})"
)


def find_group_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people the groups, boards, cases and registers above name."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        for m in _WE_RE.finditer(text):
            out += [m.span(g) for g in "ab" if _member(m.group(g), not_names, roles)]
    for m in _ON_BOARD_RE.finditer(text) if _A_BOARD_WORD(text) else ():
        if _first_word(text, m.start()) and _member(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _FOR_RE.finditer(text) if " för " in text and _A_STATE_WORD(text) else ():
        if _member(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _STANDS_IN_RE.finditer(text) if _A_STAND_IN_WORD(text) or "över efter" in text else ():
        if _member(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _FAMILY_RE.finditer(text) if "amilj" in text else ():
        out.append(m.span("n"))
    for m in _ITEM_START_RE.finditer(text) if "\n" in text else ():
        if _STATUS_AFTER_RE.match(text, m.end()) or m.group("n") in police_place_words():
            continue  # an area's status: `- Tynnered: grön`
        if all(name_word(w, not_names, roles, words_too=False) for w in m.group("n").split()):
            out.append(m.span("n"))
    for m in _AT_POST_RE.finditer(text) if _A_POST_WORD(text) else ():
        if _first_word(text, m.start()) and _member(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _GANG_RE.finditer(text) if _A_GANG_WORD(text) else ():
        if _member(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    if "l-" in text or "u-" in text or "d-" in text:
        for m in _ARABIC_COMMA_RE.finditer(text):
            if m.group("b") in FIRST_NAMES or name_word(m.group("b"), not_names, roles, words_too=False):
                out.append((m.start("a"), m.end("b")))
    for m in _ROSTER_RE.finditer(text) if "+" in text else ():
        if name_word(m.group("n"), not_names, roles, words_too=False):
            out.append(m.span("n"))
    if "," in text:
        for m in _CAPS_COMMA_RE.finditer(text):
            surname, given = m.group("a"), m.group("b")
            if (
                len(surname) >= 4
                and _VOWELS.intersection(surname)
                and given in FIRST_NAMES
                and surname.lower() not in roles
                and not _organisation(surname)
                and not text[: m.start()].rstrip(" \t")[-1:].isupper()  # `HAMDI SAMATAR, Max`: a name ends
            ):
                out.append((m.start("a"), m.end("b")))
    if "O'" in text or "O’" in text or "l-" in text:
        for m in _SURNAME_PARTICLE_RE.finditer(text):
            g = m.group("g")
            if g is not None and other_part(g, not_names, roles) and g not in ORGANISATIONS:
                out.append((m.start("g"), m.end("s")))
            else:
                out.append((m.start() if g is None else m.start("s"), m.end("s")))
    return out


def _member(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Where nothing else could stand: a listed name, even a word (`Alla`, `Dag`), or a word that is no
    known word, place, organisation or role (`Haris`)."""
    if word in ANY_NAME:
        return True
    if word.lower().endswith(_PLURALS):
        return False  # `Mammorna i gruppen`
    return name_word(word, not_names, roles, words_too=True) or (
        other_part(word, not_names, roles) and not known_word(word.lower())
    )


_PLURALS: Final = ("orna", "arna", "erna")


def _first_word(text: str, start: int) -> bool:
    """The word opens its sentence or its line: `Hiwa i styrelsen har`, not `kontakt med Kommunen i …`."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n"


def _organisation(word: str) -> bool:
    """A company or a kommun in capitals: `NACKA, Anna`, `WILLYS, Per`."""
    title = word.title()
    return title in ORGANISATIONS or title in NOT_NAMES or word in ORGANISATIONS


_VOWELS: Final = frozenset("AEIOUYÅÄÖ")  # an acronym has few or none: `SSPF, Moa`
