"""Filling a frame of the seventy-first blind corpus (tests/blind71_corpus.py): people, structured items and
look-alikes drawn from tests/blind71_vocab_*.py with one random generator, labelled with the harness's
classes. The filling itself is the shared filler's (tests/blind_fill_base.py); this module gives the
corpus's vocabulary, its look-alikes and what it fills differently: plates written every way people write
them (spaced, together, with a dash, lowercase, glued to a word), foreign plates, Danish mobiles.

A slot is `{kind}`, `{kind:N}` (person N) or `{kind:N|g}` (genitive); `[[Word]]` is a word look-alike.
Person kinds: full, caps, comma, init, first, sur, nick, low, lowf, wfirst, wsur. Structured: pnr, snr, mob,
tel, mail, plate (old Swedish), plate2 (2019 format), fplate (a foreign plate, labelled `plate`), addr,
lgh, fast, case. Look-alikes: place, venue, garage (institutions), street, pstreet, org, kommun, time,
date, amount, week, line, model, level, space (the last three words: a model, a garage level, a space).
Plain: ung (15-19), vuxen (19-80), antal (2-40).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.blind71_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind71_vocab_places import (
    BAD_PLATES,
    MODELS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of car crime and parking: nights most, then the hours of garages and controls.
_HOURS = (0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 22, 22, 23, 23)
# A Swedish plate as people write it (`{L}`/`{T}` as issued, `{l}`/`{t}` in lowercase).
_PLATE_FORMS = (
    "{L} {T}", "{L} {T}", "{L} {T}", "{L}{T}", "{L}{T}", "{L}-{T}", "{l} {t}", "{l}{t}", "bil-{L}{T}",
    "({L} {T})", "reg:{L}{T}", "regnr {L}{T}", "{L} {T}:an", "#{L}{T}",
)  # fmt: skip
_DE_DISTRICTS = ("HH", "B", "HL", "KI", "FL", "HB", "M", "HRO", "SN", "OH")
_LETTERS2 = "ABCDEFGHJKLMNPRSTUVWXYZ"


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
    YOUNG_AGES = (15, 19)
    ADULT_AGES = (19, 80)
    COUNTS = (2, 3, 4, 5, 6, 8, 11, 14, 20, 40)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def structured(self) -> dict[str, Callable[[], Planted]]:
        out = super().structured()
        out["fplate"] = self.foreign_plate
        return out

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "garage": ("institution", r.garages),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
            "model": ("word", MODELS),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2025-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day}/{month}-26",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}:e {MONTHS[month - 1]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([300, 400, 500, 600, 800, 1000, 1300, 2500, 4995, 8500, 12500, 35000, 180000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n}:-", f"{spaced} kronor", f"{n} kr", f"{spaced}:-"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v.{n}", f"v {n}", f"v{n}", f"v. {n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        if kind == "level":
            lv = rng.choice(["-1", "-2", "-3", "1", "2", "3", "4", "5"])
            text = rng.choice([f"plan {lv}", f"plan {lv}", f"nivå {lv}", f"våning {lv}"])
            return LookAlike("word", text, True)
        if kind == "space":
            n = rng.randint(1, 480)
            text = rng.choice(
                [f"plats {n}", f"P-plats {n}", f"ruta {n}", f"garageplats {n}", f"plats nr {n}"]
            )
            return LookAlike("word", text, True)
        raise KeyError(kind)

    def _plate_letters(self) -> str:
        while True:
            letters = "".join(self.rng.choice(self.PLATE_LETTERS) for _ in range(3))
            if letters not in self.BAD_PLATES:
                return letters

    def plate(self, new: bool) -> Planted:
        rng = self.rng
        letters = self._plate_letters()
        tail = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
        tail += rng.choice(self.PLATE_TAIL_LETTERS) if new else str(rng.randint(0, 9))
        form = rng.choice(_PLATE_FORMS)
        surface = form.format(L=letters, T=tail, l=letters.lower(), t=tail.lower())
        shown = letters.lower() if "{l}" in form else letters
        return Planted(
            "plate_new" if new else "plate", surface, (Probe("letters", shown), Probe("tail", tail))
        )

    def foreign_plate(self) -> Planted:
        """A plate from across the sound or the Baltic, labelled `plate`; its origin says the country."""
        rng = self.rng

        def two() -> str:
            return "".join(rng.choice(_LETTERS2) for _ in range(2))

        def digits(n: int) -> str:
            return f"{rng.randint(1, 9)}" + self._digits(n - 1)

        probes: tuple[Probe, ...]
        country = rng.choice(["DK", "DK", "DK", "PL", "PL", "DE", "NO", "LT", "UA"])
        if country == "DK":
            a, d = two(), digits(5)
            plate = rng.choice([f"{a} {d[:2]} {d[2:]}", f"{a}{d}", f"{a} {d}"])
            surface = rng.choice([f"{plate} (DK)", f"dansk {plate}", f"DK {plate}", f"danska {plate}"])
            probes = (Probe("letters", a), Probe("digits", d))
        elif country == "PL":
            a, d = two(), digits(5)
            surface = rng.choice([f"polsk {a} {d}", f"{a} {d} (PL)", f"PL-skylt {a}{d}"])
            probes = (Probe("letters", a), Probe("digits", d))
        elif country == "DE":
            a, d = two(), digits(rng.choice([3, 4]))
            district = rng.choice(_DE_DISTRICTS)
            surface = rng.choice(
                [f"{district}-{a} {d}", f"tysk {district} {a} {d}", f"{district}-{a}{d} (D)"]
            )
            probes = (Probe("letters", a), Probe("digits", d))
        elif country == "NO":
            a, d = two(), digits(5)
            surface = rng.choice([f"norsk {a} {d}", f"{a} {d} (N)", f"{a}{d} (NO)"])
            probes = (Probe("letters", a), Probe("digits", d))
        elif country == "LT":
            a, d = self._plate_letters(), digits(3)
            surface = rng.choice([f"litauisk {a} {d}", f"{a} {d} (LT)", f"LT {a}{d}"])
            probes = (Probe("letters", a), Probe("digits", d))
        else:
            a, d, b = two(), digits(4), two()
            surface = rng.choice([f"ukrainsk {a} {d} {b}", f"{a}{d}{b} (UA)"])
            probes = (Probe("letters", a), Probe("digits", d), Probe("letters", b))
        return Planted("plate", surface, probes, country)

    def mobile(self) -> Planted:
        rng = self.rng
        if rng.random() < 0.08:  # a Danish mobile across the sound
            rest = f"{rng.choice('2345')}{self._digits(7)}"
            surface = rng.choice([f"+45 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}", f"+45{rest}"])
            return Planted("mobile", surface, (Probe("digits", rest[-4:]),))
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix}-{rest}",
                f"+46{prefix}{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"0{prefix}-{a}{b}{c}",
                f"0{prefix} {a} {b}{c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 9)}{self._digits(5)}"
        grouped = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
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
                f"{given}{rng.randint(60, 99)}",
                f"{given}_{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh:", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26", "24"])
        unit = rng.choice(["5000", "5000", "1300", "1300", "1200"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"k{serial}-{year}",
                f"K{serial}/{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
