"""Filling a frame of the nineteenth blind corpus (tests/blind19_corpus.py): people, structured items and
look-alikes drawn from tests/blind19_vocab_*.py with one random generator, labelled with the harness's
classes.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person in the item) or `{kind:N|g}` (in the
genitive); `[[Word]]` is a word look-alike. Person kinds: full (plain, now and then in capitals, as `Surname,
Given` or with initials), caps, comma, init, first (given name; a word given name is labelled word name), sur
(a surname after a role word the frame writes; a word surname is labelled word name), nick, low (a lowercase
full name), lowf (a lowercase given name), wfirst and wsur (a word given name or surname, alone). Structured:
pnr, snr, mob, tel, mail, plate, plate2, addr, lgh, fast, case. Look-alikes: place, inst, street, pstreet,
org, bolag (a housing company), vakt (a security company), nat (a national organisation), time, date, amount,
week, line. Plain numbers: ung (13-19), vuxen (20-70).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn

from tests.blind19_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind19_vocab_places import (
    BAD_PLATES,
    MONTHS,
    NATIONAL_ORGANISATIONS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    SECURITY,
)
from tests.independent_labels import LookAlike, Planted, Probe, Sentence

__all__ = ["PERSON_KINDS", "Filler", "Person", "probes_of"]

SLOT = re.compile(r"\{(\w+)(?::(\d+))?(?:\|(\w+))?\}|\[\[([^\]]+)\]\]")
PERSON_KINDS = {"full", "caps", "comma", "init", "first", "sur", "nick", "low", "lowf", "wfirst", "wsur"}
WORD_FIRST_NAMES = {n for n, _ in WORD_FIRST}
WORD_SURNAME_NAMES = {n for n, _ in WORD_SURNAMES}
_ORIGINS = list(ORIGINS)
_WEIGHTS = [ORIGINS[o][0] for o in _ORIGINS]
_ASCII = str.maketrans({"ø": "o", "ł": "l", "æ": "ae", "đ": "dj", "ı": "i", "ß": "ss"})


@dataclass(frozen=True)
class Person:
    origin: str
    given: str
    middle: str
    surname: str
    nick: str

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.given, self.middle, self.surname) if x)

    def words(self) -> set[str]:
        text = f"{self.given} {self.middle} {self.surname} {self.nick}"
        return {w.lower() for w in re.split(r"[\s\-]+", text) if w and w.lower() not in NAME_PARTICLES}


def probes_of(surface: str) -> tuple[Probe, ...]:
    """A name's probes: its words, but not particles, initials (`K.`) or single letters."""
    words = [w.strip(",") for w in re.split(r"[\s\-]+", surface)]
    return tuple(
        Probe("word", w)
        for w in words
        if len(w) > 1 and not w.endswith(".") and w.lower() not in NAME_PARTICLES
    )


def ascii_local(text: str) -> str:
    text = text.lower().translate(_ASCII)
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in "._-")
    )


def genitive(surface: str) -> str:
    return surface + ("'" if surface[-1] in "sxzSXZ" else "s")


