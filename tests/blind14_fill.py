"""Filling a frame of the fourteenth blind corpus: people, structured items and look-alikes drawn for the
slots of a template (tests/blind14_frames_*.py), with their labels (tests/independent_labels.py)."""

from __future__ import annotations

import random
import re

from stdnum import luhn

from tests.blind14_vocab_names import NICKNAMES, ORIGINS, THREE_PART, WORD_FIRST, WORD_SURNAMES
from tests.blind14_vocab_places import (
    AMOUNTS,
    AREA_CODES,
    BAD_PLATES,
    BUS_LINES,
    INSTITUTIONS,
    MOBILE_PREFIXES,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    PRIVATE_DOMAINS,
    STREETS,
    TRACTS,
    WORK_DOMAINS,
)
from tests.independent_labels import LookAlike, Planted, Probe, name_item

SLOT = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
_ASCII = str.maketrans("åäöÅÄÖéü", "aaoAAOeu")
_ORIGIN_NAMES = list(ORIGINS)
_WEIGHTS = [ORIGINS[o][0] for o in _ORIGIN_NAMES]


def ascii_letters(text: str) -> str:
    return text.translate(_ASCII)


def question_marks(text: str) -> str:
    return re.sub("[åäöÅÄÖ]", "?", text)


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 (`Fisksätra` -> `FisksÃ¤tra`)."""
    return "".join(c if ord(c) < 128 else c.encode("utf-8").decode("cp1252", errors="replace") for c in text)


TRANSFORMS = {"utan_prickar": ascii_letters, "fragetecken": question_marks, "mojibake": mojibake}


def genitive(word: str) -> str:
    return word + ("'" if word[-1] in "sxzSXZ" else "s")


def _ocr(name: str, rng: random.Random) -> str:
    """A scanner's misreading of a name: rn for m, 0 for O, c for e, Il for ll."""
    if rng.random() < 0.35:
        return name
    for old, new in (("m", "rn"), ("O", "0"), ("ll", "Il"), ("e", "c")):
        if old in name:
            return name.replace(old, new, 1)
    return name


