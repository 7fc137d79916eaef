"""Filling a frame of the thirty-eighth blind corpus (tests/blind38_corpus.py): people, structured items and
look-alikes drawn from tests/blind38_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for the fire service's texts:
times and dates as a log or an insatsrapport writes them, damage costs, weeks of the EST meeting.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, kommun (a place), venue and school (institutions), street, pstreet (a
person-named street), org and housing (organisations), time, date, amount, week, line. Plain: ung (an age of
12-19), vuxen (20-80), antal (a small count).
"""

from __future__ import annotations

from tests.blind38_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind38_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of anlagda bränder: mostly evenings and nights, some school hours.
_HOURS = (0, 0, 1, 1, 2, 2, 3, 4, 9, 10, 12, 13, 14, 17, 18, 19, 20, 20, 21, 21, 22, 22, 22, 23, 23, 23)


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
    YOUNG_AGES = (12, 19)
    ADULT_AGES = (20, 80)
    COUNTS = (2, 3, 4, 5, 6, 7, 8, 10, 12, 15)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "kommun": ("place", (r.kommun,)),
            "venue": ("institution", r.venues),
            "school": ("institution", r.schools),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "housing": ("organisation", r.housing),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 1))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice([2025, 2026])
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year}",
                    f"{day}/{month} {year}",
                    f"{day}:e {MONTHS[month - 1]}",
                    f"{year % 100:02d}{month:02d}{day:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([3500, 8000, 12000, 25000, 40000, 65000, 120000, 250000, 480000, 1200000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [
                    f"{spaced} kr",
                    f"{n} kr",
                    f"{spaced} kronor",
                    f"{n // 1000} tkr",
                    f"{spaced}:-",
                    f"{spaced} SEK",
                ]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"Vecka {n}", f"v.{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh ", "Lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1800", "1200"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
