"""The fifteenth blind redaction corpus: the everyday cells of a weekly EST report — incident descriptions,
places, the reporter column, measures, upcoming events, status comments and follow-ups — as fritidsledare,
fältassistenter, trygghetsvärdar, nattvandrare, SSPF, social services, deacons, clubs, shopkeepers, bus
drivers, police, guards, caretakers, BRF boards and school counsellors in Norrland, Skåne, Göteborg, Gotland,
Stockholm's suburbs, Nacka and Nyköping fill them in, with name forms in a realistic mix.

Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind15.md). The
frames are in tests/blind15_frames_*.py, the vocabulary in tests/blind15_vocab_*.py, the fill in
tests/blind15_fill.py.
"""

from __future__ import annotations

import random
import re

from tests.blind15_fill import Filler
from tests.blind15_frames_a import FRAMES as FRAMES_A
from tests.blind15_frames_b import FRAMES as FRAMES_B
from tests.blind15_frames_c import FRAMES as FRAMES_C
from tests.blind15_frames_d import FRAMES as FRAMES_D
from tests.blind15_frames_e import FRAMES as FRAMES_E
from tests.blind15_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.independent_labels import Planted, Probe, Sentence

SEED = 15_1915_2026
SIZE = 1000
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400

_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
# Words after which a number is no house number: field labels, `kl`, weekdays, months' companions.
NUMBER_WORDS = {
    "kl", "ca", "cirka", "vecka", "v", "datum", "tid", "från", "till", "den", "efter", "före", "under",
    "senast", "linje", "buss", "spårvagn", "tåg", "kostnad", "belopp", "summa", "start", "slut", "klockan",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons", "tors",
    "fre", "lör", "sön", "idag", "igår", "natten", "kvällen", "rond", "deadline", "klart", "uppföljning",
}  # fmt: skip
PLACE_LIKE = {"place", "institution", "street", "organisation", "person_street"}


def _frames() -> list[tuple[str, str, str, str]]:
    out = []
    for letter, frames in zip("abcde", (FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E), strict=True):
        for i, line in enumerate(frames):
            voice, style, template = line.split("|", 2)
            out.append((f"{letter}{i:02d}", voice, style, template))
    return out


def frames() -> int:
    return len(_frames())


def _occurrences(surface: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)", text)]


def _probe_spans(probe: Probe, text: str) -> list[tuple[int, int]]:
    """Where a probe matches, as tests/independent_labels.Probe.matches reads it."""
    v = re.escape(probe.value)
    if probe.mode == "digits":
        return [m.span() for m in _RUN.finditer(text) if probe.value in re.sub(r"\D", "", m.group())]
    if probe.mode == "number":
        pattern, flags = rf"(?<!\d){v}(?!\d)", 0
    elif probe.mode == "text":
        pattern, flags = v, re.IGNORECASE
    elif probe.mode == "letters":
        pattern, flags = rf"(?<![^\W\d_]){v}(?![^\W\d_])", 0
    elif probe.mode == "tail":
        pattern, flags = rf"(?<!\d){v}(?![0-9A-Za-z])", re.IGNORECASE
    else:
        pattern = rf"(?<!\w){v}(?:s|:s|')?(?!\w)"
        flags = re.IGNORECASE if probe.mode == "word" else 0
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def problems(s: Sentence) -> list[str]:
    """What makes an item's labels ambiguous: a planted item not written as a word of its own (an occurrence
    inside a longer item belongs to that item); an item without probes; a probe matching outside the items
    that carry it; a look-alike not written exactly once or overlapping an item or another look-alike; a
    look-alike starting with a digit right after a capitalised word that is neither the line's first word nor
    a field label, `Kl` or a weekday; a place, street, institution or organisation followed on its line by a
    number; a run of digits touching an item or a look-alike and running on beyond it."""
    text, out = s.text, []
    occ = [_occurrences(p.surface, text) for p in s.planted]
    every = [(span, i) for i, spans in enumerate(occ) for span in spans]
    for i, p in enumerate(s.planted):
        if not p.probes:
            out.append(f"no probes: {p.surface}")
        own = [
            span
            for span in occ[i]
            if not any(
                j != i and len(s.planted[j].surface) > len(p.surface) and _inside(span, [other])
                for other, j in every
            )
        ]
        if not own:
            out.append(f"not written as a word of its own: {p.surface}")
    item_spans = [span for span, _ in every]
    look_spans: list[tuple[tuple[int, int], Planted | object]] = []
    for look in s.lookalikes:
        if look.count(text) != 1:
            out.append(f"look-alike not written once: {look.text}")
            continue
        m = re.search(rf"(?<!\w){re.escape(look.text)}(?!\w)", text) if look.word else None
        start = m.start() if m else text.find(look.text)
        span = (start, start + len(look.text))
        if any(_overlap(span, other) for other in item_spans):
            out.append(f"look-alike inside an item: {look.text}")
        if any(_overlap(span, other) for other, _ in look_spans):
            out.append(f"look-alikes overlap: {look.text}")
        look_spans.append((span, look))
        if look.text[0].isdigit():
            line_start = text.rfind("\n", 0, start) + 1
            before = re.search(r"(\S+)[ \t]+$", text[line_start:start])
            if before:
                word = before.group(1).rstrip(":,.")
                first_word = text[line_start:start].split()[0] == before.group(1)
                if word[:1].isupper() and not first_word and word.lower() not in NUMBER_WORDS:
                    out.append(f"number after a capitalised word: {look.text}")
        if look.kind in PLACE_LIKE and re.match(r"[ \t]*[,:]?[ \t]*\d", text[span[1] :]):
            out.append(f"number after a place: {look.text}")
    for p in s.planted:
        for probe in p.probes:
            carriers = [
                span for q, spans in zip(s.planted, occ, strict=True) if probe in q.probes for span in spans
            ]
            for span in _probe_spans(probe, text):
                if not _inside(span, carriers):
                    out.append(f"probe {probe.value!r} outside its item")
    spans = item_spans + [span for span, _ in look_spans]
    for m in _RUN.finditer(text):
        if any(_overlap(m.span(), span) and not _inside(m.span(), [span]) for span in spans):
            out.append(f"digits run on beyond an item: {m.group()}")
    return out


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    all_frames = _frames()
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for n in range(SIZE):
        fid, voice, style, template = all_frames[n % len(all_frames)]
        region = voice.rsplit("-", 1)[1]
        for _ in range(ATTEMPTS):
            filler = Filler(rng, region)
            text = filler.fill(template)
            sentence = Sentence(f"{fid}|{voice}|{style}", text, tuple(filler.planted), tuple(filler.looks))
            if text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"frame {fid} cannot be filled unambiguously")
        seen.add(text)
        corpus.append(sentence)
    return corpus