class Filler:
    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.used: set[str] = set()
        self.planted: list[Planted] = []
        self.looks: list[LookAlike] = []

    # ---------------------------------------------------------------- people
    def _free(self, *words: str) -> bool:
        tokens = {t.lower() for w in words for t in re.split(r"[\s\-]+", w) if t}
        if tokens & self.used:
            return False
        self.used |= tokens
        return True

    def _person(self) -> tuple[str, str, str]:
        while True:
            origin = self.rng.choices(_ORIGIN_NAMES, _WEIGHTS)[0]
            _, firsts, surnames = ORIGINS[origin]
            first, surname = self.rng.choice(firsts), self.rng.choice(surnames)
            if self.rng.random() < 0.05 and origin == "swedish":
                surname = f"{surname}-{self.rng.choice(surnames)}"
            if self._free(first, surname):
                return origin, first, surname

    def _ocr(self, name: str) -> str:
        return _ocr(name, self.rng) if self.style == "ocr" else name

    def _name(self, kind: str, surface: str, origin: str, probe_text: str | None = None) -> str:
        self.planted.append(name_item(kind, surface, origin, probe_text))
        return surface

    def full(self) -> str:
        if self.rng.random() < 0.1:
            while True:
                first, rest, origin = self.rng.choice(THREE_PART)
                if self._free(first, rest):
                    return self._name("full_name", self._ocr(f"{first} {rest}"), origin)
        origin, first, surname = self._person()
        return self._name("full_name", self._ocr(f"{first} {surname}"), origin)

    def fullg(self) -> str:
        origin, first, surname = self._person()
        surface = f"{first} {surname}"
        self._name("full_name", surface, origin)
        return genitive(surface)

    def rev(self) -> str:  # Surname, First (SURNAME, First in some systems)
        origin, first, surname = self._person()
        last = surname.upper() if self.rng.random() < 0.35 else surname
        surface = self._ocr(f"{last}, {first}")
        return self._name("full_name", surface, origin, surface.replace(",", ""))

    def sf(self) -> str:  # Surname First, as case systems list people
        origin, first, surname = self._person()
        return self._name("full_name", self._ocr(f"{surname} {first}"), origin)

    def caps(self) -> str:
        origin, first, surname = self._person()
        return self._name("full_name", f"{first} {surname}".upper(), origin)

    def init(self) -> str:  # K. Nyström, P-O Berg
        origin, first, surname = self._person()
        parts = first.split("-")
        initial = "-".join(p[0] for p in parts) if len(parts) > 1 else f"{first[0]}."
        return self._name("full_name", self._ocr(f"{initial} {surname}"), origin, surname)

    def first(self) -> str:
        if self.rng.random() < 0.05:
            return self.wf()
        if self.style == "diktat" and self.rng.random() < 0.5:  # speech-to-text writes unknown names small
            return self.low()
        origin, first, surname = self._person()
        if self.rng.random() < 0.12:
            return self._name("first_name", f"{first} {surname[0]}", origin, first)
        return self._name("first_name", self._ocr(first), origin)

    def firstg(self) -> str:
        origin, first, _ = self._person()
        self._name("first_name", first, origin)
        return genitive(first)

    def firstcaps(self) -> str:
        origin, first, _ = self._person()
        return self._name("first_name", first.upper(), origin)

    def role(self) -> str:  # the surname after a role written in the frame
        if self.rng.random() < 0.12:
            return self.ws()
        origin, _, surname = self._person()
        return self._name("surname_after_role", self._ocr(surname), origin)

    def roleg(self) -> str:
        origin, _, surname = self._person()
        self._name("surname_after_role", surname, origin)
        return genitive(surname)

    def nick(self) -> str:
        while True:
            nick, origin = self.rng.choice(NICKNAMES)
            if self._free(nick):
                return self._name("nickname", nick, origin)

    def _word(self, names: tuple[tuple[str, str], ...]) -> str:
        while True:
            word, origin = self.rng.choice(names)
            if self._free(word):
                return self._name("word_name", word, origin)

    def wf(self) -> str:
        return self._word(WORD_FIRST)

    def ws(self) -> str:
        return self._word(WORD_SURNAMES)

    def low(self) -> str:
        origin, first, surname = self._person()
        surface = first if self.rng.random() < 0.6 else f"{first} {surname}"
        if self.rng.random() < 0.3:
            surface = ascii_letters(surface)
        return self._name("lowercase_name", surface.lower(), origin)

    # ---------------------------------------------------------------- structured
    def _add(self, kind: str, surface: str, *probes: Probe) -> str:
        self.planted.append(Planted(kind, surface, probes))
        return surface

    def _digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def _identity(self, kind: str, add: int) -> str:
        year = self.rng.randint(1938, 2012)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28) + add
        serial = f"{self.rng.randint(0, 999):03d}"
        body = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
        check = luhn.calc_check_digit(body)
        century = str(year // 100)
        style = self.rng.randrange(4)
        date, tail = body[:6], body[6:] + check
        surface = (
            f"{date}-{tail}",
            f"{century}{date}-{tail}",
            f"{century}{date}{tail}",
            f"{date}{tail}",
        )[style]
        return self._add(kind, surface, Probe("digits", tail))

    def pnr(self) -> str:
        return self._identity("personnummer", 0)

    def samnr(self) -> str:
        return self._identity("samordningsnummer", 60)

    def mob(self) -> str:
        prefix = self.rng.choice(MOBILE_PREFIXES)
        a, b, c = self._digits(3), f"{self.rng.randint(10, 99)}", f"{self.rng.randint(10, 99)}"
        surface = self.rng.choice(
            (
                f"{prefix}-{a} {b} {c}",
                f"{prefix}{a}{b}{c}",
                f"{prefix}-{a}{b}{c}",
                f"+46 {prefix[1:]} {a} {b} {c}",
                f"+46{prefix[1:]}{a}{b}{c}",
                f"{prefix} {a} {b} {c}",
            )
        )
        return self._add("mobile", surface, Probe("digits", b + c))

    def tel(self) -> str:
        code = self.rng.choice(AREA_CODES)
        if code == "08":
            a, b, c = self._digits(3), f"{self.rng.randint(10, 99)}", f"{self.rng.randint(10, 99)}"
            surface = self.rng.choice((f"08-{a} {b} {c}", f"08-{a}{b}{c}", f"08 {a} {b} {c}"))
        else:
            a, b, c = (
                f"{self.rng.randint(10, 99)}",
                f"{self.rng.randint(10, 99)}",
                f"{self.rng.randint(10, 99)}",
            )
            surface = self.rng.choice((f"{code}-{a} {b} {c}", f"{code}-{a}{b}{c}", f"{code}-{a}{b} {c}"))
        return self._add("landline", surface, Probe("digits", b + c))

    def mail(self) -> str:
        origin = self.rng.choices(_ORIGIN_NAMES, _WEIGHTS)[0]
        _, firsts, surnames = ORIGINS[origin]
        first = re.sub(r"[^a-z]", "", ascii_letters(self.rng.choice(firsts)).lower())
        last = re.sub(r"[^a-z]", "", ascii_letters(self.rng.choice(surnames)).lower())
        if self.rng.random() < 0.55:
            local = self.rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{first}.{last[0]}"))
            domain = self.rng.choice(WORK_DOMAINS)
        else:
            local = self.rng.choice(
                (f"{first}{last}{self.rng.randint(60, 99)}", f"{first}_{last}", last + first)
            )
            domain = self.rng.choice(PRIVATE_DOMAINS)
        return self._add("email", f"{local}@{domain}", Probe("text", local))

    def _letters(self) -> str:
        while True:
            letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(3))
            if letters not in BAD_PLATES:
                return letters

    def plate(self) -> str:
        letters, tail = self._letters(), self._digits(3)
        sep = self.rng.choice((" ", " ", ""))
        return self._add("plate", f"{letters}{sep}{tail}", Probe("letters", letters), Probe("tail", tail))

    def platen(self) -> str:
        letters = self._letters()
        tail = self._digits(2) + self.rng.choice(PLATE_TAIL_LETTERS)
        sep = self.rng.choice((" ", " ", ""))
        return self._add("plate_new", f"{letters}{sep}{tail}", Probe("letters", letters), Probe("tail", tail))

    def addr(self) -> str:
        number = str(self.rng.randint(1, 79))
        letter = self.rng.choice(("", "", "", "A", "B", " C"))
        surface = f"{self.rng.choice(STREETS)} {number}{letter}"
        return self._add("address", surface, Probe("number", number))

    def lgh(self) -> str:
        number = f"{self.rng.randint(10, 16)}{self.rng.randint(1, 9):02d}"
        label = self.rng.choice(("lgh", "lgh", "Lgh", "lägenhet", "lgh nr", "lgh."))
        return self._add("apartment", f"{label} {number}", Probe("digits", number))

    def fast(self) -> str:
        unit = f"{self.rng.randint(1, 9)}:{self.rng.randint(10, 340)}"
        return self._add("property", f"{self.rng.choice(TRACTS)} {unit}", Probe("number", unit))

    def kno(self) -> str:  # police case number
        serial = self._digits(6)
        year = self.rng.choice(("24", "25"))
        surface = self.rng.choice((f"5000-K{serial}-{year}", f"K{serial}-{year}", f"0401-K{serial}-{year}"))
        return self._add("case_number", surface, Probe("digits", serial))

    def ao(self) -> str:  # work order or case in a housing company's or guard company's system
        serial = self._digits(self.rng.choice((5, 6, 7)))
        surface = self.rng.choice(
            (f"AO-{serial}", f"AO {serial}", f"#{serial}", f"ärende {serial}", f"Ärendenr {serial}",
             f"WO{serial}", f"INC{serial}", f"arbetsorder {serial}")
        )  # fmt: skip
        return self._add("case_number", surface, Probe("digits", serial))

    def arende(self) -> str:  # a housing company's case: year and serial
        serial = self._digits(self.rng.choice((4, 5)))
        return self._add("case_number", f"2025-{serial}", Probe("digits", serial))

    def dnr(self) -> str:  # a kommun's diarienummer
        serial = self._digits(self.rng.choice((3, 4)))
        unit = self.rng.choice(("KFKS", "KS", "SBN", "BUN", "SN", "KOS"))
        return self._add("case_number", f"{unit} 2025/{serial}", Probe("digits", serial))

    # ---------------------------------------------------------------- look-alikes
    def _look(self, kind: str, text: str) -> str:
        self.looks.append(LookAlike(kind, text, True))
        return text

    def place(self) -> str:
        return self._look("place", self.rng.choice(PLACES))

    def inst(self) -> str:
        return self._look("institution", self.rng.choice(INSTITUTIONS))

    def street(self) -> str:
        return self._look("street", self.rng.choice(STREETS))

    def pstreet(self) -> str:
        return self._look("person_street", self.rng.choice(PERSON_STREETS))

    def org(self) -> str:
        return self._look("organisation", self.rng.choice(ORGANISATIONS))

    def time(self) -> str:
        hour, minute = self.rng.randint(0, 23), self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        return self._look("time", f"{hour:02d}{self.rng.choice('.:')}{minute:02d}")

    def date(self) -> str:
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        text = self.rng.choice(
            (
                f"2025-{month:02d}-{day:02d}",
                f"{day}/{month}",
                f"{day} {MONTHS[month - 1]}",
                f"{day}.{month}.2025",
            )
        )
        return self._look("date", text)

    def stamp(self) -> str:  # a system's date and time
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        hour, minute = self.rng.randint(0, 23), self.rng.randint(0, 59)
        return self._look("date", f"2025-{month:02d}-{day:02d} {hour:02d}:{minute:02d}")

    def amount(self) -> str:
        return self._look("amount", self.rng.choice(AMOUNTS))

    def week(self) -> str:
        n = self.rng.randint(1, 52)
        return self._look("week", self.rng.choice((f"vecka {n}", f"v.{n}", f"v {n}", f"V{n}", f"Vecka {n}")))

    def bus(self) -> str:
        return self._look("bus_line", self.rng.choice(BUS_LINES))

    def fill(self, template: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(2) is not None:
                return self._look("word", m.group(2))
            out: str = getattr(self, m.group(1))()
            return out

        return SLOT.sub(one, template)
