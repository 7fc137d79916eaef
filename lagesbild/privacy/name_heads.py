"""Names under a heading that says people: rosters, key-value lines, mail headers, signatures and the
reporter column of a pasted table (issue 14, stop 21).

Meeting notes, staffing rosters and forwarded mails put people after a heading, not inside a sentence:

* a roster or key after a person word and a colon, with the members after it on the line or on numbered
  or bulleted lines below (`Fältare i kväll: Gift, Stig, Prince.`, `Sekreterare: Stig`,
  `Nattvandrare 21 maj:` / `1. Faadumo Nuur`, `Ansvar: Zhao (tekniska)`);
* a mail header's sender or copy before an address (`Från: Shabnam Barakzai <…>`);
* a signature: a line of names over a line that starts with a role (`Frishta Safi` / `Kommunpolis`);
* a table pasted as text whose header names a reporter or contact column (`…;Kategori;Rapportör`).

There a capitalised word is a member unless it is an organisation, place, role, function word, month, or a
noun in the definite form (`Polisen`, `Skolan`); a word the name lists hold is always one; a lowercase
word only when no lexicon knows it or it is a listed given name. A role word before a member is skipped
(`och styrkeledare Ali`). Members are cut at a parenthesis, so `Zhao (tekniska)` leaves `tekniska`.
"""

from __future__ import annotations

import re
from typing import Final

from lagesbild.privacy.lower_words import is_english, lower_name_word
from lagesbild.privacy.name_capital_words import capital_word_name
from lagesbild.privacy.name_cue_words import MONTHS_DAYS, person_ok
from lagesbild.privacy.name_registers import other_part
from lagesbild.privacy.name_unknown import ORGANISATIONS, known_word, place_words, unknown_word, zipf
from lagesbild.privacy.name_words import ANY_NAME, FUNCTION_WORDS
from lagesbild.privacy.names import AMBIGUOUS

__all__ = ["find_head_names"]

_RARE_ZIPF: Final = 2.5  # a word at least this frequent alone after a heading is a value, not a name

# Headings of a time a roster covers rather than of people: their values are as often times of day.
_TIME_HEADS: Final = frozenset("pass arbetspass skift".split())
# Headings after which the members are people (lowercased; a two-word heading joined by `_`).
_HEADS: Final = (
    frozenset(
        """närvarande närvaro frånvarande deltagare deltog personal bemanning styrka ledare fältare fältarna
    nattvandrare nattvandring nattvandrarna rastvakter rastvakt trygghetsvärdar värdar vakter väktare
    ordningsvakter ansvarig ansvariga ansvar kontaktperson kontaktpersoner sekreterare ordförande justeras
    justerare protokollförare mötesledare sammankallande rapportör rapportörer klient diakon präst imam
    vid+protokollet på+plats i+tjänst
    present attendees attending absent staff minutes chair secretary preliminärt närvarolista
    deltagarlista kontaktlista övriga
    förhinder anmält+av utfört+av beställt+av tekniker handläggare kund vem owner organisatör anmälda
    obligatoriska+deltagare valfria+deltagare valfria accepterat avböjt
    kontraktsinnehavare innehavare störande störare boende hyresgäst hyresgäster kontakt
    arrangör arrangörer ledamöter ledamot adjungerad adjungerade sändlista mottagare inbjudna kallade
    med+på+mötet med+på ersättare moderator moderatorer skickat+av inskickat+av postat+av uppladdat+av
    granskat+av inlämnad+av navn navne name names ledig lediga anmält+av anmäld+av skrivet+av""".replace(
            "+", "_"
        ).split()
    )
    | _TIME_HEADS
)
_MAIL_KEYS: Final = frozenset("från from till to kopia cc avsändare sender".split())
# Columns of a pasted table that hold a person.
_PERSON_COLUMNS: Final = frozenset(
    """rapportör rapportör(er) namn kontaktperson kontakt ansvarig anmälare uppgiftslämnare reporter
    name""".split()
)
_KEY_RE: Final = re.compile(
    r"(?m)(?:^|(?<=[.!?;][ \t]))[ \t]*(?P<key>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)"
    # the body ends at the line's end or before another key on it: `Sekreterare: Stig. Justerare: Gift.`
    r"(?P<qual>(?:[ \t]+[^\s:]{1,12}){0,4}?)[ \t]*:(?P<body>(?:(?![.!?;][ \t]+[^\W\d_]{1,40}"
    r"(?:[ \t]+[^\W\d_]{1,40})?[ \t]*:)[^\n])*+)"
)
_BULLET_RE: Final = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[a-z]\)|[-•*])[ \t]*(?P<item>[^\n]*?)\r?")
# Members: split at a comma, semicolon, slash, `och`, `o`, `samt`, `and`, `&`, `+`; a sentence's end
# closes the list.
_SPLIT_RE: Final = re.compile(r"[ \t]*[,;/&+][ \t]*|[ \t]+(?:och|o|samt|and|resp\.?|respektive)[ \t]+")
# (an initial's point, `R. Stan`, ends nothing)
_END_RE: Final = re.compile(r"(?<!resp)(?<![ \t,:;][A-ZÅÄÖ])\.(?:[ \t]|$)|[ \t][–-][ \t]")
# A mail address after a sender: `<anna@…>`, or Outlook's `[mailto:anna@…]`.
_ADDRESS_AFTER_RE: Final = re.compile(r"[ \t]*(?:<[^>\n]*[@\[]|\[mailto:)")
_INITIAL_RE: Final = re.compile(r"(?<![^\W\d_])[A-ZÅÄÖ]\.")
_CELL_END_RE: Final = re.compile(r"[ \t]*(?:[0-9+(\[<]|\S+@)")
_PARTICLES: Final = frozenset("van der den de von af da di dos del dela bin bint ibn abu".split())
_MEMBER_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SIGNATURE_RE: Final = re.compile(
    r"(?m)^[ \t]*(?P<n>[A-ZÅÄÖÀ-Þ][^\W\d_]+(?:[ \t]+[A-ZÅÄÖÀ-Þ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?){1,2})[ \t]*"
    r"\r?\n[ \t]*(?P<role>[^\W\d_]+)"
)


