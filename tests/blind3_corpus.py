"""The third blind redaction corpus: about 1,000 labelled sentences built from tests/blind3_frames.py and
tests/blind3_vocab.py with a fixed seed.

Written for issue #14 without reading the redaction rules, their name lists or the earlier corpora; the
labels use the harness in tests/independent_labels.py. A sentence whose labels would be ambiguous (a probe of
one item also matching another item or the rest of the sentence, a look-alike hidden inside a planted item)
is drawn again, so every label means exactly what it says (see `problems`).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from tests.blind3_frames import FRAMES
from tests.blind3_vocab import (
    AMOUNTS,
    BUS_LINES,
    DATES,
    INSTITUTIONS,
    MAIL_DOMAINS,
    MOBILE_PREFIXES,
    NAMES,
    NICKNAMES,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PROPERTY_BLOCKS,
    ROLES,
    SAID_BEFORE,
    STREETS,
    STREETS_FOR_ADDRESSES,
    TIMES,
    WEEKS,
    WORD_FIRST,
    WORD_SURNAMES,
    WORDS,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SIZE = 1000
SEED = 20261203
ATTEMPTS = 300
ORIGINS = tuple(NAMES)
_PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
_SLOT = re.compile(r"\{(\w+)\}|\[\[(\w+):([^\]]+)\]\]")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "đ": "d"})


def fold(text: str) -> str:
    """How a name looks typed on a phone without diacritics: Jovanović -> Jovanovic."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- names -------------------------------------------------------------------------------------------


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = rng.choice(ORIGINS)
    firsts, surnames = NAMES[origin]
    return origin, rng.choice(firsts), rng.choice(surnames)


def full(rng: random.Random) -> Fill:
    origin, first, sur = _person(rng)
    style = rng.random()
    if style < 0.12:  # a register or a list: "Surname, First"
        surface = f"{sur}, {first}"
    elif style < 0.24:
        surface = f"{first} {sur}".upper()
    elif style < 0.34:  # two surnames, spaced or hyphenated, sometimes from two origins
        other = rng.choice(NAMES[rng.choice(ORIGINS)][1])
        if other == sur or " " in other or " " in sur:
            other = rng.choice(NAMES[origin][1])
        surface = f"{first} {sur}{rng.choice((' ', '-'))}{other}" if other != sur else f"{first} {sur}"
    else:
        surface = f"{first} {sur}"
    probe = surface.replace(",", "")
    return Fill(surface, [name_item("full_name", surface, origin, probe)])


def first(rng: random.Random) -> Fill:
    origin, name, sur = _person(rng)
    if rng.random() < 0.15:  # "Dragan J." as notes shorten the surname
        surface = f"{name} {fold(sur)[0]}."
        return Fill(surface, [name_item("first_name", surface, origin, name)])
    return Fill(name, [name_item("first_name", name, origin)])


def first_genitive(rng: random.Random) -> Fill:
    origin, name, _ = _person(rng)
    text = name if name[-1] in "sxz" else f"{name}s"
    return Fill(text, [name_item("first_name", name, origin)])


def role(rng: random.Random) -> Fill:
    word = rng.choice(ROLES)
    if rng.random() < 0.25:
        origin, sur = "word", rng.choice(WORD_SURNAMES)
    else:
        origin, _, sur = _person(rng)
    if rng.random() < 0.1:
        sur = sur.upper()
    return Fill(f"{word} {sur}", [name_item("surname_after_role", sur, origin)])


def _nickname(rng: random.Random) -> tuple[str, Planted]:
    nick = rng.choice(NICKNAMES)
    return nick, name_item("nickname", nick, "nickname")


def nick_with_name(rng: random.Random) -> Fill:
    nick, item = _nickname(rng)
    person = full(rng) if rng.random() < 0.5 else first(rng)
    name = person.surface
    forms = (
        f"{name} kallad {nick}", f"{name}, kallas {nick},", f"{name} som kallar sig {nick}",
        f"{name} alias {nick}", f"{name} aka {nick}", f"{name} (smeknamnet {nick})", f'{name} "{nick}"',
        f"({nick}) {name}", f"{name} ({nick})", f"{nick} ({name})", f'"{nick}" {name}',
        f"{name}, även kallad {nick}", f"{name} a.k.a. {nick}", f"{name} - kallas för {nick} -",
    )  # fmt: skip
    return Fill(rng.choice(forms), [item, *person.planted])


