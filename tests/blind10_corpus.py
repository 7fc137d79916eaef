"""The tenth blind redaction corpus: whole free-text cells as they arrive in weekly EST reports.

Written without reading the redaction, its vocabulary or any earlier corpus (docs/redaction_blind10.md says
what was opened). Each item is one cell of one to five sentences (a Beskrivning, a Händelse, a status
comment on a measure, a Rapportör cell, a housing jour's journal entry, a police summary, a field log, a
school's note), built from a frame (tests/blind10_frames_*.py) filled with a fixed seed. Several people can
appear in one cell and come back by first name, surname after a role, possessive, nickname or lowercase.

Frame syntax: `{A}` … `{E}` a person (full name), with `.f` first name, `.g` first name in the genitive,
`.s` surname after a role, `.n` nickname, `.l` lowercase first name, `.L` lowercase full name, `.C` the full
name in capitals, `.r` `Surname, First`, `.han`/`.hans`/`.honom`/`.Han`/`.Hans` the pronoun; `{W}`/`{X}`
a first name that is also a word (`.han`, `.hans`, `.g` too), `{V}`/`{U}` a surname that is also a word;
`{PLACE}`, `{INST}`, `{STREET}`, `{PSTREET}`, `{ORG}`, `{TIME}`, `{DATE}`, `{AMOUNT}`, `{WEEK}`, `{BUS}`
look-alikes; `{PNR}`, `{SAM}`, `{MOB}`, `{TEL}`, `{MAIL}`, `{PLATE}`, `{PLATEN}`, `{ADR}`, `{LGH}`,
`{FAST}`, `{CASE}`, `{ARENDE}` structured items; `<kind:text>` a fixed look-alike written in the frame.
The source of a cell is `frame|voice|style`.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from tests.blind10_frames_a import FRAMES_A
from tests.blind10_frames_b import FRAMES_B
from tests.blind10_frames_c import FRAMES_C
from tests.blind10_frames_d import FRAMES_D
from tests.blind10_vocab_names import (
    FEMININE_SURNAME,
    NICKNAMES,
    ORIGINS,
    SURNAME_FIRST,
    THREE_PART,
    TWO_SURNAMES,
    WORD_FIRST,
    WORD_SURNAMES,
)
from tests.blind10_vocab_places import (
    AREA_CODES,
    BAD_PLATES,
    INSTITUTIONS,
    MAIL_DOMAINS,
    MONTHS,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    PROPERTY_NAMES,
    STREETS,
)
from tests.independent_labels import (
    NAME_KINDS,
    LookAlike,
    Planted,
    Probe,
    Sentence,
    name_item,
)

SEED = 101_2026
SIZE = 960
_GENDER = re.compile(r"\{([A-EWX])=([mf])\}")
_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<(\w+):([^>]+)>")
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
_INLINE_KINDS = {
    "word": "word",
    "place": "place",
    "inst": "institution",
    "street": "street",
    "pstreet": "person_street",
    "org": "organisation",
    "time": "time",
    "date": "date",
    "amount": "amount",
    "week": "week",
    "bus": "bus_line",
}


def _parse(block_text: str, prefix: str) -> list[tuple[str, str, str, str]]:
    """Frames from a module's text: blocks separated by a blank line, first line `voice|style`, the rest
    the template (lines joined with a space)."""
    out = []
    blocks = [b.strip() for b in block_text.strip().split("\n\n") if b.strip()]
    for i, block in enumerate(blocks):
        head, *body = block.splitlines()
        voice, style = head.strip().split("|")
        out.append((f"{prefix}{i:03d}", voice, style, " ".join(line.strip() for line in body)))
    return out


def _all_frames() -> list[tuple[str, str, str, str]]:
    return _parse(FRAMES_A, "a") + _parse(FRAMES_B, "b") + _parse(FRAMES_C, "c") + _parse(FRAMES_D, "d")


def frames() -> int:
    """How many frames the corpus is built from."""
    return len(_all_frames())


def _split(names: str) -> list[str]:
    return [n.replace("_", " ") for n in names.split()]


_MALE = {o: _split(m) for o, (m, _, _) in ORIGINS.items()}
_FEMALE = {o: _split(f) for o, (_, f, _) in ORIGINS.items()}
_SURNAMES = {o: _split(s) for o, (_, _, s) in ORIGINS.items()}
_ORIGIN_KEYS = sorted(ORIGINS)


def _tokens(name: str) -> set[str]:
    return {t.lower() for t in re.split(r"[\s\-,]+", name) if t}


@dataclass
class _Person:
    origin: str
    gender: str
    first: str
    sur: str
    nick: str = ""
    middle: str = ""
    surname_first: bool = False

    def full(self) -> str:
        if self.surname_first:
            return " ".join(t for t in (self.sur, self.middle, self.first) if t)
        return f"{self.first} {self.sur}"

    def role_surname(self) -> str:
        parts = self.sur.split()
        if self.origin in TWO_SURNAMES:
            return parts[0]
        return parts[-1]

    def tokens(self) -> set[str]:
        return _tokens(self.full()) | _tokens(self.nick)


@dataclass
class _Cell:
    rng: random.Random
    parts: list[str] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    looks: list[LookAlike] = field(default_factory=list)
    persons: dict[str, _Person] = field(default_factory=dict)
    words: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    genders: dict[str, str] = field(default_factory=dict)


def _draw_person(
    rng: random.Random, used: set[str], nick: bool, origin: str | None, gender: str | None
) -> _Person:
    for _ in range(100):
        if nick:
            o, g, first, nickname = rng.choice([n for n in NICKNAMES if gender in (None, n[1])])
            first = first.replace("_", " ")
        else:
            o = origin if origin and rng.random() < 0.5 else rng.choice(_ORIGIN_KEYS)
            g = gender or rng.choice("mf")
            first = rng.choice(_MALE[o] if g == "m" else _FEMALE[o])
            nickname = ""
        sur = rng.choice(_SURNAMES[o])
        if o in FEMININE_SURNAME and g == "f" and sur.endswith(("ov", "ev", "in")):
            sur += "a"
        if o in THREE_PART and rng.random() < 0.4:
            sur = f"{rng.choice([m for m in _MALE[o] if m != first])} {sur}"
        if o in TWO_SURNAMES and rng.random() < 0.5:
            sur = f"{sur} {rng.choice([s for s in _SURNAMES[o] if s != sur])}"
        surname_first = o in SURNAME_FIRST and rng.random() < 0.5
        middle = ("Van" if g == "m" else "Thi") if o == "vietnamese" and surname_first else ""
        p = _Person(o, g, first, sur, nickname, middle, surname_first)
        if not p.tokens() & used:
            used |= p.tokens()
            return p
    raise RuntimeError("no person without a shared name")


_ASCII: dict[str, str | int | None] = {"ł": "l", "Ł": "L", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i"}


def _ascii(text: str) -> str:
    text = text.translate(str.maketrans(_ASCII))
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _identity(rng: random.Random, samordning: bool) -> tuple[str, str]:
    year = rng.randrange(1946, 2014)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29) + (60 if samordning else 0)
    nine = f"{year % 100:02d}{month:02d}{day:02d}{_digits(rng, 3)}"
    ten = nine + _luhn_digit(nine)
    style = rng.randrange(4)
    century = str(year // 100)
    if style == 0:
        surface = f"{century}{ten[:6]}-{ten[6:]}"
    elif style == 1:
        surface = f"{ten[:6]}-{ten[6:]}"
    elif style == 2:
        surface = ten
    else:
        surface = f"{century}{ten}"
    return surface, ten[6:]


def _mobile(rng: random.Random) -> tuple[str, str]:
    d = rng.choice("02369") + _digits(rng, 7)
    style = rng.randrange(6)
    if style == 0:
        s = f"07{d[0]}-{d[1:4]} {d[4:6]} {d[6:]}"
    elif style == 1:
        s = f"07{d}"
    elif style == 2:
        s = f"+46 7{d[0]} {d[1:4]} {d[4:6]} {d[6:]}"
    elif style == 3:
        s = f"07{d[0]} {d[1:4]} {d[4:6]} {d[6:]}"
    elif style == 4:
        s = f"07{d[0]}-{d[1:]}"
    else:
        s = f"07{d[0]}-{d[1:3]} {d[3:5]} {d[5:]}"
    return s, d[-4:]


def _landline(rng: random.Random) -> tuple[str, str]:
    code = rng.choice(AREA_CODES)
    n = 8 if code == "08" else (6 if len(code) == 4 else 7)
    d = rng.choice("1234579") + _digits(rng, n - 1)
    if n == 8:
        local = f"{d[:3]} {d[3:5]} {d[5:]}" if rng.random() < 0.6 else f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    elif n == 7:
        local = f"{d[:3]} {d[3:5]} {d[5:]}"
    else:
        local = f"{d[:2]} {d[2:4]} {d[4:]}"
    if rng.random() < 0.2:
        local = local.replace(" ", "")
    return f"{code}-{local}", d[-4:]


def _plate(rng: random.Random, new: bool) -> tuple[str, Probe, Probe]:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        if letters not in BAD_PLATES:
            break
    tail = f"{rng.randrange(10)}{rng.randrange(10)}" + (
        rng.choice(PLATE_TAIL_LETTERS) if new else str(rng.randrange(10))
    )
    if tail.startswith("0"):
        tail = str(rng.randrange(1, 10)) + tail[1:]
    sep = " " if rng.random() < 0.7 else ""
    return f"{letters}{sep}{tail}", Probe("letters", letters), Probe("tail", tail)


def _time(rng: random.Random) -> str:
    h, m = rng.randrange(0, 24), rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))
    sep = rng.choice(":.")
    return f"{h:02d}{sep}{m:02d}" if rng.random() < 0.8 else f"{h}{sep}{m:02d}"


def _date(rng: random.Random) -> str:
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    style = rng.randrange(5)
    if style == 0:
        return f"{d} {MONTHS[m - 1]}"
    if style == 1:
        return f"{d}/{m}"
    if style == 2:
        return f"{rng.choice((2024, 2025, 2026))}-{m:02d}-{d:02d}"
    if style == 3:
        return f"{d}.{m}"
    return f"{d}:e {MONTHS[m - 1]}"


def _amount(rng: random.Random) -> str:
    value = rng.choice((350, 850, 1200, 2500, 4500, 6800, 12000, 18500, 25000, 40000, 120000))
    text = f"{value:,}".replace(",", " ")
    return text + rng.choice((" kr", " kronor", ":-", " kr"))


def _week(rng: random.Random) -> str:
    return rng.choice(("vecka ", "v. ", "v ", "v.", "vecka ")) + str(rng.randrange(1, 53))


def _bus(rng: random.Random) -> str:
    return rng.choice(("buss ", "linje ", "busslinje ", "buss ", "nattbuss ")) + str(
        rng.choice((1, 2, 3, 4, 5, 7, 12, 14, 18, 22, 44, 113, 150, 172, 410, 442, 471, 515, 707))
    )


def _email(rng: random.Random, used: set[str]) -> tuple[str, str]:
    while True:
        o = rng.choice(_ORIGIN_KEYS)
        first = _ascii(rng.choice(_MALE[o] + _FEMALE[o]).split()[0])
        sur = _ascii(rng.choice(_SURNAMES[o]).split()[-1]).replace("'", "")
        if not {first, sur} & used:
            break
    style = rng.randrange(4)
    if style == 0:
        local = f"{first}.{sur}"
    elif style == 1:
        local = f"{first}{sur}{rng.randrange(60, 100)}"
    elif style == 2:
        local = f"{first[0]}{sur}"
    else:
        local = f"{first}_{rng.randrange(1, 99)}"
    return f"{local}@{rng.choice(MAIL_DOMAINS)}", local


def _structured(rng: random.Random, slot: str, cell: _Cell) -> Planted | None:
    if slot in ("PNR", "SAM"):
        surface, last4 = _identity(rng, slot == "SAM")
        kind = "personnummer" if slot == "PNR" else "samordningsnummer"
        return Planted(kind, surface, (Probe("digits", last4),))
    if slot == "MOB":
        surface, last4 = _mobile(rng)
        return Planted("mobile", surface, (Probe("digits", last4),))
    if slot == "TEL":
        surface, last4 = _landline(rng)
        return Planted("landline", surface, (Probe("digits", last4),))
    if slot == "MAIL":
        surface, local = _email(rng, cell.used)
        return Planted("email", surface, (Probe("text", local),))
    if slot in ("PLATE", "PLATEN"):
        surface, letters, tail = _plate(rng, slot == "PLATEN")
        return Planted("plate_new" if slot == "PLATEN" else "plate", surface, (letters, tail))
    if slot == "ADR":
        street = rng.choice(STREETS)
        number = str(rng.choice((rng.randrange(1, 40), rng.randrange(40, 130))))
        letter = rng.choice(("", "", "", " A", " B", "B", " C"))
        return Planted("address", f"{street} {number}{letter}", (Probe("number", number),))
    if slot == "LGH":
        number = f"{rng.randrange(1, 16):02d}{rng.randrange(1, 9):02d}"
        prefix = rng.choice(("lgh ", "lgh ", "lägenhet ", "lgh nr ", "lgh. "))
        return Planted("apartment", prefix + number, (Probe("digits", number),))
    if slot == "FAST":
        name = rng.choice(PROPERTY_NAMES)
        if name[0].isupper() and name in PLACES:
            number = f"{rng.randrange(1, 12)}:{rng.randrange(1, 240)}"
        else:
            number = str(rng.randrange(1, 30))
        return Planted("property", f"{name} {number}", (Probe("number", number),))
    if slot == "CASE":
        number = str(rng.randrange(10000, 999999))
        year = rng.choice(("24", "25", "26"))
        style = rng.randrange(3)
        if style == 0:
            surface = f"K{number}-{year}"
        elif style == 1:
            surface = f"{rng.choice(('5000', '0480', '1400', '3000'))}-K{number}-{year}"
        else:
            surface = f"K {number}-{year}"
        return Planted("case_number", surface, (Probe("digits", number),))
    if slot == "ARENDE":
        number = str(rng.randrange(100000, 999999))
        prefix = rng.choice(("ärendenr ", "ärende ", "AO ", "ärendenummer ", "felanmälan "))
        return Planted("case_number", prefix + number, (Probe("digits", number),))
    return None


_LOOKALIKE_SLOTS = {
    "PLACE": "place",
    "INST": "institution",
    "STREET": "street",
    "PSTREET": "person_street",
    "ORG": "organisation",
    "TIME": "time",
    "DATE": "date",
    "AMOUNT": "amount",
    "WEEK": "week",
    "BUS": "bus_line",
}


def _lookalike_text(rng: random.Random, slot: str) -> str:
    if slot == "PLACE":
        return rng.choice(PLACES)
    if slot == "INST":
        return rng.choice(INSTITUTIONS)
    if slot == "STREET":
        return rng.choice(STREETS)
    if slot == "PSTREET":
        return rng.choice(PERSON_STREETS)
    if slot == "ORG":
        return rng.choice(ORGANISATIONS)
    if slot == "TIME":
        return _time(rng)
    if slot == "DATE":
        return _date(rng)
    if slot == "AMOUNT":
        return _amount(rng)
    if slot == "WEEK":
        return _week(rng)
    return _bus(rng)


_PRONOUNS = {
    "han": ("han", "hon"),
    "Han": ("Han", "Hon"),
    "hans": ("hans", "hennes"),
    "Hans": ("Hans", "Hennes"),
    "honom": ("honom", "henne"),
}


def _pronoun(cell: _Cell, attr: str, gender: str) -> None:
    text = _PRONOUNS[attr][0 if gender == "m" else 1]
    cell.parts.append(text)
    if text in ("hans", "Hans"):
        cell.looks.append(LookAlike("word", text, True))


def _genitive(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


def _person_token(cell: _Cell, letter: str, attr: str, nick_letters: set[str]) -> None:
    if letter not in cell.persons:
        first = cell.persons.get("A")
        origin = first.origin if first else None
        gender = cell.genders.get(letter)
        cell.persons[letter] = _draw_person(cell.rng, cell.used, letter in nick_letters, origin, gender)
    p = cell.persons[letter]
    if attr in _PRONOUNS:
        _pronoun(cell, attr, p.gender)
        return
    kind, surface, text = {
        "": ("full_name", p.full(), p.full()),
        "f": ("first_name", p.first, p.first),
        "g": ("first_name", p.first, _genitive(p.first)),
        "s": ("surname_after_role", p.role_surname(), p.role_surname()),
        "n": ("nickname", p.nick, p.nick),
        "l": ("lowercase_name", p.first.lower(), p.first.lower()),
        "L": ("lowercase_name", p.full().lower(), p.full().lower()),
        "C": ("full_name", p.full().upper(), p.full().upper()),
        "r": ("full_name", f"{p.sur}, {p.first}", f"{p.sur}, {p.first}"),
    }[attr]
    cell.parts.append(text)
    cell.planted.append(name_item(kind, surface, p.origin, surface.replace(",", "")))


def _word_token(cell: _Cell, slot: str, attr: str) -> None:
    if slot not in cell.words:
        pool: list[tuple[str, str, str]] = (
            list(WORD_FIRST) if slot in "WX" else [(n, "", o) for n, o in WORD_SURNAMES]
        )
        gender = cell.genders.get(slot)
        choices = [w for w in pool if w[0].lower() not in cell.used and gender in (None, w[1])]
        cell.words[slot] = cell.rng.choice(choices)
        cell.used.add(cell.words[slot][0].lower())
    name, gender, origin = cell.words[slot]
    if attr in _PRONOUNS:
        _pronoun(cell, attr, gender)
        return
    text = _genitive(name) if attr == "g" else name
    cell.parts.append(text)
    cell.planted.append(name_item("word_name", name, origin))


def _fill(rng: random.Random, template: str) -> tuple[str, list[Planted], list[LookAlike]]:
    cell = _Cell(rng, genders={m.group(1): m.group(2) for m in _GENDER.finditer(template)})
    template = _GENDER.sub("", template)
    nick_letters = {m.group(1) for m in _TOKEN.finditer(template) if m.group(2) == "n"}
    pos = 0
    for m in _TOKEN.finditer(template):
        cell.parts.append(template[pos : m.start()])
        pos = m.end()
        slot, attr, inline_kind, inline_text = m.group(1), m.group(2) or "", m.group(3), m.group(4)
        if inline_kind:
            cell.parts.append(inline_text)
            cell.looks.append(LookAlike(_INLINE_KINDS[inline_kind], inline_text, True))
        elif slot in ("A", "B", "C", "D", "E"):
            _person_token(cell, slot, attr, nick_letters)
        elif slot in ("W", "X", "V", "U"):
            _word_token(cell, slot, attr)
        elif slot in _LOOKALIKE_SLOTS:
            text = _lookalike_text(rng, slot)
            cell.parts.append(text)
            cell.looks.append(LookAlike(_LOOKALIKE_SLOTS[slot], text, True))
        else:
            item = _structured(rng, slot, cell)
            if item is None:
                raise KeyError(f"unknown slot {slot}")
            cell.parts.append(item.surface)
            cell.planted.append(item)
    cell.parts.append(template[pos:])
    return "".join(cell.parts), cell.planted, cell.looks


# --------------------------------------------------------------------------------------------------
# Ambiguity: a fill whose labels could be read two ways is drawn again.
# --------------------------------------------------------------------------------------------------
def _item_spans(item: Planted, text: str) -> list[tuple[int, int]]:
    if item.kind in NAME_KINDS:
        pattern = rf"(?<!\w){re.escape(item.surface)}(?:s|:s|')?(?!\w)"
        return [m.span() for m in re.finditer(pattern, text)]  # the item as written, not a word like it
    return [m.span() for m in re.finditer(re.escape(item.surface), text)]


def _probe_spans(probe: Probe, text: str) -> list[tuple[int, int]]:
    v = re.escape(probe.value)
    if probe.mode == "digits":
        return [m.span() for m in _RUN.finditer(text) if probe.value in re.sub(r"\D", "", m.group())]
    if probe.mode == "number":
        return [m.span() for m in re.finditer(rf"(?<!\d){v}(?!\d)", text)]
    if probe.mode == "text":
        return [m.span() for m in re.finditer(v, text, re.IGNORECASE)]
    if probe.mode == "letters":
        return [m.span() for m in re.finditer(rf"(?<![^\W\d_]){v}(?![^\W\d_])", text)]
    if probe.mode == "tail":
        return [m.span() for m in re.finditer(rf"(?<!\d){v}(?![0-9A-Za-z])", text, re.IGNORECASE)]
    return [m.span() for m in re.finditer(rf"(?<!\w){v}(?:s|:s|')?(?!\w)", text, re.IGNORECASE)]


def _look_spans(look: LookAlike, text: str) -> list[tuple[int, int]]:
    if look.word:
        return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(look.text)}(?!\w)", text)]
    return [m.span() for m in re.finditer(re.escape(look.text), text)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _key(p: Probe) -> tuple[str, str]:
    return p.mode, p.value.lower()


# Capitalised words a number may follow without looking like a street: `Kl 21.30`, `Ca 4 500 kr`.
_FUNCTION_WORDS = {
    "kl", "ca", "den", "från", "vid", "sedan", "efter", "före", "runt", "strax", "mellan", "cirka", "kostnad",
    "debitering", "budget", "totalt",
}  # fmt: skip


def problems(s: Sentence) -> list[str]:
    """Why the sentence's labels could be read two ways (empty when they cannot): a planted item not in
    the text; a probe matching outside every item that carries it (a name that is also a word elsewhere
    in the cell, four digits of a phone inside a date); a look-alike overlapping a planted item or another
    look-alike; a number look-alike right after a capitalised word (it could be a street number); a
    number run on into a neighbouring number."""
    text = s.text
    out: list[str] = []
    spans = {id(item): _item_spans(item, text) for item in s.planted}
    all_planted = [sp for item in s.planted for sp in spans[id(item)]]
    for item in s.planted:
        if not spans[id(item)]:
            out.append(f"{item.surface!r} not in the text")
    for item in s.planted:
        for probe in item.probes:
            carriers = [
                sp for other in s.planted if _key(probe) in map(_key, other.probes) for sp in spans[id(other)]
            ]
            for sp in _probe_spans(probe, text):
                if not _inside(sp, carriers):
                    out.append(f"probe {probe.value!r} of {item.surface!r} also at {text[sp[0] : sp[1]]!r}")
    look_spans = [(look, sp) for look in s.lookalikes for sp in _look_spans(look, text)]
    for look in s.lookalikes:
        if not _look_spans(look, text):
            out.append(f"look-alike {look.text!r} not in the text")
    for i, (look, sp) in enumerate(look_spans):
        if _overlaps(sp, all_planted):
            out.append(f"look-alike {look.text!r} overlaps a planted item")
        others = [osp for j, (_, osp) in enumerate(look_spans) if j != i]
        if _overlaps(sp, others):
            out.append(f"look-alike {look.text!r} overlaps another look-alike")
        before = re.search(r"([A-ZÅÄÖÉ][\w\-.:]*)\s$", text[: sp[0]])
        if look.text[0].isdigit() and before and before.group(1).rstrip(".:").lower() not in _FUNCTION_WORDS:
            out.append(f"look-alike {look.text!r} right after a capitalised word")
    numbered = [sp for _, sp in look_spans] + [
        sp for item in s.planted if item.kind not in NAME_KINDS for sp in spans[id(item)]
    ]
    for a, b in numbered:
        if not re.search(r"\d", text[a:b]):
            continue
        if re.search(r"\d[ \-–.:/+]?$", text[:a]) or re.match(r"[ \-–.:/+]?\d", text[b:]):
            out.append(f"{text[a:b]!r} runs on into a neighbouring number")
    return out


def build() -> list[Sentence]:
    """The corpus: SIZE cells, the frames in turn, each fill drawn again until it is unambiguous and new."""
    rng = random.Random(SEED)
    all_frames = _all_frames()
    out: list[Sentence] = []
    seen: set[str] = set()
    for i in range(SIZE):
        fid, voice, style, template = all_frames[i % len(all_frames)]
        for _ in range(300):
            text, planted, looks = _fill(rng, template)
            s = Sentence(f"{fid}|{voice}|{style}", text, tuple(planted), tuple(looks))
            if text not in seen and not problems(s):
                break
        else:
            raise RuntimeError(f"frame {fid} gives no unambiguous new fill")
        seen.add(text)
        out.append(s)
    return out
