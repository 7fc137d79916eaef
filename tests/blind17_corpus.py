"""The seventeenth blind corpus: town centres, transport and night life.

Guards' and ordningsvakter's log lines and reports, shift handovers, lists of banned persons, descriptions of
suspects and victims, lost property, witnesses with contact details, radio calls and text messages, parking
and taxi notes, event security, shops, nightclub doors, buses, trams and trains, baths and libraries, school
transport and the kommun's trygghetssamordnare summarising them, in Malmö, Göteborg, Örebro, Umeå, Borlänge,
Sundsvall, Jönköping, Norrköping, Södertälje, Nacka and Nyköping. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind17.md says what was opened).

`build()` fills the frames (tests/blind17_frames_*.py) in turn with a fixed seed; a fill is drawn again while
`problems()` finds its labels ambiguous or its text is already in the corpus.
"""

from __future__ import annotations

import random
import re

from tests.blind17_fill import Filler
from tests.blind17_frames_a import FRAMES as FRAMES_A
from tests.blind17_frames_b import FRAMES as FRAMES_B
from tests.blind17_frames_c import FRAMES as FRAMES_C
from tests.blind17_frames_d import FRAMES as FRAMES_D
from tests.blind17_frames_e import FRAMES as FRAMES_E
from tests.blind17_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind17_vocab_places import REGIONS
from tests.independent_labels import LookAlike, Probe, Sentence

SEED = 17_2026_1717
SIZE = 1000
TRIES = 400
NAME_PARTICLES = _PARTICLES
REGION_ORDER = tuple(REGIONS)
_PARTS = {"a": FRAMES_A, "b": FRAMES_B, "c": FRAMES_C, "d": FRAMES_D, "e": FRAMES_E}
ALL_FRAMES = [
    (f"{part}{i:02d}", frame) for part, frames in _PARTS.items() for i, frame in enumerate(frames, 1)
]

_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
_BULLET = re.compile(r"^(?:[-–•*/]|\d+[.)])$")
# Words after which a number is plainly not a house number: the clock, weekdays, small words.
_BEFORE_NUMBER = {
    "kl", "kl.", "klockan", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "den",
    "från", "till", "ca", "cirka", "efter", "före", "sedan",
}  # fmt: skip
_PLACE_KINDS = {"place", "street", "institution", "organisation", "person_street"}
Span = tuple[int, int]


def frames() -> int:
    return len(ALL_FRAMES)


def _occurrences(text: str, surface: str) -> list[Span]:
    pattern = rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)"
    return [m.span() for m in re.finditer(pattern, text)]


def _look_spans(text: str, look: LookAlike) -> list[Span]:
    if look.word:
        return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(look.text)}(?!\w)", text)]
    return [m.span() for m in re.finditer(re.escape(look.text), text)]


def _probe_spans(text: str, probe: Probe) -> list[Span]:
    v = re.escape(probe.value)
    if probe.mode == "digits":
        return [m.span() for m in _RUN.finditer(text) if probe.value in re.sub(r"\D", "", m.group())]
    patterns = {
        "number": (rf"(?<!\d){v}(?!\d)", 0),
        "text": (v, re.IGNORECASE),
        "letters": (rf"(?<![^\W\d_]){v}(?![^\W\d_])", 0),
        "tail": (rf"(?<!\d){v}(?![0-9A-Za-z])", re.IGNORECASE),
        "word": (rf"(?<!\w){v}(?:s|:s|')?(?!\w)", re.IGNORECASE),
    }
    pattern, flags = patterns[probe.mode]
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _digit_after_capital(text: str, start: int) -> bool:
    """A number right after a capitalised word that is neither its line's first word nor a field label."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if line and not line[-1].isspace():
        return False
    tokens = line.split()
    while tokens and _BULLET.match(tokens[0]):
        tokens.pop(0)
    if len(tokens) <= 1:
        return False
    word = tokens[-1]
    if word.endswith(":") or word.lower() in _BEFORE_NUMBER:
        return False
    return word[0].isupper()


def problems(s: Sentence) -> list[str]:
    """What would make the labels of `s` ambiguous (see docs/redaction_blind17.md)."""
    text, out = s.text, []
    occ = {i: _occurrences(text, item.surface) for i, item in enumerate(s.planted)}
    own: dict[int, list[Span]] = {}
    for i, spans in occ.items():
        longer = [o for j, other in occ.items() if j != i for o in other]
        own[i] = [
            sp for sp in spans if not any(_inside(sp, o) and o[1] - o[0] > sp[1] - sp[0] for o in longer)
        ]
        if not own[i]:
            out.append(f"not written as a word of its own: {s.planted[i].surface}")
    for item in s.planted:
        if not item.probes:
            out.append(f"no probes: {item.surface}")
        for probe in item.probes:
            allowed = [sp for j, other in enumerate(s.planted) if probe in other.probes for sp in own[j]]
            for hit in _probe_spans(text, probe):
                if not any(_inside(hit, a) for a in allowed):
                    out.append(f"probe {probe.value} of {item.surface} elsewhere")
    item_spans = [sp for spans in own.values() for sp in spans]
    look_spans: list[Span] = []
    for look in s.lookalikes:
        spans = _look_spans(text, look)
        if len(spans) != 1:
            out.append(f"look-alike {look.text} written {len(spans)} times")
            continue
        span = spans[0]
        if any(_overlap(span, o) for o in item_spans + look_spans):
            out.append(f"look-alike {look.text} overlaps")
        look_spans.append(span)
        if text[span[0]].isdigit() and _digit_after_capital(text, span[0]):
            out.append(f"look-alike {look.text} after a capitalised word")
        if look.kind in _PLACE_KINDS and re.match(r"[ \t]*[,:]?[ \t]*\d", text[span[1] :]):
            out.append(f"look-alike {look.text} followed by a number")
    for m in _RUN.finditer(text):
        run = m.span()
        for span in item_spans + look_spans:
            if _overlap(run, span) and not _inside(run, span):
                out.append(f"digits {m.group()} run beyond an item or look-alike")
    return out


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for n in range(SIZE):
        fid, frame = ALL_FRAMES[n % len(ALL_FRAMES)]
        role, style, template = frame.split("|", 2)
        region = REGION_ORDER[n % len(REGION_ORDER)]
        for _ in range(TRIES):
            sentence = Filler(rng, region).fill(template, f"{fid}|{role}-{region}|{style}")
            if sentence.text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"frame {fid} could not be filled without an ambiguous label")
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