def nick_cued(rng: random.Random) -> Fill:
    nick, item = _nickname(rng)
    forms = (
        f'killen "{nick}"', f"en som kallas {nick}", f"tjejen som kallar sig {nick}", f"smeknamnet {nick}",
        f"alias {nick}", f"en kille kallad {nick}", f'han som kallas "{nick}"', f"den s.k. {nick}",
        f"{nick} (smeknamn)", f"en person med smeknamnet {nick}", f'"{nick}" (okänt riktigt namn)',
    )  # fmt: skip
    return Fill(rng.choice(forms), [item])


def nick_bare(rng: random.Random) -> Fill:
    nick, item = _nickname(rng)
    return Fill(rng.choice((f'"{nick}"', f"'{nick}'", f"”{nick}”", nick)), [item])


def word_name(rng: random.Random) -> Fill:
    style = rng.random()
    if style < 0.45:
        surface = rng.choice(WORD_FIRST)
    elif style < 0.75:
        surface = f"{rng.choice(NAMES['swedish'][0])} {rng.choice(WORD_SURNAMES)}"
    else:
        surface = f"{rng.choice(WORD_FIRST)} {rng.choice(NAMES['swedish'][1])}"
    return Fill(surface, [name_item("word_name", surface, "word")])


def lower(rng: random.Random) -> Fill:
    origin, name, sur = _person(rng)
    surface = (name if rng.random() < 0.5 else f"{name} {sur}").lower()
    if rng.random() < 0.35:
        surface = fold(surface)
    return Fill(surface, [name_item("lowercase_name", surface, origin)])


def said(rng: random.Random) -> Fill:
    person = full(rng) if rng.random() < 0.4 else first(rng)
    verb = rng.choice(SAID_BEFORE)
    forms = (f"{verb} {person.surface}", f"{person.surface} {verb.replace('enligt', 'säger')}")
    return Fill(rng.choice(forms), person.planted)


# --- structured ----------------------------------------------------------------------------------------


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _identity(rng: random.Random, kind: str) -> Fill:
    old = kind == "personnummer" and rng.random() < 0.1  # over 100: "+" instead of "-"
    year = rng.randint(1915, 1925) if old else rng.randint(1940, 2013)
    day = rng.randint(1, 28) + (60 if kind == "samordningsnummer" else 0)
    yymmdd = f"{year % 100:02d}{rng.randint(1, 12):02d}{day:02d}"
    serial = f"{rng.randint(0, 999):03d}"
    last4 = serial + _luhn_digit(yymmdd + serial)
    long_date = f"{year}{yymmdd[2:]}"
    if old:
        surface = f"{yymmdd}+{last4}"
    else:
        surface = rng.choice(
            (f"{yymmdd}-{last4}", f"{long_date}-{last4}", f"{yymmdd}{last4}", f"{long_date}{last4}",
             f"{yymmdd} {last4}", f"{long_date} {last4}", f"{long_date} - {last4}", f"{yymmdd} - {last4}")
        )  # fmt: skip
    return Fill(surface, [Planted(kind, surface, (Probe("digits", last4), Probe("digits", yymmdd)))])


def mobile(rng: random.Random) -> Fill:
    pre = rng.choice(MOBILE_PREFIXES)
    a, b, c = f"{rng.randint(0, 999):03d}", f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"
    p = pre[1:]
    surface = rng.choice(
        (f"{pre}-{a} {b} {c}", f"{pre}{a}{b}{c}", f"{pre} {a} {b} {c}", f"{pre}-{a}{b}{c}",
         f"+46 {p} {a} {b} {c}", f"+46{p}{a}{b}{c}", f"0046 {p} {a} {b} {c}", f"0046{p}{a}{b}{c}",
         f"+46 (0){p}-{a} {b} {c}", f"{pre} - {a} {b}{c}", f"{pre}.{a}.{b}.{c}", f"+46-{p}-{a}{b}{c}")
    )  # fmt: skip
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", b + c),))])


