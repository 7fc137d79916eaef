"""Filling a frame of the seventieth blind corpus (tests/blind70_corpus.py): people, structured items and
look-alikes drawn from tests/blind70_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for building sites and
managed properties: property designations in the forms they are written in (with or without the kommun, in
capitals as in the land register, in lowercase), plates as on a hire firm's list, delivery times and tender
amounts.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, proj (a building project or block, a place), venue, street, pstreet, org (a
landlord, contractor, hire firm or authority), kommun (the town, a place), time, date, amount, week, line.
Plain: ung (an age of 15-19), vuxen (a number of workers, 8-40), antal (a count, 2-12), kran (a crane or a
machine of the site).
"""

from __future__ import annotations

from tests.blind70_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind70_vocab_places import (
    BAD_PLATES,
    CRANES,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours on a site: early starts and deliveries, the end of the day; guards' nights.
_HOURS = (6, 6, 7, 7, 7, 8, 9, 10, 11, 13, 14, 15, 15, 16, 18, 21, 22, 23, 0, 1, 2, 3, 4)
_TENDERS = (
    "2 450 000 kr", "1,2 Mkr", "850 tkr", "3,4 miljoner", "12 800 000 kr", "640 000 kr exkl. moms",
    "1 975 000 SEK", "4,75 Mkr", "310 tkr", "18,6 mkr",
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
    YOUNG_AGES = (15, 19)
    ADULT_AGES = (8, 40)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.16)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "proj": ("place", r.projects),
            "venue": ("institution", r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("place", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            forms = [f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"]
            if h < 12:
                forms.append(f"{h:02d}.{m:02d}–{h + 1:02d}.{m:02d}")  # a delivery window
            return LookAlike("time", rng.choice(forms), True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day}/{month}-26",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day}:e {MONTHS[month - 1]}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"2026-{month:02d}-{day:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            if rng.random() < 0.4:
                return LookAlike("amount", rng.choice(_TENDERS), True)
            n = rng.choice([800, 1200, 2500, 4500, 8000, 12000, 15000, 25000, 38000, 60000, 85000, 140000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{spaced}:-", f"{spaced} kronor", f"{n}:-"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(2, 51)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V.{n}", f"vecka {n}", f"v.{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "kran":
            return self.rng.choice(CRANES)
        return super()._plain(kind)

    def property(self) -> Planted:
        """A property designation as it is written: with or without the kommun, in the land register's
        capitals, in lowercase; a block and unit `N:M`."""
        rng = self.rng
        unit = f"{rng.randint(1, 120)}:{rng.randint(1, 480)}"
        tract = rng.choice(self.region.tracts)
        kommun = self.region.kommun
        surface = rng.choice(
            [
                f"{tract} {unit}",
                f"{tract} {unit}",
                f"{kommun} {tract} {unit}",
                f"{kommun.upper()} {tract.upper()} {unit}",
                f"{tract.upper()} {unit}",
                f"{tract.lower()} {unit}",
                f"{kommun} {tract} {unit}",
            ]
        )
        return Planted("property", surface, (Probe("number", unit),))

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}-{rest}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{a}{b}{c}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

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
                f"{given[0]}{surname}",
                f"{given}_{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lägenhet nr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26", "24"])
        unit = rng.choice(["5000", "5000", "3000", "4000", "5400"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"K{serial}-20{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
