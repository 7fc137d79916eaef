"""Filling the thirteenth blind corpus's frames: a slot `{kind}` becomes a person, a structured item or a
look-alike with its labels; `[[text]]` is a word look-alike (`[[kind:text]]` a look-alike of that kind)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from tests.blind13_vocab_names import NICKNAMES, ORIGINS, WEIGHTS, WORD_FIRST, WORD_SURNAMES
from tests.blind13_vocab_places import (
    AMOUNTS,
    AREA_CODES,
    BAD_PLATES,
    BUS_LINES,
    INSTITUTIONS,
    MAIL_DOMAINS_PRIVATE,
    MAIL_DOMAINS_WORK,
    MOBILE_PREFIXES,
    MONTHS,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    STREETS,
    TRACTS,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, name_item

SLOT = re.compile(r"\{([a-z]+)\d*\}|\[\[([^\]]+)\]\]")
LOOK_KINDS = {"place", "institution", "street", "time", "date", "amount", "week", "bus_line", "word",
              "organisation", "person_street"}  # fmt: skip
_ORIGIN_LIST = sorted(ORIGINS)
_TRANS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "æ": "ae"})


def plain(text: str) -> str:
    """Without å/ä/ö and marks, as typed on a foreign keyboard."""
    text = text.translate(_TRANS)
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def tokens(name: str) -> set[str]:
    return {t.lower() for t in re.split(r"[\s\-']+", plain(name)) if t}


def _origin(rng: random.Random) -> str:
    return rng.choices(_ORIGIN_LIST, weights=[WEIGHTS[o] for o in _ORIGIN_LIST])[0]


def _take(rng: random.Random, used: set[str], choose: Callable[[], tuple[str, ...]]) -> tuple[str, ...]:
    for _ in range(200):
        parts = choose()
        words = set().union(*(tokens(p) for p in parts))
        if not words & used and len(words) == sum(len(tokens(p)) for p in parts):
            used |= words
            return parts
    raise RuntimeError("no free name")


def _person(rng: random.Random, used: set[str]) -> tuple[str, str, str]:
    origin = _origin(rng)
    firsts, surnames = ORIGINS[origin]
    first, sur = _take(rng, used, lambda: (rng.choice(firsts), rng.choice(surnames)))
    return origin, first, sur


def full(rng: random.Random, used: set[str], form: str = "") -> Fill:
    origin, first, sur = _person(rng, used)
    form = (
        form
        or rng.choices(
            ["plain", "three", "caps", "comma", "init", "ascii", "surfirst"],
            weights=[38, 12, 10, 12, 14, 8, 6],
        )[0]
    )
    canon = f"{first} {sur}"
    if form == "three":
        firsts, surnames = ORIGINS[origin]
        (extra,) = _take(rng, used, lambda: (rng.choice(firsts + surnames),))
        surface = f"{first} {extra} {sur}" if rng.random() < 0.6 else f"{first} {sur} {extra}"
        canon = surface
    elif form == "caps":
        surface = canon.upper()
    elif form == "comma":
        surface = f"{sur.upper() if rng.random() < 0.3 else sur}, {first}"
    elif form == "init" and first[0] in "ABCDEFGHIJKLMNOPRSTUVWXYZÅÄÖ":
        parts = first.split("-")
        initials = "-".join(p[0] for p in parts) if len(parts) == 2 else first[0] + "."
        surface, canon = f"{initials} {sur}", sur
    elif form == "ascii":
        surface = canon = plain(canon)
    elif form == "surfirst":
        surface = f"{sur} {first}"
    else:
        surface = canon
    return Fill(surface, [name_item("full_name", surface, origin, canon)])


def first(rng: random.Random, used: set[str], genitive: bool = False) -> Fill:
    origin, name, sur = _person(rng, used)
    if genitive:
        return Fill(name + ("'" if name[-1] in "sxz" else "s"), [name_item("first_name", name, origin)])
    form = rng.choices(["plain", "initial", "caps"], weights=[72, 18, 10])[0]
    if form == "initial" and plain(sur)[0].isalpha():
        return Fill(f"{name} {plain(sur)[0].upper()}", [name_item("first_name", name, origin)])
    surface = name.upper() if form == "caps" else name
    return Fill(surface, [name_item("first_name", surface, origin)])


def surname(rng: random.Random, used: set[str]) -> Fill:
    origin, _, sur = _person(rng, used)
    surface = sur.upper() if rng.random() < 0.12 else sur
    return Fill(surface, [name_item("surname_after_role", surface, origin)])


def _listed(rng: random.Random, used: set[str], kind: str, names: tuple[tuple[str, str], ...]) -> Fill:
    (pick,) = _take(rng, used, lambda: (rng.choice(names)[0],))
    origin = dict(names)[pick]
    return Fill(pick, [name_item(kind, pick, origin)])


def lower(rng: random.Random, used: set[str]) -> Fill:
    origin, name, sur = _person(rng, used)
    surface = (name if rng.random() < 0.45 else f"{name} {sur}").lower()
    if rng.random() < 0.3:
        surface = plain(surface)
    return Fill(surface, [name_item("lowercase_name", surface, origin)])


def person(rng: random.Random, used: set[str]) -> Fill:
    kind = rng.choices(["full", "first", "low", "nick", "wf", "init"], weights=[40, 24, 12, 8, 9, 7])[0]
    return FILLERS[kind](rng, used)


# ---- structured items --------------------------------------------------------------------------------
def _luhn(digits: str) -> str:
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _identity(rng: random.Random, kind: str) -> Fill:
    year = rng.randint(1942, 2009)
    month, day = rng.randint(1, 12), rng.randint(1, 28) + (60 if kind == "samordningsnummer" else 0)
    nine = f"{year % 100:02}{month:02}{day:02}{rng.randint(0, 999):03}"
    ten = nine + _luhn(nine)
    form = rng.choices(["short", "long", "longbare", "bare"], weights=[45, 30, 12, 13])[0]
    century = str(year // 100)
    surface = {
        "short": f"{ten[:6]}-{ten[6:]}",
        "long": f"{century}{ten[:6]}-{ten[6:]}",
        "longbare": century + ten,
        "bare": ten,
    }[form]
    return Fill(surface, [Planted(kind, surface, (Probe("digits", ten[-4:]),))])


def _mobile(rng: random.Random, used: set[str]) -> Fill:
    pre = rng.choice(MOBILE_PREFIXES)
    d = f"{rng.randint(100, 999)}{rng.randint(0, 9999):04}"
    surface = rng.choice([
        f"{pre}-{d[:3]} {d[3:5]} {d[5:]}", f"{pre}{d}", f"{pre} {d[:3]} {d[3:5]} {d[5:]}",
        f"+46 {pre[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"{pre}-{d}", f"+46{pre[1:]}{d}",
    ])  # fmt: skip
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", d[-4:]),))])


def _landline(rng: random.Random, used: set[str]) -> Fill:
    code = rng.choice(AREA_CODES)
    if code == "08":
        d = f"{rng.randint(500, 799)}{rng.randint(0, 9999):04}"
        surface = rng.choice([f"08-{d[:3]} {d[3:5]} {d[5:]}", f"08-{d}", f"08 {d[:3]} {d[3:5]} {d[5:]}"])
    else:
        d = f"{rng.randint(10, 29)}{rng.randint(0, 9999):04}"
        surface = rng.choice(
            [f"{code}-{d[:2]} {d[2:4]} {d[4:]}", f"{code}-{d}", f"{code} {d[:2]} {d[2:4]} {d[4:]}"]
        )
    return Fill(surface, [Planted("landline", surface, (Probe("digits", d[-4:]),))])


def _email(rng: random.Random, used: set[str]) -> Fill:
    _, name, sur = _person(rng, used)
    a, b = (plain(x).lower().replace(" ", "").replace("'", "") for x in (name, sur))
    if rng.random() < 0.55:
        local = rng.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{a}.{b}"])
        domain = rng.choice(MAIL_DOMAINS_WORK)
    else:
        local = rng.choice([f"{a}{b}{rng.randint(60, 99)}", f"{a}.{b}", f"{a}_{b[0]}", f"{b}{a[0]}"])
        domain = rng.choice(MAIL_DOMAINS_PRIVATE)
    surface = f"{local}@{domain}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def _plate(rng: random.Random, new: bool) -> Fill:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    while letters in BAD_PLATES:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}" + (
        rng.choice(PLATE_TAIL_LETTERS) if new else str(rng.randint(0, 9))
    )
    surface = f"{letters} {tail}" if rng.random() < 0.7 else f"{letters}{tail}"
    kind = "plate_new" if new else "plate"
    return Fill(surface, [Planted(kind, surface, (Probe("letters", letters), Probe("tail", tail)))])


def _address(rng: random.Random, used: set[str]) -> Fill:
    number = str(rng.randint(1, 148))
    surface = f"{rng.choice(STREETS)} {number}" + rng.choice(["", "", "", " B", "A", " C"])
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def _apartment(rng: random.Random, used: set[str]) -> Fill:
    number = f"{rng.randint(10, 16)}{rng.randint(1, 9):02}"
    surface = f"{rng.choice(['lgh', 'lgh', 'lgh nr', 'lägenhet', 'Lgh', 'lgh.'])} {number}"
    return Fill(surface, [Planted("apartment", surface, (Probe("digits", number),))])


def _property(rng: random.Random, used: set[str]) -> Fill:
    unit = f"{rng.randint(1, 40)}:{rng.randint(2, 190)}"
    surface = f"{rng.choice(TRACTS)} {unit}"
    return Fill(surface, [Planted("property", surface, (Probe("number", unit),))])


def _case(rng: random.Random, used: set[str]) -> Fill:
    serial = str(rng.randint(100000, 999999))
    form = rng.randrange(7)
    if form == 0:
        surface = f"5000-K{serial}-{rng.choice(['24', '25', '26'])}"
    elif form == 1:
        surface = f"AO-{serial}"
    elif form == 2:
        surface = f"arbetsorder {serial}"
    elif form == 3:
        serial = f"{rng.randint(1, 2999):04}"
        surface = f"{rng.choice(['KFKS', 'KS', 'SN', 'TN'])} {rng.choice(['2025', '2026'])}/{serial}"
    elif form == 4:
        surface = f"ärende {serial}"
    elif form == 5:
        surface = f"#{serial}"
    else:
        surface = f"felanmälan {serial}"
    return Fill(surface, [Planted("case_number", surface, (Probe("digits", serial),))])


# ---- look-alikes -------------------------------------------------------------------------------------
def _look(kind: str, text: str) -> Fill:
    return Fill(text, lookalikes=[LookAlike(kind, text, True)])


def _time(rng: random.Random) -> str:
    h, m = rng.randint(7, 23), rng.choice([0, 0, 15, 30, 45])
    return rng.choice([f"kl {h}", f"{h}.{m:02}", f"kl. {h}.{m:02}", f"{h}:{m:02}", f"kl {h}.{m:02}"])


def _date(rng: random.Random) -> str:
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02}-{d:02}", f"{d}/{m}", f"{d} {MONTHS[m - 1]}", f"{d}.{m}.{y}"])


def _week(rng: random.Random) -> str:
    n = rng.randint(1, 52)
    return rng.choice([f"vecka {n}", f"v.{n}", f"v {n}", f"V{n}", f"vecka {n}"])


Filler = Callable[[random.Random, set[str]], Fill]
FILLERS: dict[str, Filler] = {
    "full": full,
    "init": lambda r, u: full(r, u, "init"),
    "caps": lambda r, u: full(r, u, "caps"),
    "comma": lambda r, u: full(r, u, "comma"),
    "first": first,
    "gen": lambda r, u: first(r, u, True),
    "sur": surname,
    "nick": lambda r, u: _listed(r, u, "nickname", NICKNAMES),
    "wf": lambda r, u: _listed(r, u, "word_name", WORD_FIRST),
    "ws": lambda r, u: _listed(r, u, "word_name", WORD_SURNAMES),
    "low": lower,
    "p": person,
    "pnr": lambda r, u: _identity(r, "personnummer"),
    "snr": lambda r, u: _identity(r, "samordningsnummer"),
    "mob": _mobile,
    "tel": _landline,
    "mail": _email,
    "plate": lambda r, u: _plate(r, False),
    "platen": lambda r, u: _plate(r, True),
    "addr": _address,
    "lgh": _apartment,
    "fast": _property,
    "case": _case,
    "place": lambda r, u: _look("place", r.choice(PLACES)),
    "inst": lambda r, u: _look("institution", r.choice(INSTITUTIONS)),
    "street": lambda r, u: _look("street", r.choice(STREETS)),
    "pstreet": lambda r, u: _look("person_street", r.choice(PERSON_STREETS)),
    "org": lambda r, u: _look("organisation", r.choice(ORGANISATIONS)),
    "time": lambda r, u: _look("time", _time(r)),
    "date": lambda r, u: _look("date", _date(r)),
    "amount": lambda r, u: _look("amount", r.choice(AMOUNTS)),
    "week": lambda r, u: _look("week", _week(r)),
    "bus": lambda r, u: _look("bus_line", r.choice(BUS_LINES)),
}


def fill(template: str, rng: random.Random) -> tuple[str, tuple[Planted, ...], tuple[LookAlike, ...]]:
    """The template with every slot filled, and the labels of what was put in."""
    used: set[str] = set()
    out: list[str] = []
    planted: list[Planted] = []
    looks: list[LookAlike] = []
    pos = 0
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        if m.group(1):
            f = FILLERS[m.group(1)](rng, used)
        else:
            kind, _, text = m.group(2).rpartition(":")
            f = _look(kind or "word", text)
        out.append(f.surface)
        planted += f.planted
        looks += f.lookalikes
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), tuple(planted), tuple(looks)