def _heading(key: str, qual: str, roles: frozenset[str]) -> bool:
    low = " ".join(key.lower().split())
    if any(c.isupper() for c in qual):
        return False  # `Punkt 4, Jordbro:`: a capital after the key is a place or a subject
    words = low.split()
    # the last word too: `Faktisk boende:`, `Ny hyresgäst:`
    return (
        low.replace(" ", "_") in _HEADS
        or words[0] in _HEADS
        or (len(words) == 2 and words[1] in _HEADS)
        or (" " not in low and low in roles)
    )


def _people_heading(key: str) -> bool:
    return key.split()[0].lower() not in _TIME_HEADS


def _cap_member(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A word that can be part of a name: no organisation, place, role, function word, month, abbreviation
    or noun in the definite form (`Polisen`, `Skolan`)."""
    low = word.lower()
    if word in ANY_NAME:
        return low not in FUNCTION_WORDS and low not in MONTHS_DAYS
    if len(word) < 2 or word in ORGANISATIONS or word in place_words() or low in MONTHS_DAYS:
        return False
    if not person_ok(word, not_names, roles) or low in FUNCTION_WORDS or word.isupper():
        return False
    return unknown_word(word, not_names, roles) or not (
        low.endswith(("en", "et", "na", "an")) and known_word(low[:-2] if low[-2:] != "na" else low[:-1])
    )


def _only_a_name(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A listed name, or a word that is nothing else (no Swedish or English word): alone after a heading an
    ordinary word is a value (`Pass: Kväll`, `Sekreterare: Vakant`, `Present: Police`), not a person."""
    if word in ANY_NAME:
        return True
    low = word.lower()
    return unknown_word(word, not_names, roles) and not is_english(low) and zipf(low) < _RARE_ZIPF


def _member(
    text: str, s: int, e: int, not_names: frozenset[str], roles: frozenset[str], among_names: bool = False
) -> tuple[int, int] | None:
    """The span of a member between ``s`` and ``e``, without a role before it or a parenthesis after."""
    words = list(_MEMBER_WORD_RE.finditer(text, s, e))
    paren = text.find("(", s, e)
    if paren >= 0:
        words = [w for w in words if w.end() <= paren]
    while words and words[0].group().lower() in roles:
        words = words[1:]
    if not words or len(words) > 3 or "[" in text[s:e] or any(c.isdigit() for c in text[s:e]):
        return None
    gap = _INITIAL_RE.sub("", text[words[0].start() : words[-1].end()])  # `R. Stan`
    if any(not (ch.isalpha() or ch in " \t-'’") for ch in gap):
        return None
    # `Reynaldo dela Cruz`; an initial is no part to decide on
    parts = [w.group() for w in words if w.group().lower() not in _PARTICLES and len(w.group()) > 1]
    parts = [p[3:] if p[:3] in ("al-", "el-") else p for p in parts]  # `Faizal el-Khatib`
    if not parts:
        return None
    if len(parts) > 1 and all(p.isupper() for p in parts):
        parts = [p.title() for p in parts]  # a name in capitals (`UTE MÜLLER`); one word alone is an acronym
    if all(p[0].isupper() for p in parts) and _INITIAL_RE.match(text, words[0].start()):
        # an initial before a surname says person, whatever the word (`R. Stan`, `M. Vik`)
        # (a place's word too: `K. Vik`; not a street's or a unit's: `S. Persgatan`)
        ok = all(
            person_ok(p, not_names, roles) and p not in ORGANISATIONS and p.lower() not in FUNCTION_WORDS
            for p in parts
        )
    elif all(p[0].isupper() for p in parts):
        # in a full name a part that is a word too goes with a part that is only a name (`Dana Talabani`)
        ok = all(
            _cap_member(p, not_names, roles) or (len(parts) > 1 and other_part(p, not_names, roles))
            for p in parts
        )
        # alone, only a name; in a full name, one part that is only a name (`Pita Havili`, not `Öppet Hus`)
        # among names found in the same list a word alone is one too (`Fältare: [namn], [namn], Rasa.`),
        # a word of the lexicon itself, not a compound (`…, Kvällspatrull`)
        ok = ok and (
            (among_names and all(_among_names_word(p, not_names, roles) for p in parts))
            or (
                _only_a_name(parts[0], not_names, roles)
                if len(parts) == 1
                else any(_only_a_name(p, not_names, roles) for p in parts)
            )
        )
        # among names, a member whose affiliation follows in brackets is a person whatever the word
        # (`Ansvariga: [namn] (kommunen), Gran (Halmstads BK)`, `Storm (Securitas)`)
        ok = ok or (
            among_names
            and paren >= 0
            and all(
                person_ok(p, not_names, roles)
                and p not in ORGANISATIONS
                and p not in place_words()
                and p.lower() not in FUNCTION_WORDS
                and p.lower() not in MONTHS_DAYS
                for p in parts
            )
        )
    elif all(p.islower() for p in parts):
        ok = all(lower_name_word(p) for p in parts)
    else:
        return None
    return (words[0].start(), words[-1].end()) if ok else None


def _among_names_word(word: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    if word in ANY_NAME or unknown_word(word, not_names, roles):
        return True
    return capital_word_name(word, not_names, roles)


def _sure_member(member: str, not_names: frozenset[str], roles: frozenset[str]) -> bool:
    """A member that is a person's name whatever the list is: not only a word that is a name too (`Dag` in
    `Skift: Natt, Dag, Kväll` names no roster of people; review of stop 22)."""
    return any(
        _only_a_name(p, not_names, roles) and p not in AMBIGUOUS for p in _MEMBER_WORD_RE.findall(member)
    )


def _members(
    text: str, s: int, e: int, not_names: frozenset[str], roles: frozenset[str], people: bool = False
) -> list[tuple[int, int]]:
    end = _END_RE.search(text, s, e)
    stop = end.start() if end else e
    bounds: list[tuple[int, int]] = []
    pos = s
    for m in _SPLIT_RE.finditer(text, s, stop):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, stop))
    out = [span for a, b in bounds if (span := _member(text, a, b, not_names, roles))]
    # Under a heading of people (`Fältare i kväll: Gift, Stig, Prince.`) one name found is enough; under a
    # shift or pass (`Skift: Natt, Dag, Kväll`) one member must be surely a name.
    if len(bounds) > 1 and out and (people or any(_sure_member(text[a:b], not_names, roles) for a, b in out)):
        out = [span for a, b in bounds if (span := _member(text, a, b, not_names, roles, among_names=True))]
    return out


