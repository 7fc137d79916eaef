"""The fifth blind labelled redaction corpus (issue 14): frames (tests/blind5_frames.py) filled from the
author's own vocabulary (tests/blind5_vocab.py), every planted item and look-alike labelled.

Written without reading the redaction rules, their name lists or the earlier blind corpora.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from stdnum import luhn

from tests.blind5_frames import FRAMES
from tests.blind5_vocab import (
    BUS_LINES,
    EMAIL_DOMAINS,
    INSTITUTIONS,
    MONTHS,
    NAMES,
    NICKNAMES,
    ORGANISATIONS,
    ORIGIN_WEIGHTS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    ROLES,
    STREETS,
    WORD_NAMES,
    WORD_SURNAMES,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SIZE = 820
SEED = 5_2026
ATTEMPTS = 60
_SLOT = re.compile(r"\{([a-z_]+?)\d?\}|\[([^\]]+)\]")
_ORIGINS = list(ORIGIN_WEIGHTS)
_WEIGHTS = list(ORIGIN_WEIGHTS.values())


def _origin(rng: random.Random) -> str:
    return rng.choices(_ORIGINS, _WEIGHTS)[0]


def _ascii(text: str) -> str:
    table = str.maketrans("åäöéüıçşğćčžšđłńśźżóíúñáèëø", "aaoeuicsgcczsdlnszzoiunaeeo")
    return re.sub(r"[^a-z]", "", text.lower().translate(table))


# ---- names -------------------------------------------------------------------------------------------
def full_name(rng: random.Random) -> Fill:
    origin = _origin(rng)
    firsts, surnames = NAMES[origin]
    first, last = rng.choice(firsts), rng.choice(surnames)
    roll = rng.random()
    if roll < 0.08:
        first = f"{first} {rng.choice(NAMES[origin][0])}"
    elif roll < 0.14:
        last = f"{last}-{rng.choice(NAMES['swedish'][1])}"
    surface = f"{first} {last}"
    return Fill(surface, [name_item("full_name", surface, origin)])


def first_name(rng: random.Random) -> Fill:
    origin = _origin(rng)
    surface = rng.choice(NAMES[origin][0])
    return Fill(surface, [name_item("first_name", surface, origin)])


def surname(rng: random.Random) -> Fill:
    if rng.random() < 0.12:
        last, origin = rng.choice(WORD_SURNAMES), "swedish"
    else:
        origin = _origin(rng)
        last = rng.choice(NAMES[origin][1])
    return Fill(last, [name_item("surname_after_role", last, origin)])


def nickname(rng: random.Random) -> Fill:
    nick, origin = rng.choice(NICKNAMES)
    return Fill(nick, [name_item("nickname", nick, origin)])


def word_name(rng: random.Random) -> Fill:
    name, origin = rng.choice(WORD_NAMES)
    return Fill(name, [name_item("word_name", name, origin)])


def lower_name(rng: random.Random) -> Fill:
    origin = _origin(rng)
    firsts, surnames = NAMES[origin]
    name = rng.choice(firsts) if rng.random() < 0.7 else f"{rng.choice(firsts)} {rng.choice(surnames)}"
    surface = name.lower()
    return Fill(surface, [name_item("lowercase_name", surface, origin)])


def role(rng: random.Random) -> Fill:
    return Fill(rng.choice(ROLES))


# ---- structured personal data -------------------------------------------------------------------------
def _identity(rng: random.Random, kind: str) -> Fill:
    year = rng.randint(1948, 2012)
    month, day = rng.randint(1, 12), rng.randint(1, 28) + (60 if kind == "samordningsnummer" else 0)
    nine = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    ten = nine + luhn.calc_check_digit(nine)
    full = f"{year // 100}{ten}"
    surface = rng.choice([
        f"{ten[:6]}-{ten[6:]}", f"{ten[:6]}-{ten[6:]}", f"{full[:8]}-{full[8:]}", ten, full,
        f"{ten[:6]} {ten[6:]}", f"{full[:8]} {full[8:]}", f"{full[:8]}-{full[8:]}",
    ])  # fmt: skip
    return Fill(surface, [Planted(kind, surface, (Probe("digits", ten[6:]),))])


def personnummer(rng: random.Random) -> Fill:
    return _identity(rng, "personnummer")


def samordningsnummer(rng: random.Random) -> Fill:
    return _identity(rng, "samordningsnummer")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mobile(rng: random.Random) -> Fill:
    p, d = rng.choice(("70", "72", "73", "76", "79")), _digits(rng, 7)
    surface = rng.choice([
        f"0{p}-{d[:3]} {d[3:5]} {d[5:]}", f"0{p}{d}", f"0{p} {d[:3]} {d[3:5]} {d[5:]}",
        f"+46 {p} {d[:3]} {d[3:5]} {d[5:]}", f"+46{p}{d}", f"0{p}-{d[:2]} {d[2:4]} {d[4:]}",
        f"0{p}-{d}", f"0046 {p}-{d[:3]} {d[3:]}", f"0{p}/{d}", f"0{p}-{d[:3]}{d[3:]}",
    ])  # fmt: skip
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", d[-4:]),))])


def landline(rng: random.Random) -> Fill:
    area = rng.choice(("08", "08", "0155", "016", "031", "040", "0155", "018"))
    d = _digits(rng, 7 if area == "08" else 6)
    d = str(rng.randint(2, 9)) + d[1:]
    spaced = f"{d[:3]} {d[3:5]} {d[5:]}" if len(d) == 7 else f"{d[:2]} {d[2:4]} {d[4:]}"
    surface = rng.choice([f"{area}-{spaced}", f"{area}-{d}", f"{area} {spaced}", f"+46 {area[1:]} {spaced}",
                          f"{area}{d}", f"({area}) {spaced}"])  # fmt: skip
    return Fill(surface, [Planted("landline", surface, (Probe("digits", d[-4:]),))])


def email(rng: random.Random) -> Fill:
    origin = _origin(rng)
    first, last = _ascii(rng.choice(NAMES[origin][0])), _ascii(rng.choice(NAMES[origin][1]))
    work = rng.random() < 0.3
    domain = (
        rng.choice(("nacka.se", "nykoping.se", "polisen.se", "nykopingshem.se"))
        if work
        else rng.choice(EMAIL_DOMAINS)
    )
    local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(70, 99)}", f"{first[0]}.{last}",
                        f"{first}_{last}", f"{first}{rng.randint(1, 999)}"])  # fmt: skip
    surface = f"{local}@{domain}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def _letters(rng: random.Random) -> str:
    return "".join(rng.choice(PLATE_LETTERS) for _ in range(3))


def plate(rng: random.Random) -> Fill:
    letters, digits = _letters(rng), f"{rng.randint(1, 999):03d}"
    surface = rng.choice(
        [f"{letters} {digits}", f"{letters}{digits}", f"{letters}-{digits}", f"{letters} {digits}"]
    )
    return Fill(surface, [Planted("plate", surface, (Probe("letters", letters), Probe("tail", digits)))])


def plate_new(rng: random.Random) -> Fill:
    letters, tail = _letters(rng), f"{rng.randint(0, 99):02d}{rng.choice(PLATE_LETTERS.replace('O', ''))}"
    surface = rng.choice([f"{letters} {tail}", f"{letters}{tail}", f"{letters} {tail}"])
    return Fill(surface, [Planted("plate_new", surface, (Probe("letters", letters), Probe("tail", tail)))])


def address(rng: random.Random) -> Fill:
    street, number = rng.choice(STREETS + PERSON_STREETS[:4]), str(rng.randint(1, 160))
    letter = rng.choice("ABC")
    floor = f"{rng.randint(1, 8)} tr"
    surface = rng.choice([f"{street} {number}", f"{street} {number}", f"{street} {number}{letter}",
                          f"{street} {number} {letter}", f"{street} {number}, {floor}"])  # fmt: skip
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def apartment(rng: random.Random) -> Fill:
    number = (
        f"{rng.randint(10, 16):02d}{rng.randint(1, 9):02d}"
        if rng.random() < 0.7
        else f"0{rng.randint(801, 999)}"
    )
    surface = rng.choice([f"lgh {number}", f"lägenhet {number}", f"lgh nr {number}", f"lgh. {number}",
                          f"lägenhetsnummer {number}", f"lgh {number}"])  # fmt: skip
    return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])


def property_(rng: random.Random) -> Fill:
    block = rng.choice(("Fisksätra", "Sicklaön", "Älta", "Brandkärr", "Nyköping Brandkärr", "Nacka Älta",
                        "Erstavik", "Ekbacken", "Svalsta"))  # fmt: skip
    a, b = rng.randint(1, 60), rng.randint(1, 400)
    surface = f"{block} {a}:{b}"
    return Fill(surface, [Planted("property", surface, (Probe("digits", f"{a}{b}"),))])


def case_number(rng: random.Random) -> Fill:
    core, year = str(rng.randint(10_000, 1_999_999)), rng.choice(("23", "24", "25", "26"))
    unit = rng.choice(("5000", "0201", "4000", "3000", "5000"))
    police = f"{unit}-K{core}-{year}"
    surface = rng.choice([police, f"K{core}-{year}", police, f"K-{core}-{year}", f"nr {police}",
                          f"SOC 20{year}/{core[:4]}"])  # fmt: skip
    value = core[:4] if surface.startswith("SOC") else core
    return Fill(surface, [Planted("case_number", surface, (Probe("digits", value),))])


# ---- look-alikes ----------------------------------------------------------------------------------------
def _look(kind: str, text: str, word: bool = True) -> Fill:
    return Fill(text, lookalikes=[LookAlike(kind, text, word)])


def time_(rng: random.Random) -> Fill:
    h, m = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return _look("time", rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"]))


def date(rng: random.Random) -> Fill:
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026))
    weekday = rng.choice(("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"))
    return _look("date", rng.choice([f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo}", f"{d} {MONTHS[mo - 1]}",
                                     f"{weekday} {d}/{mo}", f"{d}.{mo}.{y}", f"{d} {MONTHS[mo - 1]} {y}",
                                     f"{weekday}en den {d}:e"]))  # fmt: skip


def amount(rng: random.Random) -> Fill:
    n = rng.choice((500, 1200, 1500, 3000, 8500, 12000, 25000, 45000, 120000, 350000))
    spaced = f"{n:,}".replace(",", " ")
    return _look("amount", rng.choice([f"{spaced} kr", f"{n}:-", f"{spaced} kronor", f"ca {spaced} kr",
                                       f"{n} SEK", f"{spaced}:-"]))  # fmt: skip


def week(rng: random.Random) -> Fill:
    w = rng.randint(1, 52)
    return _look(
        "week", rng.choice([f"v. {w}", f"vecka {w}", f"v{w}", f"v {w}", f"v.{w}", f"veckorna {w}–{w + 1}"])
    )


def _choice_look(kind: str, values: tuple[str, ...]) -> Callable[[random.Random], Fill]:
    return lambda rng: _look(kind, rng.choice(values))


FILLERS: dict[str, Callable[[random.Random], Fill]] = {
    "name": full_name, "first": first_name, "surname": surname, "nick": nickname, "wname": word_name,
    "lower": lower_name, "role": role, "pnr": personnummer, "sam": samordningsnummer, "mobile": mobile,
    "landline": landline, "email": email, "plate": plate, "plate_new": plate_new, "address": address,
    "apartment": apartment, "property": property_, "case": case_number, "time": time_, "date": date,
    "amount": amount, "week": week, "place": _choice_look("place", PLACES),
    "inst": _choice_look("institution", INSTITUTIONS), "street": _choice_look("street", STREETS),
    "pstreet": _choice_look("person_street", PERSON_STREETS),
    "org": _choice_look("organisation", ORGANISATIONS), "bus": _choice_look("bus_line", BUS_LINES),
}  # fmt: skip


def _cased(fill: Fill, case: Callable[[str], str]) -> Fill:
    planted = [
        Planted(p.kind, case(p.surface), tuple(Probe(q.mode, case(q.value)) for q in p.probes), p.origin)
        for p in fill.planted
    ]
    looks = [LookAlike(look.kind, case(look.text), look.word) for look in fill.lookalikes]
    return Fill(case(fill.surface), planted, looks)


def render(frame: tuple[str, str, str], rng: random.Random) -> Sentence:
    voice, style, template = frame
    case: Callable[[str], str] = {"upper": str.upper, "lower": str.lower}.get(style, lambda s: s)
    planted: list[Planted] = []
    looks: list[LookAlike] = []

    def fill(match: re.Match[str]) -> str:
        if match.group(2):
            looks.append(LookAlike("word", match.group(2), True))
            return match.group(2)
        filled = _cased(FILLERS[match.group(1)](rng), case)
        planted.extend(filled.planted)
        looks.extend(filled.lookalikes)
        return filled.surface

    text = _SLOT.sub(fill, template)
    return Sentence(f"blind5/{voice}/{style}", text, tuple(planted), tuple(looks))


def problems(sentence: Sentence) -> list[str]:
    """Labels that would not mean what they say: a probe that also matches outside its item (it could
    never count as found), a look-alike that overlaps a planted item (it could never count as kept)."""
    blank = sentence.text
    for item in sorted(sentence.planted, key=lambda p: -len(p.surface)):
        blank = blank.replace(item.surface, "█", 1)
    found = [f"{item.kind} {probe.value!r} also outside its item" for item in sentence.planted
             for probe in item.probes if probe.matches(blank)]  # fmt: skip
    surfaces = [p.surface for p in sentence.planted]
    twice = [f"{s!r} planted twice" for s in set(surfaces) if surfaces.count(s) > 1]
    lost = [
        f"look-alike {look.text!r} overlaps a planted item"
        for look in sentence.lookalikes
        if not look.kept(blank)
    ]
    return found + twice + lost


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for i in range(SIZE):
        frame = FRAMES[i % len(FRAMES)]
        for _ in range(ATTEMPTS):
            sentence = render(frame, rng)
            if sentence.text not in seen and not problems(sentence):
                break
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
