"""Labels of the independent redaction corpus: what a planted item or a look-alike is, and when it counts.

A planted item carries probes: it counts as found only when no probe matches the redacted text (no word
of a name, not the last four digits of a number, not the street number). A look-alike counts as kept only
when it is intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NAME_KINDS = ("full_name", "first_name", "surname_after_role", "nickname", "word_name", "lowercase_name")
STRUCTURED_KINDS = (
    "personnummer", "samordningsnummer", "mobile", "landline", "email", "plate", "plate_new", "address",
    "apartment", "property", "case_number",
)  # fmt: skip
# The look-alike targets; "organisation" and "person_street" are reported for information only.
TARGET_LOOKALIKE_KINDS = (
    "place",
    "institution",
    "street",
    "time",
    "date",
    "amount",
    "week",
    "bus_line",
    "word",
)
INFO_LOOKALIKE_KINDS = ("organisation", "person_street")
PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "de", "af"}
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")


@dataclass(frozen=True)
class Probe:
    """A piece of a planted item that must not survive. mode: word (case-insensitive, genitive too),
    letters/tail (the two halves of a plate), digits (substring of a digit run, separators ignored), number (a
    standalone number), text (case-insensitive substring)."""

    mode: str
    value: str

    def matches(self, text: str) -> bool:
        if self.mode == "digits":
            return any(self.value in re.sub(r"\D", "", m.group()) for m in _RUN.finditer(text))
        if self.mode == "number":
            return re.search(rf"(?<!\d){re.escape(self.value)}(?!\d)", text) is not None
        if self.mode == "text":
            return self.value.lower() in text.lower()
        if self.mode == "letters":  # a plate's letter group, also when written together with its digits
            return re.search(rf"(?<![^\W\d_]){re.escape(self.value)}(?![^\W\d_])", text) is not None
        if self.mode == "tail":  # a new-format plate's "12D", also right after the letters
            return (
                re.search(rf"(?<!\d){re.escape(self.value)}(?![0-9A-Za-z])", text, re.IGNORECASE) is not None
            )
        flags = re.IGNORECASE if self.mode == "word" else 0
        return re.search(rf"(?<!\w){re.escape(self.value)}(?:s|:s|')?(?!\w)", text, flags) is not None


@dataclass(frozen=True)
class Planted:
    kind: str
    surface: str
    probes: tuple[Probe, ...]
    origin: str = ""

    def found(self, output: str) -> bool:
        return not any(p.matches(output) for p in self.probes)


@dataclass(frozen=True)
class LookAlike:
    kind: str
    text: str
    word: bool = False

    def count(self, text: str) -> int:
        if self.word:
            return len(re.findall(rf"(?<!\w){re.escape(self.text)}(?!\w)", text))
        return text.count(self.text)

    def kept(self, output: str) -> bool:
        return self.count(output) > 0


@dataclass(frozen=True)
class Sentence:
    source: str
    text: str
    planted: tuple[Planted, ...]
    lookalikes: tuple[LookAlike, ...]


@dataclass
class Fill:
    surface: str
    planted: list[Planted] = field(default_factory=list)
    lookalikes: list[LookAlike] = field(default_factory=list)


def name_probes(name: str) -> tuple[Probe, ...]:
    tokens = [t for t in re.split(r"[\s\-]+", name) if len(t) > 1 and t.lower() not in PARTICLES]
    return tuple(Probe("word", t) for t in tokens)


def name_item(kind: str, surface: str, origin: str, probe_text: str | None = None) -> Planted:
    return Planted(kind, surface, name_probes(probe_text or surface), origin)
