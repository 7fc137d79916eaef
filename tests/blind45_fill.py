"""Filling a frame of the forty-fifth blind corpus (tests/blind45_corpus.py): people, structured items and
look-alikes drawn from tests/blind45_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for the kommun's technical
services and parking: plates as attendants and tow drivers write them, callers' numbers as a contact centre
logs them, parking fines and towing costs as amounts, and work-order numbers.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a landlord, administration, contractor or
operator), kommun, time, date, amount, week, line. Plain (no label): ung (an age of 12-19), vuxen (20-80),
antal (a count, 2-40), ao (a work-order or errand number of the kommun or a contractor: not personal, and
not one of the harness's look-alike kinds, so written but not counted).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind45_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind45_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours the texts speak of: parking rounds by day, park crews early, residents' tips at any hour.
_HOURS = (5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3)


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l} {t}", "{l}{t}", "{l}{t}", "{l}-{t}")
    YOUNG_AGES = (12, 19)
    ADULT_AGES = (20, 80)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

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
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.randrange(60)
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2025-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.2026",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day:02d}-{month:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([300, 500, 600, 800, 1000, 1100, 1300, 2400, 2950, 3800, 4500, 6200, 12500, 18000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{spaced},00 kr", f"SEK {n}"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n:02d}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "ao":
            rng = self.rng
            n = rng.randint(10000, 99999)
            return rng.choice(
                [f"AO-{n}", f"AO {rng.choice(['25', '26'])}-{n}", f"#{n}", f"WO{n}", f"FA-{n}", f"nr {n}"]
            )
        return super()._plain(kind)

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
                f"0{prefix}-{a}{b}{c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{prefix} {a} {b}{c}",
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
                f"+46 {code[1:]} {rest}",
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
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname[0]}",
                f"{given}{rng.randint(60, 99)}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 160))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.15 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 40)}:{rng.randint(1, 300)}"
        tract = rng.choice(self.region.tracts)
        surface = f"{tract.upper() if rng.random() < 0.2 else tract} {unit}"
        return Planted("property", surface, (Probe("number", unit),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1400", "0201"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
