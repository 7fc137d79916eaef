"""Filling a frame of the forty-second blind corpus (tests/blind42_corpus.py): people, structured items and
look-alikes drawn from tests/blind42_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's texts from
hemtjänst, äldreboenden and relatives: the hours of rounds and nights, the amounts of frauds against older
people, the banks and authorities a fraudster names.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a landlord, association or authority), kommun,
bank, time, date, amount, week, line. Plain: ung (an age of 13-19), vuxen (20-68), alder (an older person's
age, 67-99), antal (a count, 2-12).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind42_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind42_vocab_places import (
    BAD_PLATES,
    BANKS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of hemtjänst rounds, evening visits and night shifts.
_HOURS = (6, 7, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 22, 23, 0, 1, 2, 3, 4, 5)
_AMOUNTS = (
    200, 500, 800, 1200, 2000, 2500, 3000, 4500, 5000, 8000, 9900, 12000, 15000, 25000, 40000, 48000,
    75000, 120000, 250000,
)  # fmt: skip


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
    ADULT_AGES = (20, 68)
    COUNTS = (2, 2, 3, 3, 4, 5, 6, 8, 10, 12)
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
            "bank": ("organisation", BANKS),
            "line": ("bus_line", r.lines),
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
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice(["2025", "2026", "2026"])
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year[2:]}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month}-{year[2:]}",
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
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "alder":
            return str(self.rng.randint(67, 99))
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
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{prefix}/{rest}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(1, 9)}{self._digits(5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}-{rest[:3]} {rest[3:]}"]
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
                f"{given}.{surname[0]}",
                f"{given}{rng.randint(40, 99)}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 90))
        letter = rng.choice("ABC") if rng.random() < 0.2 else ""
        surface = f"{rng.choice(self.region.streets)} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 6):02d}"
        surface = rng.choice(["lgh ", "lgh ", "lägenhet ", "lgh nr ", "lgh.", "lgh-nr ", "Lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "0800", "1000"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"K{serial}/{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
