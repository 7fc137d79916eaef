"""Blind labelled corpus for the personal-data redaction: written by an independent helper that never read the
redaction code or the other test corpora. build() is deterministic for a seed.

Every sentence is a frame from tests/blind_frames.py filled with vocabulary from tests/blind_vocab.py. Each
planted item carries probes (tests/independent_labels.py) that all must vanish; each look-alike must survive.
A sentence is redrawn until no probe matches outside its own item and every look-alike text is unique in it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from stdnum import luhn

from tests import blind_vocab as vocab
from tests.blind_frames import FRAMES
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SEED = 20261203
SIZE = 1000
SLOT = re.compile(r"\{([A-Za-z0-9]+)\}")
Filler = Callable[[random.Random], Fill]

# slot -> kind it produces; weights steer which slot a sentence is built around (names need most items)
SLOT_KINDS = {
    "FULL": "full_name", "FIRST": "first_name", "ROLE": "surname_after_role", "NICK": "nickname",
    "NICKQ": "nickname", "WNAME": "word_name", "WNAMEG": "word_name", "LOWER": "lowercase_name",
    "PNR": "personnummer", "SAMO": "samordningsnummer", "MOB": "mobile", "TEL": "landline", "MAIL": "email",
    "PLATE": "plate", "PLATE2": "plate_new", "ADDR": "address", "LGH": "apartment", "FAST": "property",
    "CASE": "case_number", "place": "place", "inst": "institution", "street": "street",
    "pstreet": "person_street", "org": "organisation", "time": "time", "date": "date", "amount": "amount",
    "week": "week", "bus": "bus_line", "word": "word",
}  # fmt: skip
WEIGHTS = {"FULL": 3, "FIRST": 3, "ROLE": 3, "NICK": 2, "NICKQ": 2, "WNAME": 2, "WNAMEG": 3, "LOWER": 4,
           "SAMO": 3, "MAIL": 3, "PNR": 2, "TEL": 2, "FAST": 2, "LGH": 2, "PLATE": 2, "PLATE2": 2, "bus": 2,
           "org": 2, "pstreet": 2, "word": 2}  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_LAST = "ABCDEFGHJKLMNPRSTUWXYZ"


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(given name, surname, origin) of one person."""
    origin = rng.choice(sorted(vocab.NAMES))
    female, male, surnames = vocab.NAMES[origin]
    is_female = rng.random() < 0.5
    given = rng.choice(female if is_female else male)
    surname = rng.choice(surnames)
    if is_female:
        for masc, fem in vocab.FEMININE.items():
            if surname.endswith(masc):
                surname = surname[: -len(masc)] + fem
    if origin == "latin_american" and rng.random() < 0.3:
        surname = f"{surname} {rng.choice([s for s in surnames if s != surname])}"
    return given, surname, origin


def _full(given: str, surname: str, origin: str) -> str:
    if origin == "vietnamese" and given.startswith(("Thi ", "Van ")):
        return f"{surname} {given}"
    return f"{given} {surname}"


def full_name(rng: random.Random) -> Fill:
    given, surname, origin = _person(rng)
    style = rng.random()
    surface = _full(given, surname, origin)
    if style < 0.1:
        surface = f"{surname}, {given}"
    elif style < 0.15:
        surface = f"{given} {surname.upper()}"
    return Fill(surface, [name_item("full_name", surface, origin)])


def first_name(rng: random.Random) -> Fill:
    given, _, origin = _person(rng)
    return Fill(given, [name_item("first_name", given, origin)])


def lowercase_name(rng: random.Random) -> Fill:
    given, surname, origin = _person(rng)
    surface = (given if rng.random() < 0.6 else _full(given, surname, origin)).lower()
    return Fill(surface, [name_item("lowercase_name", surface, origin)])


def role_surname(rng: random.Random) -> Fill:
    _, surname, origin = _person(rng)
    return Fill(f"{rng.choice(vocab.ROLES)} {surname}", [name_item("surname_after_role", surname, origin)])


