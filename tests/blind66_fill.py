"""Filling a frame of the sixty-sixth blind corpus (tests/blind66_corpus.py): people, structured items and
look-alikes drawn from tests/blind66_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for this corpus's baths, gyms
and sports halls: times of opening hours and shifts, entrance fees and fines, lockers, lanes and access cards.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, bad (a bath), street, pstreet, org (a club, landlord, company or
authority), kommun, time, date, amount, week, line. Plain (no label): ung (an age of 11-19), vuxen (20-78),
antal (a number of people), skap (a locker), bana (a lane), kort (an access card's printed number).
"""

from __future__ import annotations

from tests.blind66_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind66_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of baths, gyms and halls: early swims, after school, evening training, late gym and night alarms.
_HOURS = (6, 6, 7, 9, 10, 12, 14, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 23, 0, 2, 4)


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
    YOUNG_AGES = (11, 19)
    ADULT_AGES = (20, 78)
    COUNTS = (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.04, 0.08, 0.12)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "bad": ("institution", r.baths),
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
            text = rng.choice(
                [f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}{m:02d}"]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = rng.choice(["2025", "2026", "2026"])
            text = rng.choice(
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}.{year}",
                    f"{day}/{month} {year}",
                    f"{day} {MONTHS[month - 1][:3]}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([45, 60, 80, 95, 120, 250, 400, 500, 750, 1200, 2500, 4900, 8500, 15000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n}kr", f"{n}:-", f"{spaced} kronor", f"{n} SEK", f"{n} kr"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n:02d}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        rng = self.rng
        if kind == "skap":
            return str(rng.randint(1, 420))
        if kind == "bana":
            return str(rng.randint(1, 8))
        if kind == "kort":
            return f"{rng.randint(10000, 99999)}"
        return super()._plain(kind)

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
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname}{rng.randint(1, 99)}",
                f"{given}_{surname[0]}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 17)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lgh:"]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "3000", "4000", "0113", "2000"])
        surface = rng.choice(
            [
                f"{unit}-K{serial}-{year}",
                f"K{serial}-{year}",
                f"K {serial}-{year}",
                f"{unit}-K{serial}-{year}",
                f"K{serial}/{year}",
            ]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
