"""Filling a frame of the fifty-second blind corpus (tests/blind52_corpus.py): people, structured items and
look-alikes drawn from tests/blind52_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (its structure only), changed for the police's own case
work: case numbers in the many forms investigators write them (with or without the unit, "K", the year in two
or four digits, the prosecutor's AM numbers), times as "2140" and "21.40", dates as "250314" and "14/3",
amounts of seized cash, weeks of an insatsvecka.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a landlord, association or authority), kommun,
time, date, amount, week, line. Plain: ung (an age of 13-19), vuxen (20-64), antal (a number of people).
"""

from __future__ import annotations

from tests.blind52_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind52_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours the police write about: evenings and nights most, some days of an insatsvecka.
_HOURS = (0, 1, 2, 3, 4, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23)
_UNITS = ("0201", "0203", "0221", "1480", "1400", "0300", "2000", "2010", "1200", "1260", "5000")


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
    YOUNG_AGES = (13, 19)
    ADULT_AGES = (20, 64)
    COUNTS = (2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 17, 23)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.06, 0.13, 0.19)

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
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice([2025, 2025, 2026])
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year % 100:02d}{month:02d}{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year}",
                    f"{day}/{month}-{year % 100:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([300, 500, 800, 1200, 2500, 4500, 7000, 12500, 18000, 26000, 43000, 115000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} kr", f"{spaced} SEK", f"{spaced} kronor", f"{n}:-", f"{spaced}:-"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v.{n}", f"v {n}", f"V{n}", f"v{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

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
                f"{given}_{rng.randint(80, 99)}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh.nr ", "Lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "24"])
        unit = rng.choice(_UNITS)
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"K-{serial}-{year}",
                f"{unit}-K{serial}-20{year}",
                f"AM-{serial}-{year}",
                f"k{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
