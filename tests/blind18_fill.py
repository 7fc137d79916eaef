"""Filling a frame of the eighteenth blind corpus (tests/blind18_corpus.py): people, structured items and
look-alikes drawn from tests/blind18_vocab_*.py with one random generator, labelled with the harness's
classes.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, road, inst, court, street, pstreet, org, bolag (a housing company), unit,
rescue, time, date, amount, week, line. Plain: ung (an age of 13-19), vuxen (20-68).

The filling itself is the shared filler's (tests/blind_fill_base.py, taken out at stop 27); this module gives
the corpus's vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind18_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind18_vocab_places import (
    BAD_PLATES,
    COURTS,
    HOUSING,
    MONTHS,
    NATIONAL_ORGANISATIONS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike


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
    REGIONS = REGIONS

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        if kind == "place":
            return LookAlike("place", rng.choice(r.places), True)
        if kind == "road":
            return LookAlike("place", rng.choice(r.roads), True)
        if kind == "inst":
            return LookAlike("institution", rng.choice(r.institutions), True)
        if kind == "court":
            return LookAlike("institution", COURTS[self.region_name], True)
        if kind == "street":
            return LookAlike("street", rng.choice(r.streets), True)
        if kind == "pstreet":
            return LookAlike("person_street", rng.choice(r.person_streets), True)
        if kind == "org":
            pool = r.organisations + NATIONAL_ORGANISATIONS if rng.random() < 0.3 else r.organisations
            return LookAlike("organisation", rng.choice(pool), True)
        if kind == "bolag":
            return LookAlike("organisation", rng.choice(HOUSING[self.region_name]), True)
        if kind == "unit":
            return LookAlike("organisation", rng.choice(r.units), True)
        if kind == "rescue":
            return LookAlike("organisation", rng.choice(r.rescue), True)
        if kind == "time":
            h, m = rng.randint(0, 23), rng.choice(range(0, 60, 5))
            return LookAlike("time", f"{h:02d}{rng.choice('.:.')}{m:02d}", True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2025-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.2025",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([450, 850, 1200, 2500, 3000, 4500, 6800, 12000, 15000, 25000, 40000, 120000])
            number = f"{n:,}".replace(",", " ")
            return LookAlike("amount", f"{number} {rng.choice(['kr', 'kronor', 'kr', 'SEK'])}", True)
        if kind == "week":
            n = rng.randint(1, 52)
            return LookAlike("week", rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}"]), True)
        if kind == "line":
            return LookAlike("bus_line", rng.choice(r.lines), True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "ung":
            return str(self.rng.randint(13, 19))
        if kind == "vuxen":
            return str(self.rng.randint(20, 68))
        return None
