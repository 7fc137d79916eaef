"""The sixteenth blind corpus: youth work and dialogue. What fältassistenter, fritidsledare, nattvandrare,
SSPF coordinators, school counsellors, club leaders and kommunpoliser write after evenings out and meetings
with residents: chat notes and text messages, evening reports, nattvandrare's and fritidsgårdar's logs,
trygghetsvandring protocols, medborgardialog notes, föräldramöten, samverkansmöten, SSPF and orosanmälan
summaries, counsellors' notes, club reports, police notes, contact lists and follow-ups.

Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind16.md). Built
by filling the frames of tests/blind16_frames_*.py (tests/blind16_fill.py) with a fixed seed; a fill that
`problems` finds ambiguous, or whose text is already in the corpus, is drawn again.
"""

from __future__ import annotations

import random
import re

from tests import blind16_frames_a, blind16_frames_b, blind16_frames_c, blind16_frames_d, blind16_frames_e
from tests.blind16_fill import fill
from tests.blind16_vocab_places import REGION_WEIGHTS
from tests.independent_labels import PARTICLES, Probe, Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 16_2016_1616
SIZE = 1000
NAME_PARTICLES = frozenset(PARTICLES)
ATTEMPTS = 400
_MODULES = {
    "a": blind16_frames_a,
    "b": blind16_frames_b,
    "c": blind16_frames_c,
    "d": blind16_frames_d,
    "e": blind16_frames_e,
}

NAMED_LOOKS = {"place", "institution", "street", "organisation", "person_street"}
# Capitalised words after which a number is still read as a time, a date or a line.
BEFORE_NUMBER = {
    "Kl", "Klockan", "Den", "Datum", "Tid", "Vecka", "V", "Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag",
    "Lördag", "Söndag", "Mån", "Tis", "Ons", "Tors", "Fre", "Lör", "Sön", "Ca", "Från", "Efter", "Innan",
}  # fmt: skip
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")


# -------------------------------------------------------------------- problems
def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _probe_spans(p: Probe, text: str) -> list[tuple[int, int]]:
    v = re.escape(p.value)
    if p.mode == "digits":
        return [(m.start(), m.end()) for m in _RUN.finditer(text) if p.value in re.sub(r"\D", "", m.group())]
    pattern, flags = {
        "number": (rf"(?<!\d){v}(?!\d)", 0),
        "text": (v, re.IGNORECASE),
        "letters": (rf"(?<![^\W\d_]){v}(?![^\W\d_])", 0),
        "tail": (rf"(?<!\d){v}(?![0-9A-Za-z])", re.IGNORECASE),
    }.get(p.mode, (rf"(?<!\w){v}(?:s|:s|')?(?!\w)", re.IGNORECASE))
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def _key(p: Probe) -> tuple[str, str]:
    return (p.mode, p.value.lower() if p.mode in ("word", "text") else p.value)


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def problems(s: Sentence) -> list[str]:
    """What would make the item's labels ambiguous (an empty list when nothing would)."""
    text, out = s.text, []
    found = [_occurrences(text, p.surface) for p in s.planted]
    own: list[list[tuple[int, int]]] = []
    for i, item in enumerate(s.planted):
        longer = [
            sp for j, o in enumerate(s.planted) if len(o.surface) > len(item.surface) for sp in found[j]
        ]
        own.append([sp for sp in found[i] if not _inside(sp, longer)])
        if not own[i]:
            out.append(f"not written as a word of its own: {item.surface}")
        if not item.probes:
            out.append(f"no probes: {item.surface}")
    for item in s.planted:
        for probe in item.probes:
            allowed = [
                sp for j, o in enumerate(s.planted) if _key(probe) in map(_key, o.probes) for sp in own[j]
            ]
            if any(not _inside(sp, allowed) for sp in _probe_spans(probe, text)):
                out.append(f"probe {probe.value!r} of {item.surface} matches elsewhere")
    item_spans = [sp for spans in own for sp in spans]
    look_spans: list[tuple[int, int]] = []
    for look in s.lookalikes:
        pattern = rf"(?<!\w){re.escape(look.text)}(?!\w)" if look.word else re.escape(look.text)
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
        if len(spans) != 1:
            out.append(f"look-alike {look.text} written {len(spans)} times")
            continue
        span = spans[0]
        if any(_overlaps(span, o) for o in item_spans + look_spans):
            out.append(f"look-alike {look.text} overlaps another label")
        look_spans.append(span)
        if look.text[0].isdigit():
            line = text[text.rfind("\n", 0, span[0]) + 1 : span[0]]
            m = re.search(r"(\S+)\s+$", line)
            first_word = not line[: m.start()].strip(" \t-–•*>0123456789.)") if m else True
            if m and not first_word and re.fullmatch(r"[A-ZÅÄÖÉ][\w\-]*,?", m.group(1)):
                if m.group(1).rstrip(",") not in BEFORE_NUMBER:
                    out.append(f"look-alike {look.text} after a capitalised word")
        if look.kind in NAMED_LOOKS and re.match(r"[,:]?[ \t]*\d", text[span[1] :]):
            out.append(f"look-alike {look.text} followed by a number")
    for m in _RUN.finditer(text):
        run = (m.start(), m.end())
        if any(_overlaps(run, sp) and not _inside(run, [sp]) for sp in item_spans + look_spans):
            out.append(f"digits {m.group()} run on beyond a label")
    return out


def _frames() -> list[tuple[str, str, str, str]]:
    """(id, role, style, template) of every frame."""
    out = []
    for letter, module in _MODULES.items():
        for i, frame in enumerate(module.FRAMES):
            role, style, template = frame.split("|", 2)
            out.append((f"{letter}{i:02d}", role, style, template))
    return out


def frames() -> int:
    return len(_frames())


def _build() -> tuple[Sentence, ...]:
    rng = random.Random(SEED)
    all_frames = _frames()
    n = len(all_frames)
    uses = [SIZE // n + (1 if i < SIZE % n else 0) for i in range(n)]
    regions, weights = list(REGION_WEIGHTS), list(REGION_WEIGHTS.values())
    out: list[Sentence] = []
    seen: set[str] = set()
    for round_ in range(max(uses)):
        for i, (frame_id, role, style, template) in enumerate(all_frames):
            if uses[i] <= round_:
                continue
            for _ in range(ATTEMPTS):
                region = rng.choices(regions, weights)[0]
                s = fill(template, region, rng, f"{frame_id}|{role}-{region}|{style}")
                if s.text not in seen and not problems(s):
                    break
            else:
                raise RuntimeError(f"frame {frame_id} could not be filled in {ATTEMPTS} draws")
            seen.add(s.text)
            out.append(s)
    return tuple(out)


def build() -> list[Sentence]:
    return list(_build())
