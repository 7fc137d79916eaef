"""Filling a frame of the fifty-seventh blind corpus (tests/blind57_corpus.py): people, structured items and
look-alikes drawn from tests/blind57_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py, for structure), changed for
harbour logs, camping receptions and boat clubs: berths, pitches, outboard motors, boats' own names, times
as logs write them.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue and hamn (institution: a school, museum, hospital; a marina, guest
harbour or camping site), street, pstreet, org (a boat club, company or authority), kommun, time, date,
amount, week, line, boat (a boat's own name, labelled a word: it names the boat, not a person). Plain (no
label): ung, vuxen, antal, plats (a berth), tomt (a camping pitch), motor, skrov (a boat model).
"""

from __future__ import annotations

from tests.blind57_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind57_vocab_places import (
    BAD_PLATES,
    BOATS,
    HULLS,
    MONTHS,
    MOTORS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    WEEKDAYS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of a summer harbour: early mornings, late evenings and nights.
_HOURS = (0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 11, 13, 15, 17, 18, 19, 20, 21, 21, 22, 22, 23, 23)
# Summer months mostly.
_MONTH_WEIGHTS = (0.2, 0.2, 0.3, 0.6, 1.5, 3.0, 4.0, 3.0, 1.0, 0.4, 0.2, 0.2)


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l} {t}", "{l}{t}", "{l}-{t}")
    YOUNG_AGES = (13, 19)
    ADULT_AGES = (19, 78)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        kind = kind.rstrip("0123456789")  # `{time2}` is another time
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "hamn": ("institution", r.harbours),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
            "boat": ("word", BOATS),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice(
                [
                    f"{h:02d}.{m:02d}",
                    f"{h:02d}.{m:02d}",
                    f"{h}.{m:02d}",
                    f"{h:02d}:{m:02d}",
                    f"{h:02d}{m:02d}",
                ]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            month = rng.choices(range(1, 13), _MONTH_WEIGHTS)[0]
            day = rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day}/{month}-26",
                    f"{day}:e {MONTHS[month - 1]}",
                    f"{day} {MONTHS[month - 1][:3]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice(
                [
                    150,
                    250,
                    320,
                    400,
                    450,
                    600,
                    850,
                    1200,
                    2500,
                    4900,
                    8000,
                    12500,
                    18000,
                    35000,
                    64000,
                    120000,
                ]
            )
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n}:-", f"{spaced} kronor", f"{n} kr", f"{spaced} SEK", f"{spaced}:-"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(22, 35) if rng.random() < 0.85 else rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V.{n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        rng = self.rng
        kind = kind if kind in self.structured() else kind.rstrip("0123456789")
        if kind == "plats":
            return rng.choice(
                [
                    f"{rng.choice('ABCDEF')}{rng.randint(1, 48)}",
                    f"{rng.choice('ABCD')}-{rng.randint(1, 40)}",
                    f"brygga {rng.randint(1, 6)} plats {rng.randint(1, 40)}",
                ]
            )
        if kind == "tomt":
            return str(rng.randint(1, 240))
        if kind == "motor":
            return rng.choice(MOTORS)
        if kind == "skrov":
            return rng.choice(HULLS)
        if kind == "weekday":
            return rng.choice(WEEKDAYS[:7])
        return super()._plain(kind)

    def mobile(self) -> Planted:
        rng = self.rng
        if rng.random() < 0.1:  # a guest's foreign mobile: Germany, the Netherlands, Norway, Denmark, Poland
            cc, n = rng.choice(
                [("+49 15", 9), ("+49 17", 8), ("+31 6", 8), ("+47 4", 7), ("+45 2", 7), ("+48 5", 8)]
            )
            rest = self._digits(n)
            surface = f"{cc}{rest[:1]} {rest[1:]}" if rng.random() < 0.5 else f"{cc}{rest}"
            return Planted("mobile", surface, (Probe("digits", rest[-4:]),))
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"0{prefix}-{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(1, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}-{grouped}"]
        )
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def email(self) -> Planted:
        rng = self.rng
        p = self._draw_person(False, False)
        given, surname = fold(p.given.split()[0]), fold(p.surname.replace(" ", ""))
        local = rng.choice(
            [
                f"{given}.{surname}",
                f"{given}.{surname}",
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname}{rng.randint(50, 99)}",
                f"{surname}.{given}",
                f"{given}_{surname[0]}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 96))
        letter = rng.choice("ABC") if rng.random() < 0.15 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 6):02d}"
        surface = rng.choice(["lgh ", "lgh ", "lägenhet ", "lgh nr ", "lgh.", "Lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 5, 6]))}"
        year = rng.choice(["25", "26", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
