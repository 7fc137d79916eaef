"""Filling a frame of the seventeenth blind corpus, and `problems`, which rejects an ambiguous fill.

A frame is `role|style|template`. In a template `{slot}` or `{slot:N}` is a person, a structured item or a
look-alike (`N` names one person across slots; `|g` writes it in the genitive), `[[Word]]` is a word
look-alike and `<<kind:text>>` a look-alike written in the frame. Written anew for this corpus.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn

from tests.blind17_vocab_names import (
    FATHER_NAME_ORIGINS,
    NAME_PARTICLES,
    NICKNAMES,
    ORIGINS,
    REGION_BOOST,
    WORD_FIRST,
    WORD_SURNAMES,
)
from tests.blind17_vocab_places import (
    BAD_PLATES,
    CHAINS,
    GUARDS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    POLICE_CODES,
    PRIVATE_DOMAINS,
    REGIONS,
    TAXIS,
    WORK_DOMAINS,
)
from tests.independent_labels import LookAlike, Planted, Probe, Sentence, name_item

TOKEN = re.compile(
    r"\{(?P<slot>[a-z0-9]+)(?::(?P<pid>\d+))?(?:\|(?P<mod>g))?\}|\[\[(?P<word>[^\]]+)\]\]"
    r"|<<(?P<lkind>[a-z_]+):(?P<ltext>[^>]+)>>"
)


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.replace("_", " ") for n in text.split())


POOLS = {origin: (weight, _names(given), _names(sur)) for origin, (weight, given, sur) in ORIGINS.items()}
WORD_NAMES = {n for n, _ in WORD_FIRST} | {n for n, _ in WORD_SURNAMES}


@dataclass
class Person:
    origin: str
    given: str
    surname: str
    second: str = ""  # a father's name or a first surname: a three-part full name
    nick: str = ""


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.split(r"[\s\-]+", name) if w}


def _ascii(text: str) -> str:
    text = text.replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxzSXZ" else "s")


def _probe_text(name: str) -> str:
    return " ".join(w for w in name.replace(",", "").split() if w.lower() not in NAME_PARTICLES)


class Filler:
    """One fill of one template for one region."""

    def __init__(self, rng: random.Random, region: str) -> None:
        self.rng = rng
        self.region = region
        self.r = REGIONS[region]
        self.people: dict[str, Person] = {}
        self.used: set[str] = set()
        self.planted: list[Planted] = []
        self.looks: list[LookAlike] = []

    # ---- people ------------------------------------------------------------------------------------
    def _origin(self) -> str:
        boost = REGION_BOOST.get(self.region, {})
        origins = list(POOLS)
        weights = [POOLS[o][0] * boost.get(o, 1.0) for o in origins]
        return self.rng.choices(origins, weights)[0]

    def _fresh(self, make: str = "") -> Person:
        for _ in range(200):
            if make == "nick":
                nick, origin = self.rng.choice(NICKNAMES)
                person = Person(origin, "", "", nick=nick)
            elif make == "word":
                given, origin = self.rng.choice(WORD_FIRST)
                person = Person(origin, given, self.rng.choice(POOLS[origin][2]))
            elif make == "wsur":
                surname, origin = self.rng.choice(WORD_SURNAMES)
                person = Person(origin, self.rng.choice(POOLS[origin][1]), surname)
            else:
                origin = self._origin()
                _, givens, surs = POOLS[origin]
                person = Person(origin, self.rng.choice(givens), self.rng.choice(surs))
                if self.rng.random() < 0.09:  # a father's name, or a second surname (`Karlsson Nyberg`)
                    person.second = self.rng.choice(givens if origin in FATHER_NAME_ORIGINS else surs)
            words = (
                _words(person.given) | _words(person.surname) | _words(person.second) | _words(person.nick)
            )
            words -= NAME_PARTICLES
            own = [_words(person.given), _words(person.surname), _words(person.second)]
            if words & self.used or (person.second and own[2] & (own[0] | own[1])) or own[0] & own[1]:
                continue
            self.used |= words
            return person
        raise RuntimeError("no person")

    def person(self, pid: str | None, make: str = "") -> Person:
        if pid is None:
            return self._fresh(make)
        if pid not in self.people:
            self.people[pid] = self._fresh(make)
        return self.people[pid]

    def name(self, slot: str, pid: str | None) -> tuple[str, Planted]:
        rng = self.rng
        if slot == "nick":
            p = self.person(pid, "nick")
            return p.nick, name_item("nickname", p.nick, p.origin)
        if slot == "word":
            p = self.person(pid, "word")
            return p.given, name_item("word_name", p.given, p.origin)
        if slot == "wsur":
            p = self.person(pid, "wsur")
            return p.surname, name_item("word_name", p.surname, p.origin)
        if slot == "sur":
            fresh = pid is None or pid not in self.people
            p = self.person(pid, "wsur" if fresh and rng.random() < 0.2 else "")
            kind = "word_name" if p.surname in WORD_NAMES else "surname_after_role"
            return p.surname, name_item(kind, p.surname, p.origin, _probe_text(p.surname))
        p = self.person(pid)
        plain = " ".join(x for x in (p.given, p.second, p.surname) if x)
        if p.second and p.origin not in FATHER_NAME_ORIGINS and rng.random() < 0.5:
            plain = f"{p.given} {p.surname}"  # the first of two surnames is often left out
        if slot == "first":
            surface = p.given
            if rng.random() < 0.05:
                surface = f"{p.given} {p.surname[0].upper()}"
            return surface, name_item("first_name", surface, p.origin, p.given)
        if slot in ("low", "lowf"):
            surface = (plain if slot == "low" else p.given).lower()
            return surface, name_item("lowercase_name", surface, p.origin, _probe_text(surface))
        form = {"fullc": "caps", "fullk": "comma", "fulli": "initial"}.get(slot, "")
        if slot == "full":
            roll = rng.random()
            form = "caps" if roll < 0.03 else "comma" if roll < 0.06 else "initial" if roll < 0.09 else ""
        if slot == "full3" and not p.second:
            _, givens, surs = POOLS[p.origin]
            p.second = rng.choice(givens if p.origin in FATHER_NAME_ORIGINS else surs)
            if _words(p.second) & self.used:
                p.second = ""
            self.used |= _words(p.second)
            plain = " ".join(x for x in (p.given, p.second, p.surname) if x)
        if form == "caps":
            surface, probe = plain.upper(), _probe_text(plain.upper())
        elif form == "comma":
            surface = f"{p.surname}, {p.given}"
            probe = _probe_text(f"{p.surname} {p.given}")
        elif form == "initial":
            parts = p.given.split("-")
            init = f"{parts[0][0]}-{parts[1][0]}" if len(parts) == 2 else f"{p.given[0]}."
            surface, probe = f"{init} {p.surname}", _probe_text(p.surname)
        else:
            surface, probe = plain, _probe_text(plain)
        return surface, name_item("full_name", surface, p.origin, probe)

    # ---- structured items --------------------------------------------------------------------------
    def _digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def identity(self, kind: str) -> Planted:
        rng = self.rng
        year = rng.randint(1944, 2009)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        day += 60 if kind == "samordningsnummer" else 0
        serial = f"{rng.randint(1, 999):03d}"
        nine = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
        ten = nine + luhn.calc_check_digit(nine)
        century = str(year // 100)
        roll = rng.random()
        if roll < 0.55:
            surface = f"{ten[:6]}-{ten[6:]}"
        elif roll < 0.8:
            surface = f"{century}{ten[:6]}-{ten[6:]}"
        elif roll < 0.9:
            surface = century + ten
        else:
            surface = ten
        return Planted(kind, surface, (Probe("digits", ten[6:]),))

    def phone(self, kind: str) -> Planted:
        rng = self.rng
        if kind == "mobile":
            prefix = rng.choice(("70", "72", "73", "76", "79"))
            sub = self._digits(7)
            national = "0" + prefix
            surface = rng.choice(
                (
                    f"{national}-{sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"{national}-{sub}",
                    f"{national}{sub}",
                    f"{national} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"+46 {prefix} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"+46{prefix}{sub}",
                    f"{national}-{sub[:3]} {sub[3:]}",
                )
            )
        else:
            code = self.r.area_code
            sub = self._digits(10 - len(code))
            if len(sub) == 8:
                grouped = f"{sub[:3]} {sub[3:6]} {sub[6:]}"
            elif len(sub) == 7:
                grouped = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            else:
                grouped = f"{sub[:2]} {sub[2:4]} {sub[4:]}"
            surface = rng.choice((f"{code}-{grouped}", f"{code}-{sub}", f"{code} {grouped}"))
        return Planted(kind, surface, (Probe("digits", sub[-4:]),))

    def email(self) -> Planted:
        rng = self.rng
        origin = self._origin()
        _, given, sur = POOLS[origin]
        g = _ascii(rng.choice(given)).lower().replace(" ", "").replace("'", "")
        s = _ascii(rng.choice(sur)).lower().replace(" ", "").replace("'", "")
        local = rng.choice(
            (f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{rng.randint(70, 99)}", f"{s}.{g}", f"{g}_{s}")
        )
        domain = rng.choice((self.r.domain, rng.choice(PRIVATE_DOMAINS), rng.choice(WORK_DOMAINS)))
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def plate(self, kind: str) -> Planted:
        rng = self.rng
        while True:
            letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
            if letters not in BAD_PLATES:
                break
        tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
        tail += rng.choice(PLATE_TAIL_LETTERS) if kind == "plate_new" else str(rng.randint(0, 9))
        surface = f"{letters} {tail}" if rng.random() < 0.75 else f"{letters}{tail}"
        return Planted(kind, surface, (Probe("letters", letters), Probe("tail", tail)))

    def structured(self, slot: str) -> Planted:
        rng = self.rng
        if slot in ("pnr", "snr"):
            return self.identity("personnummer" if slot == "pnr" else "samordningsnummer")
        if slot in ("mob", "tel"):
            return self.phone("mobile" if slot == "mob" else "landline")
        if slot == "mail":
            return self.email()
        if slot in ("plate", "platen"):
            return self.plate("plate" if slot == "plate" else "plate_new")
        if slot == "addr":
            number = str(rng.randint(1, 89))
            letter = rng.choice("ABC") if rng.random() < 0.2 else ""
            surface = f"{rng.choice(self.r.streets)} {number}{letter}"
            return Planted("address", surface, (Probe("number", number),))
        if slot == "lgh":
            number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
            word = rng.choice(("lgh", "lgh", "lgh nr", "lägenhet", "lgh."))
            return Planted("apartment", f"{word} {number}", (Probe("digits", number),))
        if slot == "fast":
            unit = f"{rng.randint(1, 9)}:{rng.randint(2, 140)}"
            return Planted("property", f"{rng.choice(self.r.tracts)} {unit}", (Probe("number", unit),))
        if slot == "kn":
            serial = self._digits(rng.choice((6, 7)))
            year = rng.choice(("24", "25", "26"))
            code = rng.choice(POLICE_CODES)
            surface = rng.choice((f"{code}-K{serial}-{year}", f"K{serial}-{year}", f"K {serial}-{year}"))
            return Planted("case_number", surface, (Probe("digits", serial),))
        raise KeyError(slot)

    # ---- look-alikes -------------------------------------------------------------------------------
    def lookalike(self, slot: str) -> LookAlike:
        rng, r = self.rng, self.r
        pools: dict[str, tuple[str, tuple[str, ...]]] = {
            "place": ("place", r.places),
            "station": ("institution", r.stations),
            "centre": ("institution", r.centres),
            "venue": ("institution", r.venues),
            "inst": ("institution", r.stations + r.centres + r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.orgs),
            "chain": ("organisation", CHAINS),
            "krog": ("organisation", r.nightlife + CHAINS[:3] + ("Harrys", "O'Learys", "Bishops Arms")),
            "guard": ("organisation", GUARDS),
            "taxi": ("organisation", TAXIS),
            "traf": ("organisation", r.transport),
            "line": ("bus_line", r.lines),
        }
        if slot in pools:
            kind, pool = pools[slot]
            return LookAlike(kind, rng.choice(pool), True)
        if slot == "time":
            hour = rng.choice((6, 7, 8, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4))
            sep = "." if rng.random() < 0.7 else ":"
            return LookAlike("time", f"{hour:02d}{sep}{rng.randint(0, 59):02d}", True)
        if slot == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice((2025, 2026))
            text = rng.choice(
                (
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day} {MONTHS[month - 1]} {year}",
                )
            )
            return LookAlike("date", text, True)
        if slot == "amount":
            value = rng.choice(
                (rng.randint(2, 99) * 10, rng.randint(1, 60) * 250, rng.randint(1, 9) * 100 - 1)
            )
            shown = f"{value:,}".replace(",", " ")
            text = rng.choice((f"{shown} kr", f"{shown} kr", f"{shown} kronor", f"{shown}:-"))
            return LookAlike("amount", text, True)
        if slot == "week":
            n = rng.randint(1, 52)
            return LookAlike("week", rng.choice((f"vecka {n}", f"v. {n}", f"v {n}", f"v{n}", f"V{n}")), True)
        raise KeyError(slot)

    # ---- a whole template --------------------------------------------------------------------------
    def fill(self, template: str, source: str) -> Sentence:
        out: list[str] = []
        pos = 0
        for m in TOKEN.finditer(template):
            out.append(template[pos : m.start()])
            pos = m.end()
            if m.group("word"):
                out.append(m.group("word"))
                self.looks.append(LookAlike("word", m.group("word"), True))
                continue
            if m.group("lkind"):
                out.append(m.group("ltext"))
                self.looks.append(LookAlike(m.group("lkind"), m.group("ltext"), True))
                continue
            slot, pid, mod = m.group("slot"), m.group("pid"), m.group("mod")
            if slot in NAME_SLOTS:
                surface, item = self.name(slot, pid)
                out.append(genitive(surface) if mod == "g" else surface)
                self.planted.append(item)
            elif slot in STRUCTURED_SLOTS:
                item = self.structured(slot)
                out.append(item.surface)
                self.planted.append(item)
            else:
                look = self.lookalike(slot)
                out.append(look.text)
                self.looks.append(look)
        out.append(template[pos:])
        return Sentence(source, "".join(out), tuple(self.planted), tuple(self.looks))


NAME_SLOTS = frozenset("full fullc fullk fulli full3 first sur nick word wsur low lowf".split())
STRUCTURED_SLOTS = frozenset("pnr snr mob tel mail plate platen addr lgh fast kn".split())
