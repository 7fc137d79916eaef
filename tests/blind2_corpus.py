"""The second blind redaction corpus: about 1,000 short incident notes with labelled personal data.

Written without reading the project's redaction code, its earlier corpora or their figures. `build()` fills
the frames of tests/blind2_frames.py with the vocabulary of tests/blind2_vocab.py from a fixed seed. Each
filled slot records what it planted (with probes, see tests/independent_labels.py) and which look-alikes it
wrote. A draw whose labels would be ambiguous (a probe that also matches other text of the sentence, a
look-alike inside a planted item) is drawn again: that is a labelling rule, not a choice of easy cases.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from tests.blind2_frames import FRAMES
from tests.blind2_vocab import (
    AREA_CODES,
    BUS_LINES,
    EMAIL_DOMAINS,
    INSTITUTIONS,
    MOBILE_PREFIXES,
    NICK_INTRO,
    NICKNAMES,
    ORGANISATIONS,
    ORIGINS,
    PERSON_STREETS,
    PERSON_WORDS,
    PLACES,
    PROPERTY_AREAS,
    ROLES,
    STREETS,
    WORD_GIVEN,
    WORD_SURNAMES,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SEED = 20261203
SIZE = 1000
SLOT = re.compile(r"\{(\w+)(?::([^}]*))?\}|\[\[(?:(\w+)\|)?([^\]]+)\]\]")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # no I, Q, V (nor Å, Ä, Ö)
PLATE_LAST = "ABCDEFGHJKLMNPRSTUWXYZ"  # the new format's last letter is never O
T = TypeVar("T")
QUOTES = (('"', '"'), ("”", "”"), ("'", "'"), ("»", "«"))


class Draw:
    """One sentence's random draws; remembers the names used so no name is planted twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def choice(self, items: Sequence[T]) -> T:
        return self.rng.choice(items)

    def unique(self, pick: Callable[[], str]) -> str:
        for _ in range(50):
            value = pick()
            if value.lower() not in self.used:
                self.used.add(value.lower())
                return value
        raise RuntimeError("no unused value")

    def origin(self) -> str:
        return self.choice(sorted(ORIGINS))

    def given(self, origin: str) -> str:
        return self.unique(lambda: self.choice(ORIGINS[origin][0]))

    def surname(self, origin: str) -> str:
        return self.unique(lambda: self.choice(ORIGINS[origin][1]))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))


def _name_fill(kind: str, surface: str, origin: str) -> Fill:
    return Fill(surface, [name_item(kind, surface, origin)])


def full_name(d: Draw, kind: str = "full_name", lower: bool = False) -> Fill:
    origin = d.origin()
    given, surname = d.given(origin), d.surname(origin)
    if origin == "vietnamese" and d.rng.random() < 0.4:  # family name first, often with a middle name
        surface = f"{surname} {d.choice(('Van', 'Thi', 'Minh'))} {given}"
    elif d.rng.random() < 0.1:
        surface = f"{given} {surname.upper()}"
    else:
        surface = f"{given} {surname}"
    return _name_fill(kind, surface.lower() if lower else surface, origin)


def first_name(d: Draw, variant: str = "", kind: str = "first_name", lower: bool = False) -> Fill:
    origin = d.origin()
    name = d.given(origin)
    name = name.lower() if lower else name
    fill = _name_fill(kind, name, origin)
    if variant == "gen":
        fill.surface = name if name.endswith(("s", "x", "z")) else name + "s"
    return fill


def name_list(d: Draw, lower: bool = False) -> Fill:
    kind = "lowercase_name" if lower else "first_name"
    parts = [first_name(d, kind=kind, lower=lower) for _ in range(d.rng.randint(2, 4))]
    names = [p.surface for p in parts]
    style = d.rng.randint(0, 3)
    if style == 0:
        text = ", ".join(names[:-1]) + " och " + names[-1]
    elif style == 1:
        text = ", ".join(names)
    elif style == 2:
        text = " o ".join(names)
    else:
        text = "/".join(names)
    return Fill(text, [item for p in parts for item in p.planted])


def role_surname(d: Draw, variant: str = "") -> Fill:
    origin = d.origin()
    surname = d.surname(origin)
    role = variant or d.choice(ROLES)
    return Fill(f"{role} {surname}", [name_item("surname_after_role", surname, origin)])


def _quoted(d: Draw, text: str) -> str:
    left, right = d.choice(QUOTES) if d.rng.random() < 0.7 else ("", "")
    return f"{left}{text}{right}"