def landline(rng: random.Random) -> Fill:
    if rng.random() < 0.5:
        area, a, b, c = (
            "8",
            f"{rng.randint(200, 899)}",
            f"{rng.randint(0, 99):02d}",
            f"{rng.randint(0, 99):02d}",
        )
    else:
        area, a, b, c = (
            "155",
            f"{rng.randint(20, 29)}",
            f"{rng.randint(0, 99):02d}",
            f"{rng.randint(0, 99):02d}",
        )
    surface = rng.choice(
        (f"0{area}-{a} {b} {c}", f"0{area}-{a}{b}{c}", f"0{area} {a} {b} {c}", f"+46 {area} {a} {b} {c}",
         f"0046 {area} {a}{b}{c}", f"+46(0){area}-{a}{b}{c}", f"0{area}/{a} {b} {c}", f"0{area}{a}{b}{c}")
    )  # fmt: skip
    return Fill(surface, [Planted("landline", surface, (Probe("digits", b + c),))])


def email(rng: random.Random) -> Fill:
    _, name, sur = _person(rng)
    f, s = fold(name).lower().replace(" ", ""), fold(sur).lower().replace(" ", "")
    local = rng.choice(
        (f"{f}.{s}", f"{f[0]}.{s}", f"{f}_{s}{rng.randint(70, 99)}", f"{f}{s}", f"{f}.{s[0]}",
         f"{s}.{f}{rng.randint(1, 9)}")
    )  # fmt: skip
    domain = rng.choice(MAIL_DOMAINS + ("nacka.se", "nykoping.se", "stenafastigheter.se"))
    surface = f"{local}@{domain}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def _letters(rng: random.Random) -> str:
    return "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))


def plate(rng: random.Random) -> Fill:
    letters, digits = _letters(rng), f"{rng.randint(1, 999):03d}"
    surface = rng.choice((f"{letters} {digits}", f"{letters}{digits}", f"{letters}-{digits}"))
    if rng.random() < 0.2:
        surface, letters = surface.lower(), letters.lower()
    probes = (Probe("letters", letters), Probe("tail", digits))
    return Fill(surface, [Planted("plate", surface, probes)])


def plate_new(rng: random.Random) -> Fill:
    letters, tail = _letters(rng), f"{rng.randint(1, 99):02d}{rng.choice(_PLATE_LETTERS)}"
    tail = tail.replace("O", "U")  # O is never the last character of a new plate (it reads as 0)
    surface = rng.choice((f"{letters}{tail}", f"{letters} {tail}"))
    if rng.random() < 0.25:
        surface, letters, tail = surface.lower(), letters.lower(), tail.lower()
    probes = (Probe("letters", letters), Probe("tail", tail))
    return Fill(surface, [Planted("plate_new", surface, probes)])


def address(rng: random.Random) -> Fill:
    street, n, letter = rng.choice(STREETS_FOR_ADDRESSES), rng.randint(1, 140), rng.choice("ABCD")
    surface = rng.choice(
        (f"{street} {n}", f"{street} {n}{letter}", f"{street} {n} {letter}", f"{street} {n}, uppg. {letter}",
         f"{street} {n} uppg {letter}", f"{street} {n}, {rng.randint(1, 9)} tr", f"{street.lower()} {n}",
         f"{street} nr {n}", f"{street} {n}{letter.lower()}")
    )  # fmt: skip
    return Fill(surface, [Planted("address", surface, (Probe("number", str(n)),))])


def apartment(rng: random.Random) -> Fill:
    number = rng.choice((f"{rng.randint(10, 16)}{rng.randint(1, 9):02d}", f"0{rng.randint(901, 909)}"))
    if rng.random() < 0.2:
        number = str(rng.randint(11, 99))
    surface = rng.choice(
        (f"lgh {number}", f"lgh. {number}", f"lägenhet {number}", f"lgh nr {number}", f"lägenhetsnr {number}",
         f"LGH {number}", f"lgh{number}")
    )  # fmt: skip
    return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])


def property_designation(rng: random.Random) -> Fill:
    block, code = rng.choice(PROPERTY_BLOCKS), f"{rng.randint(1, 60)}:{rng.randint(1, 400)}"
    surface = rng.choice(
        (f"{block} {code}", f"{block.split()[1]} {code}", f"{block.upper()} {code}", f"{block}  {code}")
    )
    return Fill(surface, [Planted("property", surface, (Probe("text", code),))])


