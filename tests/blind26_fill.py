"""Filling a frame of the twenty-sixth blind corpus (tests/blind26_corpus.py): people, structured items and
look-alikes drawn from tests/blind26_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for meeting notes and
e-mail: times as meeting spans, dates as Outlook writes a sent line, amounts as budgets of insatser.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a landlord, association or authority), kommun,
time, tspan (a meeting's span), date, sent (an e-mail's sent line), amount, week, line. Plain: ung (an age of
13-19), vuxen (20-70), antal (a number of people or events, 2-30).

The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the corpus's
vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests.blind26_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind26_vocab_places import (
    BAD_PLATES,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    WEEKDAYS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours meetings and shifts are held at; incidents in the evenings and nights.
_HOURS = (8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2)
_MINUTES = (0, 0, 0, 0, 15, 30, 30, 45, 10, 20, 40, 50, 5, 25, 35, 55)


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
    FULL_FORM_SHARES = (0.05, 0.11, 0.16)

    def _time(self) -> str:
        h, m = self.rng.choice(_HOURS), self.rng.choice(_MINUTES)
        return self.rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])

    def _date(self) -> str:
        rng = self.rng
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(
            [
                f"2026-{month:02d}-{day:02d}",
                f"2026-{month:02d}-{day:02d}",
                f"{day}/{month}",
                f"{day} {MONTHS[month - 1]}",
                f"{day} {MONTHS[month - 1]} 2026",
                f"{day}.{month}.2026",
                f"{day}/{month} 2026",
                f"{day}:e {MONTHS[month - 1]}",
            ]
        )

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
            return LookAlike("time", self._time(), True)
        if kind == "tspan":
            h = rng.choice((8, 9, 9, 10, 13, 13, 14, 15, 18))
            m = rng.choice((0, 0, 0, 30, 15))
            length = rng.choice((30, 45, 60, 60, 90, 120))
            end_h, end_m = h + (m + length) // 60, (m + length) % 60
            sep = rng.choice(["–", "-", " – ", " - "])
            dot = rng.choice([".", ":"])
            text = f"{h:02d}{dot}{m:02d}{sep}{end_h:02d}{dot}{end_m:02d}"
            return LookAlike("time", text, True)
        if kind == "date":
            return LookAlike("date", self._date(), True)
        if kind == "sent":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            h, m = rng.randint(6, 22), rng.randint(0, 59)
            weekday = rng.choice(WEEKDAYS[:5])
            text = rng.choice(
                [
                    f"den {day} {MONTHS[month - 1]} 2026 {h:02d}:{m:02d}",
                    f"{weekday} {day} {MONTHS[month - 1]} 2026 {h:02d}:{m:02d}",
                    f"{weekday}, {day} {MONTHS[month - 1]} 2026 {h:02d}:{m:02d}",
                    f"2026-{month:02d}-{day:02d} {h:02d}:{m:02d}",
                    f"den {day} {MONTHS[month - 1]} 2026 kl. {h:02d}:{m:02d}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice(
                [1500, 2500, 4500, 8000, 12000, 15000, 25000, 40000, 60000, 85000, 120000, 150000, 250000]
            )
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [
                    f"{spaced} kr",
                    f"{spaced} kronor",
                    f"{n} kr",
                    f"{spaced}:-",
                    f"{n // 1000} tkr",
                    f"{spaced} kr",
                ]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V.{n}", f"Vecka {n}", f"v.{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "ung":
            return str(self.rng.randint(13, 19))
        if kind == "vuxen":
            return str(self.rng.randint(20, 70))
        if kind == "antal":
            return str(self.rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30]))
        return None

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix}-{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46 (0){prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"+46 {code[1:]} {grouped}"]
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
                f"{given}_{surname}{rng.randint(70, 99)}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lägenhetsnr ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1400", "0201", "2400"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))


__all__ = ["Filler", "fold"]