def _nick(d: Draw) -> tuple[str, Planted]:
    nick = d.unique(lambda: d.choice(NICKNAMES))
    return nick, name_item("nickname", nick, "nickname")


def nickname(d: Draw) -> Fill:
    nick, item = _nick(d)
    return Fill(f"{d.choice(NICK_INTRO)} {_quoted(d, nick)}", [item])


def nickname_quoted(d: Draw) -> Fill:
    nick, item = _nick(d)
    left, right = d.choice(QUOTES)
    return Fill(f"{d.choice(PERSON_WORDS)} {left}{nick}{right}", [item])


def nickname_paren(d: Draw) -> Fill:
    nick, item = _nick(d)
    person = full_name(d) if d.rng.random() < 0.3 else first_name(d)
    quoted = _quoted(d, nick)
    text = f"{person.surface} ({quoted})" if d.rng.random() < 0.5 else f"{quoted} ({person.surface})"
    return Fill(text, [*person.planted, item])


def word_name(d: Draw, full: bool = False) -> Fill:
    given = d.unique(lambda: d.choice(WORD_GIVEN))
    if not full:
        return _name_fill("word_name", given, "word_name")
    surnames = WORD_SURNAMES if d.rng.random() < 0.6 else ORIGINS["swedish"][1]
    surname = d.unique(lambda: d.choice(surnames))
    return _name_fill("word_name", f"{given} {surname}", "word_name")


def _luhn(digits: str) -> str:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def id_number(d: Draw, coordination: bool = False) -> Fill:
    year = d.rng.randint(1921, 2011)
    month, day = d.rng.randint(1, 12), d.rng.randint(1, 28)
    day += 60 if coordination else 0
    short = f"{year % 100:02d}{month:02d}{day:02d}"
    serial = d.digits(3)
    last4 = serial + _luhn(short + serial)
    century = str(year // 100)
    sep = "+" if year < 1926 else "-"
    shapes = (
        f"{short}{sep}{last4}",
        f"{short}{last4}",
        f"{century}{short}-{last4}",
        f"{century}{short}{last4}",
    )
    surface = d.choice(shapes + (f"{short} {last4}",)) if sep == "-" else shapes[0]
    kind = "samordningsnummer" if coordination else "personnummer"
    return Fill(surface, [Planted(kind, surface, (Probe("digits", last4),))])


def _groups(digits: str, sizes: tuple[int, ...]) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    return " ".join(out)


def mobile(d: Draw) -> Fill:
    prefix, rest = d.choice(MOBILE_PREFIXES), d.digits(7)
    shapes = (
        f"{prefix}-{_groups(rest, (3, 2, 2))}",
        f"{prefix}{rest}",
        f"{prefix} {_groups(rest, (3, 2, 2))}",
        f"{prefix}-{rest}",
        f"+46 {prefix[1:]} {_groups(rest, (3, 2, 2))}",
        f"+46{prefix[1:]}{rest}",
        f"{prefix}-{_groups(rest, (2, 2, 3))}",
        f"0046 {prefix[1:]}-{_groups(rest, (3, 2, 2))}",
        f"{prefix} {rest[:3]} {rest[3:]}",
        f"{prefix}.{rest[:3]}.{rest[3:5]}.{rest[5:]}",
    )
    surface = d.choice(shapes)
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", rest[-4:]),))])


def landline(d: Draw) -> Fill:
    code = d.choice(AREA_CODES)
    size = 7 if code in ("08",) or d.rng.random() < 0.3 else 6
    if len(code) == 4:
        size = d.choice((5, 6))
    sub = str(d.rng.randint(1, 9)) + d.digits(size - 1)
    grouped = _groups(sub, {5: (3, 2), 6: (2, 2, 2), 7: (3, 2, 2)}[size])
    shapes = (
        f"{code}-{grouped}",
        f"{code} {grouped}",
        f"{code}{sub}",
        f"+46 {code[1:]} {grouped}",
        f"{code}-{sub}",
    )
    surface = d.choice(shapes)
    return Fill(surface, [Planted("landline", surface, (Probe("digits", sub[-4:]),))])


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ı", "i"))
    return re.sub(r"[^a-z]", "", text.encode("ascii", "ignore").decode().lower())


def email(d: Draw) -> Fill:
    origin = d.origin()
    given, surname = _ascii(d.given(origin)), _ascii(d.surname(origin))
    year = str(d.rng.randint(60, 99) if d.rng.random() < 0.5 else d.rng.randint(1965, 2009))
    local = d.choice(
        (f"{given}.{surname}", f"{given}_{surname}", f"{given}{surname}{year}", f"{given[0]}.{surname}",
         f"{given}{year}", f"{surname}.{given}")
    )  # fmt: skip
    surface = f"{local}@{d.choice(EMAIL_DOMAINS)}"
    if d.rng.random() < 0.1:
        surface = surface.capitalize()
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def plate(d: Draw, new: bool = False) -> Fill:
    letters = "".join(d.choice(PLATE_LETTERS) for _ in range(3))
    tail = d.digits(2) + d.choice(PLATE_LAST) if new else d.digits(3)
    if d.rng.random() < 0.15:
        letters, tail = letters.lower(), tail.lower()
    surface = d.choice((f"{letters} {tail}", f"{letters}{tail}", f"{letters}-{tail}", f"{letters} {tail}"))
    kind = "plate_new" if new else "plate"
    return Fill(surface, [Planted(kind, surface, (Probe("letters", letters), Probe("tail", tail)))])


def address(d: Draw) -> Fill:
    street = d.choice(STREETS)
    if d.rng.random() < 0.15 and street.endswith("vägen"):
        street = street[:-4] + d.choice((".", "", "."))
    if d.rng.random() < 0.15:
        street = street.lower()
    number = str(d.rng.randint(1, 189))
    letter = d.choice(("", "", "", " A", "B", " C"))
    surface = f"{street} {number}{letter}"
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def apartment(d: Draw) -> Fill:
    number = f"{d.rng.randint(10, 17)}{d.rng.randint(1, 6):02d}"
    label = d.choice(("lgh ", "lgh nr ", "lgh. ", "lägenhet ", "lgh", "Lgh ", "lägenhetsnr "))
    surface = f"{label}{number}"
    return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])


