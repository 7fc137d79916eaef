"""Filling a frame of the thirty-second blind corpus (tests/blind32_corpus.py): people, structured items and
look-alikes drawn from tests/blind32_vocab_*.py with one random generator, labelled with the harness's
classes. Structure copied from blind 24's filler (tests/blind24_fill.py); the vocabulary, the look-alikes and
the forms of names are this corpus's own.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case; `register` is a full name with its surname first in capitals. Look-alikes: place, venue, street,
pstreet, org (a landlord or an association), shop (a restaurant or shop named after a person), kommun, line,
time, date, amount, week, holiday (a feast's name, a word). Plain: weekday, ung (an age of 12-19), vuxen
(20-82), antal (a number of people).

Full names come in the forms Swedish staff write them: as given, in capitals, surname first with a comma, with
initials, and surname first in capitals before the given name (`MOHAMED Abdi`, as in a population register
extract or an interpreter booking).
"""

from __future__ import annotations

from tests.blind32_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind32_vocab_places import (
    BAD_PLATES,
    HOLIDAYS,
    MONTHS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    WEEKDAYS,
)
from tests.blind_fill_base import BlindFiller, Person, fold, genitive
from tests.independent_labels import LookAlike, Planted, Probe

# Hours in the reports: meetings by day, incidents in evenings and nights.
_HOURS = (8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 23, 0, 1, 2)


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l} {t}", "{l}{t}")
    YOUNG_AGES = (12, 19)
    ADULT_AGES = (20, 82)
    COUNTS = (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)
    REGISTER_SHARE = 0.05  # surname in capitals before the given name

    PERSON_KINDS = frozenset({*BlindFiller.PERSON_KINDS, "register"})

    def _full_form(self, p: Person, kind: str) -> tuple[str, str]:
        if kind == "register" or (kind == "full" and self.rng.random() < self.REGISTER_SHARE):
            rest = " ".join(x for x in (p.given, p.middle) if x)
            surface = f"{p.surname.upper()} {rest}"
            return surface, surface
        return super()._full_form(p, kind)

    def name(self, kind: str, p: Person, gen: bool) -> tuple[str, Planted]:
        if kind == "register":
            surface, probe_text = self._full_form(p, kind)
            item = Planted("full_name", surface, self.probes(probe_text), p.origin)
            return (genitive(surface) if gen else surface), item
        return super().name(kind, p, gen)

    def _plain(self, kind: str) -> str | None:
        if kind == "weekday":
            return self.rng.choice(WEEKDAYS[:7])
        return super()._plain(kind)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "shop": ("organisation", r.shops),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}.{m:02d}"])
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"2025-{month:02d}-{day:02d}",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}/{month}",
                    f"{day}.{month}.2026",
                    f"{day} {MONTHS[month - 1]} 2026",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([200, 350, 500, 750, 1200, 2500, 4000, 6500, 9800, 15000, 23000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{spaced} kronor", f"{n}:-", f"{spaced}:-", f"{n} kr"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v.{n}", f"v {n}", f"V{n}"])
            return LookAlike("week", text, True)
        if kind == "holiday":
            return LookAlike("word", rng.choice(HOLIDAYS), True)
        raise KeyError(kind)

    def email(self) -> Planted:
        rng = self.rng
        p = self._draw_person(False, False)
        given = fold(p.given.split()[0])
        surname = fold(p.surname.replace(" ", "").replace("'", ""))
        local = rng.choice(
            [
                f"{given}.{surname}",
                f"{given[0]}.{surname}",
                f"{given}{surname}",
                f"{given}.{surname}{rng.randint(60, 99)}",
                f"{surname}.{given}",
                f"{given}_{surname}",
            ]
        )
        domain = rng.choice(self.region.domains)
        return Planted("email", f"{local}@{domain}", (Probe("text", local),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lägenhetsnr ", "lgh "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))
