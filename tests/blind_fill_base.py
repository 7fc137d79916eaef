"""The filler the blind corpora 18 and 22–25 share (issue 14): people, structured items and look-alikes drawn
with one random generator from a corpus's vocabulary, labelled with the harness's classes.

Written by the eighteenth corpus's helper as `tests/blind18_fill.py`; the fillers of the twenty-second to
twenty-fifth began as copies of it. Taken out here at stop 27, unchanged in what it draws and in what order:
each corpus's filler gives its vocabulary and its look-alikes and overrides what it fills differently, and
every corpus builds the same sentences as before (compared whole when it was taken out).

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Plain: ung (an age of 13-19), vuxen (20-68).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from stdnum import luhn

from tests.independent_labels import LookAlike, Planted, Probe, Sentence

SLOT = re.compile(r"\{(\w+)(?::(\d+))?(?:\|(\w+))?\}|\[\[([^\]]+)\]\]")
PERSON_KINDS = frozenset(
    {"full", "caps", "comma", "init", "first", "sur", "nick", "low", "lowf", "wfirst", "wsur"}
)
_FOLD = str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i"})


@dataclass(frozen=True)
class Person:
    origin: str
    given: str
    surname: str
    middle: str
    nick: str

    def words(self, particles: Collection[str]) -> set[str]:
        text = f"{self.given} {self.middle} {self.surname} {self.nick}"
        return {w.lower() for w in re.split(r"[\s\-]+", text) if w and w.lower() not in particles}

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)


def probes_of(surface: str, particles: Collection[str]) -> tuple[Probe, ...]:
    """A name's probes: its words, not its particles, initials or single letters."""
    words = [w.strip(",") for w in re.split(r"[\s\-]+", surface)]
    keep = [w for w in words if len(w) > 1 and not w.endswith(".") and w.lower() not in particles]
    return tuple(Probe("word", w) for w in keep)


def fold(text: str) -> str:
    """ASCII for an e-mail address's local part."""
    text = text.lower().translate(_FOLD)
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-")
    )


def genitive(surface: str) -> str:
    return surface + ("'" if surface[-1] in "sxzSXZ" else "s")


