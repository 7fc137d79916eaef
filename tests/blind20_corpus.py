"""The twentieth blind corpus: texts from small towns, rural and northern kommuner and seasonal places as
they reach the weekly EST picture.

Short SMS-like notes, CSV-like weekly rows, grannsamverkan chain e-mails, Facebook posts passed on, the
kommunpolis' notes, the small kommun's samordnare, the school's kurator and the fritidsgård, the sameby's
reports of reindeer hit or harassed, hunting teams, snöskoter clubs and hembygdsföreningar, sommarstuge- and
boat-motor thefts, diesel thefts from forest machines and mines, seasonal workers and tourists, the bus
driver, the taxi, the lanthandel and the petrol station, minutes, and events for "Kommande händelser" — from
Nacka and Nyköping (most), Norrbotten, Västerbotten, Jämtland, Dalarna's fjäll, Gotland and the west coast.
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind20.md says
what was opened).

`build()` fills the frames (tests/blind20_frames_*.py) in turn with one seeded generator
(tests/blind20_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

import random
import re

from tests.blind20_fill import Filler
from tests.blind20_frames_a import FRAMES_A
from tests.blind20_frames_b import FRAMES_B
from tests.blind20_frames_c import FRAMES_C
from tests.blind20_frames_d import FRAMES_D
from tests.blind20_frames_e import FRAMES_E
from tests.blind20_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind20_vocab_places import REGION_NAMES, WEEKDAYS
from tests.independent_labels import Probe, Sentence

__all__ = ["NAME_PARTICLES", "REGION_WEIGHTS", "SEED", "SIZE", "STYLE_REGIONS", "build", "frames", "problems"]

SEED = 20_2020_2026
SIZE = 1000
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 500
# Where a text comes from, and how often: the first deployment's two kommuner most.
REGION_WEIGHTS = {
    "nacka": 2.2,
    "nykoping": 2.2,
    "norrbotten": 1.3,
    "vasterbotten": 1.0,
    "jamtland": 1.0,
    "fjall": 1.0,
    "gotland": 1.0,
    "vastkust": 1.0,
}
_NORTH = ("norrbotten", "vasterbotten", "jamtland", "fjall")
# Styles that only come from some places: reindeer only where there are samebyar, the tourist season where
# there are tourists.
STYLE_REGIONS: dict[str, tuple[str, ...]] = {
    "sameby": _NORTH,
    "sasong": ("norrbotten", "vasterbotten", "jamtland", "fjall", "gotland", "vastkust", "nykoping"),
    "jakt": ("nykoping", "norrbotten", "vasterbotten", "jamtland", "fjall", "gotland", "vastkust"),
}
assert set(REGION_WEIGHTS) == set(REGION_NAMES)


def _frame(frame_id: str, frame: str) -> tuple[str, str, str, str]:
    role, style, template = frame.split("|", 2)
    return frame_id, role, style, template


_FRAMES: tuple[tuple[str, str, str, str], ...] = tuple(
    _frame(f"{letter}{i + 1:02d}", frame)
    for letter, group in zip("abcde", (FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E), strict=True)
    for i, frame in enumerate(group)
)
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
_PLACE_KINDS = {"place", "street", "institution", "organisation", "person_street", "bus_line"}
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {"kl", "klockan", "v", "vecka", "den", "datum", "tid", "från", "till", *WEEKDAYS}

Span = tuple[int, int]


def frames() -> int:
    return len(_FRAMES)


def _occurrences(text: str, surface: str) -> list[Span]:
    pattern = rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _probe_spans(probe: Probe, text: str) -> list[Span]:
    if probe.mode == "digits":
        return [
            (m.start(), m.end()) for m in _RUN.finditer(text) if probe.value in re.sub(r"\D", "", m.group())
        ]
    value = re.escape(probe.value)
    pattern, flags = {
        "number": (rf"(?<!\d){value}(?!\d)", 0),
        "text": (value, re.IGNORECASE),
        "letters": (rf"(?<![^\W\d_]){value}(?![^\W\d_])", 0),
        "tail": (rf"(?<!\d){value}(?![0-9A-Za-z])", re.IGNORECASE),
        "word": (rf"(?<!\w){value}(?:s|:s|')?(?!\w)", re.IGNORECASE),
    }[probe.mode]
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def problems(s: Sentence) -> list[str]:
    """What makes a sentence's labels ambiguous.

    A planted item not written as a word of its own (a genitive allowed; an occurrence inside a longer item
    belongs to that item) or without probes; a probe matching outside the occurrences of the items that
    carry the same probe; a look-alike not written exactly once, or overlapping an item or another
    look-alike; a look-alike starting with a digit right after a capitalised word that is neither its line's
    first word, a label (`Tid:`), `Kl`, `V` nor a weekday; a place, street, institution, organisation or line
    followed on its line by a number (after at most a comma or colon); a run of digits touching an item or a
    look-alike and running on beyond it."""
    text = s.text
    out: list[str] = []
    occ = [_occurrences(text, p.surface) for p in s.planted]
    for i, item in enumerate(s.planted):
        if not item.probes:
            out.append(f"no probes: {item.surface}")
        inside_other = [
            o
            for o in occ[i]
            if any(
                j != i and b[0] <= o[0] and o[1] <= b[1] and b[1] - b[0] > o[1] - o[0]
                for j in range(len(s.planted))
                for b in occ[j]
            )
        ]
        if len(inside_other) == len(occ[i]):
            out.append(f"not a word of its own: {item.surface}")
    carriers: dict[tuple[str, str], list[Span]] = {}
    for i, item in enumerate(s.planted):
        for probe in item.probes:
            carriers.setdefault((probe.mode, probe.value.lower()), []).extend(occ[i])
    for item in s.planted:
        for probe in item.probes:
            for span in _probe_spans(probe, text):
                if not any(_overlap(span, o) for o in carriers[(probe.mode, probe.value.lower())]):
                    out.append(f"probe {probe.value!r} of {item.surface} also at {span[0]}")
    item_spans = [o for spans in occ for o in spans]
    look_spans: list[Span] = []
    for look in s.lookalikes:
        if look.count(text) != 1:
            out.append(f"look-alike not once: {look.text}")
            continue
        m = re.search(rf"(?<!\w){re.escape(look.text)}(?!\w)", text)
        assert m is not None
        span = (m.start(), m.end())
        if any(_overlap(span, o) for o in item_spans + look_spans):
            out.append(f"look-alike overlaps: {look.text}")
        look_spans.append(span)
        before = text[text.rfind("\n", 0, span[0]) + 1 : span[0]]
        if look.text[0].isdigit() and before.strip() and before[-1].isspace():
            words = before.split()
            prev = words[-1]
            if (
                len(words) > 1
                and prev[0].isupper()
                and not prev.endswith(":")
                and prev.rstrip(".,;").lower() not in _BEFORE_NUMBER
            ):
                out.append(f"number after a capitalised word: {look.text}")
        if look.kind in _PLACE_KINDS:
            after = text[span[1] :].split("\n", 1)[0]
            if re.match(r"[,:;]?\s*\d", after):
                out.append(f"number after a place: {look.text}")
    for m in _RUN.finditer(text):
        run = (m.start(), m.end())
        for span in item_spans + look_spans:
            if _overlap(run, span) and (run[0] < span[0] or run[1] > span[1]):
                out.append(f"digits run on beyond {text[span[0] : span[1]]!r}")
    return out


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for n in range(SIZE):
        frame_id, role, style, template = _FRAMES[n % len(_FRAMES)]
        regions = list(STYLE_REGIONS.get(style, REGION_NAMES))
        region = rng.choices(regions, [REGION_WEIGHTS[r] for r in regions])[0]
        source = f"{frame_id}|{role}-{region}|{style}"
        for _ in range(ATTEMPTS):
            sentence = Filler(rng, region).fill(source, template)
            if sentence.text not in seen and not problems(sentence):
                break
        else:
            raise RuntimeError(f"frame {frame_id} could not be filled in {ATTEMPTS} draws")
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
