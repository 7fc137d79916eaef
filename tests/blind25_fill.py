"""Filling a frame of the twenty-fifth blind corpus (tests/blind25_corpus.py): people, structured items and
look-alikes drawn from tests/blind25_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of tests/blind22_fill.py, changed for exported rows and records.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, ecomma (`EFTERNAMN, Förnamn`), init,
trunc (a full name cut by a narrow column), first, sur (a surname after a role the frame writes), nick, low
(a lowercase full name), lowf (a lowercase given name), uid (a user id `given.surname`, lowercase), wfirst
and wsur (a given name or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail,
plate, plate2, addr, lgh, lghn (a flat's bare number after a label), fast, case. Look-alikes: place, venue,
street, pstreet, org (a company of the region or a national organisation), comp (a company of the region
only), kommun, time, date, stamp (a date with its time, as a system writes it), amount, week, line. Plain
(no label): ung (an age of 13-19), vuxen (20-68), antal (a count), nr (a system's own case number), obj (an
alarm object id), kort (an access card's number), dnr (the kommun's diarienummer), sign (a user code).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn

from tests import blind25_formats as formats
from tests.blind25_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind25_vocab_places import (
    BAD_PLATES,
    NATIONAL_ORGANISATIONS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.independent_labels import LookAlike, Planted, Probe, Sentence

SLOT = re.compile(r"\{(\w+)(?::(\d+))?(?:\|(\w+))?\}|\[\[([^\]]+)\]\]")
PERSON_KINDS = {"full", "caps", "comma", "ecomma", "init", "trunc", "first", "sur", "nick", "low", "lowf"}
PERSON_KINDS |= {"uid", "wfirst", "wsur"}
WORD_FIRST_NAMES = {name for name, _ in WORD_FIRST}
WORD_SURNAME_NAMES = {name for name, _ in WORD_SURNAMES}
_ORIGIN_NAMES = list(ORIGINS)
_ORIGIN_WEIGHTS = [ORIGINS[o][0] for o in _ORIGIN_NAMES]
_FOLD = str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i"})


@dataclass(frozen=True)
class Person:
    origin: str
    given: str
    surname: str
    middle: str
    nick: str

    def words(self) -> set[str]:
        text = f"{self.given} {self.middle} {self.surname} {self.nick}"
        return {w.lower() for w in re.split(r"[\s\-]+", text) if w and w.lower() not in NAME_PARTICLES}

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)


def probes_of(surface: str) -> tuple[Probe, ...]:
    """A name's probes: its words, not its particles, initials or single letters."""
    words = [w.strip(",") for w in re.split(r"[\s\-]+", surface)]
    keep = [w for w in words if len(w) > 1 and not w.endswith(".") and w.lower() not in NAME_PARTICLES]
    return tuple(Probe("word", w) for w in keep)


def fold(text: str) -> str:
    """ASCII for an e-mail address's local part."""
    text = text.lower().translate(_FOLD)
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-")
    )


def genitive(surface: str) -> str:
    return surface + ("'" if surface[-1] in "sxzSXZ" else "s")


