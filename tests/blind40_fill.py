"""Filling a frame of the fortieth blind corpus (tests/blind40_corpus.py): people, structured items and
look-alikes drawn from tests/blind40_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for notes written by staff
at homes and at the socialjour: times as a log writes them, dates with weekdays, amounts of pocket money and
damage, weeks, the homes themselves and the placing kommuner.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue and home (institutions), street, pstreet, org (an association, landlord
or company), kommun and plk (the kommun itself and a placing kommun, organisations), time, date, amount, week,
line. Plain: ung (an age of 13-20), vuxen (21-70), antal (a number of people or minutes).
"""

from __future__ import annotations

from tests.blind40_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind40_vocab_places import (
    BAD_PLATES,
    COMPANIES,
    MONTHS,
    PLACING,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import BlindFiller, fold
from tests.independent_labels import LookAlike, Planted, Probe

# Hours a home's log writes: round the clock, evenings and nights most.
_HOURS = (0, 1, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 11, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23)
_DAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l}{t}", "{l} {t}")
    YOUNG_AGES = (13, 20)
    ADULT_AGES = (21, 70)
    COUNTS = (2, 3, 4, 5, 6, 10, 15, 20, 30, 45)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "home": ("institution", r.homes),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations + COMPANIES),
            "kommun": ("organisation", (r.kommun,)),
            "plk": ("organisation", PLACING),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day:02d}.{month:02d}.26",
                    f"{rng.choice(_DAYS)} {day}/{month}",
                    f"{day}/{month}-26",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([100, 150, 200, 250, 300, 400, 500, 700, 1000, 1200, 2500, 4000, 8500])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{n} sek"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"vecka {n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

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
                f"{given}{rng.randint(90, 99)}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lägenhetsnr ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def property(self) -> Planted:
        rng = self.rng
        unit = f"{rng.randint(1, 30)}:{rng.randint(1, 260)}"
        tract = rng.choice(self.region.tracts)
        prefix = self.region.kommun.split()[0] + " " if rng.random() < 0.4 else ""
        return Planted("property", f"{prefix}{tract} {unit}", (Probe("number", unit),))
