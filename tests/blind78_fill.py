"""Filling a frame of the seventy-eighth blind corpus (tests/blind78_corpus.py): people, structured items and
look-alikes drawn from tests/blind78_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for hotels, hostels and
short-term rentals: check-in and night times, prices per night, booking dates and weeks, hotels and their
conference rooms.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue (a hotel or hostel), inst (a hospital, arena, library or school),
konf (a conference room, labelled institution), street, pstreet, org (a company, landlord, platform or
authority), kommun, time, date, amount, week, line. Plain (no label): ung (an age of 15-19), vuxen
(20-75), antal (a number of people), rum (a room number), vaning (a floor), bok (a booking reference),
natter (a number of nights, in words), pass (a passport or ID-card number, which the harness has no kind
for: planted but not measured).
"""

from __future__ import annotations

from tests.blind78_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind78_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours in a hotel's logs: nights most, then check-in and check-out.
_HOURS = (0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 10, 11, 12, 14, 15, 15, 16, 18, 20, 21, 22, 22, 23, 23)
_PRICES = (95, 150, 250, 395, 450, 500, 695, 850, 990, 1190, 1495, 1890, 2390, 3200, 4500, 6800, 12000)
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


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
    ADULT_AGES = (20, 75)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "inst": ("institution", r.sites),
            "konf": ("institution", r.rooms),
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
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day:02d}.{month:02d}.2026",
                    f"{day} {MONTHS[month - 1][:3]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice(_PRICES)
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{n} SEK", f"{n}:-", f"{spaced} kronor", f"{n} kr", f"SEK {spaced}"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        rng = self.rng
        if kind == "rum":
            floor = rng.randint(1, 8)
            return f"{floor}{rng.randint(1, 40):02d}"
        if kind == "vaning":
            return str(rng.randint(2, 9))
        if kind == "bok":
            code = "".join(rng.choice(_ALNUM) for _ in range(rng.choice([6, 8])))
            return rng.choice([f"HM{code}", f"RES-{code}", code, f"#{code}"])
        if kind == "natter":
            return rng.choice(["två", "tre", "fyra", "fem", "sju", "en"])
        if kind == "pass":
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            return f"{letters}{self._digits(7)}"
        return super()._plain(kind)

    def mobile(self) -> Planted:
        rng = self.rng
        if rng.random() < 0.15:  # a guest's foreign mobile
            cc, rest = rng.choice(
                [("+49", f"15{self._digits(8)}"), ("+44", f"7{self._digits(9)}"),
                 ("+47", f"9{self._digits(7)}"), ("+358", f"40{self._digits(7)}"),
                 ("+1", f"{rng.randint(2, 9)}{self._digits(9)}"),
                 ("+48", f"5{self._digits(8)}"), ("+34", f"6{self._digits(8)}")]
            )  # fmt: skip
            surface = rng.choice([f"{cc} {rest}", f"{cc}{rest}", f"{cc} {rest[:3]} {rest[3:6]} {rest[6:]}"])
            return Planted("mobile", surface, (Probe("digits", rest[-4:]),))
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest}",
                f"0{prefix}-{a}{b}{c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [
                f"{code}-{grouped}",
                f"{code}-{rest}",
                f"{code} {grouped}",
                f"+46 8 {grouped}",
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
                f"{given}.{surname[0]}",
                f"{given}{rng.randint(70, 99)}",
                f"{given}_{surname}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 120))
        letter = rng.choice("ABC") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets + self.region.person_streets)
        surface = f"{street.lower() if rng.random() < 0.1 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh", "lägenheten ", "Lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "0201", "1400"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
