"""Filling the frames of the sixteenth blind corpus: people, structured items and look-alikes (`problems` in
tests/blind16_corpus.py rejects a fill whose labels would be ambiguous).

A frame is `role|style|template`. In a template `{kind}` or `{kind:N}` is a slot (`N` names one person of the
item, so `{full:1} … {first:1|g}` is one person twice, the second time in the genitive) and `[[Word]]` is an
ordinary word that is also a name (a `word` look-alike). Person slots: full, first, sur (a surname after a
role), nick, lower (a lowercase full name), lowf (a lowercase first name), wfirst (a given name that is a
word, alone); modifiers g (genitive), caps, comma, init. Structured: pnr, samnr, mob, tel, mail, plate,
platen, addr, lgh, fast, dnr. Look-alikes: place, inst, street, pstreet, org, time, tid, date, amount, week,
bus. Plain fillers: age, klass.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn

from tests.blind16_vocab_names import NICKNAMES, ORIGINS, WORD_FIRST, WORD_SURNAMES
from tests.blind16_vocab_places import (
    BAD_PLATES,
    MONTHS,
    MONTHS_SHORT,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    PRIVATE_DOMAINS,
    REGIONS,
)
from tests.independent_labels import LookAlike, Planted, Probe, Sentence, name_item, name_probes

SLOT = re.compile(r"\{(\w+)(?::(\d+))?(?:\|(\w+))?\}|\[\[([^\]]+)\]\]")
PERSON_SLOTS = {"full", "first", "sur", "nick", "lower", "lowf", "wfirst"}
WORD_FIRST_SET = {name for name, _ in WORD_FIRST}
WORD_SURNAME_SET = {name for name, _ in WORD_SURNAMES}
ORIGIN_NAMES = list(ORIGINS)
ORIGIN_WEIGHTS = [ORIGINS[o][0] for o in ORIGIN_NAMES]


def genitive(name: str) -> str:
    return name if name[-1].lower() in "sxz" else name + "s"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("ø", "o").replace("ð", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(name: str) -> set[str]:
    return {p.value.lower() for p in name_probes(name)}


@dataclass
class Person:
    origin: str
    given: str
    surname: str
    nick: str = ""
    nick_probe: str = ""


class Filler:
    """One item's fill: its people, text, planted items and look-alikes."""

    def __init__(self, rng: random.Random, region: str) -> None:
        self.rng = rng
        self.region = REGIONS[region]
        self.people: dict[str, Person] = {}
        self.used: set[str] = set()
        self.looks_used: set[str] = set()
        self.planted: list[Planted] = []
        self.looks: list[LookAlike] = []

    # ---------------------------------------------------------------- people
    def _origin(self) -> str:
        return self.rng.choices(ORIGIN_NAMES, ORIGIN_WEIGHTS)[0]

    def person(self, key: str, needs: set[str]) -> Person:
        if key in self.people:
            return self.people[key]
        rng = self.rng
        for _ in range(200):
            nick, nick_probe = "", ""
            if "wfirst" in needs:
                given, origin = rng.choice(WORD_FIRST)
            elif "nick" in needs and rng.random() < 0.5:
                nick, origin = rng.choice(NICKNAMES)
                nick_probe = nick
                given = rng.choice(ORIGINS[origin][1]) if origin in ORIGINS else ""
            else:
                origin = self._origin()
                given = rng.choice(ORIGINS[origin][1])
            if "sur" in needs and rng.random() < 0.3:
                surname, sur_origin = rng.choice(WORD_SURNAMES)
                if "wfirst" not in needs and not nick:
                    origin = sur_origin
                    given = rng.choice(ORIGINS[origin][1])
            else:
                surname = rng.choice(ORIGINS[origin][2])
            if "nick" in needs and not nick:
                first = re.split(r"[ \-]", given)[0]
                nick = f"Lill-{first}" if rng.random() < 0.6 else f"Stora {first}"
                nick_probe = first
            names = tokens(given) | tokens(surname) | (tokens(nick_probe) if nick_probe else set())
            if names & self.used or tokens(given) & tokens(surname):
                continue
            self.used |= names
            self.people[key] = Person(origin, given, surname, nick, nick_probe)
            return self.people[key]
        raise RuntimeError("no person could be drawn")

    def name(self, slot: str, p: Person, mod: str) -> str:
        rng = self.rng
        kind, surface, probe = "full_name", "", None
        if slot == "full":
            form = mod or rng.choices(["", "caps", "comma", "init"], [88, 4, 4, 4])[0]
            initial = re.fullmatch(r"[A-ZÅÄÖ][^\s]*", p.given) is not None
            if form == "init" and not initial:
                form = ""
            if form == "caps":
                surface = f"{p.given} {p.surname}".upper()
            elif form == "comma":
                sur = p.surname.upper() if rng.random() < 0.3 else p.surname
                surface, probe = f"{sur}, {p.given}", f"{p.given} {p.surname}"
            elif form == "init":
                parts = p.given.split("-")
                init = f"{parts[0][0]}-{parts[1][0]}" if len(parts) == 2 else f"{p.given[0]}."
                surface, probe = f"{init} {p.surname}", p.surname
            else:
                surface = f"{p.given} {p.surname}"
        elif slot == "first":
            kind = "word_name" if p.given in WORD_FIRST_SET else "first_name"
            surface = p.given.upper() if mod == "caps" else p.given
            if kind == "first_name" and not mod and rng.random() < 0.04:
                surface = f"{p.given} {p.surname[0].upper()}" if p.surname[0].isalpha() else p.given
        elif slot == "wfirst":
            kind, surface = "word_name", p.given
        elif slot == "sur":
            kind = "word_name" if p.surname in WORD_SURNAME_SET else "surname_after_role"
            surface = p.surname
        elif slot == "nick":
            kind, surface, probe = "nickname", p.nick, p.nick_probe
        elif slot == "lower":
            kind, surface = "lowercase_name", f"{p.given} {p.surname}".lower()
        else:  # lowf
            kind, surface = "lowercase_name", p.given.lower()
        self.planted.append(name_item(kind, surface, p.origin, probe))
        return genitive(surface) if mod == "g" else surface

    # ---------------------------------------------------------------- structured
    def _plant(self, kind: str, surface: str, *probes: Probe) -> str:
        self.planted.append(Planted(kind, surface, probes))
        return surface

    def idnum(self, kind: str) -> str:
        rng = self.rng
        year = rng.randint(2007, 2013) if rng.random() < 0.7 else rng.randint(1966, 1993)
        day = rng.randint(1, 28) + (60 if kind == "samordningsnummer" else 0)
        nine = f"{year % 100:02d}{rng.randint(1, 12):02d}{day:02d}{rng.randint(0, 999):03d}"
        ten = nine + luhn.calc_check_digit(nine)
        century = str(year // 100)
        surface = rng.choice(
            [
                f"{ten[:6]}-{ten[6:]}",
                f"{century}{ten[:6]}-{ten[6:]}",
                f"{century}{ten}",
                ten,
                f"{ten[:6]}-{ten[6:]}",
            ]
        )
        return self._plant(kind, surface, Probe("digits", ten[-4:]))

    def mobile(self) -> str:
        rng = self.rng
        p = rng.choice(["70", "72", "73", "76", "79"])
        a, b, c = f"{rng.randint(100, 999)}", f"{rng.randint(10, 99)}", f"{rng.randint(10, 99)}"
        surface = rng.choice(
            [f"0{p}-{a} {b} {c}", f"0{p}{a}{b}{c}", f"0{p} {a} {b} {c}", f"+46 {p} {a} {b} {c}",
             f"+46{p}{a}{b}{c}", f"0{p}-{a}{b}{c}", f"0{p}-{a} {b}{c}"]
        )  # fmt: skip
        return self._plant("mobile", surface, Probe("digits", b + c))

    def landline(self) -> str:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        b, c = f"{rng.randint(10, 99)}", f"{rng.randint(10, 99)}"
        a = f"{rng.randint(100, 999)}" if code == "08" else f"{rng.randint(10, 99)}"
        surface = rng.choice(
            [f"{code}-{a} {b} {c}", f"{code}-{a}{b}{c}", f"{code} {a} {b} {c}", f"+46 {code[1:]} {a} {b} {c}"]
        )
        return self._plant("landline", surface, Probe("digits", b + c))

    def email(self) -> str:
        rng = self.rng
        p = self.person(f"mail{len(self.planted)}", set())
        given = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower())
        sur = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower())
        local = rng.choice(
            [f"{given}.{sur}", f"{given[0]}.{sur}", f"{given}{sur}", f"{given}_{rng.randint(90, 99)}",
             f"{given}.{sur[0]}", f"{sur}.{given}"]
        )  # fmt: skip
        domain = rng.choice(self.region.domains) if rng.random() < 0.5 else rng.choice(PRIVATE_DOMAINS)
        return self._plant("email", f"{local}@{domain}", Probe("text", local))

    def plate(self, new: bool) -> str:
        rng = self.rng
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        while letters in BAD_PLATES:
            letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
        tail += rng.choice(PLATE_TAIL_LETTERS) if new else str(rng.randint(0, 9))
        surface = f"{letters} {tail}" if rng.random() < 0.7 else f"{letters}{tail}"
        return self._plant(
            "plate_new" if new else "plate", surface, Probe("letters", letters), Probe("tail", tail)
        )

    def address(self) -> str:
        rng = self.rng
        street = rng.choice(self.region.streets)
        number = rng.randint(1, 95)
        letter = rng.choice("ABCD") if rng.random() < 0.3 else ""
        return self._plant("address", f"{street} {number}{letter}", Probe("number", str(number)))

    def apartment(self) -> str:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 9):02d}"
        form = rng.choice(["lgh {}", "lgh nr {}", "lägenhet {}", "lgh. {}", "lgh {}", "lägenhetsnr {}"])
        return self._plant("apartment", form.format(number), Probe("digits", number))

    def prop(self) -> str:
        rng = self.rng
        unit = f"{rng.randint(1, 60)}:{rng.randint(1, 400)}"
        return self._plant("property", f"{rng.choice(self.region.tracts)} {unit}", Probe("number", unit))

    def case(self) -> str:
        rng = self.rng
        serial = str(rng.randint(10_000, 9_999_999))
        yy = rng.choice(["24", "25", "26"])
        forms = ["5000-K{}-{}", "K{}-{}", "K {}-{}", "0182-K{}-{}", "4000-K{}-{}"]
        surface = rng.choice(forms).format(serial, yy)
        return self._plant("case_number", surface, Probe("digits", serial))

    # ---------------------------------------------------------------- look-alikes
    def look(self, kind: str, text: str) -> str:
        self.looks.append(LookAlike(kind, text, True))
        self.looks_used.add(text)
        return text

    def pick(self, kind: str, options: tuple[str, ...]) -> str:
        free = [o for o in options if o not in self.looks_used]
        return self.look(kind, self.rng.choice(free or list(options)))

    def time(self, with_kl: bool) -> str:
        rng = self.rng
        hour = rng.choice([16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2])
        minute = rng.choice(range(0, 60, 5))
        sep = rng.choice([".", ":", "."])
        if not with_kl:
            return self.look("time", f"{hour:02d}{sep}{minute:02d}")
        text = rng.choice(
            [f"kl {hour}", f"kl. {hour:02d}.{minute:02d}", f"kl {hour:02d}:{minute:02d}",
             f"kl {hour}-{(hour + 2) % 24}", f"vid {hour}-tiden", f"kl {hour:02d}.{minute:02d}"]
        )  # fmt: skip
        return self.look("time", text)

    def date(self) -> str:
        rng = self.rng
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
        text = rng.choice(
            [f"{day}/{month}", f"{day} {MONTHS_SHORT[month - 1]}", f"{year}-{month:02d}-{day:02d}",
             f"{day} {MONTHS[month - 1]}", f"{day}/{month} {year}", f"{day}/{month}"]
        )  # fmt: skip
        return self.look("date", text)

    def amount(self) -> str:
        rng = self.rng
        small = rng.choice([50, 80, 100, 150, 200, 250, 300, 350, 400, 500, 600, 750, 800])
        big = f"{rng.randint(1, 45)} {rng.choice(['000', '200', '500', '800'])}"
        text = rng.choice(
            [f"{small} kr", f"{big} kr", f"{small}:-", f"{big} kronor", f"{small} spänn", f"{small} kr"]
        )
        return self.look("amount", text)

    def week(self) -> str:
        n = self.rng.randint(1, 52)
        return self.look(
            "week", self.rng.choice([f"v. {n}", f"v{n}", f"vecka {n}", f"V.{n}", f"v {n}", f"v.{n}"])
        )

    def fill(self, template: str) -> str:
        needs: dict[str, set[str]] = {}
        for m in SLOT.finditer(template):
            if m.group(1) in PERSON_SLOTS and m.group(2):
                needs.setdefault(m.group(2), set()).add(m.group(1))
        anonymous = iter(range(1000))

        def one(m: re.Match[str]) -> str:
            slot, index, mod = m.group(1), m.group(2), m.group(3) or ""
            if m.group(4):
                return self.look("word", m.group(4))
            if slot in PERSON_SLOTS:
                key = index or f"anon{next(anonymous)}"
                return self.name(slot, self.person(key, needs.get(index or "", {slot})), mod)
            return self.other(slot)

        return SLOT.sub(one, template)

    def other(self, slot: str) -> str:
        r, rng = self.region, self.rng
        simple = {
            "pnr": lambda: self.idnum("personnummer"),
            "samnr": lambda: self.idnum("samordningsnummer"),
            "mob": self.mobile,
            "tel": self.landline,
            "mail": self.email,
            "plate": lambda: self.plate(False),
            "platen": lambda: self.plate(True),
            "addr": self.address,
            "lgh": self.apartment,
            "fast": self.prop,
            "dnr": self.case,
            "place": lambda: self.pick("place", r.places),
            "inst": lambda: self.pick("institution", r.institutions),
            "street": lambda: self.pick("street", r.streets),
            "pstreet": lambda: self.pick("person_street", r.person_streets),
            "org": lambda: self.pick("organisation", r.organisations),
            "bus": lambda: self.pick("bus_line", r.lines),
            "time": lambda: self.time(False),
            "tid": lambda: self.time(True),
            "date": self.date,
            "amount": self.amount,
            "week": self.week,
            "age": lambda: str(rng.randint(12, 17)),
            "klass": lambda: f"{rng.randint(6, 9)}{rng.choice('ABCDE')}",
        }
        return simple[slot]()


def fill(template: str, region: str, rng: random.Random, source: str) -> Sentence:
    f = Filler(rng, region)
    text = f.fill(template)
    return Sentence(source, text, tuple(f.planted), tuple(f.looks))
