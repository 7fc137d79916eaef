"""Filling a frame of the seventy-third blind corpus (tests/blind73_corpus.py): people, structured items and
look-alikes drawn from tests/blind73_vocab_*.py with one random generator, labelled with the harness's
classes. Structured like blind 24's filler (tests/blind24_fill.py, read for structure only), with this
corpus's own look-alikes: stops and stations, lines and vehicle numbers, departure times, ticket prices and
fees.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place (an area), stop (a hållplats, a place), station and venue (institutions),
street, pstreet (a street named after a person), org (an operator, company or authority), kommun, line (a
line as people write it) and vagn (a vehicle number; both bus_line), time, date, amount, price (a ticket's
price) and fee (a tilläggsavgift; all three amounts), week. Plain: ung (an age of 13-19), vuxen (20-72),
antal (a number of people), zon (a fare zone).
"""

from __future__ import annotations

from tests.blind73_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind73_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of transport incidents: rush hours, evenings and the night buses.
_HOURS = (5, 6, 7, 7, 8, 8, 9, 12, 14, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22, 22, 23, 23, 0, 0, 1, 1, 2, 3)
_VEHICLE = ("vagn {n}", "vagn nr {n}", "buss {b}", "fordon {b}", "M32:a {m}", "M31 nr {m}", "bussnr {b}",
            "spårvagn {m}", "tågsätt {t}", "X61 nr {t}")  # fmt: skip


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
    ADULT_AGES = (20, 72)
    COUNTS = (2, 3, 4, 5, 6, 8, 10, 15, 20, 30)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "stop": ("place", r.stops),
            "station": ("institution", r.stations),
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
        if kind == "vagn":
            trams = self.region_name == "goteborg"  # trams run in Göteborg only
            form = rng.choice([f for f in _VEHICLE if trams or not f.startswith(("M3", "spår"))])
            text = form.format(
                n=rng.randint(300, 480),
                b=rng.randint(5100, 8990),
                m=rng.randint(401, 470),
                t=rng.randint(11, 99),
            )
            return LookAlike("bus_line", text, True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 1 if rng.random() < 0.4 else 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}"])
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
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month} {year}",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "price":
            n = rng.choice([27, 32, 36, 37, 40, 45, 49, 59, 72, 95, 120, 315, 525, 730, 890])
            text = rng.choice([f"{n} kr", f"{n}kr", f"{n}:-", f"{n} kronor", f"{n},00 kr", f"SEK {n}"])
            return LookAlike("amount", text, True)
        if kind == "fee":
            n = rng.choice([1200, 1500, 1500, 1500, 900, 750])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{n}kr"])
            return LookAlike("amount", text, True)
        if kind == "amount":
            n = rng.choice([200, 350, 500, 800, 1200, 2500, 4000, 6500, 8000, 12000, 18500, 25000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"ca {spaced} kr", f"{n}:-", f"{spaced} kronor"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V{n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def _plain(self, kind: str) -> str | None:
        if kind == "zon":
            return self.rng.choice(["zon A", "zon A+B", "zon B", "zon C", "A+B", "ABC", "zon A-B"])
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
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '031' else 5)}"
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
                f"{given}_{surname}",
                f"{surname}.{given}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "lägenhetsnr "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "1400", "1487", "1486"])
        surface = rng.choice(
            [f"{unit}-K{serial}-{year}", f"K{serial}-{year}", f"K {serial}-{year}", f"K{serial}-20{year}"]
        )
        return Planted("case_number", surface, (Probe("digits", serial),))
