"""Filling a frame of the forty-ninth blind corpus (tests/blind49_corpus.py): people, structured items and
look-alikes drawn from tests/blind49_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (its structure only), changed for crisis logs: times as a
TiB or a POSOM leader writes them in a log, phone numbers as read aloud on a call, flats and ages of
evacuated residents.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail, plate, plate2, addr, lgh,
fast, case. Look-alikes: place, venue, street, pstreet, org (an authority or association), co (a housing,
energy or transport company), kommun, time, date, amount, week, line. Plain: ung (an age of 2-17), vuxen
(an age of 19-97), antal (a number of people).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.blind49_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind49_vocab_places import BAD_PLATES, MONTHS, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_fill_base import BlindFiller
from tests.independent_labels import LookAlike, Planted, Probe

# Crises come at any hour; logs run through the night.
_HOURS = (0, 1, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 12, 14, 16, 17, 18, 19, 20, 21, 22, 22, 23, 23)


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
    YOUNG_AGES = (2, 17)
    ADULT_AGES = (19, 97)
    COUNTS = (2, 3, 4, 5, 6, 7, 9, 11, 14, 17, 22, 28, 35, 48)
    REGIONS = REGIONS
    FULL_FORM_SHARES = (0.05, 0.1, 0.15)

    def lookalike(self, kind: str) -> LookAlike:
        """A look-alike of a kind; `time2`, `place2` … are another of the same kind in one frame."""
        kind = kind.rstrip("0123456789")
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "co": ("organisation", r.companies),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.randrange(60)
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h}.{m:02d}"])
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
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day}/{month} -26",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "amount":
            n = rng.choice([150, 250, 400, 500, 750, 1000, 1150, 1500, 2400, 5000, 8500, 25000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{n} kr", f"{n}:-", f"{spaced} kronor", f"{n} SEK"])
            return LookAlike("amount", text, True)
        if kind == "week":
            n = rng.randint(1, 52)
            text = rng.choice([f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"v.{n}"])
            return LookAlike("week", text, True)
        raise KeyError(kind)

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix}-{rest}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix}-{a}{b}{c}",
                f"+46 {prefix} {a} {b} {c}",
                f"+46{prefix}{rest}",
                f"0{prefix}-{rest[:2]} {rest[2:4]} {rest[4:]}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 15)}{rng.randint(1, 6):02d}"
        surface = rng.choice(["lgh ", "lgh ", "lägenhet ", "lgh nr ", "lgh.", "Lgh ", "lgh:"]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def address_upper(self) -> Planted:
        item = self.address()
        return Planted("address", item.surface.upper(), item.probes)

    def structured(self) -> dict[str, Callable[[], Planted]]:
        """The shared structured slots, an address in capitals (`addrup`), and `lgh2`, `mob2` … (another
        item of the same kind in one frame)."""
        base = super().structured()
        base["addrup"] = self.address_upper
        return {f"{kind}{n}": fill for kind, fill in base.items() for n in range(2, 5)} | base

    def _plain(self, kind: str) -> str | None:
        return super()._plain(kind.rstrip("0123456789"))
