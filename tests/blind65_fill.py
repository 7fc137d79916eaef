"""Filling a frame of the sixty-fifth blind corpus (tests/blind65_corpus.py): people, structured items and
look-alikes drawn from tests/blind65_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's texts
about threats to elected officials and civil servants and about election work: the weeks and dates of an
election autumn, the hours of council meetings and polling stations, the cost of posters and damage.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a landlord, paper, transport company or
the kommun's own company), party (a party or its youth league), auth (an authority), kommun, time, date,
amount, week, line. Plain: ung (an age of 15-19), vuxen (22-78), antal (a number of people, 2-60).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind65_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind65_vocab_places import (
    AUTHORITIES,
    BAD_PLATES,
    MONTHS,
    PARTIES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of this corpus: council meetings in the afternoon and evening, polling stations from eight to
# eight, canvassing booths in the day, threats at night.
_HOURS = (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 19, 19, 20, 20, 21, 22, 23, 0, 1, 2)
# An election autumn most of all: August and September, then the spring's council meetings.
_MONTHS = (8, 8, 8, 9, 9, 9, 9, 10, 11, 2, 3, 4, 5, 6, 12, 1)


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
    ADULT_AGES = (22, 78)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 60)
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
            "party": ("organisation", PARTIES),
            "auth": ("organisation", AUTHORITIES),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice(
                [f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}{m:02d}"]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.choice(_MONTHS), rng.randint(1, 28)
            name = MONTHS[month - 1]
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {name}",
                    f"{day} {name} 2026",
                    f"{day}.{month}.2026",
                    f"{day} {name[:3]}",
                    f"{day}:e {name}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([250, 400, 600, 1200, 1800, 2500, 3400, 4500, 8000, 12500, 18000, 25000, 60000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} kr", f"{spaced} kronor", f"{n}:-", f"{spaced}:-", f"{n}kr"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.choice([33, 34, 35, 35, 36, 36, 37, 37, 38, 39, 40, 12, 16, 20, 45, 48])
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"veckan {n}"])
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
                f"(0{prefix}) {a} {b} {c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(1, 8)}{self._digits(5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [
                f"{code}-{grouped}",
                f"{code}-{rest}",
                f"{code} {grouped}",
                f"{code}/{rest}",
                f"+46 {code[1:]} {grouped}",
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
                f"{given}.{surname}",
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname[0]}",
                f"{given}_{surname}{rng.randint(60, 99)}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "26", "26", "26"])
        unit = rng.choice(["5000", "5000", "5100", "4000", "3000"])
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
