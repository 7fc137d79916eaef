"""Filling a frame of the seventy-fourth blind corpus (tests/blind74_corpus.py): people, structured items and
look-alikes drawn from tests/blind74_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for the coast and the
countryside: rural addresses (a village and a number) beside streets, property designations with and without
the kommun's name, German and Danish summer guests' mobiles, harbours, islands and lakes, engine makes, boat
makes, farm machines and boat names, horsepower and litres of diesel.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast (fast2, fast3 a second and third), case. Look-alikes (a trailing digit draws another of the kind):
place, island, lake (place); venue, harbour (institution); street; pstreet (person_street); org, kommun
(organisation); line (bus_line); time; date, iso_date (date); amount (kronor), liter (litres), hp
(horsepower) (amount); week; engine, boat, machine, boatname (word). Plain, unlabelled: ung, vuxen, antal,
weekday, month, digits (a claim or organisation number's tail).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.blind74_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind74_vocab_places import (
    BAD_PLATES,
    BOAT_NAMES,
    BOATS,
    ENGINES,
    MACHINES,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    WEEKDAYS,
)
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of boat and cottage thefts, farm rounds, harbour rounds and voicemails.
_HOURS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23)
_KOMMUN_SHORT = {"kalmar": "Kalmar", "karlskrona": "Karlskrona", "vastervik": "Västervik"}


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
    ADULT_AGES = (20, 88)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        kind = re.sub(r"\d+$", "", kind)
        simple: dict[str, tuple[str, tuple[str, ...]]] = {
            "place": ("place", r.places),
            "island": ("place", r.islands),
            "lake": ("place", r.lakes),
            "venue": ("institution", r.venues),
            "harbour": ("institution", r.harbours),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
            "engine": ("word", ENGINES),
            "boat": ("word", BOATS),
            "machine": ("word", MACHINES),
            "boatname": ("word", BOAT_NAMES),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
            return LookAlike("time", text, True)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if kind == "iso_date":
            return LookAlike("date", f"2026-{month:02d}-{day:02d}", True)
        if kind == "date":
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month} 2026",
                    f"{day}/{month}-26",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([250, 400, 500, 850, 1200, 2500, 4500, 8000, 12000, 18500, 35000, 60000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{spaced}:-"])
            return LookAlike("amount", text, True)
        if kind == "liter":
            n = rng.choice([60, 80, 150, 200, 300, 400, 600, 900, 1200, 2000])
            spaced = f"{n:,}".replace(",", " ")
            return LookAlike("amount", rng.choice([f"{spaced} liter", f"{n} l", f"{spaced} l"]), True)
        if kind == "hp":
            hp = rng.choice(
                ["4", "5", "6", "8", "9,9", "15", "20", "25", "30", "40", "50", "60", "90", "115"]
            )
            return LookAlike("amount", rng.choice([f"{hp} hk", f"{hp} hk", f"{hp} hästar", f"{hp}hk"]), True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"v.{n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "weekday":
            return self.rng.choice(WEEKDAYS[:7])
        if kind == "month":
            return self.rng.choice(MONTHS)
        if kind == "digits":
            return self._digits(6)
        return super()._plain(kind)

    def structured(self) -> dict[str, Callable[[], Planted]]:
        return {**super().structured(), "fast2": self.property, "fast3": self.property}

    def mobile(self) -> Planted:
        rng = self.rng
        roll = rng.random()
        if roll < 0.06:  # a German summer guest's mobile
            rest = f"{rng.choice(['151', '160', '171', '176'])}{rng.randint(1, 9)}{self._digits(6)}"
            surface = rng.choice([f"+49 {rest[:3]} {rest[3:]}", f"0049 {rest[:3]} {rest[3:]}", f"+49{rest}"])
            return Planted("mobile", surface, (Probe("digits", rest[-4:]),))
        if roll < 0.1:  # a Danish one
            rest = f"{rng.choice(['2', '3', '4', '5'])}{self._digits(7)}"
            surface = rng.choice([f"+45 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}", f"+45 {rest}"])
            return Planted("mobile", surface, (Probe("digits", rest[-4:]),))
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix}-{a}{b}{c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{a} {b}{c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(1, 9)}{self._digits(4 if rng.random() < 0.4 else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice([f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}/{rest}"])
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def address(self) -> Planted:
        rng = self.rng
        if rng.random() < 0.4:  # a farm or cottage in a village: the village and a number
            number = str(rng.randint(100, 480) if rng.random() < 0.5 else rng.randint(1, 60))
            return Planted(
                "address", f"{rng.choice(self.region.villages)} {number}", (Probe("number", number),)
            )
        number = str(rng.randint(1, 90))
        letter = rng.choice("ABC") if rng.random() < 0.15 else ""
        return Planted(
            "address", f"{rng.choice(self.region.streets)} {number}{letter}", (Probe("number", number),)
        )

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 24)}:{rng.randint(1, 190)}"
        tract = rng.choice(self.region.tracts)
        if rng.random() < 0.35:
            tract = f"{_KOMMUN_SHORT[self.region_name]} {tract}"
        elif rng.random() < 0.1:
            tract = tract.upper()
        return Planted("property", f"{tract} {unit}", (Probe("number", unit),))
