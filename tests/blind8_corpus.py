"""The eighth blind redaction corpus: frames (tests/blind8_frames.py) filled with names, identity numbers,
phone numbers, plates, addresses and look-alikes, labelled in the format of tests/independent_labels.py.

Deterministic (seed 20261206). A draw whose labels would be ambiguous (see `problems`) is redrawn.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.blind8_frames import FRAMES
from tests.blind8_vocab import EMAIL_DOMAINS, NICKNAMES, PEOPLE, WORD_FIRST, WORD_SURNAMES
from tests.blind8_vocab_places import (
    ADDRESS_STREETS,
    BAD_PLATES,
    BLOCKS,
    INSTITUTIONS,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    STREETS,
    TRACTS,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SEED = 20261206
SIZE = 1000
ATTEMPTS = 80
ORIGINS = tuple(PEOPLE)
ORIGIN_WEIGHTS = tuple(4 if o == "swedish" else 1 for o in ORIGINS)
# A place, street or institution directly followed by a number ("Storgatan 21.30", "Fisksätra 22:50") reads
# as an address or a property designation as well as a time: such draws are ambiguous.
PLACE_LIKE = ("place", "street", "person_street")


def _place_like(look: LookAlike) -> bool:
    """A place or street, or an institution or organisation whose name ends in a place ("Vårdcentralen
    Fisksätra", "IFK Nyköping")."""
    return look.kind in PLACE_LIKE or look.text.split()[-1] in PLACES


SLOT = re.compile(r"\{([A-Za-z]+)(\d?)(!?)\}|~(\w+)")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def _origin(rng: random.Random) -> str:
    return rng.choices(ORIGINS, ORIGIN_WEIGHTS)[0]


def _full(rng: random.Random, origin: str) -> str:
    firsts, surnames = PEOPLE[origin]
    first, last = rng.choice(firsts), rng.choice(surnames)
    roll = rng.random()
    if origin in ("somali", "arabic", "eritrean", "ethiopian", "afghan") and roll < 0.2:
        return f"{first} {rng.choice([f for f in firsts if f != first])} {last}"
    if origin == "vietnamese" and roll < 0.35:
        return f"{last} {rng.choice(('Van', 'Thi'))} {first}"
    if origin == "chinese" and roll < 0.35:
        return f"{last} {first}"
    if origin == "swedish" and roll < 0.1:
        return f"{first}-{rng.choice([f for f in firsts if f != first])} {last}"
    return f"{first} {last}"


def _name(rng: random.Random, slot: str, upper: bool) -> Fill:
    if slot == "N":
        nick, origin = rng.choice(NICKNAMES)
        item = name_item("nickname", nick, origin)
    elif slot == "G" and rng.random() < 0.4:
        word, origin = rng.choice(WORD_FIRST)
        item = name_item("word_name", word, origin)
    elif slot == "S" and rng.random() < 0.35:
        word, origin = rng.choice(WORD_SURNAMES)
        item = name_item("word_name", word, origin)
    else:
        origin = _origin(rng)
        firsts, surnames = PEOPLE[origin]
        if slot == "F":
            item = name_item("full_name", _full(rng, origin), origin)
        elif slot == "G":
            item = name_item("first_name", rng.choice(firsts), origin)
        elif slot == "S":
            item = name_item("surname_after_role", rng.choice(surnames), origin)
        else:  # "l": typed in lowercase
            text = rng.choice(firsts) if rng.random() < 0.6 else _full(rng, origin)
            item = name_item("lowercase_name", text.lower(), origin)
    if upper:
        item = name_item(item.kind, item.surface.upper(), item.origin)
    return Fill(item.surface, [item])


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _identity(rng: random.Random, samordning: bool) -> Fill:
    year = rng.randint(1948, 2013)
    month, day = rng.randint(1, 12), rng.randint(1, 28) + (60 if samordning else 0)
    nine = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    ten = nine + _luhn_digit(nine)
    date, last = ten[:6], ten[6:]
    century = str(year)[:2]
    shape = rng.randrange(5)
    surface = (f"{date}-{last}", f"{century}{date}-{last}", ten, f"{century}{date}{last}",
               f"{century}{date} {last}")[shape]  # fmt: skip
    kind = "samordningsnummer" if samordning else "personnummer"
    return Fill(surface, [Planted(kind, surface, (Probe("digits", last),))])


def _mobile(rng: random.Random) -> Fill:
    p = rng.choice(("70", "72", "73", "76", "79"))
    d = f"{rng.randint(0, 9999999):07d}"
    a, b, c, e = d[:3], d[3:5], d[5:], d[3:]
    surface = rng.choice((f"0{p}-{a} {b} {c}", f"0{p}-{d}", f"0{p}{d}", f"0{p} {a} {b} {c}",
                          f"+46 {p} {a} {b} {c}", f"+46{p}{d}", f"0{p}-{d[:2]} {d[2:4]} {d[4:]}",
                          f"0046 {p} {a} {e}", f"0{p}–{a} {b} {c}"))  # fmt: skip
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", d[-4:]),))])


def _landline(rng: random.Random) -> Fill:
    area, n = rng.choice((("8", 7), ("155", 6), ("19", 6), ("11", 6), ("31", 7), ("40", 6), ("18", 6),
                          ("16", 6), ("8", 7)))  # fmt: skip
    d = f"{rng.randint(10 ** (n - 1), 10**n - 1)}"
    grouped = f"{d[:-4]} {d[-4:-2]} {d[-2:]}"
    surface = rng.choice((f"0{area}-{grouped}", f"0{area}-{d}", f"0{area} {grouped}", f"+46 {area} {grouped}",
                          f"0{area}/{d}"))  # fmt: skip
    return Fill(surface, [Planted("landline", surface, (Probe("digits", d[-4:]),))])


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii()).lower().replace(" ", "")