def _roster_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    scanned = 0  # the bullet lines up to here belong to a heading already read (each is read once)
    for m in _KEY_RE.finditer(text):
        key = m.group("key")
        body_start, body_end = m.span("body")
        if body_end < len(text) and text[body_end] in ".!?;":
            body_end += 1  # the point that ends the sentence before the next key
        body = text[body_start:body_end]
        if key.lower() in _MAIL_KEYS:
            lt = _ADDRESS_AFTER_RE.search(body)
            if lt is not None and lt.start() > 0:
                out += _members(text, body_start, body_start + lt.start(), not_names, roles)
            elif lt is None:
                # a sender or Outlook's recipients without their addresses: `Till: Ida Berg; UTE MÜLLER; Bo
                # Ek`, `Avsändare: Afram`
                out += _members(text, body_start, body_end, not_names, roles, people=True)
            continue
        if not _heading(key, m.group("qual"), roles):
            continue
        people = _people_heading(key)
        if body.strip():
            out += _members(text, body_start, body_end, not_names, roles, people)
            continue
        found, scanned = _bullet_members(text, max(m.end() + 1, scanned), not_names, roles, people)
        out += found
    # a heading on a line of its own, without a colon, over bulleted members (`Deltagare` / `- Marj
    # (nattvandrarna)`): a heading of people only
    for m in _BARE_HEAD_RE.finditer(text) if "\n" in text else ():
        if m.end() + 1 > scanned and _heading(m.group("key"), "", roles) and _people_heading(m.group("key")):
            found, scanned = _bullet_members(text, m.end() + 1, not_names, roles, True)
            out += found
    return out