def word_name(rng: random.Random) -> Fill:
    if rng.random() < 0.25:
        name = rng.choice(vocab.WORD_SURNAMES)
        surface = f"{_pick(rng, 'familjen', 'fam.', 'familjen')} {name}"
    else:
        name = surface = rng.choice(vocab.WORD_GIVEN_NAMES)
    return Fill(surface, [name_item("word_name", name, vocab.WORD_NAME_ORIGINS.get(name, "swedish"))])


def word_given_name(rng: random.Random) -> Fill:
    name = rng.choice(vocab.WORD_GIVEN_NAMES)
    return Fill(name, [name_item("word_name", name, vocab.WORD_NAME_ORIGINS.get(name, "swedish"))])


def _nick(rng: random.Random, forms: tuple[str, ...]) -> Fill:
    nick, origin = rng.choice(vocab.NICKNAMES)
    return Fill(rng.choice(forms).format(nick), [name_item("nickname", nick, origin)])


def nickname(rng: random.Random) -> Fill:
    forms = ("kallad {}", "alias {}", "({})", '"{}"', "som kallas {}", "känd som {}", "kallad '{}'",
             "med smeknamnet {}", "(kallas {})", "”{}”")  # fmt: skip
    return _nick(rng, forms)


def nickname_bare(rng: random.Random) -> Fill:
    return _nick(rng, ('"{}"', "'{}'", "{}", "”{}”", "{}"))


