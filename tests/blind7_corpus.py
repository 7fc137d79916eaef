"""The seventh blind redaction corpus: frames (tests/blind7_frames.py) filled with planted names and
structured items and with look-alikes that must survive, deterministically (seed 20261205).

A sentence whose labels would be ambiguous (an item twice, a probe matching outside its item, a look-alike
twice or overlapping an item) is redrawn; `problems` says why a sentence would be.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from stdnum import luhn

from tests.blind7_frames import FRAMES
from tests.blind7_vocab import NICKNAMES, ORIGINS, VIETNAMESE_MIDDLES, WORD_NAMES, WORD_SURNAMES
from tests.blind7_vocab_places import (
    ADDRESS_STREETS,
    BLOCKS,
    INSTITUTIONS,
    MAIL_DOMAINS,
    MONTHS,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACE_SUFFIXES,
    PLACES,
    PLATE_LETTERS,
    STREETS,
    TRACTS,
    WORD_CLAUSES,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SEED = 20261205
SIZE = 980
ATTEMPTS = 60
LOWER_STYLES = {"sms", "chat", "bullets"}
ENGLISH_WORDS = {"Will", "Mark", "Frank", "Hope", "Grace", "Summer", "Joy", "Long", "Sunny", "Happy", "Love",
                 "Can", "Gift"}  # fmt: skip
# how many items of each name kind a slot should aim at (a slot that allows several kinds takes the one
# furthest below its aim)
AIM = {"full_name": 300, "first_name": 170, "word_name": 190, "lowercase_name": 190}
SLOT = re.compile(r"\{(\w+)(:lc)?\}")


@dataclass(frozen=True)
class Frame:
    voice: str
    style: str
    template: str


def frames() -> list[Frame]:
    return [Frame(*line.split("|", 2)) for line in FRAMES]


def ascii_fold(text: str) -> str:
    text = text.translate(str.maketrans("łŁıđĐø", "lLidDo"))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Filler:
    """Fills slots; counts (updated only for kept sentences) steer the choices towards variety."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.kinds: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.used: Counter[str] = Counter()

    def accept(self, sentence: Sentence) -> None:
        for item in sentence.planted:
            self.kinds[item.kind] += 1
            if item.origin and item.kind not in ("word_name", "nickname"):  # these pick their own origin
                self.origins[item.origin] += 1
            self.used[item.surface.lower()] += 1
        for look in sentence.lookalikes:
            self.used[look.text] += 1

    def least(self, options: list[str], counts: Counter[str]) -> str:
        low = min(counts[o] for o in options)
        return self.rng.choice([o for o in options if counts[o] <= low + 1])

    # ---- names ----------------------------------------------------------------------------------
    def origin(self) -> str:
        return self.least(list(ORIGINS), self.origins)

    def given(self, origin: str) -> str:
        return self.rng.choice(ORIGINS[origin][0])

    def surname(self, origin: str) -> str:
        return self.rng.choice(ORIGINS[origin][1])

    def full(self, origin: str) -> str:
        given, surname = self.given(origin), self.surname(origin)
        if origin == "vietnamese" and self.rng.random() < 0.5:
            return f"{surname} {self.rng.choice(VIETNAMESE_MIDDLES)} {given}"
        if origin == "chinese" and self.rng.random() < 0.4:
            return f"{surname} {given}"
        return f"{given} {surname}"

    def name(self, slot: str, style: str, caps: bool) -> Fill:
        allowed = {
            "full": ["full_name"],
            "first": ["first_name", "word_name"],
            "sur": ["surname_after_role"],
            "nick": ["nickname"],
            "lower": ["lowercase_name"],
        }[slot]
        if style in LOWER_STYLES and slot in ("full", "first"):
            allowed.append("lowercase_name")
        kind = min(allowed, key=lambda k: (self.kinds[k] / AIM.get(k, 1), self.rng.random()))
        origin = self.origin()
        if kind == "full_name":
            surface = self.full(origin)
        elif kind == "first_name":
            surface = self.given(origin)
        elif kind == "word_name":
            surface = self.least(list(WORD_NAMES), self.used)
            origin = WORD_NAMES[surface]
        elif kind == "nickname":
            surface = self.least(list(NICKNAMES), self.used)
            origin = NICKNAMES[surface]
        elif kind == "surname_after_role":
            if self.rng.random() < 0.12:
                surface = self.rng.choice(list(WORD_SURNAMES))
                origin = WORD_SURNAMES[surface]
            else:
                surface = self.surname(origin)
        else:
            surface = (self.full(origin) if self.rng.random() < 0.6 else self.given(origin)).lower()
        if caps:
            surface = surface.upper()
        return Fill(surface, [name_item(kind, surface, origin)])

    # ---- structured -----------------------------------------------------------------------------
    def identity(self, kind: str) -> Fill:
        rng = self.rng
        year = rng.randint(1944, 2011)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if kind == "samordningsnummer":
            day += 60
        serial = f"{rng.randint(0, 999):03d}"
        nine = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
        ten = nine + luhn.calc_check_digit(nine)
        sep = "+" if year < 1920 else "-"
        shape = rng.randrange(5)
        century = str(year // 100)
        surface = [f"{ten[:6]}{sep}{ten[6:]}", f"{century}{ten[:6]}-{ten[6:]}", ten, f"{century}{ten}",
                   f"{ten[:6]} {ten[6:]}"][shape]  # fmt: skip
        return Fill(surface, [Planted(kind, surface, (Probe("digits", ten[6:]),))])

    def mobile(self) -> Fill:
        rng = self.rng
        d = f"7{rng.choice('02369')}" + "".join(str(rng.randint(0, 9)) for _ in range(7))
        shapes = [f"0{d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}", f"0{d}", f"0{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
                  f"+46 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+46{d}", f"0{d[:2]}-{d[2:]}",
                  f"0{d[:2]}-{d[2:4]} {d[4:6]} {d[6:]}",
                  f"0046 {d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}"]  # fmt: skip
        surface = rng.choice(shapes)
        return Fill(surface, [Planted("mobile", surface, (Probe("digits", d[-4:]),))])

    def landline(self) -> Fill:
        rng = self.rng

        def n(k: int) -> str:
            return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1))

        a, b = n(8), n(6)
        shapes = [f"08-{a[:3]} {a[3:6]} {a[6:]}", f"08-{b[:3]} {b[3:]}", f"0155-{b[:2]} {b[2:4]} {b[4:]}",
                  f"031-{b[:2]} {b[2:4]} {b[4:]}", f"019-{b[:3]} {b[3:]}", f"018-{b[:2]} {b[2:4]} {b[4:]}",
                  f"+46 8 {a[:3]} {a[3:6]} {a[6:]}", f"08{a}", f"0155-{b}", f"040-{b[:2]} {b[2:4]} {b[4:]}",
                  f"+46 155 {b[:2]} {b[2:4]} {b[4:]}", f"08 {a[:3]} {a[3:5]} {a[5:]}"]  # fmt: skip
        surface = rng.choice(shapes)
        digits = re.sub(r"\D", "", surface)
        return Fill(surface, [Planted("landline", surface, (Probe("digits", digits[-4:]),))])

    def email(self) -> Fill:
        rng = self.rng
        origin = rng.choice(list(ORIGINS))
        first = ascii_fold(self.given(origin)).lower().replace(" ", "")
        last = ascii_fold(self.surname(origin)).lower().replace(" ", "")
        local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}",
                            f"{first}.{last}{rng.randint(2, 99)}", f"{first}{rng.randint(70, 99)}",
                            f"{last}.{first}"])  # fmt: skip
        surface = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        return Fill(surface, [Planted("email", surface, (Probe("text", local),))])

    def plate(self, new: bool) -> Fill:
        rng = self.rng
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        digits = f"{rng.randint(1, 99):02d}" if new else f"{rng.randint(1, 999):03d}"
        if new:
            tail = digits + rng.choice(PLATE_LETTERS.replace("O", ""))
            surface = letters + rng.choice([" ", ""]) + tail
            return Fill(
                surface, [Planted("plate_new", surface, (Probe("letters", letters), Probe("tail", tail)))]
            )
        surface = letters + rng.choice([" ", " ", "", "-"]) + digits
        return Fill(
            surface, [Planted("plate", surface, (Probe("letters", letters), Probe("number", digits)))]
        )

    def address(self) -> Fill:
        rng = self.rng
        number = str(rng.randint(1, 140))
        suffix = rng.choice(["", "", "", "A", "B", " A", " C"])
        surface = f"{rng.choice(ADDRESS_STREETS)} {number}{suffix}"
        if rng.random() < 0.15:
            surface += f", {rng.randint(1, 8)} tr"
        return Fill(surface, [Planted("address", surface, (Probe("number", number),))])

    def apartment(self) -> Fill:
        rng = self.rng
        number = f"{rng.randint(9, 16):02d}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh.nr "]) + number
        return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])

    def property(self) -> Fill:
        rng = self.rng
        if rng.random() < 0.55:
            number = f"{rng.randint(1, 40)}:{rng.randint(1, 450)}"
            surface = f"{rng.choice(TRACTS)} {number}"
        else:
            number = str(rng.randint(1, 30))
            surface = rng.choice(["", "", "kv. ", "kvarteret "]) + f"{rng.choice(BLOCKS)} {number}"
        return Fill(surface, [Planted("property", surface, (Probe("number", number),))])

    def case(self) -> Fill:
        rng = self.rng
        serial = str(rng.randint(10000, 999999))
        year = rng.randint(22, 26)
        surface = rng.choice([f"K-{serial}-{year}", f"K{serial}-{year}", f"0480-K{serial}-{year}",
                              f"K {serial}-{year}", f"5000-K{serial}-{year}",
                              f"ärende K{serial}-{year}"])  # fmt: skip
        return Fill(surface, [Planted("case_number", surface, (Probe("digits", serial),))])

    # ---- look-alikes ------------------------------------------------------------------------------
    def look(self, kind: str, style: str) -> Fill:
        rng = self.rng
        if kind == "place":
            text = rng.choice(PLACES) + rng.choice(PLACE_SUFFIXES)
        elif kind == "institution":
            text = rng.choice(INSTITUTIONS)
        elif kind == "street":
            text = rng.choice(STREETS)
        elif kind == "organisation":
            text = rng.choice(ORGANISATIONS)
        elif kind == "person_street":
            text = rng.choice(PERSON_STREETS)
        elif kind == "time":
            h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50])
            text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}"])
        elif kind == "date":
            y, mo, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice([f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo}", f"{d} {MONTHS[mo - 1]}", f"{d}.{mo}.{y}",
                               f"{d} {MONTHS[mo - 1]} {y}", f"{d}/{mo} {y}"])  # fmt: skip
        elif kind == "amount":
            n = rng.choice([350, 800, 1250, 2300, 4500, 6800, 12000, 18500, 35000, 85000, 120000])
            spaced = f"{n:,}".replace(",", " ")
            text = rng.choice([f"{spaced} kr", f"{spaced} kronor", f"{n}:-", f"{spaced} SEK", f"{n} kr"])
        elif kind == "week":
            w = rng.randint(1, 52)
            text = rng.choice([f"vecka {w}", f"v. {w}", f"v{w}", f"V.{w}", f"v {w}"])
            if style == "english":
                text = f"week {w}"
        else:  # bus_line
            n = rng.choice([2, 25, 191, 401, 402, 414, 422, 442, 444, 469, 471, 701, 703, 705, 801])
            text = rng.choice([f"buss {n}", f"linje {n}", f"nattbuss {n}", f"busslinje {n}"])
            if style == "english":
                text = f"bus {n}"
        return Fill(text, lookalikes=[LookAlike(kind, text, word=True)])

    def clause(self, style: str) -> Fill:
        english = style == "english"
        options = [c for c in WORD_CLAUSES if (c[0] in ENGLISH_WORDS) == english]
        word, rest = options[int(self.least([str(i) for i in range(len(options))], self.clauses(options)))]
        return Fill(f"{word} {rest}", lookalikes=[LookAlike("word", word, word=True)])

    def clauses(self, options: list[tuple[str, str]]) -> Counter[str]:
        return Counter({str(i): self.used[w] for i, (w, _) in enumerate(options)})

    # ---- a whole sentence -------------------------------------------------------------------------
    def slot(self, slot: str, style: str, caps: bool) -> Fill:
        if slot in ("full", "first", "sur", "nick", "lower"):
            return self.name(slot, style, caps)
        if slot in ("pnr", "samord"):
            return self.identity("personnummer" if slot == "pnr" else "samordningsnummer")
        if slot == "phone":
            slot = self.least(["mobile", "landline"], self.kinds)
        if slot == "idnr":
            return self.identity(self.least(["personnummer", "samordningsnummer"], self.kinds))
        if slot == "anyplate":
            slot = "plate" if self.least(["plate", "plate_new"], self.kinds) == "plate" else "newplate"
        structured = {
            "mobile": self.mobile, "landline": self.landline, "email": self.email, "address": self.address,
            "lgh": self.apartment, "property": self.property, "case": self.case,
            "plate": lambda: self.plate(new=False), "newplate": lambda: self.plate(new=True),
        }  # fmt: skip
        if slot in structured:
            return structured[slot]()
        if slot == "W":
            return self.clause(style)
        kind = {"inst": "institution", "org": "organisation", "pstreet": "person_street", "bus": "bus_line"}
        return self.look(kind.get(slot, slot), style)

    def sentence(self, frame: Frame, source: str) -> Sentence:
        caps = frame.style == "caps"
        parts: list[str] = []
        planted: list[Planted] = []
        looks: list[LookAlike] = []
        pos = 0
        for m in SLOT.finditer(frame.template):
            literal = frame.template[pos : m.start()]
            parts.append(literal.upper() if caps else literal)
            fill = self.slot(m.group(1), frame.style, caps)
            surface = fill.surface
            if m.group(2) or caps:
                change = str.lower if m.group(2) else str.upper
                surface = change(surface)
                fill.lookalikes = [LookAlike(k.kind, change(k.text), k.word) for k in fill.lookalikes]
                if caps:
                    fill.planted = [upper_item(p) for p in fill.planted]
            parts.append(surface)
            planted += fill.planted
            looks += fill.lookalikes
            pos = m.end()
        tail = frame.template[pos:]
        parts.append(tail.upper() if caps else tail)
        return Sentence(source, "".join(parts), tuple(planted), tuple(looks))


