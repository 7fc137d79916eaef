"""Filling a frame of the twelfth blind corpus (tests/blind12_corpus.py): people in the forms people write
them, structured items in many real spellings, look-alikes. Typed from the writer's own knowledge."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from tests.blind12_vocab_names import NICKNAMES, ORIGINS, WEIGHTS, WORD_FIRST, WORD_SURNAMES
from tests.blind12_vocab_places import (
    BAD_PLATES,
    BUS_LINES,
    INSTITUTIONS,
    LANDLINE_CODES,
    MAIL_DOMAINS,
    MOBILE_PREFIXES,
    MONTHS,
    NYKOPING_LINES,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    STREETS,
    TRACTS,
)
from tests.independent_labels import LookAlike, Planted, Probe, name_item

NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "den", "da", "di", "la"}
)
TOKEN = re.compile(r"\{([a-z_]+)(\d)?(?::([^{}]*))?\}")
LOOKALIKE_TOKENS = {
    "place": "place",
    "inst": "institution",
    "street": "street",
    "time": "time",
    "date": "date",
    "amount": "amount",
    "week": "week",
    "bus": "bus_line",
    "w": "word",
    "org": "organisation",
    "pstreet": "person_street",
}
PERSON_TOKENS = frozenset(
    {
        "full",
        "fulls",
        "three",
        "caps",
        "comma",
        "init",
        "ascii",
        "first",
        "firsts",
        "capf",
        "sur",
        "surs",
        "nick",
        "low",
        "lowf",
        "wfirst",
        "wsur",
    }
)


def ascii_name(text: str) -> str:
    """A name typed without å/ä/ö or other marks (Ostergren, Hodzic)."""
    text = text.replace("Ø", "O").replace("ø", "o").replace("Đ", "D").replace("đ", "d").replace("ı", "i")
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def probe_text(surface: str) -> str:
    words = re.split(r"[\s\-]+", surface.replace(",", " ").replace(".", " "))
    return " ".join(w for w in words if len(w) > 1 and w.lower() not in NAME_PARTICLES)


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxzSXZ" else "s")


@dataclass(frozen=True)
class Person:
    first: str
    surname: str
    origin: str
    nick: str = ""

    def words(self) -> set[str]:
        return {w.lower() for w in probe_text(f"{self.first} {self.surname} {self.nick}").split()}


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


class Filler:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.origins = sorted(ORIGINS)
        self.weights = [WEIGHTS[o] for o in self.origins]

    def pick(self, seq: tuple[str, ...]) -> str:
        return seq[self.rng.randrange(len(seq))]

    # ---------------------------------------------------------------- people
    def origin(self) -> str:
        return self.rng.choices(self.origins, self.weights)[0]

    def person(self, token: str) -> Person:
        r = self.rng
        if token == "nick":
            nick, first, origin = NICKNAMES[r.randrange(len(NICKNAMES))]
            return Person(first, self.pick(ORIGINS[origin][1]), origin, nick)
        if token == "wfirst":
            first, origin = WORD_FIRST[r.randrange(len(WORD_FIRST))]
            home = origin if origin in ORIGINS else "swedish"
            return Person(first, self.pick(ORIGINS[home][1]), origin)
        if token == "wsur":
            surname, origin = WORD_SURNAMES[r.randrange(len(WORD_SURNAMES))]
            home = origin if origin in ORIGINS else "swedish"
            return Person(self.pick(ORIGINS[home][0]), surname, origin)
        origin = self.origin()
        firsts, surnames = ORIGINS[origin]
        return Person(self.pick(firsts), self.pick(surnames), origin)

    def name(self, token: str, p: Person) -> tuple[str, Planted]:
        r = self.rng
        full = f"{p.first} {p.surname}"
        if token == "full":
            token = r.choices(
                ["plain", "three", "caps", "comma", "init", "ascii", "surfirst"], [50, 6, 8, 7, 7, 9, 3]
            )[0]
            if token == "plain":
                return full, name_item("full_name", full, p.origin, probe_text(full))
        if token == "three":
            firsts = ORIGINS[p.origin][0] if p.origin in ORIGINS else ORIGINS["swedish"][0]
            second = self.pick(firsts)
            if second == p.first or {w.lower() for w in probe_text(second).split()} & p.words():
                second = "Maria" if p.first != "Maria" else "Anna"
            text = f"{p.first} {second} {p.surname}"
            return text, name_item("full_name", text, p.origin, probe_text(text))
        if token == "caps":
            text = full.upper()
            return text, name_item("full_name", text, p.origin, probe_text(text))
        if token == "comma":
            sur = p.surname.upper() if r.random() < 0.4 else p.surname
            text = f"{sur}, {p.first}"
            return text, name_item("full_name", text, p.origin, probe_text(text))
        if token == "surfirst":
            text = f"{p.surname} {p.first}"
            return text, name_item("full_name", text, p.origin, probe_text(text))
        if token == "init":
            parts = p.first.split("-")
            initials = "-".join(x[0] for x in parts) if len(parts) > 1 else p.first[0] + "."
            text = f"{initials} {p.surname}"
            return text, name_item("full_name", text, p.origin, probe_text(p.surname))
        if token in ("ascii", "full"):
            text = ascii_name(full)
            return text, name_item("full_name", text, p.origin, probe_text(text))
        if token == "fulls":
            return genitive(full), name_item("full_name", full, p.origin, probe_text(full))
        if token == "first":
            return p.first, name_item("first_name", p.first, p.origin, probe_text(p.first))
        if token == "firsts":
            return genitive(p.first), name_item("first_name", p.first, p.origin, probe_text(p.first))
        if token == "capf":
            text = p.first.upper()
            return text, name_item("first_name", text, p.origin, probe_text(text))
        if token in ("sur", "surs"):
            text = ascii_name(p.surname) if r.random() < 0.15 else p.surname
            shown = genitive(text) if token == "surs" else text
            return shown, name_item("surname_after_role", text, p.origin, probe_text(text))
        if token == "nick":
            return p.nick, name_item("nickname", p.nick, p.origin, probe_text(p.nick))
        if token in ("low", "lowf"):
            choice = "first" if token == "lowf" else r.choice(["first", "full", "full", "ascii"])
            text = {"first": p.first, "full": full, "ascii": ascii_name(full)}[choice].lower()
            return text, name_item("lowercase_name", text, p.origin, probe_text(text))
        if token == "wfirst":
            return p.first, name_item("word_name", p.first, p.origin)
        if token == "wsur":
            return p.surname, name_item("word_name", p.surname, p.origin)
        raise ValueError(token)

    # ---------------------------------------------------------------- structured
    def identity(self, samordning: bool) -> Planted:
        r = self.rng
        year = r.randint(1944, 2011)
        day = r.randint(1, 28) + (60 if samordning else 0)
        nine = f"{year % 100:02d}{r.randint(1, 12):02d}{day:02d}{r.randint(0, 999):03d}"
        ten = nine + str(luhn_digit(nine))
        c = str(year // 100)
        text = r.choice(
            [
                f"{ten[:6]}-{ten[6:]}",
                f"{c}{ten[:6]}-{ten[6:]}",
                ten,
                f"{c}{ten}",
                f"{ten[:6]} {ten[6:]}",
                f"{c}{ten[:6]} {ten[6:]}",
                f"{c}{ten[:6]}-{ten[6:]}",
            ]
        )
        kind = "samordningsnummer" if samordning else "personnummer"
        return Planted(kind, text, (Probe("digits", ten[6:]),))

    def mobile(self) -> Planted:
        r = self.rng
        p = self.pick(MOBILE_PREFIXES)
        b, c, d = f"{r.randint(0, 999):03d}", f"{r.randint(0, 99):02d}", f"{r.randint(0, 99):02d}"
        text = r.choice(
            [
                f"{p}-{b} {c} {d}",
                f"{p}{b}{c}{d}",
                f"{p} {b} {c} {d}",
                f"+46 {p[1:]} {b} {c} {d}",
                f"+46{p[1:]}{b}{c}{d}",
                f"0046 {p[1:]}-{b} {c} {d}",
                f"{p}-{b}{c}{d}",
                f"{p}/{b}{c}{d}",
                f"{p}-{b} {c}{d}",
                f"+46 (0){p[1:]}-{b} {c} {d}",
            ]
        )
        return Planted("mobile", text, (Probe("digits", c + d),))

    def landline(self) -> Planted:
        r = self.rng
        code = self.pick(LANDLINE_CODES)
        if code == "08":
            digits = f"{r.randint(200, 899)}{r.randint(0, 9999):04d}"
            number = r.choice([f"{digits[:3]} {digits[3:5]} {digits[5:]}", f"{digits[:3]} {digits[3:]}"])
        else:
            digits = f"{r.randint(10, 99)}{r.randint(0, 9999):04d}"
            number = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
        text = r.choice(
            [
                f"{code}-{number}",
                f"({code}) {number}",
                f"+46 {code[1:]} {number}",
                f"{code}-{digits}",
                f"{code} {number}",
                f"{code}/{digits}",
            ]
        )
        return Planted("landline", text, (Probe("digits", digits[-4:]),))

    def email(self) -> Planted:
        r = self.rng
        p = self.person("full")
        first = ascii_name(p.first).lower().replace(" ", "").replace("'", "")
        sur = ascii_name(p.surname).lower().replace(" ", "").replace("'", "")
        local = r.choice(
            [
                f"{first}.{sur}",
                f"{first[0]}.{sur}",
                f"{first}{sur}",
                f"{first}.{sur}{r.randint(60, 99)}",
                f"{sur}.{first}",
                f"{first}_{sur[0]}",
                f"{first}{r.randint(70, 99)}",
                f"{first}.{sur}.ext",
            ]
        )
        text = f"{local}@{self.pick(MAIL_DOMAINS)}"
        return Planted("email", text, (Probe("text", local),))

    def plate(self, new: bool) -> Planted:
        r = self.rng
        letters = "".join(r.choice(PLATE_LETTERS) for _ in range(3))
        while letters in BAD_PLATES:
            letters = "".join(r.choice(PLATE_LETTERS) for _ in range(3))
        tail = f"{r.randint(1, 9)}{r.randint(0, 9)}" + (
            r.choice(PLATE_TAIL_LETTERS) if new else str(r.randint(0, 9))
        )
        sep = r.choice([" ", " ", "", "-"]) if not new else r.choice([" ", " ", ""])
        return Planted(
            "plate_new" if new else "plate",
            f"{letters}{sep}{tail}",
            (Probe("letters", letters), Probe("tail", tail)),
        )

    def address(self) -> Planted:
        r = self.rng
        street = self.pick(STREETS)
        street = r.choice([street, street, street, street, ascii_name(street), street.lower()])
        n = str(r.choice([r.randint(1, 9), r.randint(10, 60), r.randint(10, 60), r.randint(61, 140)]))
        text = r.choice(
            [
                f"{street} {n}",
                f"{street} {n}",
                f"{street} {n}{r.choice('ABC')}",
                f"{street} {n} {r.choice('ABCD')}",
            ]
        )
        return Planted("address", text, (Probe("number", n),))

    def apartment(self) -> Planted:
        r = self.rng
        number = f"1{r.randint(0, 8)}{r.randint(1, 9):02d}"
        text = r.choice(
            [
                f"lgh {number}",
                f"lgh. {number}",
                f"lägenhet {number}",
                f"lgh nr {number}",
                f"lgh{number}",
                f"lägenhetsnummer {number}",
                f"LGH {number}",
                f"lgh.nr {number}",
                f"Lgh {number}",
            ]
        )
        return Planted("apartment", text, (Probe("digits", number),))

    def property(self) -> Planted:
        r = self.rng
        unit = f"{r.randint(1, 45)}:{r.randint(1, 480)}"
        tract = self.pick(TRACTS)
        tract = r.choice([tract, tract, tract.upper(), ascii_name(tract)])
        return Planted("property", f"{tract} {unit}", (Probe("number", unit),))

    def case(self, kind: str) -> Planted:
        r = self.rng
        yy = r.choice(["24", "25", "26"])
        d6 = f"{r.randint(100000, 999999)}"
        if kind == "polis":
            text = r.choice(
                [
                    f"K{d6}-{yy}",
                    f"5000-K{d6}-{yy}",
                    f"K-{d6}-{yy}",
                    f"0182-K{d6}-{yy}",
                    f"k{d6}-{yy}",
                    f"{r.choice(['4000', '5000'])}-K{d6}{r.randint(0, 9)}-{yy}",
                ]
            )
            return Planted("case_number", text, (Probe("digits", d6),))
        if kind == "dnr":
            d5 = f"{r.randint(100, 99999):05d}"
            text = r.choice(
                [f"SN 20{yy}/{d5}", f"dnr SOC 20{yy}-{d5}", f"Dnr UBN 20{yy}/{d5}", f"KFKS 20{yy}/{d5}"]
            )
            return Planted("case_number", text, (Probe("digits", d5),))
        text = r.choice(
            [
                f"AO {d6}",
                f"AO-{d6}",
                f"#{d6}",
                f"ärendenr {d6}",
                f"Ärende {d6}",
                f"ÄRENDE {d6}",
                f"arbetsorder {d6}",
                f"ärende nr {d6}",
                f"felanmälan {d6}",
                f"Ärendenr: {d6}",
            ]
        )
        return Planted("case_number", text, (Probe("digits", d6),))

    def structured(self, token: str) -> Planted:
        makers: dict[str, Callable[[], Planted]] = {
            "pnr": lambda: self.identity(False),
            "sam": lambda: self.identity(True),
            "mob": self.mobile,
            "tel": self.landline,
            "mail": self.email,
            "plate": lambda: self.plate(False),
            "platen": lambda: self.plate(True),
            "addr": self.address,
            "lgh": self.apartment,
            "fast": self.property,
            "polis": lambda: self.case("polis"),
            "ao": lambda: self.case("ao"),
            "dnr": lambda: self.case("dnr"),
        }
        return makers[token]()

    # ---------------------------------------------------------------- look-alikes
    def lookalike(self, token: str, literal: str | None) -> str:
        r = self.rng
        if literal is not None:
            return literal
        if token == "place":
            return self.pick(PLACES)
        if token == "inst":
            return self.pick(INSTITUTIONS)
        if token == "street":
            return self.pick(STREETS)
        if token == "pstreet":
            return self.pick(PERSON_STREETS)
        if token == "org":
            return self.pick(ORGANISATIONS)
        if token == "time":
            h, m = r.randint(0, 23), r.choice(range(0, 60, 5))
            h2, m2 = (h + r.randint(1, 3)) % 24, r.choice(range(0, 60, 15))
            return r.choice(
                [
                    f"{h:02d}.{m:02d}",
                    f"{h:02d}:{m:02d}",
                    f"{h}.{m:02d}",
                    f"{h:02d}.{m:02d}–{h2:02d}.{m2:02d}",
                    f"{h:02d}.{m:02d}-{h2:02d}.{m2:02d}",
                    f"{h:02d}:{m:02d}",
                ]
            )
        if token == "date":
            y, mo, d = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
            return r.choice(
                [
                    f"{y}-{mo:02d}-{d:02d}",
                    f"{d}/{mo}",
                    f"{d} {MONTHS[mo - 1]}",
                    f"{d}.{mo}.{y}",
                    f"{d}/{mo}-{y % 100}",
                    f"{d} {MONTHS[mo - 1]} {y}",
                    f"{y}-{mo:02d}-{d:02d}",
                ]
            )
        if token == "amount":
            n = r.randint(3, 900) * 50
            grouped = f"{n:,}".replace(",", " ")
            return r.choice(
                [f"{grouped} kr", f"{n} kr", f"{grouped},50 kr", f"{n}:-", f"{grouped} kronor", f"{n} SEK"]
            )
        if token == "week":
            n = r.randint(1, 52)
            return r.choice(
                [f"v. {n}", f"v{n}", f"vecka {n}", f"V.{n}", f"v {n}", f"vecka {n}–{n % 52 + 1}", f"v.{n}"]
            )
        if token == "bus":
            line = self.pick(BUS_LINES) if r.random() < 0.75 else self.pick(NYKOPING_LINES)
            return r.choice(
                [
                    f"buss {line}",
                    f"linje {line}",
                    f"{line}:an",
                    f"busslinje {line}",
                    f"nattbuss {line}",
                    f"Buss {line}",
                ]
            )
        raise ValueError(token)

    # ---------------------------------------------------------------- a whole frame
    def fill(self, template: str) -> tuple[str, list[Planted], list[LookAlike]]:
        people: dict[str, Person] = {}
        used: set[str] = set()
        planted: list[Planted] = []
        looks: list[LookAlike] = []
        out: list[str] = []
        pos = 0
        for m in TOKEN.finditer(template):
            out.append(template[pos : m.start()])
            pos = m.end()
            token, index, literal = m.group(1), m.group(2), m.group(3)
            if token in PERSON_TOKENS:
                key = index or "0"
                if key not in people:
                    for _ in range(50):
                        p = self.person(token)
                        if not p.words() & used:
                            break
                    people[key] = p
                    used |= p.words()
                text, item = self.name(token, people[key])
                planted.append(item)
                out.append(text)
            elif token in LOOKALIKE_TOKENS:
                text = self.lookalike(token, literal)
                looks.append(LookAlike(LOOKALIKE_TOKENS[token], text, True))
                out.append(text)
            else:
                item = self.structured(token)
                planted.append(item)
                out.append(item.surface)
        out.append(template[pos:])
        return "".join(out), planted, looks
