"""Filling a frame of the fifteenth blind corpus: people, structured items and look-alikes drawn for one
item (tests/blind15_corpus.py builds the corpus from these fills).

A slot is `{kind}`, `{kind:N}` (the same person wherever N recurs in a frame) or `{kind|mod}` /
`{kind:N|mod}`; `[[text]]` is a word look-alike. Person kinds: `full`, `first`, `sur` (a surname after the
role the frame writes), `nick`, `lower`, `name` (any of them in the realistic mix). Modifiers: `g`
(genitive), `caps`, `comma` (`Surname, First`), `init` (`K. Surname`).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from tests.blind15_vocab_names import (
    FIRSTS,
    NAME_PARTICLES,
    NICKNAMES,
    SURNAMES,
    WEIGHTS,
    WORD_FIRST,
    WORD_SURNAMES,
)
from tests.blind15_vocab_places import (
    AMOUNTS,
    BAD_PLATES,
    MOBILE_PREFIXES,
    MONTHS,
    ORG_DOMAINS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    POLICE_PREFIXES,
    PRIVATE_DOMAINS,
    REGIONS,
)
from tests.independent_labels import LookAlike, Planted, Probe

SLOT = re.compile(r"\{(\w+)(?::(\d))?(?:\|(\w+))?\}|\[\[([^\]]+)\]\]")
ORIGIN_NAMES = tuple(WEIGHTS)
ORIGIN_WEIGHTS = tuple(WEIGHTS.values())
THREE_PART = {"somali": 0.45, "eritrean": 0.35, "ethiopian": 0.35}
LOOK_KINDS = {
    "place": "place",
    "inst": "institution",
    "street": "street",
    "pstreet": "person_street",
    "org": "organisation",
}


def probes_of(surface: str) -> tuple[Probe, ...]:
    """A name's probes: its words, without initials, particles and the comma of `Surname, First`."""
    out = []
    for token in re.split(r"[\s\-]+", surface.replace(",", " ")):
        token = token.strip(".")
        if len(token) > 1 and token.lower() not in NAME_PARTICLES:
            out.append(Probe("word", token))
    return tuple(dict.fromkeys(out))


_ASCII: dict[str, str | int | None] = {"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i"}


def asciify(text: str) -> str:
    text = text.lower().translate(str.maketrans(_ASCII))
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-_"))


def luhn_digit(digits: str) -> int:
    total = 0
    for i, d in enumerate(int(c) for c in digits):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


@dataclass
class Person:
    origin: str
    first: str
    surname: str
    middle: str = ""
    word_first: bool = False
    word_sur: bool = False