def _email(rng: random.Random) -> Fill:
    firsts, surnames = PEOPLE[_origin(rng)]
    first, last = _ascii(rng.choice(firsts)), _ascii(rng.choice(surnames))
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(70, 99)}",
                        f"{first}_{last}", f"{last}.{first}"))  # fmt: skip
    surface = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def _plate(rng: random.Random) -> Fill:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        if letters not in BAD_PLATES:
            break
    sep = rng.choice((" ", " ", ""))
    if rng.random() < 0.5:
        digits = f"{rng.randint(1, 999):03d}"
        surface = f"{letters}{sep}{digits}"
        return Fill(
            surface, [Planted("plate", surface, (Probe("letters", letters), Probe("number", digits)))]
        )
    tail = f"{rng.randint(0, 99):02d}{rng.choice(PLATE_TAIL_LETTERS)}"
    surface = f"{letters}{sep}{tail}"
    return Fill(surface, [Planted("plate_new", surface, (Probe("letters", letters), Probe("tail", tail)))])


def _address(rng: random.Random) -> Fill:
    number = str(rng.randint(1, 140))
    suffix = rng.choice(("", "", "", "A", "B", " A", " C", ", 2 tr", ", 1 tr"))
    surface = f"{rng.choice(ADDRESS_STREETS)} {number}{suffix}"
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def _apartment(rng: random.Random, bare: bool) -> Fill:
    number = f"{rng.randint(10, 16)}{rng.randint(1, 12):02d}"
    surface = number if bare else rng.choice(("lgh ", "lgh nr ", "lägenhet ", "lgh.", "lgh. nr ")) + number
    return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])


def _property(rng: random.Random) -> Fill:
    if rng.random() < 0.6:
        number = f"{rng.randint(1, 40)}:{rng.randint(1, 320)}"
        surface = f"{rng.choice(TRACTS)} {number}"
    else:
        number = str(rng.randint(1, 30))
        surface = rng.choice(("", "kv. ", "kvarteret ", "Nyköping ")) + f"{rng.choice(BLOCKS)} {number}"
    return Fill(surface, [Planted("property", surface, (Probe("number", number),))])


def _case(rng: random.Random) -> Fill:
    main = str(rng.randint(10000, 9999999))
    year = rng.choice(("24", "25", "26"))
    surface = rng.choice((f"K{main}-{year}", f"K-{main}-{year}", f"5000-K{main}-{year}", f"K {main}-{year}",
                          f"{rng.choice(('4000', '0500', '5000'))}-K{main}-{year}"))  # fmt: skip
    return Fill(surface, [Planted("case_number", surface, (Probe("digits", main),))])


def _look(kind: str, text: str) -> Fill:
    return Fill(text, lookalikes=[LookAlike(kind, text, word=True)])


def _time(rng: random.Random) -> str:
    h, m = rng.choice((*range(15, 24), 0, 1, 2, 3, 7, 8, 12)), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return f"{h:02d}{rng.choice(('.', ':', '.'))}{m:02d}"


def _date(rng: random.Random, english: bool) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if english:
        return rng.choice((f"{day} {EN_MONTHS[month - 1]}", f"2026-{month:02d}-{day:02d}"))
    return rng.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS[month - 1]}",
                       f"{day}.{month}.2026", f"{rng.choice(WEEKDAYS)} {day} {MONTHS[month - 1]}",
                       f"{day}/{month}-26"))  # fmt: skip


