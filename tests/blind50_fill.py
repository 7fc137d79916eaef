"""Filling a frame of the fiftieth blind corpus (tests/blind50_corpus.py): people, structured items and
look-alikes drawn from tests/blind50_vocab_*.py with one random generator, labelled with the harness's
classes. Built on the shared filler (tests/blind_fill_base.py) like blind 24's; this module gives the
corpus's vocabulary, its look-alikes (wards and room numbers among them) and the forms in which healthcare
staff and guards write times, dates, phone numbers and case numbers.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, room (a room or bed number: a place), venue and ward (institutions), street,
pstreet, org and kommun (organisations), line, time, date, amount, week. Plain: ung (13-19), vuxen (18-92),
antal (a number of people).
"""

from __future__ import annotations

from tests.blind50_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind50_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of incidents in healthcare: round the clock, nights and evenings most.
_HOURS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 22, 23, 23, 0, 2)
_ROOMS = ("rum", "sal", "rum", "akutrum", "triagerum", "samtalsrum", "isoleringsrum", "undersökningsrum")


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l}{t}", "{l} {t}", "{l}-{t}")
    YOUNG_AGES = (13, 19)
    ADULT_AGES = (18, 92)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "ward": ("institution", r.wards),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "room":
            n = rng.choice([rng.randint(1, 24), rng.randint(101, 340)])
            bed = rng.choice(["", "", "", f" säng {rng.randint(1, 4)}", "A", "B"])
            return LookAlike("place", f"{rng.choice(_ROOMS)} {n}{bed}", True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, rng.choice([1, 5])))
            text = rng.choice(
                [
                    f"{h:02d}.{m:02d}",
                    f"{h:02d}:{m:02d}",
                    f"{h}.{m:02d}",
                    f"{h:02d}{m:02d}",
                    f"{h:02d}.{m:02d}",
                ]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}/{month}-26",
                    f"{day}.{month}.2026",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}:e {MONTHS[month - 1]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([150, 200, 350, 500, 800, 1200, 1500, 2500, 4000, 6500, 12000, 18000, 45000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{spaced} SEK"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n}/2026"])
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
                f"0{prefix}-{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{a}{b}{c}",
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
            [f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}-{grouped}"]
        )
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 120))
        letter = rng.choice("ABC") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.1 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "2500", "0201"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
