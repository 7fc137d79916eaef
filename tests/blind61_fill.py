"""Filling a frame of the sixty-first blind corpus (tests/blind61_corpus.py): people, structured items and
look-alikes drawn from tests/blind61_vocab_*.py with one random generator, labelled with the harness's
classes. Its structure began as a copy of blind 24's filler (tests/blind24_fill.py); the vocabulary, the
forms of times, dates, amounts and weeks, and what it fills differently are this corpus's own.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org, kommun, time, date, amount, week, line. Plain:
ung (an age of 16-24, the young adults of the outreach teams), vuxen (25-79), antal (a number of people).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.blind61_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind61_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours outreach and night staff write: evenings, nights and early mornings most.
_HOURS = (6, 7, 8, 9, 13, 16, 18, 19, 20, 21, 21, 22, 22, 23, 23, 23, 0, 0, 1, 1, 2, 2, 3, 4, 5, 5)


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
    YOUNG_AGES = (16, 24)
    ADULT_AGES = (25, 79)
    COUNTS = (2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 14, 18, 25)
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
            text = rng.choice(
                [
                    f"2025-{month:02d}-{day:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month}-26",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([20, 50, 100, 150, 200, 250, 300, 500, 800, 1000, 1200, 2500, 4800, 6000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} kr", f"{n}kr", f"{n} spänn", f"{n}:-", f"{spaced} kronor", f"{n} euro"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"v.{n}", f"V{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79", "70", "73"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"0{prefix}-{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def foreign_mobile(self) -> Planted:
        """A Romanian, Bulgarian or Polish mobile, as EU citizens' numbers are written down."""
        rng = self.rng
        code, lead = rng.choice([("40", "7"), ("359", "8"), ("48", "5"), ("48", "6")])
        rest = f"{lead}{self._digits(8)}"
        surface = rng.choice(
            [f"+{code} {rest[:3]} {rest[3:6]} {rest[6:]}", f"+{code}{rest}", f"00{code} {rest}"]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(4, 8)}{self._digits(6)}"
        grouped = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
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
                f"{given}{rng.randint(60, 99)}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgnr ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26", "24"])
        unit = rng.choice(["5000", "5000", "0201", "0202", "0204"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))

    def structured(self) -> dict[str, Callable[[], Planted]]:
        out = super().structured()
        out["emob"] = self.foreign_mobile
        return out