class BlindFiller:
    """Fills one frame for one region; `fill` returns the sentence. A corpus's filler subclasses it with its
    vocabulary (the class attributes below), its look-alikes and what it fills differently."""

    ORIGINS: ClassVar[Mapping[str, Any]]  # origin -> (weight, given names, surnames, nicknames)
    FATHERS: ClassVar[Mapping[str, Sequence[str]]]
    NAME_PARTICLES: ClassVar[Collection[str]]
    WORD_FIRST: ClassVar[Sequence[tuple[str, str]]]
    WORD_SURNAMES: ClassVar[Sequence[tuple[str, str]]]
    WORD_SHARE: ClassVar[Mapping[str, tuple[float, float]]]
    BAD_PLATES: ClassVar[Collection[str]]
    PLATE_LETTERS: ClassVar[str]
    PLATE_TAIL_LETTERS: ClassVar[str]
    REGIONS: ClassVar[Mapping[str, Any]]
    PERSON_KINDS: ClassVar[frozenset[str]] = PERSON_KINDS
    FULL_FORM_SHARES: ClassVar[tuple[float, float, float]] = (0.035, 0.07, 0.105)  # caps, comma, init
    # A plate's surfaces, drawn evenly (`{l}` the letters, `{t}` the tail); empty: spaced seven times in ten.
    PLATE_FORMS: ClassVar[tuple[str, ...]] = ()
    # The plain slots' ranges: `ung` and `vuxen` ages; `antal` a count of people, drawn from COUNTS when set.
    YOUNG_AGES: ClassVar[tuple[int, int]] = (13, 19)
    ADULT_AGES: ClassVar[tuple[int, int]] = (20, 68)
    COUNTS: ClassVar[tuple[int, ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        if hasattr(cls, "ORIGINS"):
            cls._origin_names = list(cls.ORIGINS)
            cls._origin_weights = [cls.ORIGINS[o][0] for o in cls._origin_names]
            cls._word_first_names = {name for name, _ in cls.WORD_FIRST}
            cls._word_surname_names = {name for name, _ in cls.WORD_SURNAMES}

    _origin_names: ClassVar[list[str]]
    _origin_weights: ClassVar[list[float]]
    _word_first_names: ClassVar[set[str]]
    _word_surname_names: ClassVar[set[str]]

    def probes(self, surface: str) -> tuple[Probe, ...]:
        return probes_of(surface, self.NAME_PARTICLES)

    def __init__(self, rng: random.Random, region: str) -> None:
        self.rng = rng
        self.region_name = region
        self.region = self.REGIONS[region]
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()

    # ---------------------------------------------------------------- people
    def _draw_person(self, word_first: bool, word_sur: bool) -> Person:
        rng = self.rng
        for _ in range(200):
            if word_first:
                given, origin = rng.choice(self.WORD_FIRST)
            elif word_sur:
                surname, origin = rng.choice(self.WORD_SURNAMES)
            else:
                origin = rng.choices(self._origin_names, self._origin_weights)[0]
            _, givens, surnames, nicks = self.ORIGINS[origin]
            first_share, sur_share = self.WORD_SHARE.get(origin, (0.0, 0.0))
            if not word_first:
                words = [n for n, o in self.WORD_FIRST if o == origin]
                given = rng.choice(words) if words and rng.random() < first_share else rng.choice(givens)
            if not word_sur:
                words = [n for n, o in self.WORD_SURNAMES if o == origin]
                surname = rng.choice(words) if words and rng.random() < sur_share else rng.choice(surnames)
            middle = ""
            if origin in self.FATHERS and rng.random() < 0.5:
                middle = rng.choice(self.FATHERS[origin])
            person = Person(origin, given, surname, middle, rng.choice(nicks))
            if not person.words(self.NAME_PARTICLES) & self.taken:
                self.taken |= person.words(self.NAME_PARTICLES)
                return person
        raise RuntimeError("no person with names of their own")

    def person(self, key: str, slots: list[str]) -> Person:
        if key not in self.people:
            self.people[key] = self._draw_person("wfirst" in slots, "wsur" in slots)
        return self.people[key]

    def _full_form(self, p: Person, kind: str) -> tuple[str, str]:
        """(surface, probe text) of a full name in a form."""
        if kind == "full":
            roll = self.rng.random()
            caps, comma, init = self.FULL_FORM_SHARES
            kind = "caps" if roll < caps else "comma" if roll < comma else "init" if roll < init else "plain"
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
            surface, probe_text = self._full_form(p, kind)
            item = Planted("full_name", surface, self.probes(probe_text), p.origin)
        elif kind in ("first", "wfirst"):
            surface = p.given
            label = "word_name" if surface in self._word_first_names else "first_name"
            if label == "first_name" and not gen and self.rng.random() < 0.05:
                surface = f"{p.given} {p.surname[0].upper()}"
            item = Planted(label, surface, self.probes(surface), p.origin)
        elif kind in ("sur", "wsur"):
            surface = p.surname
            label = "word_name" if surface in self._word_surname_names else "surname_after_role"
            item = Planted(label, surface, self.probes(surface), p.origin)
        elif kind == "nick":
            item = Planted("nickname", p.nick, self.probes(p.nick), p.origin)
        else:  # low, lowf
            surface = (p.full if kind == "low" else p.given).lower()
            item = Planted("lowercase_name", surface, self.probes(surface), p.origin)
        return (genitive(item.surface) if gen else item.surface), item

    # ------------------------------------------------------------ structured
    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def identity(self, samordning: bool) -> Planted:
        rng = self.rng
        year = rng.randint(1952, 2011)
        month, day = rng.randint(1, 12), rng.randint(1, 28) + (60 if samordning else 0)
        body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 999):03d}"
        number = body + luhn.calc_check_digit(body)
        century = f"{year // 100}"
        form = rng.randrange(4)
        surface = [
            f"{number[:6]}-{number[6:]}",
            f"{century}{number[:6]}-{number[6:]}",
            f"{century}{number}",
            number,
        ][form]
        kind = "samordningsnummer" if samordning else "personnummer"
        return Planted(kind, surface, (Probe("digits", number[-4:]),))

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice([f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}"])
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def email(self) -> Planted:
        rng = self.rng
        p = self._draw_person(False, False)
        given, surname = fold(p.given.split()[0]), fold(p.surname.replace(" ", ""))
        local = rng.choice(
            [f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname}", f"{given}.{surname[0]}"]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def plate(self, new: bool) -> Planted:
        rng = self.rng
        while True:
            letters = "".join(rng.choice(self.PLATE_LETTERS) for _ in range(3))
            if letters not in self.BAD_PLATES:
                break
        tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
        tail += rng.choice(self.PLATE_TAIL_LETTERS) if new else str(rng.randint(0, 9))
        if self.PLATE_FORMS:
            surface = rng.choice(self.PLATE_FORMS).format(l=letters, t=tail)
        else:
            surface = f"{letters} {tail}" if rng.random() < 0.7 else f"{letters}{tail}"
        return Planted(
            "plate_new" if new else "plate", surface, (Probe("letters", letters), Probe("tail", tail))
        )

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 140))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        surface = f"{rng.choice(self.region.streets)} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 30)}:{rng.randint(1, 260)}"
        return Planted("property", f"{rng.choice(self.region.tracts)} {unit}", (Probe("number", unit),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["24", "25", "25", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1400", "0201"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))

    # ------------------------------------------------------------ look-alikes
    def lookalike(self, kind: str) -> LookAlike:
        """The corpus's own look-alike of a kind (its filler's)."""
        raise NotImplementedError

    # ------------------------------------------------------------------- fill
    def fill(self, source: str, template: str) -> Sentence:
        slots: dict[str, list[str]] = {}
        for m in SLOT.finditer(template):
            if m.group(1) in self.PERSON_KINDS:
                slots.setdefault(m.group(2) or "0", []).append(m.group(1))
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
                continue
            if kind in self.PERSON_KINDS:
                key = key or "0"
                text, item = self.name(kind, self.person(key, slots[key]), mod == "g")
                planted.append(item)
                out.append(text)
                continue
            plain = self._plain(kind)
            if plain is not None:
                out.append(plain)
                continue
            structured = self.structured()
            if kind in structured:
                item = structured[kind]()
                planted.append(item)
                out.append(item.surface)
                continue
            look = self.lookalike(kind)
            looks.append(look)
            out.append(look.text)
        out.append(template[pos:])
        return Sentence(source, "".join(out), tuple(planted), tuple(looks))

    def structured(self) -> dict[str, Callable[[], Planted]]:
        """The structured slots and what fills each."""
        return {
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

    def _plain(self, kind: str) -> str | None:
        """A plain slot's text (no label): an age; a corpus's filler adds its own."""
        if kind == "ung":
            return str(self.rng.randint(*self.YOUNG_AGES))
        if kind == "vuxen":
            return str(self.rng.randint(*self.ADULT_AGES))
        if kind == "antal" and self.COUNTS:
            return str(self.rng.choice(self.COUNTS))
        return None