_BARE_HEAD_RE: Final = re.compile(r"(?m)^[ \t]*(?P<key>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*\r?$")


def _bullet_members(
    text: str, pos: int, not_names: frozenset[str], roles: frozenset[str], people: bool
) -> tuple[list[tuple[int, int]], int]:
    """The members on the bulleted or numbered lines from ``pos``, and where those lines end."""
    out: list[tuple[int, int]] = []
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        b = _BULLET_RE.fullmatch(text, pos, line_end)
        if b is None:
            break
        out += _members(text, b.start("item"), b.end("item"), not_names, roles, people)
        pos = line_end + 1
    return out, pos


def _signature_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _SIGNATURE_RE.finditer(text):
        if m.group("role").lower() not in roles:
            continue
        words = m.group("n").split()
        if all(w in ANY_NAME or unknown_word(w, not_names, roles) for w in words):
            out.append(m.span("n"))
    return out


def _column_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """The person column of a pasted table: its rows have as many cells as its header; any other line
    ends the table (`Namn, ålder, adress saknas.` over prose is no table)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return []
    out: list[tuple[int, int]] = []
    offset = 0
    column: int | None = None
    width = 0
    sep = ";"
    for line in lines:
        if column is not None:
            cells = line.split(sep)
            if len(cells) != width:
                column = None  # the table ended; the line may head another
            else:
                s = offset + sum(len(c) + 1 for c in cells[:column])
                cell = cells[column].rstrip("\r")
                # the person before a phone, a placeholder or an address: `Mahlet Wolde 070-…`
                cut = _CELL_END_RE.search(cell)
                e = s + (cut.start() if cut else len(cell))
                out += _members(text, s, e, not_names, roles, people=True)
        if column is None:
            for sep in (";", "\t", "|", ","):
                cells = [c.strip().lower() for c in line.split(sep)]
                hits = [k for k, c in enumerate(cells) if c in _PERSON_COLUMNS]
                if len(cells) >= 3 and hits and all(c and len(c.split()) <= 3 for c in cells):
                    column, width = hits[0], len(cells)
                    break
        offset += len(line) + 1
    return out


def find_head_names(text: str, not_names: frozenset[str], roles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people named under a heading: rosters, keys, mail senders, signatures, columns."""
    if ":" not in text and "\n" not in text:
        return []
    return (
        _roster_names(text, not_names, roles)
        + _signature_names(text, not_names, roles)
        + _column_names(text, not_names, roles)
    )