def property_designation(d: Draw) -> Fill:
    block = f"{d.rng.randint(1, 40)}:{d.rng.randint(1, 320)}"
    surface = f"{d.choice(PROPERTY_AREAS)} {block}"
    return Fill(surface, [Planted("property", surface, (Probe("number", block),))])


def case_number(d: Draw, variant: str = "") -> Fill:
    year = str(d.rng.randint(22, 26))
    if variant == "k" or (not variant and d.rng.random() < 0.55):
        serial = str(d.rng.randint(10000, 9999999))
        surface = d.choice(
            (f"K{serial}-{year}", f"K {serial}-{year}", f"5000-K{serial}-{year}", f"k{serial}-{year}",
             f"K-{serial}-{year}", f"{serial}-{year}")
        )  # fmt: skip
    else:
        serial = str(d.rng.randint(100, 9999))
        prefix = d.choice(("KFKS ", "KS ", "SN ", "SOC ", "", "BUN "))
        surface = f"{prefix}20{year}/{serial}" if d.rng.random() < 0.8 else f"{prefix}20{year}-{serial}"
    return Fill(surface, [Planted("case_number", surface, (Probe("number", serial),))])


def _look(kind: str, text: str) -> Fill:
    return Fill(text, lookalikes=[LookAlike(kind, text, word=True)])


def clock(d: Draw) -> Fill:
    h, m = d.rng.randint(0, 23), d.choice(("00", "15", "30", "45", "10", "50", "20", "05"))
    return _look("time", d.choice((f"{h:02d}:{m}", f"{h}.{m}", f"{h:02d}{m}", f"{h}:{m}")))


def date(d: Draw) -> Fill:
    y, mo, day = d.rng.randint(2024, 2026), d.rng.randint(1, 12), d.rng.randint(1, 28)
    months = "jan|feb|mars|april|maj|juni|juli|aug|sept|okt|nov|dec".split("|")
    shapes = (f"{y}-{mo:02d}-{day:02d}", f"{day}/{mo}", f"{day}.{mo}.{y}", f"{day}/{mo}-{y % 100}",
              f"{day} {months[mo - 1]}", f"{y}{mo:02d}{day:02d}")  # fmt: skip
    return _look("date", d.choice(shapes))


def amount(d: Draw) -> Fill:
    value = d.choice((d.rng.randint(3, 95) * 100, d.rng.randint(1, 60) * 1000 + d.choice((0, 500))))
    spaced = f"{value:,}".replace(",", " ")
    return _look(
        "amount", d.choice((f"{spaced} kr", f"{value} kr", f"{spaced}:-", f"{value}:-", f"{spaced} SEK"))
    )