def case_number(rng: random.Random) -> Fill:
    six, yy, year = (
        f"{rng.randint(10000, 999999):06d}",
        rng.choice(("24", "25", "26")),
        rng.choice(("2025", "2026")),
    )
    serial = f"{rng.randint(20, 1999):04d}"
    forms = (
        (f"K-{six}-{yy}", six), (f"K{six}-{yy}", six), (f"5000-K{six}-{yy}", six), (f"K {six}-{yy}", six),
        (f"KS {year}/{serial}", serial), (f"SOC {year}/{serial}", serial), (f"{yy}-{six}", six),
        (f"{six}", six), (f"ÄR-{year}-{serial}", serial), (f"BoU {year}.{serial}", serial),
        (f"k{six}-{yy}", six),
    )  # fmt: skip
    surface, key = rng.choice(forms)
    return Fill(surface, [Planted("case_number", surface, (Probe("digits", key),))])


# --- look-alikes ----------------------------------------------------------------------------------------


def _look(kind: str, values: tuple[str, ...]) -> Callable[[random.Random], Fill]:
    def fill(rng: random.Random) -> Fill:
        text = rng.choice(values)
        return Fill(text, lookalikes=[LookAlike(kind, text, word=True)])

    return fill


FILLERS: dict[str, Callable[[random.Random], Fill]] = {
    "full": full, "first": first, "firstg": first_genitive, "role": role, "nick": nick_with_name,
    "nickq": nick_cued, "nickbare": nick_bare, "wname": word_name, "lower": lower, "said": said,
    "pnr": lambda rng: _identity(rng, "personnummer"),
    "samord": lambda rng: _identity(rng, "samordningsnummer"),
    "mob": mobile, "land": landline, "mail": email, "plate": plate, "platen": plate_new, "addr": address,
    "apt": apartment, "prop": property_designation, "case": case_number,
    "place": _look("place", PLACES), "inst": _look("institution", INSTITUTIONS),
    "street": _look("street", STREETS), "time": _look("time", TIMES), "date": _look("date", DATES),
    "amount": _look("amount", AMOUNTS), "week": _look("week", WEEKS), "bus": _look("bus_line", BUS_LINES),
    "word": _look("word", WORDS), "org": _look("organisation", ORGANISATIONS),
    "pstreet": _look("person_street", PERSON_STREETS),
}  # fmt: skip


def fill_frame(source: str, frame: str, rng: random.Random) -> Sentence:
    parts: list[str] = []
    planted: list[Planted] = []
    looks: list[LookAlike] = []
    last = 0
    for m in _SLOT.finditer(frame):
        parts.append(frame[last : m.start()])
        last = m.end()
        if m.group(1):
            piece = FILLERS[m.group(1)](rng)
            parts.append(piece.surface)
            planted += piece.planted
            looks += piece.lookalikes
        else:
            parts.append(m.group(3))
            looks.append(LookAlike(m.group(2), m.group(3), word=True))
    parts.append(frame[last:])
    return Sentence(source, "".join(parts), tuple(planted), tuple(looks))


def _occurs(surface: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)")


def problems(s: Sentence) -> list[str]:
    """Why a sentence's labels would be ambiguous; empty when every label means what it says."""
    found: list[str] = []
    rest = s.text
    for item in s.planted:
        if not _occurs(item.surface).search(s.text):
            found.append(f"{item.surface!r} not in the sentence")
        if not all(p.matches(s.text) for p in item.probes):
            found.append(f"a probe of {item.surface!r} does not match the sentence")
        rest = _occurs(item.surface).sub(" ¤ ", rest)
    for item in s.planted:
        for probe in item.probes:
            if probe.matches(rest):
                found.append(f"{probe} of {item.surface!r} also matches outside it")
            for other in s.planted:
                if other is not item and other.surface not in item.surface and probe.matches(other.surface):
                    found.append(f"{probe} of {item.surface!r} also matches {other.surface!r}")
            for look in s.lookalikes:
                if probe.matches(look.text):
                    found.append(f"{probe} of {item.surface!r} matches look-alike {look.text!r}")
    for look in s.lookalikes:
        if not look.kept(rest):
            found.append(f"look-alike {look.text!r} only inside a planted item")
    return found


def build() -> list[Sentence]:
    """SIZE sentences, frames taken in turn, fillings drawn with a fixed seed (same corpus on every call)."""
    rng = random.Random(SEED)
    frames = [(source, frame) for source, group in FRAMES.items() for frame in group]
    corpus: list[Sentence] = []
    for i in range(SIZE):
        source, frame = frames[i % len(frames)]
        for _ in range(ATTEMPTS):
            sentence = fill_frame(source, frame, rng)
            if not problems(sentence):
                break
        else:
            raise ValueError(f"no unambiguous filling for {frame!r}: {problems(sentence)}")
        corpus.append(sentence)
    return corpus
