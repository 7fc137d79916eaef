"""Filling a frame of the forty-eighth blind corpus (tests/blind48_corpus.py): people, structured items and
look-alikes drawn from tests/blind48_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's texts:
the återvinningscentral's times, the kommun's fees and fines, and the numbers that stand beside personal
data in a nedskräpningsärende without being any (order, container, customer and diary numbers, postcodes,
weights), which are written but not labelled: the harness has no kind for them.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, avc (an återvinningscentral), street, pstreet, org (a landlord,
association or authority), firm (a sender of letters and parcels), entr (a contractor), kommun, time, date,
amount, week, line. Plain: ung (an age of 13-19), vuxen (20-75), antal (a count), order, kont, kund, dnr,
postort, vikt.
"""

from __future__ import annotations

from tests.blind48_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind48_vocab_places import (
    BAD_PLATES,
    CONTRACTORS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    SENDERS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours at and around a station: opening and closing times, evening dumping, night thefts.
_HOURS = (6, 7, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4)
# Fees, fines, vites and costs of clearing up.
_AMOUNTS = (800, 800, 1000, 1250, 1400, 2000, 2500, 3600, 4800, 5000, 7500, 10000, 12400, 25000, 50000)


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
    ADULT_AGES = (20, 75)
    COUNTS = (3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 40)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "avc": ("institution", r.stations),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "firm": ("organisation", SENDERS),
            "entr": ("organisation", CONTRACTORS),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice((0, 0, 0, 15, 30, 30, 45, 10, 20, 50))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice((2025, 2026, 2026))
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day} {MONTHS[month - 1]} {year}",
                    f"{day}.{month}.{year}",
                    f"{day}:e {MONTHS[month - 1]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice(_AMOUNTS)
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice(
                [f"{spaced} kr", f"{spaced} kronor", f"{n}:-", f"{spaced} kr", f"{n} kr", f"{spaced} SEK"]
            )
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"vecka {n}", f"v.{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        rng = self.rng
        if kind == "order":
            return (
                rng.choice(["", "", "SO-", "#"]) + f"{rng.randint(1, 9)}{self._digits(rng.choice([6, 7, 8]))}"
            )
        if kind == "kont":
            return rng.choice(["", "K", "C-", "nr "]) + f"{rng.randint(10, 99)}{self._digits(2)}"
        if kind == "kund":
            return f"{rng.randint(1, 9)}{self._digits(rng.choice([5, 7, 9]))}"
        if kind == "dnr":
            unit = rng.choice(["MBN", "MHN", "SBN", "MOB", "BMN"])
            return f"{unit} {rng.choice(['2025', '2026'])}-{rng.randint(1, 2999):06d}"
        if kind == "postort":
            return f"{rng.choice(self.region.postcodes)} {self.region.town}"
        if kind == "vikt":
            return str(rng.choice([340, 620, 880, 1240, 1760, 2300, 3150, 4400]))
        return super()._plain(kind)

    def mobile(self) -> Planted:
        rng = self.rng
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
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{prefix} {a} {b}{c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [f"{code}-{grouped}", f"{code}-{rest}", f"{code} {grouped}", f"{code}{rest}", f"{code}/{rest}"]
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
                f"{given}.{surname}{rng.randint(1, 9)}",
                f"{given}{rng.randint(60, 99)}",
                f"{given}_{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 160))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.1 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "0201", "1400"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