@dataclass
class Filler:
    rng: random.Random
    region: str
    used: set[str] = field(default_factory=set)
    people: dict[str, Person] = field(default_factory=dict)
    planted: list[Planted] = field(default_factory=list)
    looks: list[LookAlike] = field(default_factory=list)
    drawn: set[str] = field(default_factory=set)

    # ---------------------------------------------------------------- people
    def _tokens(self, *names: str) -> set[str]:
        return {t.lower() for n in names for t in re.split(r"[\s\-']+", n) if t}

    def _person(self, hint: str) -> Person:
        rng = self.rng
        while True:
            r = rng.random()
            word_first = word_sur = False
            if (hint == "first" and r < 0.15) or (hint in ("full", "name") and r < 0.02):
                first, origin = rng.choice(WORD_FIRST)
                surname, word_first = rng.choice(SURNAMES[origin]), True
            elif (hint == "sur" and r < 0.24) or (hint in ("full", "name") and 0.02 <= r < 0.05):
                surname, origin = rng.choice(WORD_SURNAMES)
                first, word_sur = rng.choice(FIRSTS[origin]), True
            else:
                origin = rng.choices(ORIGIN_NAMES, ORIGIN_WEIGHTS)[0]
                first, surname = rng.choice(FIRSTS[origin]), rng.choice(SURNAMES[origin])
            middle = ""
            if rng.random() < THREE_PART.get(origin, 0.04) and not word_first:
                middle = rng.choice(FIRSTS[origin])
            tokens = self._tokens(first, surname, middle)
            if middle == first or tokens & self.used or len(tokens) < len(self._tokens(first)) + 1:
                continue
            self.used |= tokens
            return Person(origin, first, surname, middle, word_first, word_sur)

    def _plant(self, kind: str, surface: str, origin: str) -> None:
        if not any(p.surface == surface and p.kind == kind for p in self.planted):
            self.planted.append(Planted(kind, surface, probes_of(surface), origin))

    def _full(self, p: Person, mod: str) -> str:
        first = f"{p.first} {p.middle}" if p.middle else p.first
        plain = f"{first} {p.surname}"
        if not mod:
            r = self.rng.random()
            mod = "caps" if r < 0.03 else "comma" if r < 0.065 else "init" if r < 0.10 else ""
        if mod == "caps":
            return plain.upper()
        if mod == "plain":
            return plain
        if mod == "comma":
            surname = p.surname.upper() if self.rng.random() < 0.4 else p.surname
            return f"{surname}, {p.first}"
        if mod == "init":
            initial = "-".join(part[0] for part in p.first.split("-"))
            return f"{initial} {p.surname}" if "-" in p.first else f"{initial}. {p.surname}"
        return plain

    def person_slot(self, kind: str, key: str, mod: str) -> str:
        if kind == "nick":
            while True:
                nick, origin = self.rng.choice(NICKNAMES)
                if not self._tokens(nick) & self.used:
                    self.used |= self._tokens(nick)
                    self._plant("nickname", nick, origin)
                    return nick
        if kind == "name":
            r = self.rng.random()
            kind = "full" if r < 0.52 else "first" if r < 0.84 else "nick" if r < 0.92 else "lower"
            if kind == "nick":
                return self.person_slot("nick", key, mod)
        if key and key in self.people:
            p = self.people[key]
        else:
            p = self._person(kind)
            if key:
                self.people[key] = p
        if kind == "full":
            surface, label = self._full(p, mod if mod != "g" else "plain"), "full_name"
        elif kind == "first":
            label = "word_name" if p.word_first else "first_name"
            surface = p.first
            if mod == "caps" and not p.word_first:
                surface = surface.upper()
            elif not p.word_first and mod != "g" and self.rng.random() < 0.05:
                surface = f"{p.first} {p.surname[0].upper()}"
        elif kind == "sur":
            label = "word_name" if p.word_sur else "surname_after_role"
            surface = p.surname.upper() if mod == "caps" and not p.word_sur else p.surname
        elif kind == "lower":
            label = "lowercase_name"
            surface = (p.first if self.rng.random() < 0.7 else f"{p.first} {p.surname}").lower()
        else:
            raise ValueError(kind)
        self._plant(label, surface, p.origin)
        if mod == "g":
            return surface if surface[-1] in "sxzSXZ" else surface + "s"
        return surface

    # ---------------------------------------------------------------- look-alikes
    def _look(self, kind: str, text: str) -> str:
        self.looks.append(LookAlike(kind, text, True))
        return text

    def _pick(self, key: str) -> str:
        options = REGIONS[self.region][key]
        while True:
            value = self.rng.choice(options)
            if value not in self.drawn:
                self.drawn.add(value)
                return value

    def look_slot(self, kind: str) -> str:
        rng = self.rng
        if kind in LOOK_KINDS:
            return self._look(LOOK_KINDS[kind], self._pick(kind))
        if kind == "bus":
            return self._look("bus_line", self._pick("bus"))
        if kind == "time":
            h, m = rng.choice((17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 14, 15, 16)), rng.choice(range(0, 60, 5))
            return self._look("time", f"{h:02d}{rng.choice('.:.')}{m:02d}")
        if kind == "hour":
            return self._look("time", f"{rng.choice((18, 19, 20, 21, 22, 23))}-tiden")
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            r = rng.random()
            if r < 0.4:
                text = f"2025-{month:02d}-{day:02d}"
            elif r < 0.7:
                text = f"{day}/{month}"
            else:
                text = f"{day} {MONTHS[month - 1]}"
            return self._look("date", text)
        if kind == "week":
            n = rng.randint(2, 51)
            return self._look("week", rng.choice((f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"vecka {n}")))
        if kind == "amount":
            return self._look("amount", rng.choice(AMOUNTS))
        raise ValueError(kind)

    # ---------------------------------------------------------------- structured items
    def _item(self, kind: str, surface: str, *probes: Probe) -> str:
        self.planted.append(Planted(kind, surface, probes))
        return surface

    def _identity(self, kind: str) -> str:
        rng = self.rng
        year, month, day = rng.randint(1948, 2011), rng.randint(1, 12), rng.randint(1, 28)
        day += 60 if kind == "samordningsnummer" else 0
        serial = rng.randint(0, 999)
        nine = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
        last = f"{serial:03d}{luhn_digit(nine)}"
        date = f"{year % 100:02d}{month:02d}{day:02d}"
        century = str(year // 100)
        surface = rng.choice(
            (f"{century}{date}-{last}", f"{date}-{last}", f"{century}{date}{last}", f"{date}-{last}")
        )
        return self._item(kind, surface, Probe("digits", last))

    def structured_slot(self, kind: str) -> str:
        rng = self.rng
        if kind in ("pnr", "snr"):
            return self._identity("personnummer" if kind == "pnr" else "samordningsnummer")
        if kind == "mobile":
            p, a, b, c = (
                rng.choice(MOBILE_PREFIXES),
                rng.randint(100, 999),
                rng.randint(10, 99),
                rng.randint(10, 99),
            )
            surface = rng.choice(
                (f"{p}-{a} {b} {c}", f"{p}{a}{b}{c}", f"{p} {a} {b} {c}", f"+46 {p[1:]} {a} {b} {c}",
                 f"+46{p[1:]}{a}{b}{c}", f"{p}-{a}{b}{c}", f"{p}-{a} {b} {c}")
            )  # fmt: skip
            return self._item("mobile", surface, Probe("digits", f"{b}{c}"))
        if kind == "landline":
            code = (
                self._pick("area")
                if len(REGIONS[self.region]["area"]) > 1
                else REGIONS[self.region]["area"][0]
            )
            a, b, c = rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99)
            if code == "08":
                surface, last = f"08-{rng.randint(100, 999)} {b} {c}", f"{b}{c}"
            elif len(code) == 4 and rng.random() < 0.4:
                n = rng.randint(100, 999)
                surface, last = f"{code}-{n} {b}", f"{str(n)[1:]}{b}"
            else:
                surface, last = f"{code}-{a} {b} {c}", f"{b}{c}"
            return self._item("landline", surface, Probe("digits", last))
        if kind == "email":
            who = Person(*self._free_name())
            first, sur = asciify(who.first.split()[0]), asciify(who.surname.replace(" ", ""))
            local = rng.choice(
                (f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{sur[0]}{rng.randint(70, 99)}",
                 f"{first}.{sur}", f"{first}_{sur}", f"{sur}.{first}")
            )  # fmt: skip
            if rng.random() < 0.55:
                domain = self._pick("domain")
            else:
                domain = rng.choice(PRIVATE_DOMAINS + ORG_DOMAINS)
            return self._item("email", f"{local}@{domain}", Probe("text", local))
        if kind in ("plate", "plate_new"):
            while True:
                letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
                if letters not in BAD_PLATES:
                    break
            if kind == "plate":
                tail = str(rng.randint(100, 999))
            else:
                tail = f"{rng.randint(10, 99)}{rng.choice(PLATE_TAIL_LETTERS)}"
            surface = f"{letters}{' ' if rng.random() < 0.75 else ''}{tail}"
            return self._item(kind, surface, Probe("letters", letters), Probe("tail", tail))
        if kind == "address":
            street, n = self._pick("street"), rng.randint(1, 89)
            suffix = rng.choice(("", "", "", "", " A", "B", " C", "A"))
            return self._item("address", f"{street} {n}{suffix}", Probe("number", str(n)))
        if kind == "lgh":
            flat = f"{rng.randint(10, 16)}{rng.randint(1, 9):02d}"
            word = rng.choice(("lgh", "lgh", "lägenhet", "lgh nr", "lgh."))
            return self._item("apartment", f"{word} {flat}", Probe("digits", flat))
        if kind == "property":
            tract, block, unit = self._pick("tract"), rng.randint(1, 14), rng.randint(2, 199)
            return self._item("property", f"{tract} {block}:{unit}", Probe("number", f"{block}:{unit}"))
        if kind == "case":
            serial, year = str(rng.randint(10_000, 3_999_999)), rng.randint(23, 25)
            surface = rng.choice(
                (f"{rng.choice(POLICE_PREFIXES)}-K{serial}-{year}", f"K{serial}-{year}", f"K {serial}-{year}",
                 f"{rng.choice(POLICE_PREFIXES)}-K{serial}-{year}")
            )  # fmt: skip
            return self._item("case_number", surface, Probe("digits", serial))
        raise ValueError(kind)

    def _free_name(self) -> tuple[str, str, str]:
        """A name for an e-mail address: of nobody else in the item."""
        while True:
            origin = self.rng.choices(ORIGIN_NAMES, ORIGIN_WEIGHTS)[0]
            first, surname = self.rng.choice(FIRSTS[origin]), self.rng.choice(SURNAMES[origin])
            if not self._tokens(first, surname) & self.used:
                return origin, first, surname

    # ---------------------------------------------------------------- a whole frame
    def fill(self, template: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(4):
                return self._look("word", m.group(4))
            kind, key, mod = m.group(1), m.group(2) or "", m.group(3) or ""
            if kind in ("full", "first", "sur", "nick", "lower", "name"):
                return self.person_slot(kind, key, mod)
            if kind in ("pnr", "snr", "mobile", "landline", "email", "plate", "plate_new", "address", "lgh",
                        "property", "case"):  # fmt: skip
                return self.structured_slot(kind)
            return self.look_slot(kind)

        return SLOT.sub(one, template)
