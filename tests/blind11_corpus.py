"""The eleventh blind corpus: personal data as it arrives in other places and other hands than whole
free-text cells — meeting minutes and action lists, the short columns of a weekly spreadsheet row, notes
typed in a hurry (no å/ä/ö, no capitals, ALL CAPS, abbreviations), housing work orders, school and social
services notes, transport, retail, rescue service, church and association volunteers, police summaries,
mixed Swedish–English. Written blind (docs/redaction_blind11.md says what was opened).

Frames (tests/blind11_frames_*.py) are (id, voice, style, template). Template slots:
  {A.form} / {Am.form} / {Af.form}  person A (B, C, D, E) of a fixed gender or any; forms full, full3,
      first, gen, sur, rev, revcaps, init, nick, wfirst, wsur; modifiers _lower, _caps, _noacc
  {pnr} {snr} {mob} {tel} {mail} {plate} {platen} {addr} {lgh} {fast} {case} {ao}   structured items
  {place} {inst} {street} {pstreet} {org} {time} {date} {amount} {week} {bus}        look-alikes
      (modifiers _lower, _caps, _noacc on addr and on look-alikes)
  <word>  an ordinary word kept as a `word` look-alike;  [kind:text]  a literal look-alike of that kind.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn

from tests.blind11_frames_a import FRAMES_A
from tests.blind11_frames_b import FRAMES_B
from tests.blind11_frames_c import FRAMES_C
from tests.blind11_frames_d import FRAMES_D
from tests.blind11_frames_e import FRAMES_E
from tests.blind11_vocab_names import NICKNAMES, ORIGINS, WORD_FIRST, WORD_SURNAMES
from tests.blind11_vocab_places import (
    AREA_CODES,
    BAD_PLATES,
    EMAIL_DOMAINS,
    INSTITUTIONS,
    MOBILE_PREFIXES,
    MONTHS,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    STREETS,
    TRACTS,
)
from tests.independent_labels import LookAlike, Planted, Probe, Sentence

SEED = 1112026
SIZE = 1000
FRAMES: tuple[tuple[str, str, str, str], ...] = FRAMES_A + FRAMES_B + FRAMES_C + FRAMES_D + FRAMES_E
# Particles and connectors of a surname: not probed (a name counts as found when its own words are gone).
NAME_PARTICLES = {
    "van", "der", "den", "von", "af", "de", "la", "di", "da", "del", "dela", "los", "du", "le", "al",
    "el", "bin", "ibn", "abu", "ba",
}  # fmt: skip
# Capitalised words after which a number is not read as a street number.
NUMBER_CUES = {
    "kl", "ca", "cirka", "den", "vecka", "v", "linje", "buss", "datum", "tid", "klockan", "från", "till",
    "senast", "kostnad", "belopp", "efter", "före", "sedan", "mellan", "start", "slut", "deadline", "klart",
    "klar", "nästa", "om", "på", "i", "vid", "under", "by", "at", "on", "before", "from", "until", "week",
    "line", "bus", "möte", "mötet", "mån", "tis", "ons", "tors", "fre", "lör", "sön", "nattbuss",
    "uppföljning",
}  # fmt: skip
NUMBER_LOOKS = {"time", "date", "amount", "week", "bus_line"}
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
_SLOT = re.compile(r"\{([A-E])([mf]?)\.(\w+)\}|\{(\w+)\}|\[(\w+):([^\]]+)\]|<([^<>]+)>")
_LOOK_KINDS = {
    "place": "place", "inst": "institution", "street": "street", "pstreet": "person_street",
    "org": "organisation", "time": "time", "date": "date", "amount": "amount", "week": "week",
    "bus": "bus_line",
}  # fmt: skip


def frames() -> int:
    return len(FRAMES)


def noacc(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _mod(text: str, mods: list[str]) -> str:
    for m in mods:
        text = text.lower() if m == "lower" else text.upper() if m == "caps" else noacc(text)
    return text


def _probes(text: str) -> tuple[Probe, ...]:
    words = [t for t in re.split(r"[\s\-,]+", text) if len(t) > 1 and t.lower() not in NAME_PARTICLES]
    return tuple(Probe("word", w) for w in words)


@dataclass
class Person:
    first: str
    sur: str
    gender: str
    origin: str
    nick: str = ""
    word_first: bool = False
    word_sur: bool = False
    second: str = ""

    def words(self) -> set[str]:
        text = f"{self.first} {self.second} {self.sur} {self.nick}"
        return {w.lower() for w in re.split(r"[\s\-']+", noacc(text)) if w}


def _draw_person(rng: random.Random, gender: str, forms: set[str], taken: set[str]) -> Person:
    for _ in range(200):
        g = gender or rng.choice("mf")
        nick, word_first, word_sur = "", False, False
        if "nick" in forms:
            first, nick, g, origin = rng.choice([n for n in NICKNAMES if not gender or n[2] == gender])
        elif "wfirst" in forms:
            first, g, origin = rng.choice([n for n in WORD_FIRST if not gender or n[1] == gender])
            word_first = True
        else:
            origin = rng.choice(sorted(ORIGINS))
            first = rng.choice(ORIGINS[origin][0 if g == "m" else 1])
        if "wsur" in forms:
            sur, sur_origin = rng.choice(WORD_SURNAMES)
            word_sur = True
            if not (word_first or nick):
                origin = sur_origin
                first = rng.choice(ORIGINS[origin][0 if g == "m" else 1])
        else:
            sur = rng.choice(ORIGINS[origin][2])
        second = ""
        if "full3" in forms:
            second = rng.choice([n for n in ORIGINS[origin][0 if g == "m" else 1] if n != first])
        person = Person(first, sur, g, origin, nick, word_first, word_sur, second)
        if not person.words() & taken:
            return person
    raise RuntimeError("no person")


def _genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxzSXZ" else "s")


def _person_item(p: Person, form: str, mods: list[str]) -> tuple[str, Planted]:
    """The text written and the planted item of one mention of a person."""
    lower = "lower" in mods
    if form in ("full", "full3"):
        shown = f"{p.first} {p.second} {p.sur}" if form == "full3" else f"{p.first} {p.sur}"
        kind, surface = "full_name", _mod(shown, mods)
        probes = _probes(surface)
    elif form in ("rev", "revcaps"):
        kind = "full_name"
        surface = _mod(f"{p.sur.upper() if form == 'revcaps' else p.sur}, {p.first}", mods)
        probes = _probes(surface)
    elif form == "init":
        initials = "-".join(w[0] for w in p.first.split("-")) if "-" in p.first else p.first[0] + "."
        kind, surface = "full_name", _mod(f"{initials} {p.sur}", mods)
        probes = _probes(_mod(p.sur, mods))
    elif form in ("first", "gen", "wfirst"):
        kind = "word_name" if p.word_first else "first_name"
        surface = _mod(p.first, mods)
        probes = _probes(surface)
    elif form in ("sur", "wsur"):
        kind = "word_name" if p.word_sur else "surname_after_role"
        surface = _mod(p.sur, mods)
        probes = _probes(surface)
    elif form == "nick":
        kind, surface = "nickname", _mod(p.nick, mods)
        probes = _probes(surface)
    else:
        raise ValueError(form)
    if lower:
        kind = "lowercase_name"
    shown_text = _genitive(surface) if form == "gen" else surface
    return shown_text, Planted(kind, surface, probes, p.origin)


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _identity(rng: random.Random, samordning: bool) -> tuple[str, str]:
    year = rng.randint(1948, 2011)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    body = f"{year % 100:02d}{month:02d}{day + (60 if samordning else 0):02d}{rng.randint(0, 999):03d}"
    full = body + luhn.calc_check_digit(body)
    century = str(year // 100)
    forms = [
        f"{full[:6]}-{full[6:]}", f"{century}{full[:6]}-{full[6:]}", full, f"{century}{full}",
        f"{full[:6]} {full[6:]}", f"{century}{full[:6]} {full[6:]}",
    ]  # fmt: skip
    return rng.choice(forms), full[-4:]


def _mobile(rng: random.Random) -> tuple[str, str]:
    pre, d = rng.choice(MOBILE_PREFIXES), _digits(rng, 7)
    forms = [
        f"{pre}-{d[:3]} {d[3:5]} {d[5:]}", f"{pre}{d}", f"{pre} {d[:3]} {d[3:5]} {d[5:]}",
        f"+46 {pre[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"+46{pre[1:]}{d}", f"{pre}-{d}",
        f"{pre} {d[:2]} {d[2:4]} {d[4:]}",
        f"0046 {pre[1:]}-{d[:3]} {d[3:]}", f"{pre}/{d[:3]} {d[3:]}",
    ]  # fmt: skip
    return rng.choice(forms), d[-4:]


def _landline(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(AREA_CODES)
    d = _digits(rng, 7 if area == "08" else 6 if len(area) == 3 else rng.choice([5, 6]))
    groups = " ".join([d[: len(d) - 4], d[-4:-2], d[-2:]])
    forms = [
        f"{area}-{groups}",
        f"{area}-{d}",
        f"({area}) {groups}",
        f"+46 {area[1:]} {groups}",
        f"{area} {groups}",
    ]
    return rng.choice(forms), d[-4:]


def _ascii_name(rng: random.Random) -> tuple[str, str]:
    origin = rng.choice(sorted(ORIGINS))
    males, females, surnames = ORIGINS[origin]
    first = rng.choice(males + females)
    sur = rng.choice(surnames)
    clean = [re.sub(r"[^a-z]", "", noacc(w).lower()) for w in (first, sur)]
    return clean[0], clean[1]


def _email(rng: random.Random) -> tuple[str, str]:
    first, sur = _ascii_name(rng)
    local = rng.choice(
        [f"{first}.{sur}", f"{first[0]}{sur}", f"{first}_{sur}{rng.randint(10, 99)}", f"{first}.{sur[0]}",
         f"{sur}.{first}", f"{first}{rng.randint(70, 99)}"]
    )  # fmt: skip
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}", local


def _plate_letters(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
        if letters not in BAD_PLATES:
            return letters


def _structured(rng: random.Random, name: str, mods: list[str]) -> Planted:
    if name in ("pnr", "snr"):
        surface, last = _identity(rng, name == "snr")
        return Planted(
            "personnummer" if name == "pnr" else "samordningsnummer", surface, (Probe("digits", last),)
        )
    if name in ("mob", "tel"):
        surface, last = (_mobile if name == "mob" else _landline)(rng)
        return Planted("mobile" if name == "mob" else "landline", surface, (Probe("digits", last),))
    if name == "mail":
        surface, local = _email(rng)
        return Planted("email", surface, (Probe("text", local),))
    if name in ("plate", "platen"):
        letters = _plate_letters(rng)
        tail = _digits(rng, 3) if name == "plate" else _digits(rng, 2) + rng.choice(PLATE_TAIL_LETTERS)
        surface = f"{letters}{rng.choice([' ', '', ' ', '-'])}{tail}"
        kind = "plate" if name == "plate" else "plate_new"
        return Planted(kind, surface, (Probe("letters", letters), Probe("tail", tail)))
    if name == "addr":
        number = str(rng.choice([rng.randint(1, 60), rng.randint(1, 180)]))
        letter = rng.choice(["", "", "", "A", "B", " B", " C", "D"])
        surface = _mod(f"{rng.choice(STREETS)} {number}{letter}", mods)
        return Planted("address", surface, (Probe("number", number),))
    if name == "lgh":
        number = f"{rng.randint(10, 15)}{rng.randint(1, 9):02d}"
        surface = rng.choice(["lgh ", "lgh nr ", "lägenhet ", "lgh", "lgh. ", "Lgh "]) + number
        return Planted("apartment", _mod(surface, mods), (Probe("digits", number),))
    if name == "fast":
        block = f"{rng.randint(1, 40)}:{rng.randint(1, 420)}"
        return Planted("property", _mod(f"{rng.choice(TRACTS)} {block}", mods), (Probe("number", block),))
    if name == "case":
        n = _digits(rng, rng.choice([5, 6, 7]))
        yy = rng.choice(["24", "25", "26"])
        surface = rng.choice([f"K{n}-{yy}", f"5000-K{n}-{yy}", f"0480-K{n}-{yy}", f"K {n}-{yy}", f"{n}-{yy}"])
        return Planted("case_number", surface, (Probe("digits", n),))
    if name == "ao":
        n = _digits(rng, rng.choice([5, 6, 7]))
        surface = rng.choice(
            [f"AO {n}", f"AO-{n}", f"ärende {n}", f"ärendenr {n}", f"#{n}", f"arbetsorder {n}", f"AO{n}",
             f"dnr SOC 20{rng.randint(24, 26)}/{n}"]
        )  # fmt: skip
        return Planted("case_number", _mod(surface, mods), (Probe("digits", n),))
    raise ValueError(name)


def _look(rng: random.Random, name: str, mods: list[str]) -> LookAlike:
    kind = _LOOK_KINDS[name]
    if name in ("place", "inst", "street", "pstreet", "org"):
        pool = {"place": PLACES, "inst": INSTITUTIONS, "street": STREETS, "pstreet": PERSON_STREETS}
        text = rng.choice(pool.get(name, ORGANISATIONS))
    elif name == "time":
        h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        text = rng.choice([f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}"])
    elif name == "date":
        y, mo, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        text = rng.choice(
            [f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo}", f"{d}.{mo}.{y}", f"{d} {MONTHS[mo - 1]}", f"{d}/{mo} {y}",
             f"{d}/{mo}-{y % 100}"]
        )  # fmt: skip
    elif name == "amount":
        n = rng.choice([rng.randint(2, 95) * 100, rng.randint(1, 60) * 1000 + rng.choice([0, 500])])
        spaced = f"{n:,}".replace(",", " ")
        text = rng.choice([f"{spaced} kr", f"{spaced} kronor", f"{n}:-", f"{spaced} SEK", f"{n} kr"])
    elif name == "week":
        n = rng.randint(1, 52)
        text = rng.choice([f"v. {n}", f"vecka {n}", f"v{n}", f"v.{n}", f"V{n}"])
    else:
        n = rng.choice([rng.randint(1, 9), rng.randint(401, 499), rng.randint(700, 799), rng.randint(10, 99)])
        text = rng.choice([f"linje {n}", f"buss {n}", f"nattbuss {n}", f"busslinje {n}", f"linje {n}:an"])
    return LookAlike(kind, _mod(text, mods), True)


def fill(frame: tuple[str, str, str, str], rng: random.Random) -> Sentence:
    fid, voice, style, template = frame
    wanted: dict[str, tuple[str, set[str]]] = {}
    for m in _SLOT.finditer(template):
        if m.group(1):
            gender, forms = wanted.get(m.group(1), ("", set()))
            wanted[m.group(1)] = (m.group(2) or gender, forms | {m.group(3).split("_")[0]})
    people: dict[str, Person] = {}
    taken: set[str] = set()
    for letter, (gender, forms) in wanted.items():
        people[letter] = _draw_person(rng, gender, forms, taken)
        taken |= people[letter].words()
    planted: list[Planted] = []
    looks: list[LookAlike] = []

    def slot(m: re.Match[str]) -> str:
        if m.group(1):
            form, *mods = m.group(3).split("_")
            shown, item = _person_item(people[m.group(1)], form, mods)
            planted.append(item)
            return shown
        if m.group(4):
            name, *mods = m.group(4).split("_")
            if name in _LOOK_KINDS:
                look = _look(rng, name, mods)
                looks.append(look)
                return look.text
            item = _structured(rng, name, mods)
            planted.append(item)
            return item.surface
        if m.group(5):
            looks.append(LookAlike(m.group(5), m.group(6), True))
            return m.group(6)
        looks.append(LookAlike("word", m.group(7), True))
        return m.group(7)

    text = _SLOT.sub(slot, template)
    return Sentence(f"{fid}|{voice}|{style}", text, tuple(planted), tuple(looks))


def _probe_key(p: Probe) -> tuple[str, str]:
    return (p.mode, p.value.lower() if p.mode in ("word", "text", "tail") else p.value)


def _probe_spans(p: Probe, text: str) -> list[tuple[int, int]]:
    v = re.escape(p.value)
    if p.mode == "digits":
        return [m.span() for m in _RUN.finditer(text) if p.value in re.sub(r"\D", "", m.group())]
    if p.mode == "number":
        pattern, flags = rf"(?<!\d){v}(?!\d)", 0
    elif p.mode == "text":
        pattern, flags = v, re.IGNORECASE
    elif p.mode == "letters":
        pattern, flags = rf"(?<![^\W\d_]){v}(?![^\W\d_])", 0
    elif p.mode == "tail":
        pattern, flags = rf"(?<!\d){v}(?![0-9A-Za-z])", re.IGNORECASE
    else:
        pattern, flags = rf"(?<!\w){v}(?=(?:s|:s|')?(?!\w))", re.IGNORECASE
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _item_spans(surface: str, text: str) -> list[tuple[int, int]]:
    """Where an item is written: the surface exactly (case included), not inside a longer word, a
    genitive after it allowed."""
    start = r"(?<!\w)" if re.match(r"\w", surface) else ""
    end = r"(?=(?:s|:s|')?(?!\w))" if re.search(r"\w$", surface) else ""
    return [m.span() for m in re.finditer(start + re.escape(surface) + end, text)]


def problems(s: Sentence) -> list[str]:
    """Why the labels of a sentence would be ambiguous (empty: they are not)."""
    out: list[str] = []
    text = s.text
    item_spans = [_item_spans(p.surface, text) for p in s.planted]
    look_spans = [
        [m.span() for m in re.finditer(rf"(?<!\w){re.escape(look.text)}(?!\w)", text)]
        for look in s.lookalikes
    ]
    for item, spans in zip(s.planted, item_spans, strict=True):
        if not spans:
            out.append(f"item not in text: {item.kind}")
        if not item.probes:
            out.append(f"item without probes: {item.kind}")
        for probe in item.probes:
            carriers = [
                span
                for other, other_spans in zip(s.planted, item_spans, strict=True)
                if _probe_key(probe) in {_probe_key(q) for q in other.probes}
                for span in other_spans
            ]
            spans_of_probe = _probe_spans(probe, text)
            if not spans_of_probe:
                out.append(f"probe does not match: {item.kind}")
            if any(not _inside(span, carriers) for span in spans_of_probe):
                out.append(f"probe matches outside its item: {item.kind}")
    all_item_spans = [span for spans in item_spans for span in spans]
    for i, (look, spans) in enumerate(zip(s.lookalikes, look_spans, strict=True)):
        if not spans:
            out.append(f"look-alike not in text: {look.kind}")
        if any(_overlaps(span, all_item_spans) for span in spans):
            out.append(f"look-alike overlaps an item: {look.kind}")
        for j, other in enumerate(s.lookalikes):
            if j != i and other.text != look.text and any(_overlaps(sp, look_spans[j]) for sp in spans):
                out.append(f"look-alikes overlap: {look.kind}")
        if look.kind in NUMBER_LOOKS and look.text[:1].isdigit():
            for a, _ in spans:
                before = re.search(r"([^\W\d_][\w.]*)[ ]+$", text[:a])
                if (
                    before
                    and before.group(1)[0].isupper()
                    and before.group(1).rstrip(".").lower() not in NUMBER_CUES
                ):
                    out.append(f"number look-alike after a capitalised word: {look.kind}")
    owned = all_item_spans + [span for spans in look_spans for span in spans]
    for m in _RUN.finditer(text):
        touching = [span for span in owned if _overlaps(m.span(), [span])]
        if touching and not any(_inside(m.span(), [span]) for span in touching):
            out.append("numbers run into each other")
    return out


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for i in range(SIZE):
        frame = FRAMES[i % len(FRAMES)]
        for _ in range(500):
            sentence = fill(frame, rng)
            if sentence.text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"frame {frame[0]} cannot be filled unambiguously")
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
