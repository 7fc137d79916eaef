"""Filling a frame of the twenty-ninth blind corpus (tests/blind29_corpus.py): people, structured items and
look-alikes drawn from tests/blind29_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for reports written in
English or in a mix of languages: times, dates, amounts and weeks also as English, Norwegian, Danish and
Finland-Swedish writers give them, phone numbers also in international form, surname-first names in forms.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a landlord, association, company or
authority), kommun, time, etime (12-hour English), date, edate (English), ndate (Norwegian/Danish), amount,
eamount (written in English, kronor, NOK or euro), week, eweek (English), nweek (Norwegian/Danish), line.
Plain: ung (an age of 12-19), vuxen (20-75), antal (a number of people, 3-40).
"""

from __future__ import annotations

from tests.blind29_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind29_vocab_places import (
    BAD_PLATES,
    EN_MONTHS,
    MONTHS,
    NO_MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours reports are about: mostly evenings and nights, some shop, school and lift hours.
_HOURS = (7, 8, 9, 11, 13, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23, 0, 0, 1, 2, 3, 4)
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


class Filler(BlindFiller):
    """Fills one frame for one region; `fill` returns the sentence (tests/blind_fill_base.py)."""

    ORIGINS = ORIGINS
    FATHERS = FATHERS
    NAME_PARTICLES = NAME_PARTICLES
    WORD_FIRST = WORD_FIRST
    WORD_SURNAMES = WORD_SURNAMES
    WORD_SHARE = WORD_SHARE
    BAD_PLATES = BAD_PLATES
    PLATE_LETTERS = PLATE_LETTERS
    PLATE_TAIL_LETTERS = PLATE_TAIL_LETTERS
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l}{t}", "{l}-{t}")
    YOUNG_AGES = (12, 19)
    ADULT_AGES = (20, 75)
    COUNTS = (3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.12, 0.17)  # capitals, surname first (forms), initials

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if kind == "time":
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "etime":
            h12 = h % 12 or 12
            half = "am" if h < 12 else "pm"
            text = rng.choice(
                [f"{h12}:{m:02d} {half}", f"{h12}.{m:02d}{half}", f"{h12}:{m:02d}{half}", f"{h12} {half}"]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}/{month} 2026",
                    f"{day}:e {MONTHS[month - 1]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "edate":
            name = EN_MONTHS[month - 1]
            text = rng.choice(
                [
                    f"{day} {name}",
                    f"{day}{_ORD.get(day, 'th')} of {name}",
                    f"{day:02d}/{month:02d}/2026",
                    f"{day} {name[:3]}",
                    f"2026-{month:02d}-{day:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "ndate":
            text = rng.choice(
                [f"{day}. {NO_MONTHS[month - 1]}", f"{day}.{month}.", f"{day}.{month}.2026", f"{day}/{month}"]
            )
            return LookAlike("date", text, True)
        n = rng.choice([80, 150, 200, 250, 300, 450, 500, 800, 1000, 1200, 1500, 2500, 4000, 6500, 12000])
        spaced = f"{n:,}".replace(",", " ")
        if kind == "amount":
            text = rng.choice([f"{spaced} kr", f"{n}:-", f"{spaced} kronor", f"{n} kr", f"{spaced} SEK"])
            return LookAlike("amount", text, True)
        if kind == "eamount":
            comma = f"{n:,}"
            text = rng.choice(
                [
                    f"SEK {comma}",
                    f"{comma} SEK",
                    f"{n} crowns",
                    f"NOK {n}",
                    f"{n} euro",
                    f"€{n}",
                    f"{n} kronor",
                ]
            )
            return LookAlike("amount", text, True)
        w = rng.randint(1, 52)
        if kind == "week":
            text = rng.choice([f"vecka {w}", f"v. {w}", f"v{w}", f"v {w}", f"v.{w}"])
            return LookAlike("week", text, True)
        if kind == "eweek":
            text = rng.choice([f"week {w}", f"wk {w}", f"Week {w}", f"wk{w}", f"w{w}"])
            return LookAlike("week", text, True)
        if kind == "nweek":
            text = rng.choice([f"uke {w}", f"uge {w}", f"veke {w}", f"viikko {w}", f"vecka {w}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

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
                f"+46 (0){prefix} {a} {b}{c}",
                f"0046 {prefix} {a} {b} {c}",
                f"+46-{prefix}-{rest}",
                f"0{prefix}-{rest}",
                f"+46 {prefix}{rest}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"+46 {code[1:]} {grouped}"]
        )
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def email(self) -> Planted:
        rng = self.rng
        p = self._draw_person(False, False)
        given, surname = fold(p.given.split()[0]), fold(p.surname.replace(" ", ""))
        local = rng.choice(
            [
                f"{given}.{surname}",
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{surname}.{given}",
                f"{given}{rng.randint(80, 99)}",
                f"{given}_{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 140))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street} {number}{letter}"
        if rng.random() < 0.15:  # English writers put the number first
            surface = f"{number}{letter} {street}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = (
            rng.choice(["lgh ", "lägenhet ", "flat ", "apt ", "apartment ", "lgh nr ", "leilighet "]) + number
        )
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["24", "25", "25", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1400", "0201", "2600"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"K{serial}-20{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
