"""Filling a frame of the sixty-eighth blind corpus (tests/blind68_corpus.py): people, structured items and
look-alikes drawn from tests/blind68_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's school
texts: evening and night hours, damage costs, school weeks, police case numbers as schools write them.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a company, association or authority), kommun,
time, date, amount, week, line; a second one of a kind in a frame is written `{time2}`, `{venue2}` ….
Plain: ung (an age of 7-17), vuxen (20-70), antal (a number of people).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind68_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind68_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of the school's surroundings after hours: mostly evenings and nights, some mornings and breaks.
_HOURS = (6, 7, 7, 8, 12, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 0, 0, 1, 2, 3, 4)
_AMOUNTS = (300, 850, 1200, 2500, 4000, 6500, 8000, 12000, 15000, 25000, 40000, 85000, 120000)


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
    YOUNG_AGES = (7, 17)
    ADULT_AGES = (20, 70)
    COUNTS = (3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        kind = kind.rstrip("0123456789")
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
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice((2025, 2026, 2026))
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
            n = rng.choice(_AMOUNTS)
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} kr", f"{spaced} kronor", f"{n}:-", f"{spaced}:-", f"{spaced} SEK"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 51)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"v.{n}", f"läsvecka {n}"])
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
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["24", "25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "2000", "0480"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"ärende K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))
