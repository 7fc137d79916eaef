"""Filling a frame of the fifty-first blind corpus (tests/blind51_corpus.py): skolskjuts and färdtjänst.
People, structured items and look-alikes drawn from tests/blind51_vocab_*.py with one random generator,
labelled with the harness's classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed
for this corpus's transport texts: route numbers and taxi car numbers, pick-up times, stops and schools.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, stop (a stop or pick-up point, a place), street, pstreet, school and venue
(institutions), company and org (organisations), kommun, time, date, amount, week, line (a bus line), route
(a skolskjuts route or tour) and car (a taxi's car number), the last two labelled bus_line: numbers of the
transport, not of a person. Plain (no label): ung (an age of 6-19), vuxen (20-92), antal (a count),
klass (a class), forarid (a driver's ID in the company's system), minuter (a delay in minutes).
"""

from __future__ import annotations

from tests.blind51_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind51_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike, Planted, Probe

# School transport hours (mornings and afternoons), färdtjänst all day, some evenings.
_HOURS = (6, 7, 7, 7, 8, 8, 9, 10, 11, 12, 13, 14, 14, 15, 15, 16, 17, 18, 19, 21, 22)


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
    YOUNG_AGES = (6, 19)
    ADULT_AGES = (20, 92)
    COUNTS = (2, 3, 4, 5, 6, 7, 8, 9, 11, 14)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "stop": ("place", r.stops),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "school": ("institution", r.schools),
            "venue": ("institution", r.venues),
            "company": ("organisation", r.companies),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "route":
            n = rng.randint(1, 48)
            text = rng.choice(
                [f"rutt {n}", f"tur {n}", f"skolskjutslinje {n}", f"slinga {n}", f"rutt {n}B", f"linje S{n}"]
            )
            return LookAlike("bus_line", text, True)
        if kind == "car":
            n = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
            text = rng.choice([f"bil {n}", f"bil nr {n}", f"taxi {n}", f"vagn {n}", f"bilnr {n}"])
            return LookAlike("bus_line", text, True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2025-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day}:e {MONTHS[month - 1]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([45, 65, 90, 120, 250, 400, 650, 1200, 1850, 3500, 8000, 24000, 125000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{spaced} SEK"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"v.{n}", f"Vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        rng = self.rng
        if kind == "klass":
            return rng.choice(
                [
                    f"{rng.randint(1, 9)}{rng.choice('ABCD')}",
                    f"åk {rng.randint(1, 9)}",
                    f"F{rng.choice('ABC')}",
                ]
            )
        if kind == "forarid":
            return str(rng.randint(1000, 9899))
        if kind == "minuter":
            return str(rng.choice([10, 15, 20, 25, 30, 35, 40, 45, 50, 60]))
        return super()._plain(kind)

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest}",
                f"0{prefix}-{a}{b}{c}",
                f"0{prefix}/{rest}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [
                f"{code}-{grouped}",
                f"{code}-{rest}",
                f"{code} {grouped}",
                f"{code}/{rest}",
                f"({code}) {grouped}",
            ]
        )
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 120))
        letter = rng.choice("ABCD") if rng.random() < 0.25 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["24", "25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "2200", "2500"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