def _birth(rng: random.Random, coordination: bool) -> tuple[str, str, str]:
    """(century, yymmdd, serial+check) of a valid personnummer or samordningsnummer."""
    year = rng.randint(1938, 2012)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    day_field = day + 60 if coordination else day
    yymmdd = f"{year % 100:02d}{month:02d}{day_field:02d}"
    serial = f"{rng.randint(0, 999):03d}"
    return str(year // 100), yymmdd, serial + luhn.calc_check_digit(yymmdd + serial)


def _id_number(rng: random.Random, kind: str, labels: tuple[str, ...]) -> Fill:
    century, yymmdd, last4 = _birth(rng, kind == "samordningsnummer")
    number = rng.choice((
        f"{yymmdd}-{last4}", f"{yymmdd}-{last4}", f"{century}{yymmdd}-{last4}", f"{yymmdd}{last4}",
        f"{century}{yymmdd}{last4}", f"{yymmdd} {last4}", f"{century}{yymmdd} {last4}",
        f"{yymmdd[:2]} {yymmdd[2:4]} {yymmdd[4:]}-{last4}",
    ))  # fmt: skip
    label = rng.choice(labels)
    return Fill(f"{label}{number}", [Planted(kind, number, (Probe("digits", last4),))])


def personnummer(rng: random.Random) -> Fill:
    labels = ("", "", "pnr ", "personnr ", "pers.nr ", "p-nr ", "personnummer ", "pnr: ", "PNR ")
    return _id_number(rng, "personnummer", labels)


def samordningsnummer(rng: random.Random) -> Fill:
    labels = ("", "samordningsnr ", "samordningsnummer ", "sam.nr ", "pnr ", "samo-nr ", "")
    return _id_number(rng, "samordningsnummer", labels)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mobile(rng: random.Random) -> Fill:
    p = _pick(rng, "70", "72", "73", "76", "79")
    a, b, c = _digits(rng, 3), _digits(rng, 2), _digits(rng, 2)
    number = rng.choice((
        f"0{p}-{a} {b} {c}", f"0{p}{a}{b}{c}", f"0{p}-{a}{b}{c}", f"0{p} {a} {b} {c}", f"+46 {p} {a} {b} {c}",
        f"+46{p}{a}{b}{c}", f"0046 {p}-{a} {b} {c}", f"0{p} - {a} {b} {c}", f"0{p}/{a}{b}{c}",
        f"0{p}-{a} {b}{c}", f"+46 (0){p}-{a} {b} {c}",
    ))  # fmt: skip
    label = _pick(rng, "", "", "tel ", "mobil ", "mob ", "tfn ", "mob.nr ", "nr ", "tel. ")
    return Fill(f"{label}{number}", [Planted("mobile", number, (Probe("digits", (b + c)),))])


def landline(rng: random.Random) -> Fill:
    areas = (("8", 7), ("8", 8), ("8", 7), ("155", 6), ("155", 6), ("19", 6), ("31", 7), ("40", 6), ("18", 6),
             ("13", 6), ("152", 5), ("157", 6), ("16", 6))  # fmt: skip
    area, length = rng.choice(areas)
    sub = _digits(rng, length - 1)
    sub = str(rng.randint(2, 9)) + sub
    groups = {5: (3, 2), 6: (2, 2, 2), 7: (3, 2, 2), 8: (3, 3, 2)}[length]
    parts, i = [], 0
    for g in groups:
        parts.append(sub[i : i + g])
        i += g
    grouped = " ".join(parts)
    number = rng.choice((f"0{area}-{grouped}", f"0{area}-{sub}", f"0{area} {grouped}", f"0{area}/{grouped}",
                         f"+46 {area} {grouped}", f"(0{area}) {grouped}", f"0{area}-{grouped}"))  # fmt: skip
    label = _pick(rng, "", "", "tel ", "tfn ", "hemtel ", "fast tel ", "växel ", "tel.nr ")
    return Fill(f"{label}{number}", [Planted("landline", number, (Probe("digits", sub[-4:]),))])


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("ø", "o")


def email(rng: random.Random) -> Fill:
    given, surname, origin = _person(rng)
    g = re.sub(r"[^a-z]", "", _ascii(given).lower())
    s = re.sub(r"[^a-z]", "", _ascii(surname.split()[0]).lower())
    nn = str(rng.randint(1, 99))
    yy = f"{rng.randint(60, 109) % 100:02d}"
    local = rng.choice((f"{g}.{s}", f"{g}{s}", f"{g[0]}.{s}", f"{g}_{s}", f"{g}.{s}{nn}", f"{g}{yy}",
                        f"{s}.{g}", f"{g[0]}{s}{nn}", f"{g}-{s}"))  # fmt: skip
    if rng.random() < 0.15:
        local = ".".join(part.capitalize() for part in local.split("."))
    address = f"{local}@{rng.choice(vocab.MAIL_DOMAINS)}"
    return Fill(address, [Planted("email", address, (Probe("text", local),), origin)])


def _plate(rng: random.Random, new: bool) -> Fill:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    while letters in vocab.PLATE_BLOCKED:
        letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    tail = f"{rng.randint(0, 99):02d}{rng.choice(PLATE_LAST)}" if new else f"{rng.randint(1, 999):03d}"
    if rng.random() < 0.15:
        letters = letters.lower()
        tail = tail.lower()
    plate = rng.choice((f"{letters} {tail}", f"{letters}{tail}", f"{letters} {tail}", f"{letters}-{tail}"))
    label = _pick(rng, "", "", "reg ", "regnr ", "reg.nr ", "reg. nr ", "reg nr ")
    kind = "plate_new" if new else "plate"
    return Fill(f"{label}{plate}", [Planted(kind, plate, (Probe("letters", letters), Probe("tail", tail)))])


def plate(rng: random.Random) -> Fill:
    return _plate(rng, False)


def plate_new(rng: random.Random) -> Fill:
    return _plate(rng, True)


def _apartment_number(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return str(rng.randint(101, 899))
    return f"{rng.choice((9, 10, 11, 11, 12, 12, 13, 14, 15, 16)):02d}{rng.randint(1, 12):02d}"


def address(rng: random.Random) -> Fill:
    street = rng.choice(vocab.PERSON_STREETS if rng.random() < 0.2 else vocab.STREETS)
    house = str(rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180))))
    letter = rng.choice(("", "", "", "A", "B", "C", " A", " B", "D"))
    apt = _apartment_number(rng)
    probes = [Probe("number", house)]
    extras = "||| lgh {}|, lgh {}| uppg B| uppg. A|, {} tr| lgh nr {}|, 133 41 Saltsjöbaden|, 138 31 Älta"
    extra = rng.choice((extras + "|, 611 {} Nyköping| ({} tr)").split("|"))
    if "lgh" in extra:
        extra = extra.format(apt)
        probes.append(Probe("number", apt))
    elif extra.endswith(("tr", "tr)")):
        extra = extra.format(rng.choice([n for n in range(1, 9) if str(n) != house]))
    elif "611" in extra:
        extra = extra.format(rng.choice(("37", "38", "39", "45", "46")))
    surface = f"{street} {house}{letter}{extra}"
    if re.search(rf"(?<!\d){house}(?!\d)", extra):
        surface = f"{street} {house}{letter}"
        probes = [Probe("number", house)]
    return Fill(surface, [Planted("address", surface, tuple(probes))])


