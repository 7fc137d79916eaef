"""Filling a frame of the fifty-fifth blind corpus (tests/blind55_corpus.py): people, structured items and
look-alikes drawn from tests/blind55_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's logs and
notes: times round the clock, dates as logs and forms write them, costs of stolen cable and repairs, and the
infrastructure sites (substations, water towers, masts, level crossings) as institutions.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue and site (institutions), street, pstreet, org (a utility, contractor,
operator, security firm or authority), time, date, amount, week, line. Plain: ung (an age of 13-19), vuxen
(20-70), antal (a number of lamps, households or customers).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind55_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind55_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# On-call staff work round the clock; thefts and alarms cluster in the small hours.
_HOURS = (0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 23)


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
    ADULT_AGES = (20, 70)
    COUNTS = (3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 18, 22, 35, 60, 140, 230)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.04, 0.08, 0.13)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "site": ("institution", r.sites),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", (*r.associations, r.kommun)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.randrange(60)
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            year, month, day = rng.choice([2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month} {year}",
                    f"{year % 100:02d}{month:02d}{day:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice(
                [1800, 4500, 8000, 12500, 18000, 25000, 38000, 45000, 65000, 120000, 240000, 310000]
            )
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [
                    f"{spaced} kr",
                    f"{spaced} kronor",
                    f"{n} kr",
                    f"{spaced}:-",
                    f"{n // 1000} tkr",
                    f"{spaced} SEK",
                ]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"v.{n}"])
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
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{prefix} {a}{b}{c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(1, 8)}{self._digits(5)}"
        grouped = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        surface = rng.choice(
            [
                f"{code}-{grouped}",
                f"{code}-{rest}",
                f"{code} {grouped}",
                f"{code}/{rest}",
                f"+46 {code[1:]} {grouped}",
            ]
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
                f"{given[0]}{surname}",
                f"{given}{surname}",
                f"{given}.{surname[0]}",
                f"{surname}.{given}",
                f"{given}_{surname}{rng.randint(60, 99)}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 90))
        letter = rng.choice("ABC") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets + self.region.person_streets)
        return Planted("address", f"{street} {number}{letter}", (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 6):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 12)}:{rng.randint(1, 320)}"
        return Planted("property", f"{rng.choice(self.region.tracts)} {unit}", (Probe("number", unit),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 5, 6]))}"
        year = rng.choice(["25", "25", "26"])
        unit = rng.choice(["5000", "5000", "4000", "2200", "2300"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