class Filler:
    """Fills one frame for one region; `fill` returns the sentence."""

    def __init__(self, rng: random.Random, region: str) -> None:
        self.rng = rng
        self.region_name = region
        self.region = REGIONS[region]
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()

    # ---------------------------------------------------------------- people
    def _draw_person(self, word_first: bool, word_sur: bool) -> Person:
        rng = self.rng
        for _ in range(200):
            if word_first:
                given, origin = rng.choice(WORD_FIRST)
            elif word_sur:
                surname, origin = rng.choice(WORD_SURNAMES)
            else:
                origin = rng.choices(_ORIGIN_NAMES, _ORIGIN_WEIGHTS)[0]
            _, givens, surnames, nicks = ORIGINS[origin]
            first_share, sur_share = WORD_SHARE.get(origin, (0.0, 0.0))
            if not word_first:
                words = [n for n, o in WORD_FIRST if o == origin]
                given = rng.choice(words) if words and rng.random() < first_share else rng.choice(givens)
            if not word_sur:
                words = [n for n, o in WORD_SURNAMES if o == origin]
                surname = rng.choice(words) if words and rng.random() < sur_share else rng.choice(surnames)
            middle = ""
            if origin in FATHERS and rng.random() < 0.5:
                middle = rng.choice(FATHERS[origin])
            person = Person(origin, given, surname, middle, rng.choice(nicks))
            if not person.words() & self.taken:
                self.taken |= person.words()
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
            kind = "caps" if roll < 0.04 else "comma" if roll < 0.08 else "init" if roll < 0.11 else "plain"
        if kind == "caps":
            return p.full.upper(), p.full.upper()
        rest = " ".join(x for x in (p.given, p.middle) if x)
        if kind == "comma":
            return f"{p.surname}, {rest}", f"{p.surname} {rest}"
        if kind == "ecomma":  # EFTERNAMN, Förnamn, as many registers write it
            return f"{p.surname.upper()}, {rest}", f"{p.surname} {rest}"
        if kind == "init":
            if "-" in p.given:
                initials = "-".join(w[0] for w in p.given.split("-"))
            else:
                initials = " ".join(w[0] + "." for w in p.given.split())
            return f"{initials} {p.surname}", p.surname
        if kind == "trunc":  # a narrow column: the surname cut, at least three of its letters kept
            words = p.full.split()
            last = words[-1]
            if len(last) >= 6 and not last.startswith(("O'", "D'")):
                cut = " ".join([*words[:-1], last[: self.rng.randint(3, len(last) - 2)]])
                return cut, cut
        return p.full, p.full

    def name(self, kind: str, p: Person, gen: bool) -> tuple[str, Planted]:
        if kind in ("full", "caps", "comma", "ecomma", "init", "trunc"):
            surface, probe_text = self._full_form(p, kind)
            item = Planted("full_name", surface, probes_of(probe_text), p.origin)
        elif kind in ("first", "wfirst"):
            surface = p.given
            label = "word_name" if surface in WORD_FIRST_NAMES else "first_name"
            if label == "first_name" and not gen and self.rng.random() < 0.05:
                surface = f"{p.given} {p.surname[0].upper()}"
            item = Planted(label, surface, probes_of(surface), p.origin)
        elif kind in ("sur", "wsur"):
            surface = p.surname
            label = "word_name" if surface in WORD_SURNAME_NAMES else "surname_after_role"
            item = Planted(label, surface, probes_of(surface), p.origin)
        elif kind == "nick":
            item = Planted("nickname", p.nick, probes_of(p.nick), p.origin)
        elif kind == "uid":  # a user id: the folded given name and surname joined by a dot
            given = fold(p.given.split()[0])
            surname = fold(p.surname.split()[-1].split("-")[-1])
            surface = f"{given}.{surname}"
            probes = tuple(Probe("word", w) for w in (given, surname) if len(w) > 1)
            item = Planted("lowercase_name", surface, probes, p.origin)
        else:  # low, lowf
            surface = (p.full if kind == "low" else p.given).lower()
            item = Planted("lowercase_name", surface, probes_of(surface), p.origin)
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
        forms = [f"0{prefix}-{a} {b} {c}", f"0{prefix}{rest}", f"0{prefix} {a} {b} {c}"]
        forms += [f"+46 {prefix} {a} {b} {c}", f"+46{prefix}{rest}", f"0{prefix}-{rest}"]
        surface = rng.choice(forms)
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
            letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
            if letters not in BAD_PLATES:
                break
        tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
        tail += rng.choice(PLATE_TAIL_LETTERS) if new else str(rng.randint(0, 9))
        surface = f"{letters} {tail}" if rng.random() < 0.7 else f"{letters}{tail}"
        return Planted(
            "plate_new" if new else "plate", surface, (Probe("letters", letters), Probe("tail", tail))
        )

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 140))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.upper() if rng.random() < 0.15 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self, bare: bool) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        prefix = "" if bare else rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "LGH "])
        return Planted("apartment", prefix + number, (Probe("digits", number),))

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
        rng, r = self.rng, self.region
        if kind == "place":
            return LookAlike("place", rng.choice(r.places), True)
        if kind == "venue":
            return LookAlike("institution", rng.choice(r.venues), True)
        if kind == "street":
            return LookAlike("street", rng.choice(r.streets), True)
        if kind == "pstreet":
            return LookAlike("person_street", rng.choice(r.person_streets), True)
        if kind == "org":
            pool = r.companies + tuple(NATIONAL_ORGANISATIONS) if rng.random() < 0.5 else r.companies
            return LookAlike("organisation", rng.choice(pool), True)
        if kind == "comp":
            return LookAlike("organisation", rng.choice(r.companies), True)
        if kind == "kommun":
            return LookAlike("organisation", r.kommun, True)
        if kind in ("time", "date", "stamp", "amount", "week"):
            return formats.lookalike(rng, kind)
        if kind == "line":
            return LookAlike("bus_line", rng.choice(r.lines), True)
        raise KeyError(kind)

    # ------------------------------------------------------------------- fill
    def fill(self, source: str, template: str) -> Sentence:
        slots: dict[str, list[str]] = {}
        for m in SLOT.finditer(template):
            if m.group(1) in PERSON_KINDS:
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
            if kind in PERSON_KINDS:
                key = key or "0"
                text, item = self.name(kind, self.person(key, slots[key]), mod == "g")
                planted.append(item)
                out.append(text)
                continue
            plain = formats.plain(self.rng, kind, self.region.dnr)
            if plain is not None:
                out.append(plain)
                continue
            structured = {
                "pnr": lambda: self.identity(False),
                "snr": lambda: self.identity(True),
                "mob": self.mobile,
                "tel": self.landline,
                "mail": self.email,
                "plate": lambda: self.plate(False),
                "plate2": lambda: self.plate(True),
                "addr": self.address,
                "lgh": lambda: self.apartment(False),
                "lghn": lambda: self.apartment(True),
                "fast": self.property,
                "case": self.case,
            }
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