def apartment(rng: random.Random) -> Fill:
    apt = _apartment_number(rng)
    form = rng.choice("lgh {}|lgh nr {}|lgh. {}|lägenhet {}|lgh.nr {}|lgh{}|lägenhetsnr {}|Lgh {}".split("|"))
    surface = form.format(apt)
    return Fill(surface, [Planted("apartment", surface, (Probe("number", apt),))])


def property_designation(rng: random.Random) -> Fill:
    if rng.random() < 0.2:
        unit = f"{rng.choice(vocab.KVARTER)} {rng.randint(1, 30)}"
        surface = rng.choice(("kv. {}", "kvarteret {}", "Nyköping {}", "{}")).format(unit)
        probe = Probe("text", unit)
    else:
        number = f"{rng.randint(1, 60)}:{rng.randint(1, 450)}"
        trakt = rng.choice(vocab.TRAKTS)
        surface = f"{trakt.upper() if rng.random() < 0.15 else trakt} {number}"
        probe = Probe("text", number)
    label = _pick(rng, "", "", "fastighet ", "fastigheten ", "fast. ", "fastbet. ", "fastighetsbeteckning ")
    return Fill(f"{label}{surface}", [Planted("property", surface, (probe,))])


def case_number(rng: random.Random) -> Fill:
    serial = _digits(rng, rng.choice((6, 6, 7)))
    serial = str(rng.randint(1, 9)) + serial[1:]
    yy = str(rng.randint(23, 26))
    unit = rng.choice(vocab.POLICE_UNITS)
    number = rng.choice((
        f"K{serial}-{yy}", f"K {serial}-{yy}", f"K-{serial}-{yy}", f"{unit}-K{serial}-{yy}",
        f"{unit}-K{serial}-20{yy}", f"AM-{serial}-{yy}", f"k{serial}-{yy}", f"{unit}-K{serial}-{yy}",
        f"K{serial}-20{yy}",
    ))  # fmt: skip
    labels = "||K-nr |ärendenr |ärendenummer |anm.nr |anmälan |diarienr |dnr |polisens ärendenr |polisanm. "
    label = _pick(rng, *(labels + "|AO |ärende |anmälningsnr |Ärendenr: ").split("|"))
    return Fill(f"{label}{number}", [Planted("case_number", number, (Probe("digits", serial[-4:]),))])


def _lookalike(kind: str, options: tuple[str, ...]) -> Filler:
    def fill(rng: random.Random) -> Fill:
        text = rng.choice(options)
        return Fill(text, lookalikes=[LookAlike(kind, text)])

    return fill


def _formatted(kind: str, make: Callable[[random.Random], tuple[str, str]], word: bool = False) -> Filler:
    def fill(rng: random.Random) -> Fill:
        surface, text = make(rng)
        return Fill(surface, lookalikes=[LookAlike(kind, text, word=word)])

    return fill


