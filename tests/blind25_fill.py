"""Filling a frame of the twenty-fifth blind corpus (tests/blind25_corpus.py): people, structured items and
look-alikes drawn from tests/blind25_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of tests/blind22_fill.py, changed for exported rows and records.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, ecomma (`EFTERNAMN, Förnamn`), init,
trunc (a full name cut by a narrow column), first, sur (a surname after a role the frame writes), nick, low
(a lowercase full name), lowf (a lowercase given name), uid (a user id `given.surname`, lowercase), wfirst
and wsur (a given name or surname that is a word, written alone). Structured: pnr, snr, mob, tel, mail,
plate, plate2, addr, lgh, lghn (a flat's bare number after a label), fast, case. Look-alikes: place, venue,
street, pstreet, org (a company of the region or a national organisation), comp (a company of the region
only), kommun, time, date, stamp (a date with its time, as a system writes it), amount, week, line. Plain
(no label): ung (an age of 13-19), vuxen (20-68), antal (a count), nr (a system's own case number), obj (an
alarm object id), kort (an access card's number), dnr (the kommun's diarienummer), sign (a user code).

The filling itself is the shared filler's (tests/blind_fill_base.py, taken out at stop 27); this module gives
the corpus's vocabulary, its look-alikes and what it fills differently.
"""

from __future__ import annotations

from tests import blind25_formats as formats
from tests.blind25_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind25_vocab_places import (
    BAD_PLATES,
    NATIONAL_ORGANISATIONS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
)
from tests.blind_fill_base import SLOT, BlindFiller, Person, fold, genitive
from tests.independent_labels import LookAlike, Planted, Probe, Sentence

PERSON_KINDS = {"full", "caps", "comma", "ecomma", "init", "trunc", "first", "sur", "nick", "low", "lowf"}

