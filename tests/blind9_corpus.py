"""The ninth blind redaction corpus: a deterministic builder over tests/blind9_frames_[a-d].py.

Written blind: from the writer's own knowledge, without reading the redaction, its rules or name lists or
any earlier corpus (docs/redaction_blind9.md lists what was opened). Each frame is a template with
slots; a slot is filled from tests/blind9_vocab_*.py and labelled: a planted item (a name of a kind and
an origin, or a structured item) or a look-alike (kept intact by a good redaction). A fill whose labels
would be ambiguous (see :func:`problems`) is drawn again.

Slots: ``{kind}`` or ``{kind:mods}`` (mods joined by ``_``: ``gen`` adds a genitive s, ``up`` writes the
item in capitals, ``f`` or ``m`` picks a woman's or a man's first name where the sentence says which);
``[[kind:text]]`` is a look-alike written in the frame itself.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from stdnum import luhn

from tests.blind9_frames_a import FRAMES as FRAMES_A
from tests.blind9_frames_b import FRAMES as FRAMES_B
from tests.blind9_frames_c import FRAMES as FRAMES_C
from tests.blind9_frames_d import FRAMES as FRAMES_D
from tests.blind9_vocab_names import DOUBLE_FIRST, FEMALE_WORD_FIRST, ORIGINS, WORD_FIRST, WORD_SURNAMES
from tests.blind9_vocab_places import (
    ADDRESS_FORMS,
    AMOUNTS,
    AREA_CODES,
    BAD_PLATES,
    BUS_LINES,
    DATES,
    INSTITUTIONS,
    MAIL_DOMAINS,
    MOBILE_PREFIXES,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    PROPERTY_TRACTS,
    STREETS,
    TIMES,
    WEEKS,
)
from tests.independent_labels import (
    NAME_KINDS,
    Fill,
    LookAlike,
    Planted,
    Probe,
    Sentence,
    name_item,
)

SEED = 90_909
SIZE = 1000

# (voice, style, template) from the three frame files; a frame's id is its position.
Frame = tuple[str, str, str]
ALL_FRAMES: tuple[Frame, ...] = (*FRAMES_A, *FRAMES_B, *FRAMES_C, *FRAMES_D)

_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}|\[\[(\w+):([^\]]+)\]\]")

# More Swedish and Finnish names than of any other origin, as in Sweden; every origin appears.
_WEIGHTS = {"swedish": 4, "finnish": 2}
_ORIGIN_KEYS = tuple(ORIGINS)
_ORIGIN_WEIGHTS = tuple(_WEIGHTS.get(o, 1) for o in _ORIGIN_KEYS)


def frames() -> int:
    return len(ALL_FRAMES)


# ------------------------------------------------------------------------------------------------
# Names
# ------------------------------------------------------------------------------------------------
def _origin(rng: random.Random) -> str:
    return rng.choices(_ORIGIN_KEYS, _ORIGIN_WEIGHTS)[0]


def _first(rng: random.Random, origin: str, gender: str | None = None) -> str:
    female, male, _, _ = ORIGINS[origin]
    if gender is None:
        gender = "f" if rng.random() < 0.5 else "m"
    return rng.choice(female if gender == "f" else male)


def _surname(rng: random.Random, origin: str) -> str:
    return rng.choice(ORIGINS[origin][2])


def _genitive(name: str) -> str:
    return name if name[-1] in "sxzSXZ" else name + "s"


def _name(rng: random.Random, slot: str, gender: str | None = None) -> tuple[str, str, str, str | None]:
    """(kind, surface, origin, probe text) of a name slot; `gender` "f" or "m" where the sentence says."""
    origin = _origin(rng)
    if slot == "full":
        # one full name in ten has a double first name, one in ten three parts
        variant = rng.random()
        if variant < 0.1 and gender is None:
            return _name(rng, "full2")
        if variant < 0.2:
            return _name(rng, "full3", gender)
        return "full_name", f"{_first(rng, origin, gender)} {_surname(rng, origin)}", origin, None
    if slot == "full3":
        female, male, surnames, _ = ORIGINS[origin]
        names = female if (gender or rng.choice("fm")) == "f" else male
        if origin == "vietnamese":
            middle = "Thi" if names is female else "Van"
            return "full_name", f"{rng.choice(surnames)} {middle} {rng.choice(names)}", origin, None
        first, second = rng.sample(names, 2)
        if origin in ("latin_american", "arabic_iraq", "somali", "eritrean", "ethiopian"):
            # two surnames, or a father's and a grandfather's name
            second = rng.choice(surnames if origin == "latin_american" else male)
        return "full_name", f"{first} {second} {rng.choice(surnames)}", origin, None
    if slot == "fullrev":
        first, sur = _first(rng, origin, gender), _surname(rng, origin)
        form = rng.choice(("{s}, {f}", "{S} {f}", "{s} {f}"))
        surface = form.format(s=sur, S=sur.upper(), f=first)
        return "full_name", surface, origin, f"{first} {sur}"
    if slot == "fullcap":
        return "full_name", f"{_first(rng, origin, gender)} {_surname(rng, origin)}".upper(), origin, None
    if slot == "full2":
        origin = rng.choice(tuple(DOUBLE_FIRST))
        return "full_name", f"{rng.choice(DOUBLE_FIRST[origin])} {_surname(rng, origin)}", origin, None
    if slot == "first":
        return "first_name", _first(rng, origin, gender), origin, None
    if slot == "sur":
        return "surname_after_role", _surname(rng, origin), origin, None
    if slot in ("nick", "lnick"):
        origin = rng.choice([o for o in _ORIGIN_KEYS if ORIGINS[o][3]])
        nick = rng.choice(ORIGINS[origin][3])
        return (
            ("nickname", nick, origin, None)
            if slot == "nick"
            else ("lowercase_name", nick.lower(), origin, None)
        )
    if slot == "wfirst":
        origin, first = rng.choice(
            [(o, n) for o, n in WORD_FIRST if gender is None or (n in FEMALE_WORD_FIRST) == (gender == "f")]
        )
        return "word_name", first, origin, None
    if slot == "wsur":
        origin, sur = rng.choice(WORD_SURNAMES)
        return "word_name", sur, origin, None
    if slot == "wfull":
        if rng.random() < 0.5:
            origin, first = rng.choice(WORD_FIRST)
            return "word_name", f"{first} {_surname(rng, origin)}", origin, None
        origin, sur = rng.choice(WORD_SURNAMES)
        return "word_name", f"{_first(rng, origin, gender)} {sur}", origin, None
    if slot == "lfirst":
        return "lowercase_name", _first(rng, origin, gender).lower(), origin, None
    if slot == "lfull":
        return (
            "lowercase_name",
            f"{_first(rng, origin, gender)} {_surname(rng, origin)}".lower(),
            origin,
            None,
        )
    raise KeyError(slot)


NAME_SLOTS = ("full", "full3", "fullrev", "fullcap", "full2", "first", "sur", "nick", "wfirst", "wsur",
              "wfull", "lfirst", "lfull", "lnick")  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Structured items
# ------------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _identity(rng: random.Random, samordning: bool) -> Fill:
    year = rng.randint(1940, 2012)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28) + (60 if samordning else 0)
    body = f"{year % 100:02d}{month:02d}{day:02d}{_digits(rng, 3)}"
    ten = body + luhn.calc_check_digit(body)
    century = f"{year // 100}"
    form = rng.choice(("{d}-{l}", "{c}{d}-{l}", "{c}{d}{l}", "{d}{l}", "{d} {l}", "{c}{d} {l}", "{d}-{l}"))
    surface = form.format(c=century, d=ten[:6], l=ten[6:])
    kind = "samordningsnummer" if samordning else "personnummer"
    return Fill(surface, [Planted(kind, surface, (Probe("digits", ten[6:]),))])


def _mobile(rng: random.Random) -> Fill:
    prefix = rng.choice(MOBILE_PREFIXES)
    rest = rng.choice("123456789") + _digits(rng, 6)
    a, b, c, d = rest[:3], rest[3:5], rest[5:], prefix[1:]
    form = rng.choice((
        "{p}-{a} {b} {c}", "{p}{a}{b}{c}", "{p} {a} {b} {c}", "+46 {d} {a} {b} {c}", "+46{d}{a}{b}{c}",
        "{p}-{a}{b}{c}", "{p}-{a}{b} {c}", "{p} - {a} {b} {c}", "0046 {d}-{a} {b} {c}", "{p}.{a}.{b}.{c}",
        "({p}) {a}{b}{c}", "{p}-{a} {b}{c}",
    ))  # fmt: skip
    surface = form.format(p=prefix, a=a, b=b, c=c, d=d)
    return Fill(surface, [Planted("mobile", surface, (Probe("digits", rest[-4:]),))])


def _landline(rng: random.Random) -> Fill:
    code, n = rng.choice(AREA_CODES)
    rest = _digits(rng, n)
    if rest[0] == "0":
        rest = "5" + rest[1:]
    grouped = {7: f"{rest[:3]} {rest[3:5]} {rest[5:]}", 6: f"{rest[:2]} {rest[2:4]} {rest[4:]}",
               5: f"{rest[:1]} {rest[1:3]} {rest[3:]}"}[n]  # fmt: skip
    form = rng.choice(("{c}-{g}", "{c}-{r}", "{c} {g}", "+46 {k} {g}", "{c}/{r}", "({c}) {g}", "{c}-{g}"))
    surface = form.format(c=code, g=grouped, r=rest, k=code[1:])
    return Fill(surface, [Planted("landline", surface, (Probe("digits", rest[-4:]),))])


_ASCII = str.maketrans("åäöéüáíóúñçşğıøæšžčćđłńśźżõëêîôâăţșț", "aaoeuaiouncsgioaszccdlnszzoeeioaatst")


def _mail(rng: random.Random) -> Fill:
    origin = _origin(rng)
    first = _first(rng, origin).split("-")[0].lower().translate(_ASCII).replace(" ", "")
    sur = _surname(rng, origin).lower().translate(_ASCII).replace("-", "").replace(" ", "")
    local = rng.choice((
        f"{first}.{sur}", f"{first}{sur}{rng.randint(60, 99)}", f"{first[0]}.{sur}", f"{first}_{sur}",
        f"{first}.{sur[0]}", f"{sur}{first[:3]}", f"{first}{rng.randint(1, 9999)}",
    ))  # fmt: skip
    surface = f"{local}@{rng.choice(MAIL_DOMAINS)}"
    return Fill(surface, [Planted("email", surface, (Probe("text", local),))])


def _letters(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        if letters not in BAD_PLATES:
            return letters


def _plate(rng: random.Random, new: bool) -> Fill:
    letters = _letters(rng)
    tail = _digits(rng, 2) + rng.choice(PLATE_TAIL_LETTERS) if new else _digits(rng, 3)
    surface = rng.choice(("{l} {t}", "{l}{t}", "{l} {t}", "{l}-{t}")).format(l=letters, t=tail)
    kind = "plate_new" if new else "plate"
    return Fill(surface, [Planted(kind, surface, (Probe("letters", letters), Probe("tail", tail)))])


def _address(rng: random.Random) -> Fill:
    street = rng.choice(STREETS + PERSON_STREETS[:6])
    number = str(rng.choice((rng.randint(1, 30), rng.randint(1, 30), rng.randint(31, 140))))
    surface = rng.choice(ADDRESS_FORMS).format(s=street, n=number)
    return Fill(surface, [Planted("address", surface, (Probe("number", number),))])


def _apartment(rng: random.Random) -> Fill:
    number = (
        f"{rng.randint(10, 16)}{rng.randint(1, 9):02d}"
        if rng.random() < 0.8
        else f"0{rng.randint(901, 999)}"[-4:]
    )
    surface = rng.choice(("lgh {n}", "lgh {n}", "lgh. {n}", "lägenhet {n}", "lgh nr {n}", "lgh{n}",
                          "Lgh {n}", "lägenhetsnummer {n}")).format(n=number)  # fmt: skip
    return Fill(surface, [Planted("apartment", surface, (Probe("number", number),))])


def _property(rng: random.Random) -> Fill:
    unit = f"{rng.randint(1, 40)}:{rng.randint(1, 420)}"
    surface = f"{rng.choice(PROPERTY_TRACTS)} {unit}"
    return Fill(surface, [Planted("property", surface, (Probe("number", unit),))])


def _case(rng: random.Random) -> Fill:
    core = _digits(rng, rng.choice((6, 7)))
    if core[0] == "0":
        core = "4" + core[1:]
    year = rng.choice(("24", "25", "26"))
    unit = rng.choice(("5000", "0480", "0182", "1400", "0180"))
    surface = rng.choice(("K{c}-{y}", "{u}-K{c}-{y}", "K {c}-{y}", "K-{c}-{y}", "{u}-K{c}-{y}", "k{c}-{y}",
                          "K{c}/{y}")).format(c=core, y=year, u=unit)  # fmt: skip
    return Fill(surface, [Planted("case_number", surface, (Probe("digits", core),))])


STRUCTURED: dict[str, Callable[[random.Random], Fill]] = {
    "pnr": lambda r: _identity(r, False),
    "sam": lambda r: _identity(r, True),
    "mob": _mobile,
    "land": _landline,
    "mail": _mail,
    "plate": lambda r: _plate(r, False),
    "platen": lambda r: _plate(r, True),
    "addr": _address,
    "lgh": _apartment,
    "prop": _property,
    "case": _case,
}

LOOKALIKES: dict[str, tuple[str, tuple[str, ...]]] = {
    "place": ("place", PLACES),
    "inst": ("institution", INSTITUTIONS),
    "street": ("street", STREETS),
    "pstreet": ("person_street", PERSON_STREETS),
    "org": ("organisation", ORGANISATIONS),
    "time": ("time", TIMES),
    "date": ("date", DATES),
    "amount": ("amount", AMOUNTS),
    "week": ("week", WEEKS),
    "bus": ("bus_line", BUS_LINES),
}
_FIXED_KINDS = {"place", "institution", "street", "person_street", "organisation", "time", "date",
                "amount", "week", "bus_line", "word"}  # fmt: skip


def _fill(rng: random.Random, slot: str, mod: str | None) -> Fill:
    mods = set(mod.split("_")) if mod else set()
    if slot in NAME_SLOTS:
        gender = "f" if "f" in mods else "m" if "m" in mods else None
        kind, surface, origin, probe_text = _name(rng, slot, gender)
        if "up" in mods:
            surface = surface.upper()
        item = name_item(kind, surface, origin, probe_text)
        text = _genitive(surface) if "gen" in mods else surface
        return Fill(text, [item])
    if mods:  # only names take modifiers, and look-alikes `up`
        if slot in STRUCTURED or mods != {"up"}:
            raise ValueError(f"{slot}:{mod}")
    if slot in STRUCTURED:
        return STRUCTURED[slot](rng)
    kind, pool = LOOKALIKES[slot]
    text = rng.choice(pool)
    if "up" in mods:
        text = text.upper()
    return Fill(text, lookalikes=[LookAlike(kind, text, True)])


def fill_frame(rng: random.Random, template: str) -> tuple[str, list[Planted], list[LookAlike]]:
    parts: list[str] = []
    planted: list[Planted] = []
    looks: list[LookAlike] = []
    pos = 0
    for m in _SLOT.finditer(template):
        parts.append(template[pos : m.start()])
        pos = m.end()
        if m.group(3):
            kind, text = m.group(3), m.group(4)
            if kind not in _FIXED_KINDS:
                raise KeyError(kind)
            parts.append(text)
            looks.append(LookAlike(kind, text, True))
            continue
        fill = _fill(rng, m.group(1), m.group(2))
        parts.append(fill.surface)
        planted += fill.planted
        looks += fill.lookalikes
    parts.append(template[pos:])
    return "".join(parts), planted, looks


# ------------------------------------------------------------------------------------------------
# Ambiguity
# ------------------------------------------------------------------------------------------------
_PLACE_LIKE = {"place", "institution", "street", "person_street", "organisation"}
_SEP = "[ \\-–.:/+]"


def _look_spans(text: str, look: LookAlike) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(look.text)}(?!\w)", text)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _digit_neighbour(text: str, start: int, end: int) -> bool:
    """A digit next to the span, directly or across one separator: the span could read as part of a
    longer number."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    touches_before = text[start].isdigit() and re.search(rf"\d{_SEP}?$", before) is not None
    touches_after = text[end - 1].isdigit() and re.match(rf"{_SEP}?\d", after) is not None
    return touches_before or touches_after


