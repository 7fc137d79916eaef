"""Filling a frame of the twenty-eighth blind corpus (tests/blind28_corpus.py): people, structured items and
look-alikes drawn from tests/blind28_vocab_*.py with one random generator, labelled with the harness's
classes. Started as a copy of blind 24's filler (tests/blind24_fill.py), changed for text that was spoken,
handwritten or scanned before it was typed: numbers as people say them, OCR's confusions, hyphenation.

A slot is `{kind}`, `{kind:N}` (person N; the same N is the same person) or `{kind:N|g}` (in the genitive);
`[[Word]]` is a word look-alike. Person kinds: full, caps, comma, init, first, sur (a surname after a role the
frame writes), nick, low (a lowercase full name), lowf (a lowercase given name), wfirst and wsur (a given name
or surname that is a word, written alone), and ocr (a full name as OCR misread it: "Ahrned", "Lindqv1st";
still a name, labelled full_name, its probes the misread words). Structured: pnr, snr, mob, tel, mail, plate,
plate2, addr, lgh, fast, case, and mobord (a mobile dictated as words, "noll sju tre … sju åtta nio noll":
labelled mobile, its probe the last four digits' words) and addrord (a street and a number said as a word,
"Idunvägen sjutton": labelled address, its probe the number word). Look-alikes: place, placebr (a place
broken by OCR's hyphenation over two lines), venue, street, pstreet, org, kommun, time, tidord (a spoken
time, "kvart över nio"), date, datumord ("trettonde mars"), amount, week, line. Plain: ung (12-19), vuxen
(20-75), antal (3-40).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.blind28_vocab_names import FATHERS, NAME_PARTICLES, ORIGINS, WORD_FIRST, WORD_SHARE, WORD_SURNAMES
from tests.blind28_vocab_places import (
    BAD_PLATES,
    DIGIT_WORDS,
    MONTHS,
    NUMBER_WORDS,
    PLATE_LETTERS,
    PLATE_TAIL_LETTERS,
    REGIONS,
    TENS,
)
from tests.blind_fill_base import PERSON_KINDS, BlindFiller, Person
from tests.independent_labels import LookAlike, Planted, Probe

# Hours of rounds and incidents: evenings and nights mostly.
_HOURS = (6, 7, 12, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 0, 0, 1, 1, 2, 3, 4)
_HOUR_WORDS = ("ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
_ORDINALS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde",
             "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde",
             "artonde", "nittonde", "tjugonde", "tjugoförsta", "tjugoandra", "tjugotredje", "tjugofjärde",
             "tjugofemte", "tjugosjätte", "tjugosjunde", "tjugoåttonde")  # fmt: skip
# OCR's usual confusions, one applied to a word: (seen, read).
_OCR = (("m", "rn"), ("rn", "m"), ("l", "1"), ("i", "l"), ("l", "I"), ("o", "0"), ("e", "c"), ("h", "li"),
        ("u", "ii"), ("n", "ri"), ("d", "cl"), ("ö", "o"), ("å", "a"))  # fmt: skip


def number_word(n: int) -> str:
    """A number of 0-99 as it is said ("tjugosju")."""
    if n <= 20:
        return NUMBER_WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens * 10] + (NUMBER_WORDS[unit] if unit else "")


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
    PLATE_FORMS = ("{l} {t}", "{l} {t}", "{l}{t}", "{l}-{t}")
    YOUNG_AGES = (12, 19)
    ADULT_AGES = (20, 75)
    COUNTS = (3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40)
    REGIONS = REGIONS
    PERSON_KINDS = PERSON_KINDS | {"ocr"}
    FULL_FORM_SHARES = (0.06, 0.12, 0.18)

    # ------------------------------------------------------------------ names
    def _misread(self, word: str) -> str:
        rng = self.rng
        options = [(a, b) for a, b in _OCR if a in word[1:]]
        if not options:
            return word
        seen, read = rng.choice(options)
        at = word.index(seen, 1)
        return word[:at] + read + word[at + len(seen) :]

    def name(self, kind: str, p: Person, gen: bool) -> tuple[str, Planted]:
        if kind != "ocr":
            return super().name(kind, p, gen)
        words = p.full.split()
        for _ in range(6):
            i = self.rng.randrange(len(words))
            misread = self._misread(words[i])
            if misread != words[i]:
                words[i] = misread
                break
        surface = " ".join(words)
        item = Planted("full_name", surface, self.probes(surface), p.origin)
        return (surface + ("'" if surface[-1] in "sxzSXZ" else "s") if gen else surface), item

    # ------------------------------------------------------------ look-alikes
    def lookalike(self, kind: str) -> LookAlike:
        rng, r = self.rng, self.region
        simple = {
            "place": ("place", r.places),
            "venue": ("institution", r.venues),
            "street": ("street", r.streets),
            "pstreet": ("person_street", r.person_streets),
            "org": ("organisation", r.associations),
            "kommun": ("organisation", (r.kommun,)),
            "line": ("bus_line", r.lines),
        }
        if kind in simple:
            label, pool = simple[kind]
            return LookAlike(label, rng.choice(pool), True)
        if kind == "placebr":
            long = [p for p in r.places if " " not in p and len(p) >= 7]
            place = rng.choice(long)
            cut = rng.randint(3, len(place) - 3)
            return LookAlike("place", f"{place[:cut]}-\n{place[cut:]}", True)
        if kind == "time":
            h, m = rng.choice(_HOURS), rng.choice(range(0, 60, 5))
            text = rng.choice(
                [f"{h:02d}.{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h}.{m:02d}"]
            )
            return LookAlike("time", text, True)
        if kind == "tidord":
            said = rng.choice(_HOUR_WORDS)
            text = rng.choice(
                [
                    f"halv {said}",
                    f"kvart över {said}",
                    f"kvart i {said}",
                    f"tio över {said}",
                    f"fem i halv {said}",
                ]
            )
            return LookAlike("time", text, True)
        if kind == "date":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice(
                [
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day}/{month}-26",
                    f"{day} {MONTHS[month - 1]}",
                    f"{day}.{month}",
                    f"{day:02d}.{month:02d}.2026",
                    f"{day}/{month} 2026",
                ]
            )
            return LookAlike("date", text, True)
        if kind == "datumord":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            return LookAlike("date", f"{_ORDINALS[day - 1]} {MONTHS[month - 1]}", True)
        if kind == "amount":
            n = rng.choice([50, 100, 200, 300, 500, 800, 1000, 1500, 2000, 3500, 5000, 12000, 25000])
            spaced = f"{n:,}".replace(",", " ")
            spoken = {50: "femtio", 100: "hundra", 200: "tvåhundra", 300: "trehundra", 500: "femhundra"}
            forms = [f"{spaced} kr", f"{n}kr", f"{n}:-", f"{spaced} kronor", f"ca {n} kr", f"{spaced}:-"]
            if n in spoken:
                forms.append(f"{spoken[n]} kronor")
                forms.append(f"{spoken[n]} spänn")
            return LookAlike("amount", rng.choice(forms), True)
        if kind == "week":
            n = rng.randint(1, 52)
            forms = [f"vecka {n}", f"v. {n}", f"v{n}", f"v {n}", f"V.{n}", f"vecka {number_word(n)}"]
            return LookAlike("week", rng.choice(forms), True)
        raise KeyError(kind)

    # ------------------------------------------------------------ structured
    def structured(self) -> dict[str, Callable[[], Planted]]:
        return {**super().structured(), "mobord": self.spoken_mobile, "addrord": self.spoken_address}

    def mobile(self) -> Planted:
        rng = self.rng
        prefix = rng.choice(["70", "72", "73", "76", "79"])
        rest = f"{rng.randint(1, 9)}{self._digits(6)}"
        a, b, c = rest[:3], rest[3:5], rest[5:]
        surface = rng.choice(
            [
                f"0{prefix}-{a} {b} {c}",
                f"0{prefix}{rest}",
                f"0{prefix} {a} {b} {c}",
                f"0{prefix} {a}{b}{c}",
                f"+46{prefix}{rest}",
                f"+46 {prefix} {a} {b} {c}",
                f"0{prefix}-{rest}",
                f"0{prefix}/{rest}",
                f"O{prefix}-{a} {b} {c}",  # OCR read the zero as an O
                f"0{prefix} - {a} {b} {c}",
            ]
        )
        return Planted("mobile", surface, (Probe("digits", rest[-4:]),))

    def spoken_mobile(self) -> Planted:
        """A mobile number dictated digit by digit and left as words by the phone (or only its end)."""
        rng = self.rng
        digits = "07" + rng.choice("02369") + f"{rng.randint(1, 9)}" + self._digits(6)
        words = [DIGIT_WORDS[int(d)] for d in digits]
        if rng.random() < 0.4:
            head = f"{digits[:3]} "
            tail = words[3:]
            if rng.random() < 0.5:
                tail[2] += ","
            surface = head + " ".join(tail)
        else:
            if rng.random() < 0.5:
                words[2] += ","
                words[5] += ","
            surface = " ".join(words)
        return Planted(
            "mobile", surface, (Probe("text", " ".join(DIGIT_WORDS[int(d)] for d in digits[-4:])),)
        )

    def landline(self) -> Planted:
        rng = self.rng
        code = rng.choice(self.region.area_codes)
        rest = f"{rng.randint(2, 8)}{self._digits(6 if code == '08' else 5)}"
        grouped = f"{rest[:-4]} {rest[-4:-2]} {rest[-2:]}"
        surface = rng.choice(
            [
                f"{code}-{grouped}",
                f"{code}-{rest}",
                f"{code} {grouped}",
                f"{code}/{rest}",
                f"({code}) {grouped}",
            ]
        )
        return Planted("landline", surface, (Probe("digits", rest[-4:]),))

    def address(self) -> Planted:
        rng = self.rng
        number = str(rng.randint(1, 140))
        letter = rng.choice("ABCD") if rng.random() < 0.2 else ""
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.3 else street} {number}{letter}"
        return Planted("address", surface, (Probe("number", number),))

    def spoken_address(self) -> Planted:
        rng = self.rng
        n = rng.randint(4, 49)
        word = number_word(n)
        street = rng.choice(self.region.streets)
        surface = f"{street.lower() if rng.random() < 0.6 else street} {word}"
        return Planted("address", surface, (Probe("word", word),))

    def apartment(self) -> Planted:
        rng = self.rng
        number = f"{rng.randint(10, 16)}{rng.randint(1, 8):02d}"
        surface = rng.choice(["lgh ", "lägenhet ", "lgh nr ", "lgh. ", "lgh:", "Lgh ", "lgh nr. "]) + number
        return Planted("apartment", surface, (Probe("digits", number),))

    def case(self) -> Planted:
        rng = self.rng
        serial = f"{rng.randint(1, 9)}{self._digits(rng.choice([4, 5, 6]))}"
        year = rng.choice(["25", "25", "26", "26"])
        unit = rng.choice(["5000", "5000", "4000", "3000", "1400", "0201"])
        surface = rng.choice(
            [f"{unit}-K{serial}-{year}", f"K{serial}-{year}", f"K {serial}-{year}", f"k{serial}-{year}",
             f"{unit}-K{serial}-20{year}"]
        )  # fmt: skip
        return Planted("case_number", surface, (Probe("digits", serial),))