FILLERS: dict[str, Filler] = {
    "FULL": full_name, "FIRST": first_name, "ROLE": role_surname, "NICK": nickname, "NICKQ": nickname_bare,
    "WNAME": word_name, "WNAMEG": word_given_name, "LOWER": lowercase_name, "PNR": personnummer,
    "SAMO": samordningsnummer, "MOB": mobile, "TEL": landline, "MAIL": email, "PLATE": plate,
    "PLATE2": plate_new, "ADDR": address, "LGH": apartment, "FAST": property_designation, "CASE": case_number,
    "place": _lookalike("place", vocab.PLACES), "inst": _lookalike("institution", vocab.INSTITUTIONS),
    "street": _lookalike("street", vocab.STREETS), "org": _lookalike("organisation", vocab.ORGANISATIONS),
    "pstreet": _lookalike("person_street", vocab.PERSON_STREETS), "time": _formatted("time", vocab.time_text),
    "date": _formatted("date", vocab.date_text), "amount": _formatted("amount", vocab.amount_text),
    "week": _formatted("week", vocab.week_text), "bus": _formatted("bus_line", vocab.bus_text),
    "word": _formatted("word", vocab.word_text, word=True),
}  # fmt: skip


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + "#" * (end - start) + text[end:]


def problems(text: str, spans: list[tuple[Planted, int, int]], lookalikes: list[LookAlike]) -> list[str]:
    """Why a sentence is not a fair test: a probe missing from its item or matching elsewhere, or a look-alike
    that is absent, repeated or inside a planted item."""
    found = []
    for item, start, end in spans:
        for probe in item.probes:
            if not probe.matches(text):
                found.append(f"{item.kind} {item.surface!r}: probe {probe} absent")
            if probe.matches(_blank(text, start, end)):
                found.append(f"{item.kind} {item.surface!r}: probe {probe} matches outside the item")
    outside = text
    for _, start, end in spans:
        outside = _blank(outside, start, end)
    for alike in lookalikes:
        if alike.count(text) != 1 or alike.count(outside) != 1:
            found.append(f"{alike.kind} {alike.text!r}: not exactly once outside planted items")
    return found


def _compose(rng: random.Random, frame: str) -> tuple[str, list[tuple[Planted, int, int]], list[LookAlike]]:
    text, spans, lookalikes, pos = "", [], [], 0
    for m in SLOT.finditer(frame):
        text += frame[pos : m.start()]
        fill = FILLERS[m.group(1)](rng)
        for item in fill.planted:
            at = fill.surface.rfind(item.surface)
            assert at >= 0, (fill, item)
            spans.append((item, len(text) + at, len(text) + at + len(item.surface)))
        lookalikes.extend(fill.lookalikes)
        text += fill.surface
        pos = m.end()
    text += frame[pos:]
    starts_with_item = any(s == 0 for _, s, _ in spans) or any(text.startswith(a.text) for a in lookalikes)
    if text[:1].islower() and not starts_with_item and rng.random() < 0.7:
        text = text[0].upper() + text[1:]
    return text, spans, lookalikes


def _schedule(rng: random.Random) -> list[str]:
    slots = [s for s in SLOT_KINDS for _ in range(WEIGHTS.get(s, 1))]
    rng.shuffle(slots)
    return slots


def build(seed: int = SEED, size: int = SIZE) -> list[Sentence]:
    rng = random.Random(seed)
    by_slot = {s: [f for f in FRAMES if "{" + s + "}" in f[1]] for s in SLOT_KINDS}
    sentences: list[Sentence] = []
    queue: list[str] = []
    seen: set[str] = set()
    while len(sentences) < size:
        queue = queue or _schedule(rng)
        slot = queue.pop()
        for _ in range(500):
            source, frame = rng.choice(by_slot[slot])
            text, spans, lookalikes = _compose(rng, frame)
            if text not in seen and not problems(text, spans, lookalikes):
                seen.add(text)
                planted = tuple(item for item, _, _ in spans)
                sentences.append(Sentence(source, text, planted, tuple(lookalikes)))
                break
        else:
            raise RuntimeError(f"no fair sentence for slot {slot}")
    return sentences


def counts(sentences: list[Sentence]) -> Counter[str]:
    """Items per kind: planted kinds and look-alike kinds together."""
    found: Counter[str] = Counter()
    for s in sentences:
        found.update(p.kind for p in s.planted)
        found.update(a.kind for a in s.lookalikes)
    return found


if __name__ == "__main__":
    for kind, n in sorted(counts(build()).items()):
        print(f"{kind:22} {n}")
