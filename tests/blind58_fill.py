"""Filling a frame of the fifty-eighth blind corpus (tests/blind58_corpus.py): people, structured items and
look-alikes drawn from tests/blind58_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for the papers of evictions
and debts: rent arrears and debts as housing companies, Kronofogden and debt counsellors write them,
landlines of the three kommuner, flats as a landlord numbers them.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (a debt collector, association or utility),
landlord, kommun, time, date, amount, week, line. Plain: ung (16-19), vuxen (19-88), antal (1-9, children or
rooms or months).
"""

from __future__ import annotations

from tests.blind58_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind58_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Office hours mostly: evictions start in the morning, calls in the day, a few evening SMS.
_HOURS = (7, 8, 8, 9, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 16, 17, 19, 21)


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
    YOUNG_AGES = (16, 19)
    ADULT_AGES = (19, 88)
    COUNTS = (1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.06, 0.12, 0.18)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "landlord": ("organisation", r.landlords),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice((0, 0, 0, 15, 30, 30, 45, 10, 20, 40))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice(("2025", "2026", "2026"))
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year}",
                    f"{day} {MONTHS[month - 1]} {year}",
                    f"{day}/{month} -{year[2:]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice(
                [
                    rng.randint(2, 95) * 1000 + rng.choice((0, 0, 250, 500, rng.randint(1, 999))),
                    rng.randint(4, 12) * 1000 + rng.randint(0, 999),
                    rng.choice((350, 450, 600, 850, 1200, 1500, 2500)),
                ]
            )
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [
                    f"{spaced} kr",
                    f"{spaced} kr",
                    f"{n} kr",
                    f"{spaced}:-",
                    f"{spaced} kronor",
                    f"{n}:-",
                    f"{spaced},00 kr",
                    f"SEK {spaced}",
                ]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"vecka {n}", f"V.{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        size = rng.choice((5, 6)) if code == "0221" else rng.choice((6, 6, 7))
        rest = f"{rng.randint(1, 8)}{self._digits(size - 1)}"
        if size == 5:
            grouped = f"{rest[:3]} {rest[3:]}"
        elif size == 6:
            grouped = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        else:
            grouped = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        surface = rng.choice([f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}/{rest}"])
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
                f"{given}{rng.randint(60, 99)}",
                f"{given}_{surname}{rng.randint(1, 9)}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 90))
        letter = rng.choice("ABCDE") if rng.random() < 0.25 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.upper() if rng.random() < 0.08 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        if rng.random() < 0.25:
            number = f"{rng.randint(1, 9)}{number}"
        surface = (
            rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh.nr ", "Lgh ", "lägenhetsnr ", "lgh "]) + number
        )
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26", "24"])
        unit = rng.choice(["5000", "5000", "4000", "0304"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