def week(d: Draw) -> Fill:
    n = d.rng.randint(1, 52)
    return _look("week", d.choice((f"v. {n}", f"v.{n}", f"vecka {n}", f"v{n}", f"V.{n}", f"v {n}")))


SLOTS: dict[str, Callable[[Draw, str], Fill]] = {
    "full": lambda d, v: full_name(d),
    "first": lambda d, v: first_name(d, v),
    "names": lambda d, v: name_list(d),
    "lownames": lambda d, v: name_list(d, lower=True),
    "role": role_surname,
    "nick": lambda d, v: nickname(d),
    "nickq": lambda d, v: nickname_quoted(d),
    "nickp": lambda d, v: nickname_paren(d),
    "word": lambda d, v: word_name(d),
    "wordfull": lambda d, v: word_name(d, full=True),
    "low": lambda d, v: first_name(d, kind="lowercase_name", lower=True),
    "lowfull": lambda d, v: full_name(d, kind="lowercase_name", lower=True),
    "pnr": lambda d, v: id_number(d),
    "samn": lambda d, v: id_number(d, coordination=True),
    "mob": lambda d, v: mobile(d),
    "land": lambda d, v: landline(d),
    "mail": lambda d, v: email(d),
    "plate": lambda d, v: plate(d),
    "platen": lambda d, v: plate(d, new=True),
    "addr": lambda d, v: address(d),
    "lgh": lambda d, v: apartment(d),
    "prop": lambda d, v: property_designation(d),
    "case": case_number,
    "place": lambda d, v: _look("place", d.choice(PLACES)),
    "inst": lambda d, v: _look("institution", d.choice(INSTITUTIONS)),
    "street": lambda d, v: _look("street", d.choice(STREETS)),
    "pstreet": lambda d, v: _look("person_street", d.choice(PERSON_STREETS)),
    "org": lambda d, v: _look("organisation", d.choice(ORGANISATIONS)),
    "time": lambda d, v: clock(d),
    "date": lambda d, v: date(d),
    "amount": lambda d, v: amount(d),
    "week": lambda d, v: week(d),
    "bus": lambda d, v: _look("bus_line", d.choice(BUS_LINES)),
}


def fill_frame(source: str, frame: str, rng: random.Random) -> Sentence:
    d = Draw(rng)
    parts: list[str] = []
    planted: list[Planted] = []
    looks: list[LookAlike] = []
    pos = 0
    for m in SLOT.finditer(frame):
        parts.append(frame[pos : m.start()])
        pos = m.end()
        if m.group(1):
            fill = SLOTS[m.group(1)](d, m.group(2) or "")
        else:
            fill = _look(m.group(3) or "word", m.group(4))
        parts.append(fill.surface)
        planted += fill.planted
        looks += fill.lookalikes
    parts.append(frame[pos:])
    return Sentence(source, "".join(parts), tuple(planted), tuple(looks))


def problems(s: Sentence) -> list[str]:
    """Why a sentence's labels would be ambiguous; empty when every label means what it says."""
    out = []
    blank = s.text
    for item in sorted(s.planted, key=lambda p: -len(p.surface)):
        if item.surface not in s.text:
            out.append(f"{item.surface!r} not in the text")
        out += [f"{p} does not match {item.surface!r}" for p in item.probes if not p.matches(item.surface)]
        blank = blank.replace(item.surface, " ¤ ")
    for item in s.planted:
        out += [f"{p} of {item.surface!r} also matches other text" for p in item.probes if p.matches(blank)]
    texts = [look.text for look in s.lookalikes]
    for look in s.lookalikes:
        if look.count(blank) < 1:
            out.append(f"look-alike {look.text!r} missing outside planted items")
        if any(look.text in item.surface for item in s.planted):
            out.append(f"look-alike {look.text!r} inside a planted item")
        if texts.count(look.text) > 1 or any(look.text in t for t in texts if t != look.text):
            out.append(f"look-alike {look.text!r} written twice")
    if not s.planted and not s.lookalikes:
        out.append("nothing labelled")
    return out


def build(seed: int = SEED, size: int = SIZE) -> list[Sentence]:
    rng = random.Random(seed)
    frames = [(source, frame) for source, group in sorted(FRAMES.items()) for frame in group]
    rng.shuffle(frames)
    corpus = []
    for i in range(size):
        source, frame = frames[i % len(frames)]
        for _ in range(200):
            sentence = fill_frame(source, frame, rng)
            if not problems(sentence):
                break
        else:
            raise RuntimeError(f"no unambiguous draw for {frame!r}: {problems(sentence)}")
        corpus.append(sentence)
    return corpus