def problems(s: Sentence) -> list[str]:
    """Why the sentence's labels are ambiguous (empty if they are not):

    - a planted item's surface is not in the sentence exactly once, or overlaps another planted item;
    - a probe of a planted item matches outside the item (another word, number or look-alike);
    - a look-alike is missing, occurs inside a planted item or overlaps another look-alike;
    - a place-like look-alike is followed by a number (it would read as an address);
    - a number (planted or look-alike) runs into another number (it would read as one number);
    - a name and a place-like look-alike stand next to each other (they would read as one name).
    """
    out: list[str] = []
    text = s.text
    spans: list[tuple[Planted, tuple[int, int]]] = []
    for item in s.planted:
        if text.count(item.surface) != 1:
            out.append(f"{item.surface!r} occurs {text.count(item.surface)} times")
            continue
        start = text.index(item.surface)
        spans.append((item, (start, start + len(item.surface))))
    for i, (a, sa) in enumerate(spans):
        out += [f"{a.surface!r} overlaps {b.surface!r}" for b, sb in spans[i + 1 :] if _overlap(sa, sb)]
        masked = text[: sa[0]] + "#" * (sa[1] - sa[0]) + text[sa[1] :]
        out += [f"probe {p.value!r} of {a.surface!r} outside it" for p in a.probes if p.matches(masked)]
        if a.kind not in NAME_KINDS and _digit_neighbour(text, *sa):
            out.append(f"{a.surface!r} runs into another number")
    look_spans: list[tuple[LookAlike, tuple[int, int]]] = []
    for look in s.lookalikes:
        found = _look_spans(text, look)
        if not found:
            out.append(f"look-alike {look.text!r} missing")
        look_spans += [(look, span) for span in found]
    for i, (look, span) in enumerate(look_spans):
        out += [f"{look.text!r} inside {p.surface!r}" for p, ps in spans if _overlap(span, ps)]
        out += [f"{look.text!r} overlaps {o.text!r}" for o, os in look_spans[i + 1 :] if _overlap(span, os)]
        if look.kind in _PLACE_LIKE and re.match(r"\s*\d", text[span[1] :]):
            out.append(f"{look.text!r} followed by a number")
        if look.kind not in _PLACE_LIKE and look.kind != "word" and _digit_neighbour(text, *span):
            out.append(f"{look.text!r} runs into another number")
        for p, ps in spans:  # a place before or after a name, a capitalised word after it
            after = text[ps[1] : span[0]] == " " and (look.kind in _PLACE_LIKE or look.text[0].isupper())
            before = text[span[1] : ps[0]] == " " and look.kind in _PLACE_LIKE
            if p.kind in NAME_KINDS and (after or before):
                out.append(f"{look.text!r} next to the name {p.surface!r}")
    return out


# ------------------------------------------------------------------------------------------------
# Building
# ------------------------------------------------------------------------------------------------
def build() -> list[Sentence]:
    rng = random.Random(SEED)
    order = list(range(len(ALL_FRAMES)))
    corpus: list[Sentence] = []
    seen: set[str] = set()
    while len(corpus) < SIZE:
        rng.shuffle(order)
        for index in order:
            if len(corpus) == SIZE:
                break
            voice, style, template = ALL_FRAMES[index]
            for _ in range(400):
                text, planted, looks = fill_frame(rng, template)
                sentence = Sentence(f"f{index:03d}|{voice}|{style}", text, tuple(planted), tuple(looks))
                if text not in seen and not problems(sentence):
                    break
            else:
                raise ValueError(f"frame {index} cannot be filled unambiguously: {template}")
            seen.add(text)
            corpus.append(sentence)
    return corpus
