"""The fourth blind redaction corpus (issue 14): frames from tests/blind4_frames.py filled with the
vocabulary of tests/blind4_vocab.py, every planted item and look-alike labelled (tests/independent_labels.py).

Deterministic: one seeded generator. A filled sentence is kept only when its labels are sound (see
`label_problems`): otherwise another fill is drawn, so a name that is also a word elsewhere in the
sentence, or a street number that equals a time, never makes an item impossible to find.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from tests.blind4_frames import FRAMES, PER_FRAME, PREFIXES, SUFFIXES
from tests.blind4_vocab import (
    ADDRESS_STREETS,
    AMOUNTS,
    BUS_LINES,
    DATES,
    INSTITUTIONS,
    NAMES,
    NICKNAMES,
    ORGANISATIONS,
    PERSON_STREETS,
    PLACES,
    ROLE_TITLES,
    ROLES,
    STREETS,
    TIMES,
    WEEKS,
    WORD_FIRST,
    WORD_SURNAMES,
)
from tests.independent_labels import Fill, LookAlike, Planted, Probe, Sentence, name_item

SEED = 20261203
ATTEMPTS = 60
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # no I, Q, V, Å, Ä, Ö on Swedish plates
PLATE_BANNED = {
    "SEX",
    "KUK",
    "FAN",
    "APA",
    "ARG",
    "BAJ",
    "FUL",
    "GAY",
    "HOR",
    "NRP",
    "NSR",
    "PKK",
    "SUG",
    "TOA",
}
PLACE_KINDS = ("place", "institution", "street", "person_street")
_SLOT = re.compile(r"\{(\w+)\}|<(\w+):([^>]+)>")
LOOKALIKE_SLOTS = {
    "place": ("place", PLACES),
    "inst": ("institution", INSTITUTIONS),
    "street": ("street", STREETS),
    "time": ("time", TIMES),
    "date": ("date", DATES),
    "amount": ("amount", AMOUNTS),
    "week": ("week", WEEKS),
    "bus": ("bus_line", BUS_LINES),
    "org": ("organisation", ORGANISATIONS),
    "pstreet": ("person_street", PERSON_STREETS),
}


def _genitive(name: str) -> str:
    return name if name[-1] in "sxzSXZ" else name + "s"


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    return re.sub(r"[^a-z0-9.\-]", "", plain.encode("ascii", "ignore").decode().lower())


class Filler:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.origins = list(NAMES)
        self.weights = [NAMES[o][2] for o in self.origins]

    def origin(self) -> str:
        return self.rng.choices(self.origins, self.weights)[0]

    def person(self) -> tuple[str, str, str, str]:
        """(origin, first, surname, full) as a reporter would write the full name."""
        origin = self.origin()
        firsts, surnames, _ = NAMES[origin]
        first, surname = self.rng.choice(firsts), self.rng.choice(surnames)
        roll = self.rng.random()
        if roll < 0.06:  # a Swedish first name with a surname from elsewhere, or the other way round
            first = self.rng.choice(NAMES["swedish"][0])
            origin = "mixed" if origin != "swedish" else origin
        full = f"{first} {surname}"
        if origin == "somali" and roll > 0.6:
            full = f"{first} {self.rng.choice(firsts)} {surname}"
        elif origin in ("chinese", "vietnamese") and roll > 0.6:
            full = f"{surname} {first}"
        elif origin == "vietnamese" and roll > 0.35:
            full = f"{surname} {self.rng.choice(('Thi', 'Van'))} {first}"
        return origin, first, surname, full

    def fill(self, slot: str) -> Fill:
        rng = self.rng
        if slot in LOOKALIKE_SLOTS:
            kind, texts = LOOKALIKE_SLOTS[slot]
            text = rng.choice(texts)
            return Fill(text, lookalikes=[LookAlike(kind, text)])
        if slot == "title":
            return Fill(rng.choice(ROLE_TITLES))
        origin, first, surname, full = self.person()
        names: dict[str, Callable[[], tuple[str, str, str, str | None]]] = {
            "full": lambda: ("full_name", full, origin, None),
            "full_gen": lambda: ("full_name", _genitive(full), origin, full),
            "full_rev": lambda: ("full_name", f"{surname}, {first}", origin, f"{first} {surname}"),
            "first": lambda: ("first_name", first, origin, None),
            "first_gen": lambda: ("first_name", _genitive(first), origin, first),
            "sur": lambda: ("surname_after_role", surname, origin, None),
            "nick": lambda: ("nickname", rng.choice(NICKNAMES), "nickname", None),
            "wfirst": lambda: ("word_name", rng.choice(WORD_FIRST), "word", None),
            "wsur": lambda: ("word_name", rng.choice(WORD_SURNAMES), "word", None),
            "lfirst": lambda: ("lowercase_name", first.lower(), origin, None),
            "lfull": lambda: ("lowercase_name", full.lower(), origin, None),
        }
        if slot in names:
            kind, surface, name_origin, probe = names[slot]()
            return Fill(surface, planted=[name_item(kind, surface, name_origin, probe)])
        if slot == "role_sur":
            role = rng.choice(ROLES)
            return Fill(f"{role} {surname}", planted=[name_item("surname_after_role", surname, origin)])
        kind, surface, probes = getattr(self, "_" + slot)()
        return Fill(surface, planted=[Planted(kind, surface, probes, slot)])

    # Structured personal data, each in the formats people type.
    def _luhn_number(self, samordning: bool) -> tuple[str, str]:
        rng = self.rng
        year = rng.randint(1922, 1925) if rng.random() < 0.08 else rng.randint(1944, 2012)
        day = rng.randint(1, 28) + (60 if samordning else 0)
        ten = f"{year % 100:02d}{rng.randint(1, 12):02d}{day:02d}{rng.randint(1, 999):03d}"
        total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(ten[:9]))
        ten += str((10 - total % 10) % 10)
        century = str(year // 100)
        date, tail = ten[:6], ten[6:]
        if year < 1926:
            return f"{date}+{tail}", tail
        forms = (
            f"{date}-{tail}",
            f"{century}{date}-{tail}",
            f"{date}{tail}",
            f"{century}{date}{tail}",
            f"{century}{date} {tail}",
            f"{date} - {tail}",
            f"{date} {tail}",
        )
        return rng.choice(forms), tail

    def _pnr(self, samordning: bool = False) -> tuple[str, str, tuple[Probe, ...]]:
        surface, tail = self._luhn_number(samordning)
        date = re.sub(r"\D", "", surface)[-10:-4]
        kind = "samordningsnummer" if samordning else "personnummer"
        return kind, surface, (Probe("digits", tail), Probe("digits", date))

    def _samnr(self) -> tuple[str, str, tuple[Probe, ...]]:
        return self._pnr(samordning=True)

    def _phone(self, kind: str, area: str, sub: str) -> tuple[str, str, tuple[Probe, ...]]:
        a, b = sub[: len(sub) - 4], sub[-4:]
        spaced = f"{a} {b[:2]} {b[2:]}"
        forms = [f"0{area}-{spaced}", f"0{area} {spaced}", f"0{area}{sub}", f"+46 {area} {spaced}",
                 f"+46{area}{sub}", f"0{area}-{sub}", f"0046 {area}-{a} {b}", f"0{area} - {spaced}",
                 f"(0{area}) {spaced}"]  # fmt: skip
        return kind, self.rng.choice(forms), (Probe("digits", b), Probe("digits", area + sub[:3]))

    def _mobile(self) -> tuple[str, str, tuple[Probe, ...]]:
        sub = str(self.rng.randint(2_000_000, 9_999_999))
        return self._phone("mobile", "7" + self.rng.choice("02369"), sub)

    def _landline(self) -> tuple[str, str, tuple[Probe, ...]]:
        areas = (("8", 5_000_000, 7_999_999), ("155", 200_000, 299_999), ("8", 55_000_000, 55_999_999),
                 ("10", 1_000_000, 9_999_999))  # fmt: skip
        area, low, high = self.rng.choice(areas)
        return self._phone("landline", area, str(self.rng.randint(low, high)))

    def _email(self) -> tuple[str, str, tuple[Probe, ...]]:
        rng = self.rng
        _, first, surname, _ = self.person()
        f, s = _ascii(first), _ascii(surname.split()[-1])
        local = rng.choice(
            (f"{f}.{s}", f"{f}{s[:1]}{rng.randint(70, 99)}", f"{f[:1]}.{s}", f"{f}_{s}",
             f"{_ascii(rng.choice(NICKNAMES))}{rng.randint(1, 999)}", f"{s}.{f}", f"{f}{s}")
        )  # fmt: skip
        domain = rng.choice(("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "yahoo.se",
                             "telia.com", "nacka.se", "nykoping.se", "protonmail.com",
                             "hotmail.se"))  # fmt: skip
        return "email", f"{local}@{domain}", (Probe("text", local),)

    def _letters(self) -> str:
        while (letters := "".join(self.rng.choice(PLATE_LETTERS) for _ in range(3))) in PLATE_BANNED:
            pass
        return letters

    def _plate(self) -> tuple[str, str, tuple[Probe, ...]]:
        letters, digits = self._letters(), f"{self.rng.randint(1, 999):03d}"
        sep = self.rng.choice((" ", " ", "", "-"))
        return "plate", f"{letters}{sep}{digits}", (Probe("letters", letters), Probe("number", digits))

    def _plate_new(self) -> tuple[str, str, tuple[Probe, ...]]:
        letters = self._letters()
        tail = f"{self.rng.randint(0, 99):02d}{self.rng.choice(PLATE_LETTERS.replace('O', ''))}"
        sep = self.rng.choice((" ", " ", ""))
        return "plate_new", f"{letters}{sep}{tail}", (Probe("letters", letters), Probe("tail", tail))

    def _address(self) -> tuple[str, str, tuple[Probe, ...]]:
        rng = self.rng
        street, number = rng.choice(ADDRESS_STREETS), str(rng.randint(1, 64))
        entrance = rng.choice(("", "", "", "A", " B", " C", "D", ", uppg. 2"))
        whole = rng.choice((f"{street} {number}", f"{street} nr {number}"))
        surface = whole + entrance if " nr " not in whole else whole
        return "address", surface, (Probe("number", number), Probe("text", whole))

    def _apt(self) -> tuple[str, str, tuple[Probe, ...]]:
        number = f"{self.rng.randint(10, 17)}{self.rng.randint(1, 6):02d}"
        form = self.rng.choice(
            ("lgh {}", "lgh. {}", "lägenhet {}", "lgh nr {}", "lägenhetsnummer {}", "lgh{}")
        )
        return "apartment", form.format(number), (Probe("digits", number),)

    def _property(self) -> tuple[str, str, tuple[Probe, ...]]:
        rng = self.rng
        if rng.random() < 0.25:
            block, unit = (
                rng.choice(("Hjorten", "Ormen", "Sälgen", "Spiran", "Kardan", "Laxen")),
                rng.randint(2, 29),
            )
            return (
                "property",
                f"kv. {block} {unit}",
                (Probe("text", f"{block} {unit}"), Probe("number", str(unit))),
            )
        trakt = rng.choice(("Brandkärr", "Nyköping Brandkärr", "Nacka Fisksätra", "Fisksätra", "Älta",
                            "Nacka Älta", "Nacka Erstavik"))  # fmt: skip
        number = f"{rng.randint(1, 40)}:{rng.randint(1, 480)}"
        return "property", f"{trakt} {number}", (Probe("number", number),)

    def _case_police(self) -> tuple[str, str, tuple[Probe, ...]]:
        rng = self.rng
        serial, year = str(rng.randint(10_000, 1_999_999)), rng.choice(("24", "25", "26"))
        form = rng.choice(("K{}-{}", "K {}-{}", "K-{}-{}", "5000-K{}-{}", "0182-K{}-{}", "ärende K{}/{}"))
        return "case_number", form.format(serial, year), (Probe("digits", serial),)

    def _case_dnr(self) -> tuple[str, str, tuple[Probe, ...]]:
        rng = self.rng
        year, serial = rng.choice(("2024", "2025", "2026")), f"{rng.randint(100, 1999):04d}"
        prefix = rng.choice(("KS", "KFKS", "SOC", "BUN", "KSN", "TN", "Dnr KS", "SBN"))
        surface = rng.choice(
            (f"{prefix} {year}/{serial}", f"{prefix} {year}:{serial}", f"{prefix}-{year}-{serial}")
        )
        return "case_number", surface, (Probe("digits", year + serial), Probe("number", serial))

    def _case_bb(self) -> tuple[str, str, tuple[Probe, ...]]:
        rng = self.rng
        serial = str(rng.randint(10_000, 999_999))
        form = rng.choice(("{}", "#{}", "nr {}", "AO-{}", "FA 2025-{}", "ÄR{}", "#2026-{}"))
        return "case_number", form.format(serial), (Probe("digits", serial),)


def _restyle(s: Sentence, fn: Callable[[str], str]) -> Sentence:
    lower = fn("A") == "a"

    def kind(k: str) -> str:
        return "lowercase_name" if lower and k in ("full_name", "first_name", "word_name") else k

    planted = tuple(
        Planted(kind(p.kind), fn(p.surface), tuple(Probe(q.mode, fn(q.value)) for q in p.probes), p.origin)
        for p in s.planted
    )
    looks = tuple(LookAlike(a.kind, fn(a.text), a.word) for a in s.lookalikes)
    return Sentence(s.source, fn(s.text), planted, looks)


def render(source: str, frame: str, filler: Filler, rng: random.Random) -> Sentence:
    style, _, body = frame.partition(" ") if frame[:2] in ("~l", "~U") else ("", "", frame)
    parts: list[str] = []
    planted: list[Planted] = []
    looks: list[LookAlike] = []
    pos = 0
    for m in _SLOT.finditer(body):
        parts.append(body[pos : m.start()])
        if m.group(1):
            fill = filler.fill(m.group(1))
        else:
            fill = Fill(m.group(3), lookalikes=[LookAlike(m.group(2), m.group(3), word=True)])
        parts.append(fill.surface)
        planted += fill.planted
        looks += fill.lookalikes
        pos = m.end()
    text = "".join(parts) + body[pos:]
    if source != "rapportor" and not style:
        text = rng.choice(PREFIXES) + text + rng.choice(SUFFIXES)
    sentence = Sentence(source, text, tuple(planted), tuple(looks))
    roll = rng.random()
    if style == "~l" or (not style and roll < 0.05):
        return _restyle(sentence, str.lower)
    if style == "~U" or (not style and roll > 0.975):
        return _restyle(sentence, str.upper)
    return sentence


def label_problems(s: Sentence) -> list[str]:
    """What makes a sentence's labels unsound; empty when every item can be found and every look-alike
    kept."""
    problems = [f"{p.surface!r} not in text" for p in s.planted if p.surface not in s.text]
    problems += [f"{p.surface!r}: probe {q} misses its own item" for p in s.planted for q in p.probes
                 if not q.matches(p.surface)]  # fmt: skip
    rest = s.text
    for p in sorted(s.planted, key=lambda p: -len(p.surface)):
        rest = rest.replace(p.surface, " ¤ ", 1)
    problems += [f"{p.surface!r}: probe {q} matches outside the item" for p in s.planted for q in p.probes
                 if q.matches(rest)]  # fmt: skip
    problems += [
        f"look-alike {a.text!r} not outside the planted items" for a in s.lookalikes if not a.kept(rest)
    ]
    # "Stensövägen 22:30" or "Fisksätra torg 19" reads as an address or a property designation
    problems += [f"look-alike {a.text!r} followed by a number" for a in s.lookalikes
                 if a.kind in PLACE_KINDS and re.search(re.escape(a.text) + r"\s+\d", s.text)]  # fmt: skip
    return problems


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    filler = Filler(rng)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for source, frames in FRAMES.items():
        for frame in frames:
            made = 0
            for _ in range(ATTEMPTS * PER_FRAME[source]):
                if made == PER_FRAME[source]:
                    break
                sentence = render(source, frame, filler, rng)
                if sentence.text in seen or label_problems(sentence):
                    continue
                seen.add(sentence.text)
                corpus.append(sentence)
                made += 1
    return corpus
