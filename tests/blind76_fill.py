"""Filling a frame of the seventy-sixth blind corpus (tests/blind76_corpus.py): people, structured items and
look-alikes drawn from tests/blind76_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for libraries, culture houses
and museums: rooms, halls, floors, exhibitions, events, book titles and authors' names as look-alikes, opening
hours beside clock times, fees and lost property's amounts.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, floor (a place), venue and room (institutions), street, pstreet, org and
kommun (organisations), time, hours (opening hours, a time), date, amount, week, line, title (a book title),
expo (an exhibition), event (an event's name) and author (an author's name as a theme or shelf), the last four
words. Plain: ung (an age of 13-19), vuxen (20-78), antal (a number of people or things).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind76_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind76_vocab_places import (
    AUTHORS,
    BAD_PLATES,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    TITLES,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours a library, a culture house or a concert writes about: opening hours, afternoons, evenings.
_HOURS = (9, 10, 11, 12, 13, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 22, 23, 0, 1)
_OPEN = ((10, 19), (10, 16), (11, 15), (8, 20), (10, 18), (12, 19), (9, 17), (11, 16), (13, 19), (10, 20))


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
    ADULT_AGES = (20, 78)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "floor": ("place", r.floors),
            "venue": ("institution", r.venues),
            "room": ("institution", r.rooms),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
            "title": ("word", TITLES),
            "expo": ("word", r.exhibitions),
            "event": ("word", r.events),
            "author": ("word", AUTHORS),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "hours":
            a, b = rng.choice(_OPEN)
            text = rng.choice([f"{a}–{b}", f"{a}-{b}", f"{a}.00–{b}.00", f"{a:02d}.00-{b:02d}.00"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2025-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.2026",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month} 2026",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([20, 40, 50, 80, 100, 120, 150, 200, 250, 350, 500, 800, 1200, 2500, 4000, 15000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n}kr", f"{n}:-", f"{spaced} kronor", f"{n} kr", f"{n} SEK"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V.{n}", f"vecka {n:02d}"])
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
                f"0{prefix}-{a}{b}{c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{prefix} {a} {b}{c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(5)}"
        grouped = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        surface = rng.choice(
            [
                f"{code}-{grouped}",
                f"{code}-{rest}",
                f"{code} {grouped}",
                f"({code}) {grouped}",
                f"{code}-{rest[:3]} {rest[3:]}",
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
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname}",
                f"{given}{rng.randint(1, 99):02d}",
                f"{given}_{surname[:3]}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 120))
        letter = rng.choice("ABC") if rng.random() < 0.15 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.15 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26", "24"])
        unit = rng.choice(["5000", "5000", "1200", "1300", "1100"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"k{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