class Filler:
    """Fills frames for one region; `fill` returns one labelled sentence."""

    def __init__(self, rng: random.Random, region: str) -> None:
        self.rng = rng
        self.region_name = region
        self.region = REGIONS[region]
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()

    # ------------------------------------------------------------------ people
    def draw_person(self, word_first: bool = False, word_sur: bool = False) -> Person:
        rng = self.rng
        for _ in range(300):
            if word_first:
                given, origin = rng.choice(WORD_FIRST)
            elif word_sur:
                surname, origin = rng.choice(WORD_SURNAMES)
            else:
                origin = rng.choices(_ORIGINS, _WEIGHTS)[0]
            _, givens, surnames, nicks = ORIGINS[origin]
            first_share, sur_share = WORD_SHARE.get(origin, (0.0, 0.0))
            if not word_first:
                words = [n for n, o in WORD_FIRST if o == origin]
                given = rng.choice(words) if words and rng.random() < first_share else rng.choice(givens)
            if not word_sur:
                words = [n for n, o in WORD_SURNAMES if o == origin]
                surname = rng.choice(words) if words and rng.random() < sur_share else rng.choice(surnames)
            middle = rng.choice(FATHERS[origin]) if origin in FATHERS and rng.random() < 0.45 else ""
            parts = [w.lower() for w in re.split(r"[\s\-]+", f"{given} {middle} {surname}") if w]
            if len(parts) != len(set(parts)):
                continue
            person = Person(origin, given, middle, surname, rng.choice(nicks))
            if person.words() & self.taken:
                continue
            self.taken |= person.words()
            return person
        raise RuntimeError("no person whose names are their own")

    def person(self, key: str, kinds: list[str]) -> Person:
        if key not in self.people:
            self.people[key] = self.draw_person("wfirst" in kinds, "wsur" in kinds)
        return self.people[key]

    def _full(self, p: Person, kind: str) -> tuple[str, str]:
        """(surface, text whose words are probed) of a full name."""
        if kind == "full":
            roll = self.rng.random()
            kind = "caps" if roll < 0.03 else "comma" if roll < 0.06 else "init" if roll < 0.10 else "plain"
        if kind == "caps":
            return p.full.upper(), p.full.upper()
        if kind == "comma":
            rest = " ".join(x for x in (p.given, p.middle) if x)
            return f"{p.surname}, {rest}", f"{p.surname} {rest}"
        if kind == "init":
            if "-" in p.given:
                initials = "-".join(w[0] for w in p.given.split("-"))
            else:
                initials = " ".join(w[0] + "." for w in p.given.split())
            return f"{initials} {p.surname}", p.surname
        return p.full, p.full

    def name(self, kind: str, p: Person, gen: bool) -> tuple[str, Planted]:
        if kind in ("full", "caps", "comma", "init"):
            surface, probe_text = self._full(p, kind)
            item = Planted("full_name", surface, probes_of(probe_text), p.origin)
        elif kind in ("first", "wfirst"):
            surface = p.given
            label = "word_name" if surface in WORD_FIRST_NAMES else "first_name"
            if label == "first_name" and not gen and self.rng.random() < 0.05:
                surface = f"{p.given} {p.surname[0].upper()}"
            item = Planted(label, surface, probes_of(surface), p.origin)
        elif kind in ("sur", "wsur"):
            label = "word_name" if p.surname in WORD_SURNAME_NAMES else "surname_after_role"
            item = Planted(label, p.surname, probes_of(p.surname), p.origin)
        elif kind == "nick":
            item = Planted("nickname", p.nick, probes_of(p.nick), p.origin)
        else:
            surface = (p.full if kind == "low" else p.given).lower()
            item = Planted("lowercase_name", surface, probes_of(surface), p.origin)
        return (genitive(item.surface) if gen else item.surface), item

    # -------------------------------------------------------------- structured
    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def identity(self, samordning: bool) -> Planted:
        rng = self.rng
        year = rng.randint(1940, 2012)
        day = rng.randint(1, 28) + (60 if samordning else 0)
        body = f"{year % 100:02d}{rng.randint(1, 12):02d}{day:02d}{rng.randint(0, 999):03d}"
        number = body + luhn.calc_check_digit(body)
        century = str(year // 100)
        surface = rng.choice(
            [
                f"{number[:6]}-{number[6:]}",
                f"{century}{number[:6]}-{number[6:]}",
                f"{century}{number}",
                number,
            ]
        )
        return Planted(
            "samordningsnummer" if samordning else "personnummer", surface, (Probe("digits", number[-4:]),)
        )

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        surface = rng.choice(
            [
                f"0{prefix}-{rest[:3]} {rest[3:5]} {rest[5:]}",
                f"0{prefix}{rest}",
                f"0{prefix} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"+46 {prefix} {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code in ('08', '031') else 5)}"
        if len(rest) == 7:
            grouped = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            grouped = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        surface = rng.choice([f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}/{rest}"])
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def email(self) -> Planted:
        rng = self.rng
        p = self.draw_person()
        given, surname = ascii_local(p.given.split()[0]), ascii_local(p.surname.replace(" ", ""))
        local = rng.choice(
            [
                f"{given}.{surname}",
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}_{surname}",
                f"{given}.{surname}{rng.randint(60, 99)}",
            ]
        )
        return Planted("email", f"{local}@{rng.choice(self.region.domains)}", (Probe("text", local),))

    def plate(self, new: bool) -> Planted:
        rng = self.rng
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        while letters in BAD_PLATES:
            letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
        tail += rng.choice(PLATE_TAIL_LETTERS) if new else str(rng.randint(0, 9))
        surface = f"{letters} {tail}" if rng.random() < 0.75 else f"{letters}{tail}"
        return Planted(
            "plate_new" if new else "plate", surface, (Probe("letters", letters), Probe("tail", tail))
        )

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 120))
        letter = rng.choice("ABCDE") if rng.random() < 0.25 else ""
        return Planted(
            "address", f"{rng.choice(self.region.streets)} {number}{letter}", (Probe("number", number),)
        )

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 9):02d}"
        prefix = rng.choice(["lgh ", "lgh ", "lgh nr ", "lägenhet ", "lgh. ", "lägenhetsnummer "])
        return Planted("apartment", prefix + number, (Probe("digits", number),))

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 40)}:{rng.randint(1, 300)}"
        return Planted("property", f"{rng.choice(self.region.tracts)} {unit}", (Probe("number", unit),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([5, 5, 6]))}"
        year = rng.choice(["24", "25", "25", "26"])
        unit = rng.choice(["5000", "5000", "0201", "4000", "3000", "1400"])
        surface = rng.choice([f"{unit}-K{serial}-{year}", f"K{serial}-{year}", f"{unit}-K{serial}-{year}"])
        return Planted("case_number", surface, (Probe("digits", serial),))

    # -------------------------------------------------------------- look-alikes
    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        pools = {
            "place": ("place", r.places),
            "inst": ("institution", r.institutions),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.organisations + NATIONAL_ORGANISATIONS),
            "bolag": ("organisation", r.housing),
            "vakt": ("organisation", SECURITY),
            "nat": ("organisation", NATIONAL_ORGANISATIONS),
            "line": ("bus_line", r.lines),
        }
        if kind in pools:
            label, pool = pools[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.randint(0, 23), rng.choice(range(0, 60, 5))
            return LookAlike("time", f"{h:02d}{rng.choice('.:.')}{m:02d}", True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice(["2025", "2025", "2026"])
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([350, 900, 1500, 2200, 3500, 4800, 7500, 9000, 14000, 18500, 32000, 65000, 150000])
            number = f"{n:,}".replace(",", " ")
            return LookAlike(
                "amount",
                f"{number} {rng.choice(['kr', 'kronor', 'kr', 'SEK', ':-'])}".replace(" :-", ":-"),
                True,
            )
        if kind == "week":
            n = rng.randint(1, 52)
            return LookAlike("week", rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}"]), True)
        raise KeyError(kind)

    # --------------------------------------------------------------------- fill
    def fill(self, source: str, template: str) -> Sentence:
        kinds: dict[str, list[str]] = {}
        for m in SLOT.finditer(template):
            if m.group(1) in PERSON_KINDS:
                kinds.setdefault(m.group(2) or "0", []).append(m.group(1))
        structured = {
            "pnr": lambda: self.identity(False),
            "snr": lambda: self.identity(True),
            "mob": self.mobile,
            "tel": self.landline,
            "mail": self.email,
            "plate": lambda: self.plate(False),
            "plate2": lambda: self.plate(True),
            "addr": self.address,
            "lgh": self.apartment,
            "fast": self.property,
            "case": self.case,
        }
        planted: list[Planted] = []
        looks: list[LookAlike] = []
        out: list[str] = []
        pos = 0
        for m in SLOT.finditer(template):
            out.append(template[pos : m.start()])
            pos = m.end()
            kind, key, mod, word = m.groups()
            if word is not None:
                looks.append(LookAlike("word", word, True))
                out.append(word)
            elif kind in PERSON_KINDS:
                key = key or "0"
                text, item = self.name(kind, self.person(key, kinds[key]), mod == "g")
                planted.append(item)
                out.append(text)
            elif kind in ("ung", "vuxen"):
                out.append(str(self.rng.randint(13, 19) if kind == "ung" else self.rng.randint(20, 70)))
            elif kind in structured:
                item = structured[kind]()
                planted.append(item)
                out.append(item.surface)
            else:
                look = self.lookalike(kind)
                looks.append(look)
                out.append(look.text)
        out.append(template[pos:])
        return Sentence(source, "".join(out), tuple(planted), tuple(looks))