PERSON_KINDS |= {"uid", "wfirst", "wsur"}


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
    REGIONS = REGIONS
    PERSON_KINDS = frozenset(PERSON_KINDS)
    FULL_FORM_SHARES = (0.04, 0.08, 0.11)

    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        if kind == "place":
            return LookAlike("place", rng.choice(r.places), True)
        if kind == "venue":
            return LookAlike("institution", rng.choice(r.venues), True)
        if kind == "street":
            return LookAlike("street", rng.choice(r.streets), True)
        if kind == "pstreet":
            return LookAlike("person_street", rng.choice(r.person_streets), True)
        if kind == "org":
            pool = r.companies + tuple(NATIONAL_ORGANISATIONS) if rng.random() < 0.5 else r.companies
            return LookAlike("organisation", rng.choice(pool), True)
        if kind == "comp":
            return LookAlike("organisation", rng.choice(r.companies), True)
        if kind == "kommun":
            return LookAlike("organisation", r.kommun, True)
        if kind in ("time", "date", "stamp", "amount", "week"):
            return formats.lookalike(rng, kind)
        if kind == "line":
            return LookAlike("bus_line", rng.choice(r.lines), True)
        raise KeyError(kind)

    def _full_form(self, p: Person, kind: str) -> tuple[str, str]:
        """(surface, probe text) of a full name in a form."""
        if kind == "full":
            roll = self.rng.random()
            kind = "caps" if roll < 0.04 else "comma" if roll < 0.08 else "init" if roll < 0.11 else "plain"
        if kind == "caps":
            return p.full.upper(), p.full.upper()
        rest = " ".join(x for x in (p.given, p.middle) if x)
        if kind == "comma":
            return f"{p.surname}, {rest}", f"{p.surname} {rest}"
        if kind == "ecomma":  # EFTERNAMN, Förnamn, as many registers write it
            return f"{p.surname.upper()}, {rest}", f"{p.surname} {rest}"
        if kind == "init":
            if "-" in p.given:
                initials = "-".join(w[0] for w in p.given.split("-"))
            else:
                initials = " ".join(w[0] + "." for w in p.given.split())
            return f"{initials} {p.surname}", p.surname
        if kind == "trunc":  # a narrow column: the surname cut, at least three of its letters kept
            words = p.full.split()
            last = words[-1]
            if len(last) >= 6 and not last.startswith(("O'", "D'")):
                cut = " ".join([*words[:-1], last[: self.rng.randint(3, len(last) - 2)]])
                return cut, cut
        return p.full, p.full

    def name(self, kind: str, p: Person, gen: bool) -> tuple[str, Planted]:
        if kind in ("full", "caps", "comma", "ecomma", "init", "trunc"):
            surface, probe_text = self._full_form(p, kind)
            item = Planted("full_name", surface, self.probes(probe_text), p.origin)
        elif kind in ("first", "wfirst"):
            surface = p.given
            label = "word_name" if surface in self._word_first_names else "first_name"
            if label == "first_name" and not gen and self.rng.random() < 0.05:
                surface = f"{p.given} {p.surname[0].upper()}"
            item = Planted(label, surface, self.probes(surface), p.origin)
        elif kind in ("sur", "wsur"):
            surface = p.surname
            label = "word_name" if surface in self._word_surname_names else "surname_after_role"
            item = Planted(label, surface, self.probes(surface), p.origin)
        elif kind == "nick":
            item = Planted("nickname", p.nick, self.probes(p.nick), p.origin)
        elif kind == "uid":  # a user id: the folded given name and surname joined by a dot
            given = fold(p.given.split()[0])
            surname = fold(p.surname.split()[-1].split("-")[-1])
            surface = f"{given}.{surname}"
            probes = tuple(Probe("word", w) for w in (given, surname) if len(w) > 1)
            item = Planted("lowercase_name", surface, probes, p.origin)
        else:  # low, lowf
            surface = (p.full if kind == "low" else p.given).lower()
            item = Planted("lowercase_name", surface, self.probes(surface), p.origin)
        return (genitive(item.surface) if gen else item.surface), item

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        forms = [f"0{prefix}-{a} {b} {c}", f"0{prefix}{rest}", f"0{prefix} {a} {b} {c}"]
        forms += [f"+46 {prefix} {a} {b} {c}", f"+46{prefix}{rest}", f"0{prefix}-{rest}"]
        surface = rng.choice(forms)
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 140))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.upper() if rng.random() < 0.15 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def apartment(self, bare: bool = False) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        prefix = "" if bare else rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "Lgh ", "LGH "])
        return Planted("apartment", prefix + number, (Probe("digits", number),))

    def fill(self, source: str, template: str) -> Sentence:
        slots: dict[str, list[str]] = {}
        for m in SLOT.finditer(template):
            if m.group(1) in self.PERSON_KINDS:
                slots.setdefault(m.group(2) or "0", []).append(m.group(1))
        planted: list[Planted] = []
        looks: list[LookAlike] = []
        out: list[str] = []
        pos = 0
        for m in SLOT.finditer(template):
            out.append(template[pos : m.start()])
            pos = m.end()
            kind, key, mod, word = m.groups()
            if word is not None:
                looks.append(LookAlike("word", word, True))
                out.append(word)
                continue
            if kind in self.PERSON_KINDS:
                key = key or "0"
                text, item = self.name(kind, self.person(key, slots[key]), mod == "g")
                planted.append(item)
                out.append(text)
                continue
            plain = formats.plain(self.rng, kind, self.region.dnr)
            if plain is not None:
                out.append(plain)
                continue
            structured = {
                "pnr": lambda: self.identity(False),
                "snr": lambda: self.identity(True),
                "mob": self.mobile,
                "tel": self.landline,
                "mail": self.email,
                "plate": lambda: self.plate(False),
                "plate2": lambda: self.plate(True),
                "addr": self.address,
                "lgh": lambda: self.apartment(False),
                "lghn": lambda: self.apartment(True),
                "fast": self.property,
                "case": self.case,
            }
            if kind in structured:
                item = structured[kind]()
                planted.append(item)
                out.append(item.surface)
                continue
            look = self.lookalike(kind)
            looks.append(look)
            out.append(look.text)
        out.append(template[pos:])
        return Sentence(source, "".join(out), tuple(planted), tuple(looks))
