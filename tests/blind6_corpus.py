"""The sixth blind redaction corpus: about 900 labelled sentences in the voices of EST reporters.

Written blind: without reading the redaction (lagesbild/privacy/), its name lists (lagesbild/data/), earlier
corpora or their measurements. `build()` fills the frames of tests/blind6_frames.py with the vocabulary of
tests/blind6_vocab.py (seeded, deterministic) and redraws any sentence whose labels `problems` finds
ambiguous.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from stdnum import luhn

from tests.blind6_frames import FRAMES
from tests.blind6_vocab import (
    EMAIL_DOMAINS,
    INSTITUTIONS,
    NICKNAMES,
    ORGANISATIONS,
    ORIGIN_WEIGHTS,
    ORIGINS,
    PERSON_STREETS,
    PLACES,
    PLATE_AVOID,
    PLATE_LETTERS,
    PROPERTY_KVARTER,
    PROPERTY_TRACTS,
    ROLES,
    STREETS,
    WORD_NAMES,
    WORD_OPENERS,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SEED = 20261204
SIZE = 900
TRIES = 400
SLOT = re.compile(r"\{(\w+)\}")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

_ORIGIN_NAMES = sorted(ORIGINS)
_ORIGIN_W = [ORIGIN_WEIGHTS.get(o, 1) for o in _ORIGIN_NAMES]


# --------------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------------
def _origin(rng: random.Random) -> str:
    return rng.choices(_ORIGIN_NAMES, _ORIGIN_W)[0]


def _person(rng: random.Random) -> tuple[str, str, str]:
    origin = _origin(rng)
    firsts, surnames = ORIGINS[origin]
    return rng.choice(firsts), rng.choice(surnames), origin


def _genitive(name: str) -> str:
    return name if name[-1] in "sxzSXZ" else name + "s"


def _full(rng: random.Random, voice: str) -> Fill:
    first, sur, origin = _person(rng)
    return Fill(f"{first} {sur}", [name_item("full_name", f"{first} {sur}", origin)])


def _full_g(rng: random.Random, voice: str) -> Fill:
    first, sur, origin = _person(rng)
    surface = f"{first} {_genitive(sur)}"
    return Fill(surface, [name_item("full_name", surface, origin, f"{first} {sur}")])


def _first(rng: random.Random, voice: str) -> Fill:
    first, _, origin = _person(rng)
    return Fill(first, [name_item("first_name", first, origin)])


def _first_g(rng: random.Random, voice: str) -> Fill:
    first, _, origin = _person(rng)
    surface = _genitive(first)
    return Fill(surface, [name_item("first_name", surface, origin, first)])


def _sn(rng: random.Random, voice: str) -> Fill:
    _, sur, origin = _person(rng)
    return Fill(sur, [name_item("surname_after_role", sur, origin)])


def _rsn(rng: random.Random, voice: str) -> Fill:
    _, sur, origin = _person(rng)
    role = rng.choice(ROLES[voice])
    return Fill(f"{role} {sur}", [name_item("surname_after_role", sur, origin)])


def _nick(rng: random.Random, voice: str) -> Fill:
    nick, origin = rng.choice(NICKNAMES)
    return Fill(nick, [name_item("nickname", nick, origin)])


def _wname(rng: random.Random, voice: str) -> Fill:
    name, origin = rng.choice(WORD_NAMES)
    return Fill(name, [name_item("word_name", name, origin)])


def _lfirst(rng: random.Random, voice: str) -> Fill:
    first, _, origin = _person(rng)
    return Fill(first.lower(), [name_item("lowercase_name", first.lower(), origin)])


def _lfull(rng: random.Random, voice: str) -> Fill:
    first, sur, origin = _person(rng)
    surface = f"{first} {sur}".lower()
    return Fill(surface, [name_item("lowercase_name", surface, origin)])


# --------------------------------------------------------------------------------------------------
# Structured personal data
# --------------------------------------------------------------------------------------------------
def _identity(rng: random.Random, kind: str) -> Fill:
    year = rng.randint(1938, 2013)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28) + (60 if kind == "samordningsnummer" else 0)
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    ten = body + luhn.calc_check_digit(body)
    century = str(year // 100)
    shape = rng.randrange(6)
    surface = (
        f"{ten[:6]}-{ten[6:]}",
        f"{century}{ten[:6]}-{ten[6:]}",
        ten,
        f"{century}{ten}",
        f"{century}{ten[:6]} {ten[6:]}",
        f"{ten[:6]}-{ten[6:]}",
    )[shape]
    return Fill(surface, [Planted(kind, surface, (Probe("digits", ten[-4:]),))])


def _pnr(rng: random.Random, voice: str) -> Fill:
    return _identity(rng, "personnummer")


def _samnr(rng: random.Random, voice: str) -> Fill:
    return _identity(rng, "samordningsnummer")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _mobile(rng: random.Random, voice: str) -> Fill:
    prefix = rng.choice(("70", "72", "73", "76", "79"))
    d = _digits(rng, 7)
    surface = rng.choice((
        f"0{prefix}-{d[:3]} {d[3:5]} {d[5:]}",
        f"0{prefix}{d}",
        f"0{prefix} {d[:3]} {d[3:5]} {d[5:]}",
        f"+46 {prefix} {d[:3]} {d[3:5]} {d[5:]}",
        f"+46{prefix}{d}",
        f"0{prefix}-{d}",
        f"0{prefix}-{d[:2]} {d[2:4]} {d[4:]}",
        f"0046 {prefix}-{d[:3]} {d[3:]}",
    ))  # fmt: skip
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", d[-4:]),))])


def _landline(rng: random.Random, voice: str) -> Fill:
    code = rng.choice(("08", "08", "0155", "0150", "016", "018", "0157", "0156"))
    n = 8 if code == "08" else 6
    d = _digits(rng, n)
    if d[0] == "0":
        d = "5" + d[1:]
    grouped = f"{d[:-4]} {d[-4:-2]} {d[-2:]}"
    surface = rng.choice((
        f"{code}-{grouped}",
        f"{code}-{d}",
        f"{code} {grouped}",
        f"+46 {code[1:]} {grouped}",
        f"{code}/{d}",
    ))  # fmt: skip
    return Fill(surface, [Planted("landline", surface, (Probe("digits", d[-4:]),))])


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _email(rng: random.Random, voice: str) -> Fill:
    first, sur, _ = _person(rng)
    f = re.sub(r"[^a-z]", "", _ascii(first).lower())
    s = re.sub(r"[^a-z]", "", _ascii(sur).lower())
    local = rng.choice((
        f"{f}.{s}", f"{f}{rng.randint(10, 99)}", f"{f[0]}.{s}", f"{s}.{f}",
        f"{f}_{s}{rng.randint(1, 9)}", f"{f}{s[:3]}", f"{f}.{s[0]}",
    ))  # fmt: skip
    surface = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def _plate_letters(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        if letters not in PLATE_AVOID:
            return letters


def _plate(rng: random.Random, voice: str) -> Fill:
    letters, number = _plate_letters(rng), f"{rng.randint(1, 999):03d}"
    surface = rng.choice(
        (f"{letters} {number}", f"{letters} {number}", f"{letters}{number}", f"{letters}-{number}")
    )
    return Fill(surface, [Planted("plate", surface, (Probe("letters", letters), Probe("number", number)))])


def _plate_new(rng: random.Random, voice: str) -> Fill:
    letters = _plate_letters(rng)
    # The last character of a new-format plate is never O (it would read as 0).
    tail = f"{rng.randint(1, 99):02d}{rng.choice(PLATE_LETTERS).replace('O', 'U')}"
    surface = rng.choice((f"{letters} {tail}", f"{letters} {tail}", f"{letters}{tail}"))
    return Fill(surface, [Planted("plate_new", surface, (Probe("letters", letters), Probe("tail", tail)))])


def _address(rng: random.Random, voice: str) -> Fill:
    street = rng.choice(STREETS) if rng.random() < 0.8 else rng.choice(PERSON_STREETS)
    number = str(rng.randint(1, 160))
    surface = rng.choice((
        f"{street} {number}", f"{street} {number}", f"{street} {number}{rng.choice('ABCD')}",
        f"{street} {number} {rng.choice('ABC')}",
    ))  # fmt: skip
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def _apt(rng: random.Random, voice: str) -> Fill:
    number = (
        f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}" if rng.random() < 0.8 else f"0{rng.randint(901, 908)}"
    )
    surface = rng.choice((
        f"lgh {number}", f"lgh {number}", f"lägenhet {number}", f"lgh nr {number}", f"lgh.{number}",
        f"lägenhetsnummer {number}", f"lgh-nr {number}",
    ))  # fmt: skip
    return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])


def _property(rng: random.Random, voice: str) -> Fill:
    if rng.random() < 0.7:
        number = f"{rng.randint(1, 25)}:{rng.randint(1, 399)}"
        surface = f"{rng.choice(PROPERTY_TRACTS)} {number}"
    else:
        number = str(rng.randint(1, 30))
        surface = f"{rng.choice(PROPERTY_KVARTER)} {number}"
    return Fill(surface, [Planted("property", surface, (Probe("number", number),))])


def _case(rng: random.Random, voice: str) -> Fill:
    core = _digits(rng, rng.choice((5, 6, 6, 7)))
    if core[0] == "0":
        core = "4" + core[1:]
    year = rng.choice(("24", "25", "26"))
    surface = rng.choice((
        f"K{core}-{year}", f"K {core}-{year}", f"5000-K{core}-{year}", f"K-{core}-{year}",
        f"0480-K{core}-{year}", f"ärende K{core}-{year}",
    ))  # fmt: skip
    return Fill(surface, [Planted("case_number", surface, (Probe("digits", core),))])


# --------------------------------------------------------------------------------------------------
# Look-alikes
# --------------------------------------------------------------------------------------------------
def _look(kind: str, surface: str, text: str | None = None, word: bool = True) -> Fill:
    return Fill(surface, lookalikes=[LookAlike(kind, text or surface, word)])


def _place(rng: random.Random, voice: str) -> Fill:
    return _look("place", rng.choice(PLACES))


def _inst(rng: random.Random, voice: str) -> Fill:
    return _look("institution", rng.choice(INSTITUTIONS))


def _street(rng: random.Random, voice: str) -> Fill:
    return _look("street", rng.choice(STREETS))


def _pstreet(rng: random.Random, voice: str) -> Fill:
    return _look("person_street", rng.choice(PERSON_STREETS))


def _org(rng: random.Random, voice: str) -> Fill:
    return _look("organisation", rng.choice(ORGANISATIONS))


def _time(rng: random.Random, voice: str) -> Fill:
    h, m = rng.choice((*range(0, 4), *range(15, 24))), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    text = rng.choice((f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"kl {h:02d}{m:02d}", f"{h}:{m:02d}", f"kl {h}"))
    # A bare time after a place name could read as a street number: "kl" is part of the text when it is short.
    surface = rng.choice((text, text, f"kl. {text}")) if not text.startswith("kl") else text
    return _look("time", surface, text, word=False)


def _date(rng: random.Random, voice: str) -> Fill:
    year, month, day = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    surface = rng.choice((
        f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day}.{month}", f"den {day} {MONTHS[month - 1]}",
        f"{day} {MONTHS[month - 1]}", f"{rng.choice(WEEKDAYS)} {day}/{month}", f"{day}/{month}-{year % 100}",
        f"{day}.{month}.{year}",
    ))  # fmt: skip
    return _look("date", surface, word=False)


def _amount(rng: random.Random, voice: str) -> Fill:
    n = rng.choice((350, 850, 1200, 2500, 4500, 6000, 12000, 18500, 30000, 45000, 120000))
    spaced = f"{n:,}".replace(",", " ")
    surface = rng.choice((
        f"{spaced} kr", f"{spaced} kronor", f"{n}:-", f"{n} kr", f"{spaced} SEK", f"ca {spaced} kr",
    ))  # fmt: skip
    return _look("amount", surface, word=False)


def _week(rng: random.Random, voice: str) -> Fill:
    w = rng.randint(1, 52)
    return _look(
        "week", rng.choice((f"v. {w}", f"vecka {w}", f"v{w}", f"V.{w}", f"v {w}", f"veckan {w}")), word=False
    )


def _bus(rng: random.Random, voice: str) -> Fill:
    line = rng.choice((401, 409, 414, 422, 443, 444, 449, 471, 474, 491, 2, 3, 4, 6, 515, 701))
    return _look(
        "bus_line",
        rng.choice(
            (f"buss {line}", f"linje {line}", f"busslinje {line}", f"nattbuss {line}", f"bussen {line}")
        ),
        word=False,
    )


def _word(rng: random.Random, voice: str) -> Fill:
    word, clause = rng.choice(WORD_OPENERS)
    return Fill(clause, lookalikes=[LookAlike("word", word, True)])


FILLERS: dict[str, Callable[[random.Random, str], Fill]] = {
    "full": _full, "full_g": _full_g, "first": _first, "first_g": _first_g, "sn": _sn, "rsn": _rsn,
    "nick": _nick, "wname": _wname, "lfirst": _lfirst, "lfull": _lfull,
    "pnr": _pnr, "samnr": _samnr, "mobile": _mobile, "landline": _landline, "email": _email, "plate": _plate,
    "plate_new": _plate_new, "address": _address, "apt": _apt, "property": _property, "case": _case,
    "place": _place, "inst": _inst, "street": _street, "pstreet": _pstreet, "org": _org, "time": _time,
    "date": _date, "amount": _amount, "week": _week, "bus": _bus, "Word": _word,
}  # fmt: skip


def _upper(fill: Fill) -> Fill:
    return Fill(
        fill.surface.upper(),
        [Planted(p.kind, p.surface.upper(), _upper_probes(p.probes), p.origin) for p in fill.planted],
        [LookAlike(lk.kind, lk.text.upper(), lk.word) for lk in fill.lookalikes],
    )


def _upper_probes(probes: tuple[Probe, ...]) -> tuple[Probe, ...]:
    return tuple(Probe(p.mode, p.value.upper() if p.mode in ("letters", "text") else p.value) for p in probes)


def fill(rng: random.Random, voice: str, style: str, template: str) -> Sentence:
    planted: list[Planted] = []
    lookalikes: list[LookAlike] = []

    def one(match: re.Match[str]) -> str:
        f = FILLERS[match.group(1)](rng, voice)
        if style == "caps":
            f = _upper(f)
        planted.extend(f.planted)
        lookalikes.extend(f.lookalikes)
        return f.surface

    text = SLOT.sub(one, template)
    return Sentence(f"{voice}/{style}", text, tuple(planted), tuple(lookalikes))


# --------------------------------------------------------------------------------------------------
# Label checks
# --------------------------------------------------------------------------------------------------
def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]


def _look_spans(text: str, look: LookAlike) -> list[tuple[int, int]]:
    if look.word:
        return _spans(text, look.text)
    return [m.span() for m in re.finditer(re.escape(look.text), text)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def problems(sentence: Sentence) -> list[str]:
    """Why the labels of `sentence` would not mean what they say: a planted item that does not occur exactly
    once, a probe that also matches outside its item, two planted items that overlap, a look-alike that is
    missing or overlaps a planted item."""
    text = sentence.text
    out: list[str] = []
    item_spans: list[tuple[int, int]] = []
    for item in sentence.planted:
        spans = _spans(text, item.surface)
        if len(spans) != 1:
            out.append(f"{item.kind} {item.surface!r} occurs {len(spans)} times")
            continue
        start, end = spans[0]
        if any(_overlap(spans[0], other) for other in item_spans):
            out.append(f"{item.kind} {item.surface!r} overlaps another planted item")
        item_spans.append(spans[0])
        rest = text[:start] + " ¤ " + text[end:]
        out.extend(
            f"probe {p.value!r} of {item.surface!r} also matches outside it"
            for p in item.probes
            if p.matches(rest)
        )
    for look in sentence.lookalikes:
        spans = _look_spans(text, look)
        if not spans:
            out.append(f"look-alike {look.text!r} missing")
        if any(_overlap(s, p) for s in spans for p in item_spans):
            out.append(f"look-alike {look.text!r} overlaps a planted item")
    return out


def build(size: int = SIZE, seed: int = SEED) -> list[Sentence]:
    """`size` distinct sentences, every frame used in turn; a sentence with ambiguous labels is redrawn."""
    rng = random.Random(seed)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    index = 0
    while len(corpus) < size:
        voice, style, template = FRAMES[index % len(FRAMES)]
        index += 1
        for _ in range(TRIES):
            sentence = fill(rng, voice, style, template)
            if sentence.text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"no unambiguous sentence for {template!r}")
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
