"""Filling a frame of the thirtieth blind corpus (tests/blind30_corpus.py): people, structured items and
look-alikes drawn from tests/blind30_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's press
clippings: times, dates, amounts and weeks as newspapers, radio and press releases write them.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname alone, after a
role or a said-verb as the press writes it the second time), nick, low (a lowercase full name), lowf (a
lowercase given name), wfirst and wsur (a given name or surname that is a word, written alone). Structured:
pnr, snr, mob, tel, mail, plate, plate2, addr, lgh, fast, case. Look-alikes: place, venue (a venue, school
or hospital), court (a court or prosecutors' office), street, pstreet, org (an association or company),
media (a newspaper, station or programme), landlord, kommun, time, date, amount, week, line. Plain: ung (an
age of 14-19), vuxen (20-84), antal (a number of people).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind30_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind30_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours the press reports: evenings and nights most, then the day's court and press hours.
_HOURS = (0, 1, 2, 3, 4, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23)


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
    YOUNG_AGES = (14, 19)
    ADULT_AGES = (20, 84)
    COUNTS = (20, 30, 40, 50, 60, 80, 100, 150, 200, 300)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "court": ("institution", r.courts),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "media": ("organisation", r.media),
            "landlord": ("organisation", r.landlords),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            name = MONTHS[month - 1]
            text = rng.choice(
                [
                    f"{day} {name}",
                    f"{day} {name}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {name} 2026",
                    f"{day}.{month}",
                    f"{day}:e {name}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([800, 1500, 2000, 4500, 8000, 12000, 25000, 50000, 120000, 350000, 1200000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kronor", f"{spaced} kr", f"{spaced}:-", f"{spaced} kronor", f"{n} kr"]
            )
            if n >= 1_000_000 and rng.random() < 0.5:
                text = f"{n / 1_000_000:.1f}".replace(".", ",") + " miljoner kronor"
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"vecka {n}", f"v. {n}", f"v {n}", f"v.{n}", f"v{n}"])
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
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname[0]}",
                f"{given}_{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["24", "25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1400", "0201", "2100"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
