"""The fourteenth blind redaction corpus: text as it comes out of systems and as people write it, in a
realistic mix of name forms (docs/redaction_blind14.md). Written without reading the redaction, its
vocabulary or any other corpus.

`build()` fills the frames of tests/blind14_frames_*.py in turn with a fixed seed; a fill is drawn again
while `problems()` finds its labels ambiguous or its text is already in the corpus.
"""

from __future__ import annotations

import random
import re

from tests.blind14_fill import TRANSFORMS, Filler
from tests.blind14_frames_a import FRAMES as FRAMES_A
from tests.blind14_frames_b import FRAMES as FRAMES_B
from tests.blind14_frames_c import FRAMES as FRAMES_C
from tests.blind14_frames_d import FRAMES as FRAMES_D
from tests.blind14_frames_e import FRAMES as FRAMES_E
from tests.independent_labels import PARTICLES, LookAlike, Planted, Probe, Sentence, name_item

SEED = 14_0727_2026
SIZE = 1000
NAME_PARTICLES = PARTICLES
ALL_FRAMES = [
    (f"{letter}{i:02d}", frame)
    for letter, frames_ in zip("abcde", (FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E), strict=True)
    for i, frame in enumerate(frames_)
]
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
# Capitalised words a number may follow without looking like a street and its number.
NUMBER_AFTER = {
    "kl", "ca", "vecka", "v", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "igår", "idag", "imorgon", "datum", "tid", "den", "från", "till", "sedan", "efter", "före", "start",
    "slut", "klockan", "registrerad", "skapad", "mellan", "kväll", "natt", "morgon", "at", "on", "since",
}  # fmt: skip
SPAN_KINDS = ("place", "street", "institution", "organisation", "person_street")


def frames() -> int:
    return len(ALL_FRAMES)


def _probe_spans(p: Probe, text: str) -> list[tuple[int, int]]:
    if p.mode == "digits":
        return [m.span() for m in _RUN.finditer(text) if p.value in re.sub(r"\D", "", m.group())]
    if p.mode == "number":
        pattern, flags = rf"(?<!\d){re.escape(p.value)}(?!\d)", 0
    elif p.mode == "text":
        pattern, flags = re.escape(p.value), re.IGNORECASE
    elif p.mode == "letters":
        pattern, flags = rf"(?<![^\W\d_]){re.escape(p.value)}(?![^\W\d_])", 0
    elif p.mode == "tail":
        pattern, flags = rf"(?<!\d){re.escape(p.value)}(?![0-9A-Za-z])", re.IGNORECASE
    else:
        pattern, flags = rf"(?<!\w){re.escape(p.value)}(?:s|:s|')?(?!\w)", re.IGNORECASE
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _surface_spans(item: Planted, text: str) -> list[tuple[int, int]]:
    pattern = rf"(?<!\w){re.escape(item.surface)}(?:s|:s|')?(?!\w)"
    return [m.span() for m in re.finditer(pattern, text)]


def problems(s: Sentence) -> list[str]:
    """What makes the labels of `s` ambiguous (empty when they are not)."""
    text, out = s.text, []
    spans: dict[int, list[tuple[int, int]]] = {}
    by_length = sorted(range(len(s.planted)), key=lambda i: -len(s.planted[i].surface))
    for i in by_length:
        item = s.planted[i]
        longer = [
            sp for j, sps in spans.items() if len(s.planted[j].surface) > len(item.surface) for sp in sps
        ]
        spans[i] = [sp for sp in _surface_spans(item, text) if not _inside(sp, longer)]
        if not spans[i]:
            out.append(f"not in the text as a word: {item.surface}")
        if not item.probes:
            out.append(f"no probes: {item.surface}")
    for item in s.planted:
        for p in item.probes:
            carriers = [
                sp for j, other in enumerate(s.planted) if p in other.probes for sp in spans.get(j, [])
            ]
            if any(not _inside(sp, carriers) for sp in _probe_spans(p, text)):
                out.append(f"probe {p.value!r} of {item.surface} outside its item")
    look_spans: list[tuple[int, int]] = []
    for look in s.lookalikes:
        if look.count(text) != 1:
            out.append(f"look-alike not written once: {look.text}")
            continue
        m = re.search(rf"(?<!\w){re.escape(look.text)}(?!\w)", text)
        assert m is not None
        span = m.span()
        if any(_overlap(span, sp) for sps in spans.values() for sp in sps) or any(
            _overlap(span, sp) for sp in look_spans
        ):
            out.append(f"look-alike overlaps an item: {look.text}")
        look_spans.append(span)
        before = text[: span[0]]
        line = before[before.rfind("\n") + 1 :]
        prev = re.search(r"([^\W\d_]+)[ \t]$", line)
        if look.text[0].isdigit() and prev and prev.group(1)[0].isupper():
            first_word = re.match(r"\W*([^\W\d_]+)", line)
            at_start = first_word is not None and first_word.start(1) == prev.start(1)
            if not at_start and prev.group(1).lower() not in NUMBER_AFTER:
                out.append(f"number after a capitalised word: {prev.group(1)} {look.text}")
        if look.kind in SPAN_KINDS and re.match(r"[ \t]*\d", text[span[1] :]):
            out.append(f"number after a place: {look.text}")
    every = [sp for sps in spans.values() for sp in sps] + look_spans
    for m in _RUN.finditer(text):
        for a, b in every:
            if _overlap(m.span(), (a, b)) and (m.start() < a or m.end() > b):
                out.append(f"digits run on beyond an item: {m.group()}")
    return out


def _transformed(s: Sentence, style: str) -> Sentence:
    f = TRANSFORMS.get(style)
    if f is None:
        return s
    planted = tuple(
        name_item(p.kind, f(p.surface), p.origin, " ".join(f(q.value) for q in p.probes))
        if p.probes and p.probes[0].mode == "word"
        else Planted(p.kind, f(p.surface), p.probes, p.origin)
        for p in s.planted
    )
    looks = tuple(LookAlike(look.kind, f(look.text), look.word) for look in s.lookalikes)
    return Sentence(s.source, f(s.text), planted, looks)


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for n in range(SIZE):
        key, frame = ALL_FRAMES[n % len(ALL_FRAMES)]
        voice, style, template = frame.split("|", 2)
        for _ in range(400):
            filler = Filler(rng, style)
            text = filler.fill(template)
            raw = Sentence(f"{key}|{voice}|{style}", text, tuple(filler.planted), tuple(filler.looks))
            sentence = _transformed(raw, style)
            if sentence.text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"frame {key} cannot be filled: {problems(sentence)}")
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