def upper_item(item: Planted) -> Planted:
    """A planted item typed in capitals (a capital-letter log): the same probes, in capitals."""
    probes = tuple(Probe(p.mode, p.value.upper()) for p in item.probes)
    return Planted(item.kind, item.surface.upper(), probes, item.origin)


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    esc = re.escape(surface)
    pattern = rf"(?<!\w){esc}(?=(?:s|:s)?(?!\w))" if surface[-1:].isalnum() else rf"(?<!\w){esc}"
    if not surface[:1].isalnum():
        pattern = pattern.replace(r"(?<!\w)", "", 1)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def problems(s: Sentence) -> list[str]:
    """Why the labels of `s` would be ambiguous: an item not there exactly once, a probe that also matches
    outside its item, a look-alike not there exactly once or overlapping an item."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for item in s.planted:
        spans = _spans(s.text, item.surface)
        if len(spans) != 1 or s.text.count(item.surface) != 1:
            found.append(f"item {item.surface!r} is there {len(spans)} times")
            continue
        start, end = spans[0]
        taken.append((start, end))
        rest = s.text[:start] + " ¤ " + s.text[end:]
        found += [f"probe {p.value!r} of {item.surface!r} outside it" for p in item.probes if p.matches(rest)]
    for look in s.lookalikes:
        if look.count(s.text) != 1:
            found.append(f"look-alike {look.text!r} is there {look.count(s.text)} times")
            continue
        m = re.search(rf"(?<!\w){re.escape(look.text)}(?!\w)", s.text)
        if m and any(m.start() < end and start < m.end() for start, end in taken):
            found.append(f"look-alike {look.text!r} overlaps an item")
    return found


def build(size: int = SIZE) -> list[Sentence]:
    """The corpus: frames in a shuffled cycle, each filled until its labels are unambiguous."""
    rng = random.Random(SEED)
    filler = Filler(rng)
    all_frames = frames()
    order = list(range(len(all_frames)))
    rng.shuffle(order)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    turn = 0
    while len(corpus) < size:
        index = order[turn % len(order)]
        frame = all_frames[index]
        turn += 1
        for _ in range(ATTEMPTS):
            s = filler.sentence(frame, f"{frame.voice}/{frame.style}/{index}")
            if s.text not in seen and not problems(s):
                seen.add(s.text)
                filler.accept(s)
                corpus.append(s)
                break
    return corpus
