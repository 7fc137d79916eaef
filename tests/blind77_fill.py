"""Filling a frame of the seventy-seventh blind corpus (tests/blind77_corpus.py): people, structured items and
look-alikes drawn from tests/blind77_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for recycling centres and
environmental crime: opening hours, weights, container numbers, fraction names, fees and fines.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue (a school, hall, church: institution), avc (a recycling centre or
station: institution), street, pstreet, org (a landlord, company or authority), kommun, line, time, hours (an
opening-hours range: time), date, amount (money), kg (a weight: amount), week, cont (a container's number:
word), frac (a fraction's name: word). Plain: ung (an age of 13-19), vuxen (20-80), antal (a count).

The filling itself is the shared filler's (tests/blind_fill_base.py).
"""

from __future__ import annotations

from tests.blind77_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind77_vocab_places import (
    BAD_PLATES,
    FRACTIONS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours a recycling centre, a lorry and a thief keep: mornings and afternoons, evenings and nights.
_HOURS = (6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4)
_OPENING = ("7–19", "07.00–19.00", "10-18", "07:00-16:00", "12–19", "7-16", "10.00-15.00", "09–18")


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l}{t}", "{l}-{t}", "{l} {t}")
    YOUNG_AGES = (13, 19)
    ADULT_AGES = (20, 80)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "avc": ("institution", r.centres),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
            "frac": ("word", FRACTIONS),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "hours":
            return LookAlike("time", rng.choice(_OPENING), True)
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
                    f"{day}:e {MONTHS[month - 1]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([150, 300, 450, 500, 800, 1000, 1500, 2000, 2500, 4000, 5000, 8000, 15000, 25000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{spaced}:-", f"{n}kr", f"SEK {n}"]
            )
            return LookAlike("amount", text, True)
        if kind == "kg":
            n = rng.choice([12, 25, 40, 60, 85, 120, 180, 240, 350, 420, 600, 900])
            forms = [f"{n} kg", f"{n}kg", f"{n} kilo", f"{n} kg"]
            if n >= 240:
                forms.append(f"{n / 1000:.2f} ton".replace(".", ","))
            text = rng.choice(forms)
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        if kind == "cont":
            n = rng.randint(1, 24)
            text = rng.choice(
                [
                    f"container {n}",
                    f"cont. {n}",
                    f"C-{n:02d}",
                    f"flak {n}",
                    f"containerplats {n}",
                    f"K{n:02d}",
                ]
            )
            return LookAlike("word", text, True)
        raise KeyError(kind)

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        if code == "036":
            rest = f"{rng.randint(1, 3)}{self._digits(5)}"
            grouped = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        else:
            rest = f"{rng.randint(1, 9)}{self._digits(4)}"
            grouped = f"{rest[:3]} {rest[3:]}"
        surface = rng.choice([f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}{rest}"])
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

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 90))
        letter = rng.choice("ABC") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.15 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 8):02d}"
        surface = (
            rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh:", "lägenhetsnr ", "lgh "]) + number
        )
        return Planted("apartment", surface, (Probe("digits", number),))

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 25)}:{rng.randint(1, 240)}"
        tract = rng.choice(self.region.tracts)
        surface = f"{tract.upper() if rng.random() < 0.15 else tract} {unit}"
        return Planted("property", surface, (Probe("number", unit),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000"])
        surface = rng.choice(
            [f"{unit}-K{serial}-{year}", f"K{serial}-{year}", f"K {serial}-{year}", f"k{serial}-{year}"]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
