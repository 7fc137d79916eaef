"""Who acts, signs or is addressed in a cell, where the frame alone says person (issue 14, stop 25).

* who acts for a board, an office or an organisation: `Moskéstyrelsen genom Harpreet Singh`,
  `Beslut: förvaltningen genom Yannis Christodoulou`;
* who testifies in the first person: `Jag Shamiram Lahdo intygar att …`;
* a given name shortened to two initials before a surname: `J-Å Engström`, `stängt av A-S Dahlgren`;
* an Irish surname: `K. O'Connor`, `O'Brien`;
* a handle in a ticket's comment: `@kawa kan du kolla?`, `@ebba`;
* who wrote, asked or called: `Skrivelse från Kostas Nikolaidis`, `Fråga från Bäck i radhusen`;
* who stands for an organisation, in brackets after it: `med Sean Hughes (Nyköpings kommun)`;
* who a calendar's subject or a list's line ends with, after a dash: `Accepterat: Lägesbild v.43 – Kanya
  Kaewkla`.
A word there is a name when it is a listed name or no known word, place or organisation (as in
`name_registers`); a handle is a person's unless it addresses a group (`@alla`, `@here`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_registers import CAPITALISED, all_names, name_word, other_part
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import ORGANISATIONS, place_words

__all__ = ["find_acting_names"]

_CAP: Final = CAPITALISED  # a capitalised word (name_registers)
# `genom` and one or two capitalised words before a verb, a punctuation mark or the line's end.
_THROUGH_RE: Final = re.compile(
    rf"\bgenom[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]*(?:[.,;:!)]|\r?$|\n|[ \t]+[a-zåäö]))"
)
_A_THROUGH_WORD: Final = any_word("genom")
# `Jag` and a full name before a lowercase word: `Jag Shamiram Lahdo intygar`.
_SELF_RE: Final = re.compile(
    rf"(?<![\w-])(?:Jag|jag|JAG)[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]+[a-zåäö])"
)
_A_SELF_WORD: Final = any_word("jag")
# Two initials joined by a hyphen before a surname: `J-Å Engström`, `P-O Berg`, `E-L Östlund`.
_HYPHEN_INITIALS_RE: Final = re.compile(rf"(?<![\w-])[A-ZÅÄÖ]\.?-[A-ZÅÄÖ]\.?[ \t]+(?P<n>{_CAP})")
_IRISH_RE: Final = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ]\.[ \t]?)?O['’][A-Z][a-z]{2,}")
# not a spreadsheet's function (`@SUM(A1)`): no bracket after it
_HANDLE_RE: Final = re.compile(r"(?<![\w.@])@(?P<h>[^\W\d_][\w.-]{1,30}[^\W_]|[^\W\d_]{2})(?![\w@(])")
# Handles that address a group or a channel, not a person.
_GROUP_HANDLES: Final = frozenset(
    """alla allihop här here channel everyone all team teamet kanal kanalen gruppen grupp
    admin support info kundtjänst""".split()
)


_MESSAGES: Final = tuple(
    """skrivelse skrivelsen brev brevet mejl mejlet mail mailet sms samtal samtalet meddelande meddelandet
    fråga frågan frågor klagomål klagomålet synpunkt synpunkter anmälan tips tipset hälsning hälsningar
    önskemål besked svar svaret""".split()
)
_FROM_RE: Final = re.compile(
    rf"(?i:\b(?:{'|'.join(_MESSAGES)}))[ \t]+från[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    r"(?=[ \t]*(?:[.,;:!?)]|\r?$|\n|[ \t]+[a-zåäö0-9]))"
)
_A_MESSAGE_WORD: Final = any_word(*_MESSAGES)
# A full name before an organisation or a kommun in brackets: `Sean Hughes (Nyköpings kommun)`. The scan
# starts at the bracket and reads the name before it in a short window.
_BRACKETED_RE: Final = re.compile(r"\((?P<o>[^()\n]{2,40})\)")
_FULL_NAME_BEFORE_RE: Final = re.compile(rf"(?P<n>{_CAP}(?:[ \t]+{_CAP}){{1,2}})[ \t]*$")
_ORG_IN_BRACKETS_RE: Final = re.compile(
    r"(?i:.*\b(?:kommun|kommunen|polisen|region|regionen|räddningstjänst|räddningstjänsten|stad|staden)"
    r"|.*(?:förvaltningen|enheten|bolaget|bostäder|hem|fastigheter|föreningen|församling|församlingen))$"
)
# A full name at a line's end after a dash: `Accepterat: Lägesbild v.43 – Kanya Kaewkla`.
_DASH_END_RE: Final = re.compile(rf"[ \t][–—][ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{1,2}})[ \t]*\r?$", re.M)


def _organisation(words: str) -> bool:
    return (
        words in ORGANISATIONS
        or bool(_ORG_IN_BRACKETS_RE.match(words))
        or (words.isupper() and len(words) >= 2)
    )


def _person(words: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """Where the frame says person, every word a name or a word that is no place, organisation or role."""
    return all(
        (name_word(w, not_names, roles, words_too=True) or other_part(w, not_names, roles))
        and not w.lower().endswith(_ORGANISATION_ENDINGS)
        for w in words.split()
    )


_ORGANISATION_ENDINGS: Final = (
    "trafiken", "bostäder", "jouren", "kyrkan", "föreningen", "kommun", "polisen", "verken", "byggen",
    "tjänst", "tjänsten", "förbund", "förbundet", "bolaget", "gruppen", "enheten",
)  # fmt: skip


def find_acting_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people the frames above name."""
    out: list[tuple[int, int]] = []
    for m in _THROUGH_RE.finditer(text) if _A_THROUGH_WORD(text) else ():
        if all_names(m.group("n"), not_names, roles, words_too=False):
            out.append(m.span("n"))
    for m in _SELF_RE.finditer(text) if _A_SELF_WORD(text) else ():
        if all_names(m.group("n"), not_names, roles, words_too=True):
            out.append(m.span("n"))
    if "-" in text:
        for m in _HYPHEN_INITIALS_RE.finditer(text):
            n = m.group("n")
            if n not in ORGANISATIONS and n not in place_words() and n.lower() not in roles:
                out.append((m.start(), m.end("n")))
    if "O'" in text or "O’" in text:
        out += [m.span() for m in _IRISH_RE.finditer(text) if m.group() not in ORGANISATIONS]
    for m in _HANDLE_RE.finditer(text) if "@" in text else ():
        handle = m.group("h")
        if handle.lower() not in _GROUP_HANDLES and handle not in ORGANISATIONS:
            out.append(m.span("h"))
    for m in _FROM_RE.finditer(text) if " från " in text and _A_MESSAGE_WORD(text) else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    for m in _BRACKETED_RE.finditer(text) if "(" in text else ():
        if not _organisation(m.group("o").strip()):
            continue
        named = _FULL_NAME_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if named is not None and _person(named.group("n"), not_names, roles):
            out.append(named.span("n"))
    for m in _DASH_END_RE.finditer(text) if "–" in text or "—" in text else ():
        if _person(m.group("n"), not_names, roles):
            out.append(m.span("n"))
    return out
