"""Filling a frame of the thirty-first blind corpus (tests/blind31_corpus.py): people, structured items and
look-alikes drawn from tests/blind31_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for shift and alarm logs:
times as a log writes them (`22:14`, `2214`, `0310`, `2300-0100`), dates as `6/12` or `261206`, radio call
signs and numbered units of a shift.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a housing or security company, a club or an
authority), kommun, time, span (a time range), date, amount, week, line, call (a radio call sign: a word)
and unit (a numbered car, round, post or alarm object of the shift: a word). Plain: ung (an age of 13-19),
vuxen (20-70), antal (a number of people).
"""

from __future__ import annotations

from tests.blind31_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind31_vocab_places import (
    BAD_PLATES,
    CALL_WORDS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    UNITS,
)
from tests.blind_fill_base import BlindFiller, Person, fold, genitive
from tests.independent_labels import LookAlike, Planted, Probe

# Hours a shift log writes: evenings and nights most, some day hours of a day pass.
_HOURS = (17, 18, 19, 20, 21, 21, 22, 22, 23, 23, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 10, 14)


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
    ADULT_AGES = (20, 70)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.17)

    def name(self, kind: str, p: Person, gen: bool) -> tuple[str, Planted]:
        """As the shared filler's, but a full name in the genitive is never written surname first."""
        if gen and kind == "full" and self.rng.random() < 0.8:
            kind = "plain"
        if kind == "plain":
            surface = p.full
            item = Planted("full_name", surface, self.probes(surface), p.origin)
            return genitive(surface), item
        return super().name(kind, p, gen)

    def _clock(self) -> tuple[int, int]:
        return self.rng.choice(_HOURS), self.rng.choice(range(0, 60, 1))

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
            h, m = self._clock()
            text = rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "span":
            h = rng.choice((18, 19, 20, 21, 22, 23, 0, 1, 2))
            length = rng.choice((1, 2, 2, 3, 4))
            end = (h + length) % 24
            text = rng.choice(
                [f"{h:02d}00-{end:02d}00", f"{h:02d}-{end:02d}", f"{h:02d}.00-{end:02d}.00", f"{h}-{end}"]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"{day}/{month}",
                    f"{day}/{month}",
                    f"{day:02d}/{month:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"26{month:02d}{day:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([300, 400, 500, 600, 700, 800, 1000, 1200, 1500, 2500, 3000, 8000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n}:-", f"{n} kr", f"{spaced} kronor", f"{n}kr"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"v {n}", f"v.{n}", f"vecka {n}", f"v{n}", f"V{n}", f"v. {n}"])
            return LookAlike("week", text, True)
        if kind == "call":
            word, n = rng.choice(CALL_WORDS), rng.randint(1, 40)
            text = rng.choice([f"{word} {n}", f"{word} {n}", f"{word.lower()} {n}", f"{word}-{n}"])
            return LookAlike("word", text, True)
        if kind == "unit":
            unit = rng.choice(UNITS)
            n = rng.randint(100, 9999) if unit in ("objekt", "larmobjekt") else rng.randint(1, 40)
            return LookAlike("word", f"{unit} {n}", True)
        raise KeyError(kind)

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix}{rest}",
                f"0{prefix}-{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"0{prefix}-{a}{b}{c}",
                f"0{prefix}/{rest}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice([f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}/{rest}"])
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
                f"{given}.{surname[0]}",
                f"{given}{rng.randint(70, 99)}",
                f"{given[0]}{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 120))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.3 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lgh ", "lgh nr ", "lgh.", "lägenhet ", "lgh:", "lgh"]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "0410", "0480"])
        surface = rng.choice(
            [f"{unit}-K{serial}-{year}", f"K{serial}-{year}", f"K {serial}-{year}", f"k{serial}-{year}"]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