def _amount(rng: random.Random, english: bool) -> str:
    n = rng.choice((350, 800, 1200, 2300, 4500, 6800, 12000, 18500, 45000, 120000)) + rng.randint(0, 9) * 10
    spaced = f"{n:,}".replace(",", " ")
    if english:
        return rng.choice((f"SEK {n:,}", f"{spaced} kr"))
    return rng.choice((f"{spaced} kr", f"{spaced} kronor", f"{n} kr", f"{spaced}:-", f"{spaced},50 kr"))


def _week(rng: random.Random, english: bool) -> str:
    n = rng.randint(1, 52)
    if english:
        return f"week {n}"
    return rng.choice((f"vecka {n}", f"v. {n}", f"v{n}", f"v.{n}", f"vecka {n}"))


def _bus(rng: random.Random, english: bool) -> str:
    n = rng.choice((401, 414, 417, 443, 444, 449, 465, 471, 474, 801, 809, 815, 1, 4, 5, 25, 26, 494, 116))
    return f"{'bus' if english else rng.choice(('buss', 'linje', 'busslinje', 'nattbuss'))} {n}"


def _fill(slot: str, upper: bool, rng: random.Random, english: bool) -> Fill:
    if slot in ("F", "G", "S", "N", "l"):
        return _name(rng, slot, upper)
    planted = {
        "pnr": lambda: _identity(rng, False), "sam": lambda: _identity(rng, True),
        "mob": lambda: _mobile(rng), "tel": lambda: _landline(rng), "mail": lambda: _email(rng),
        "plate": lambda: _plate(rng), "adr": lambda: _address(rng), "lgh": lambda: _apartment(rng, False),
        "lghn": lambda: _apartment(rng, True), "fast": lambda: _property(rng), "knr": lambda: _case(rng),
    }  # fmt: skip
    if slot in planted:
        return planted[slot]()
    texts = {
        "place": lambda: rng.choice(PLACES), "inst": lambda: rng.choice(INSTITUTIONS),
        "street": lambda: rng.choice(STREETS), "org": lambda: rng.choice(ORGANISATIONS),
        "pst": lambda: rng.choice(PERSON_STREETS), "time": lambda: _time(rng),
        "date": lambda: _date(rng, english), "amount": lambda: _amount(rng, english),
        "week": lambda: _week(rng, english), "bus": lambda: _bus(rng, english),
    }  # fmt: skip
    kind = {"inst": "institution", "org": "organisation", "pst": "person_street", "bus": "bus_line"}.get(
        slot, slot
    )
    return _look(kind, texts[slot]())


def fill_frame(index: int, rng: random.Random) -> Sentence:
    voice, style, template = FRAMES[index]
    planted: list[Planted] = []
    looks: list[LookAlike] = []

    def sub(m: re.Match[str]) -> str:
        if m.group(4):
            looks.append(LookAlike("word", m.group(4), word=True))
            return m.group(4)
        f = _fill(m.group(1), bool(m.group(3)), rng, style == "english")
        planted.extend(f.planted)
        looks.extend(f.lookalikes)
        return f.surface

    text = SLOT.sub(sub, template)
    return Sentence(f"{index:03d}|{voice}|{style}", text, tuple(planted), tuple(looks))


def problems(s: Sentence) -> list[str]:
    """Why a sentence's labels would be ambiguous: a probe that matches outside its own item, an item or a
    look-alike that occurs twice, a look-alike inside a planted item or another look-alike, a place-like
    look-alike directly followed by a number."""
    out: list[str] = []
    for item in s.planted:
        if s.text.count(item.surface) != 1:
            out.append(f"{item.surface!r} occurs {s.text.count(item.surface)} times")
        rest = s.text.replace(item.surface, "\x00")
        out += [f"probe {p.value!r} outside {item.surface!r}" for p in item.probes if p.matches(rest)]
        for look in s.lookalikes:
            if look.text in item.surface or item.surface in look.text:
                out.append(f"look-alike {look.text!r} overlaps {item.surface!r}")
    for look in s.lookalikes:
        if _place_like(look) and re.search(rf"(?<!\w){re.escape(look.text)} \d", s.text):
            out.append(f"{look.text!r} followed by a number reads as an address or a property")
        if look.count(s.text) != 1:
            out.append(f"look-alike {look.text!r} occurs {look.count(s.text)} times")
        out += [
            f"{look.text!r} inside {o.text!r}" for o in s.lookalikes if o is not look and look.text in o.text
        ]
    return out


def frames() -> int:
    return len(FRAMES)


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    out: list[Sentence] = []
    seen: set[str] = set()
    while len(out) < SIZE:
        order = list(range(len(FRAMES)))
        rng.shuffle(order)
        for index in order:
            if len(out) == SIZE:
                break
            for _ in range(ATTEMPTS):
                s = fill_frame(index, rng)
                if s.text not in seen and not problems(s):
                    seen.add(s.text)
                    out.append(s)
                    break
    return out
