"""Names in the registers of a report's cells: logs, action lists, mails and minutes (issue 14, stop 24).

People in these cells are written where prose gives no verb to tell a name from a word, but the register
does:
* a role or a guest mark in brackets after a name: `Berg (fältsekreterare)`, `Haris Srisuk (Gäst)`;
* a patrol's members: `Patrull Srisuk/Szymanski`;
* a line that opens with `Surname, Given` before a bracket or a dash: `Kabila, Papy (Willys)`;
* who an action list's item falls to, after a dash at the line's end: `Kontakta Trafikverket – Sargon`;
* who handles, approves or reports, after a passive and `av`: `handläggs av Becker.`, `Anmält av Mark,`;
* whose key, team or colleague: `Adays nyckel`, `Halvards team`, `Oğuz' kollega`;
* who signs a mail, on the line after its sign-off: `Hälsningar` / `Malee Kongsuk`;
* who tells, at an organisation or a unit: `Enligt Baker på HSB`, `Florin från Svenska kyrkan`,
  `Zahraa från jouren`, `Sasja på Lidl har …`;
* a given name and a surname's initial: `Torbjørn D från`, `Oskar V lämnar` (stop 24, thirteenth round);
* who writes, in brackets after `jag`: `Jag (Wolfgang) är bortrest`.
A word there is a name when it is a listed name or no known word, place or organisation; a listed name
that is a word counts only where the register leaves nothing else it could be (a bracketed role, a patrol,
a sign-off, `Enligt … på`).
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.name_cue_words import person_ok
from lagesbild.privacy.name_signal_gates import any_word
from lagesbild.privacy.name_unknown import (
    ORGANISATIONS,
    SHORT_FORMS,
    known_word,
    place_words,
    police_place_words,
    unknown_word,
)
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import FIRST_NAMES
from lagesbild.privacy.person_verbs import PERSON_NEXT_RE

__all__ = ["CAPITALISED", "all_names", "find_register_names", "name_word", "other_part"]

# A capitalised word, capitals inside too (`MacDonald`), a hyphen or an apostrophe (`O'Neill`).
# It starts only where a word starts, so a scan over a long run of letters and apostrophes stays linear.
CAPITALISED: Final = r"(?<![\w'’-])[A-ZÅÄÖÀ-ÞĆČĐŁŚŠŹŻŽ][a-zåäöà-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_CAP: Final = CAPITALISED
_GUEST_MARKS: Final = frozenset("gäst extern guest external".split())
# Each scan starts at its literal (a bracket, a preposition), where the regex engine searches fast, and
# reads the name before it in a short window (issue 16: a scan from every position cost 3 % of the redaction).
_ROLE_PAREN_RE: Final = re.compile(r"\((?P<role>[^\W\d_]+)\)")
_NAME_BEFORE_RE: Final = re.compile(rf"(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+$")
# A register's line that opens with `Surname, Given` before a bracket or a dash:
# `Kabila, Papy (Willys)`, `Rajaratnam, Ravindran - tillsagd`.
_INVERTED_LINE_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<a>(?:al-|el-)?{_CAP}(?:[ \t]+{_CAP})?),[ \t]*(?P<b>{_CAP})"
    # a bracket, a dash, a cell's end or a phone after it, not the line's end (`Personrån, Mobilia`)
    r"(?=[ \t]*(?:\(|[-–][ \t]|;)|[ \t]+(?:\+|0)[0-9])"
)
# A given name and the initial of a surname: `Torbjørn D från`, `Oskar V lämnar`, `OBS Hakan K!`.
# The scan starts at the initial (a space and a lone capital), the name is read before it in a window.
_LONE_INITIAL_RE: Final = re.compile(
    r"[ \t](?P<i>[A-ZÅÄÖØ])(?![.:]?[0-9])(?=[ \t]*(?:[,.!?:;|)]|\r?$|\n)|[ \t]+[a-zåäö])"
)
_GIVEN_BEFORE_INITIAL_RE: Final = re.compile(rf"(?P<n>{_CAP})[ \t]*$")
_LETTERED: Final = (
    "hus", "huset", "rum", "rummet", "port", "porten", "plan", "planet", "gång", "gången", "trappa",
    "trappan",
    "dörr", "dörren", "sal", "salen", "hall", "hallen", "väg", "garage", "garaget", "källare", "källaren",
    "entré", "entrén", "linje", "linjen", "buss", "bussen", "vagn", "vagnen", "zon", "zonen", "del", "delen",
    "område", "området", "block", "blocket", "etapp", "hiss", "hissen", "torn", "tornet", "sektion", "grupp",
    "gruppen", "klass", "klassen", "lag", "laget", "skylt", "vecka", "bil", "bilen", "tåg", "tåget", "spår",
    "spåret", "bana", "banan", "plats", "platsen", "typ", "version", "fas", "steg", "nivå", "kategori",
)  # fmt: skip
# Who writes, in brackets after `jag`: `Jag (Wolfgang) är bortrest`.
_SELF_PAREN_RE: Final = re.compile(rf"(?i:\bjag|\bmig|undertecknad)[ \t]*\((?P<n>{_CAP}(?:[ \t]+{_CAP})?)\)")
_A_SELF_WORD: Final = any_word("jag", "mig", "undertecknad")
_PATROL_RE: Final = re.compile(rf"(?i:patrull(?:en)?)[ \t]+(?P<a>{_CAP})[ \t]*/[ \t]*(?P<b>{_CAP})")
_ITEM_END_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?:[0-9]{{1,2}}[.)]|[-•*])[ \t]*[^\n]*?[ \t][–—-][ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)"
    r"(?:[ \t]*,[ \t]*(?:[vV]\.?|vecka)[ \t]?[0-9]{1,2})?[ \t]*\r?$"
)
_BY_WORDS: Final = (
    "handläggs|handlagt|handlades|anmält|anmäld|anmälts|attesterad|attesterat|godkänd|godkänt|beslutat|"
    "beslut|kvitterad|kvitterat|utfört|utförd|signerat|signerad|ansvarig|uppföljd|uppföljt|leds|ledd|"
    "leddes|sammankallas|ersätts|hålls"
)
_BY_RE: Final = re.compile(
    rf"\b(?i:{_BY_WORDS})"
    rf"[ \t]+av[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*(?:[.,;:!)]|\r?$|\n|[ \t]och[ \t]))"
)
_WHOSE_NOUNS: Final = (
    "nyckel|nycklar|team|kollega|kollegor|son|dotter|barn|bror|syster|mamma|pappa|fru|sambo|granne|grannar|"
    "kompis|kompisar|vän|vänner|bil|moped|hund|cykel|telefon|mobil|lägenhet|dörr|grupp|gäng|elever|klass|"
    "uppgifter|uppgift|berättelse|version|lag|förslag|rapport|man|båt|båten|skoter|skotern|stuga|stugan|"
    "sommarstuga|husvagn|fyrhjuling|traktor|släp|motorsåg|ställe"
)
_WHOSE_RE: Final = re.compile(rf"(?P<n>{_CAP})(?:s|'|’)[ \t]+(?:{_WHOSE_NOUNS})\b")
_SIGN_OFF_RE: Final = re.compile(
    r"(?m)^[ \t]*(?i:mvh|med[ \t]+vänlig[ \t]+hälsning|vänliga[ \t]+hälsningar|hälsningar|hälsning|"
    r"bästa[ \t]+hälsningar|varma[ \t]+hälsningar|regards|best[ \t]+regards|kind[ \t]+regards|/)[ \t]*[,.!]?"
    rf"[ \t]*\r?\n[ \t]*(?P<n>(?:[A-ZÅÄÖ]\.[ \t]?)?{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*\r?(?:\n|$)"
)
# The units and workplaces a person is from, in lowercase: `Zahraa från jouren`, `Tuan från lokalvården`
# (`gården` and `vården` only in a compound: `på gården` is the yard).
_WORKPLACES: Final = (
    "enheten", "förvaltningen", "avdelningen", "kontoret", "jouren", "firman",
    "föreningen", "församlingen", "klubben", "kommunen", "bolaget", "tjänsten", "verken", "förbundet",
    "ekonomi", "driften", "kansliet",
)  # fmt: skip
_IN_COMPOUNDS: Final = ("gården", "vården")
_AT_UNIT_RE: Final = re.compile(
    r"[ \t](?:på|från|hos)[ \t]+"
    rf"(?P<org>[a-zåäö]*(?:{'|'.join(_WORKPLACES)})\b|[a-zåäö]{{3,}}(?:{'|'.join(_IN_COMPOUNDS)})\b|"
    rf"{_CAP}(?:[ \t]+kyrkan)?|"
    r"[A-ZÅÄÖ]{2,}\b)"
)
_AT_NAME_BEFORE_RE: Final = re.compile(rf"(?P<lead>(?i:enligt)[ \t]+)?(?P<n>{_CAP})[ \t]*$")


# What every match of the two scans that most texts would run holds, as a whole word (issue 16).
_A_WHOSE_NOUN: Final = any_word(*_WHOSE_NOUNS.split("|"))
_AN_AT_WORD: Final = any_word("på", "från", "hos")
_A_BY_WORD: Final = any_word(*_BY_WORDS.split("|"))


def name_word(word: str, not_names: frozenset[str], roles: frozenset[str], *, words_too: bool) -> bool:
    """A listed name (one that is a word only if ``words_too``) or a word that is nothing else."""
    if word.lower() in FUNCTION_WORDS or word.lower() in roles or word in ORGANISATIONS:
        return False
    if word in ANY_NAME or word in SHORT_FORMS:
        return words_too or person_ok(word, not_names, roles)
    return word not in place_words() and unknown_word(word, not_names, roles)


def all_names(words: str, not_names: frozenset[str], roles: frozenset[str], *, words_too: bool) -> bool:
    parts = [w for w in words.replace(".", " ").split() if len(w) > 1]
    named = [name_word(w, not_names, roles, words_too=words_too) for w in parts]
    # in a full name one part that is a name is enough, the other no place, organisation or role:
    # `Haris Srisuk`
    return any(named) and all(
        ok or (len(parts) > 1 and other_part(w, not_names, roles)) for w, ok in zip(parts, named, strict=True)
    )


def other_part(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    low = word.lower()
    return (
        person_ok(word, not_names, roles)
        and low not in FUNCTION_WORDS
        and low not in roles
        and word not in ORGANISATIONS
        and word not in place_words()
    )


def _organisation(org: str, *, sure: bool) -> bool:
    """An organisation, a unit or a shop; not ``sure``: any capitalised word that is no place (`Lidl`)."""
    if org in ORGANISATIONS or org.endswith(_UNITS) or (org.isupper() and len(org) >= 2):
        return True
    if org.endswith(_IN_COMPOUNDS) and len(org) >= 9:  # `fritidsgården`, `lokalvården`
        return True
    return not sure and org[:1].isupper() and org not in place_words() and org not in police_place_words()


_UNITS: Final = ("kyrkan", *_WORKPLACES)


def find_register_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people the registers above name."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        for m in _ROLE_PAREN_RE.finditer(text):
            role = m.group("role").lower()
            if role not in roles and role not in _GUEST_MARKS:
                continue
            named = _NAME_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
            if named is not None and all_names(named.group("n"), not_names, roles, words_too=True):
                out.append(named.span("n"))
        for m in _SELF_PAREN_RE.finditer(text) if _A_SELF_WORD(text) else ():
            if all_names(m.group("n"), not_names, roles, words_too=True):
                out.append(m.span("n"))
    for initial in _LONE_INITIAL_RE.finditer(text):
        given = _GIVEN_BEFORE_INITIAL_RE.search(text, max(0, initial.start() - 40), initial.start())
        if given is None:
            continue
        n = given.group("n")
        if n.lower().endswith(_LETTERED):
            continue  # what takes a letter: `Trapphus B`, `Uppgång C`, `Linje E`
        if (n in FIRST_NAMES and person_ok(n, not_names, roles)) or (
            n not in ANY_NAME and name_word(n, not_names, roles, words_too=False)
        ):
            out.append((given.start("n"), initial.end("i")))
    if "," in text:
        for m in _INVERTED_LINE_RE.finditer(text):
            a = m.group("a").removeprefix("al-").removeprefix("el-")
            if all(name_word(w, not_names, roles, words_too=False) for w in [*a.split(), m.group("b")]):
                out.append((m.start("a"), m.end("b")))
    if "/" in text:
        for m in _PATROL_RE.finditer(text):
            out += [m.span(g) for g in "ab" if name_word(m.group(g), not_names, roles, words_too=True)]
    if "\n" in text:
        for m in _ITEM_END_RE.finditer(text):
            if all_names(m.group("n"), not_names, roles, words_too=False):
                out.append(m.span("n"))
        for m in _SIGN_OFF_RE.finditer(text):
            if all_names(m.group("n"), not_names, roles, words_too=True):
                out.append(m.span("n"))
    if " av " in text and _A_BY_WORD(text):
        for m in _BY_RE.finditer(text):
            if all_names(m.group("n"), not_names, roles, words_too=True):
                out.append(m.span("n"))
    for m in _WHOSE_RE.finditer(text) if _A_WHOSE_NOUN(text) else ():
        whole = text[m.start("n") : m.end("n") + 1]  # with its `s`: not `Securitas bil`, `Fisksätras gäng`
        if (
            whole.endswith("lös")
            or whole in ORGANISATIONS
            or whole in place_words()
            or known_word(whole.lower())
        ):
            continue
        if name_word(m.group("n"), not_names, roles, words_too=False):
            out.append(m.span("n"))
    for m in _AT_UNIT_RE.finditer(text) if _AN_AT_WORD(text) else ():
        before = _AT_NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        n = before.group("n")
        if n in ORGANISATIONS or n.lower() in FUNCTION_WORDS:
            continue
        if before.group("lead") and _organisation(m.group("org"), sure=True):
            out.append(before.span("n"))  # `Enligt Baker på HSB`
        elif name_word(n, not_names, roles, words_too=False) and (
            _organisation(m.group("org"), sure=True)
            or (_organisation(m.group("org"), sure=False) and PERSON_NEXT_RE.match(text, m.end()))
        ):
            out.append(before.span("n"))  # `Florin från Svenska kyrkan`, `Sasja på Lidl har gjort det`
    return out
