"""The nineteenth blind corpus: housing companies, tenants and the estate's own life, as their texts reach the
weekly picture.

The bovärd's and områdesvärd's day log, tenants' felanmälningar, the störningsjournal, the fastighetsskötare's
notes, the security company's night round reports, trygghetsvandring protocols, hyresgästföreningen's e-mails
and board minutes, meetings of fastighetsägare i samverkan (BID), the housing company's weekly report rows,
upcoming events for "Kommande händelser", measures (insatser) with their responsible persons, social
services' and the police's short replies, tenants' text messages passed on, hastily typed notes, and
andrahandsuthyrning, evictions and kronofogden; from seven regions (Nacka and Nyköping most, then Göteborg,
Malmö, Uppsala, Södertälje, Eskilstuna). Written without reading the redaction, its vocabulary or any other
corpus (docs/redaction_blind19.md says what was opened).

`build()` fills the frames (tests/blind19_frames_*.py) in turn with one seeded generator
(tests/blind19_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

import random
import re

from tests.blind19_fill import Filler
from tests.blind19_frames_a import FRAMES_A
from tests.blind19_frames_b import FRAMES_B
from tests.blind19_frames_c import FRAMES_C
from tests.blind19_frames_d import FRAMES_D
from tests.blind19_frames_e import FRAMES_E
from tests.blind19_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind19_vocab_places import WEEKDAYS
from tests.independent_labels import Probe, Sentence

__all__ = ["NAME_PARTICLES", "REGION_WEIGHTS", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 19_2026_0719
SIZE = 1000
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 500
REGION_WEIGHTS = {
    "nacka": 2.2,
    "nykoping": 2.0,
    "goteborg": 1.0,
    "malmo": 1.0,
    "uppsala": 1.0,
    "sodertalje": 1.0,
    "eskilstuna": 1.0,
}


def _frame(frame_id: str, frame: str) -> tuple[str, str, str, str]:
    role, style, template = frame.split("|", 2)
    return frame_id, role, style, template


_FRAMES: tuple[tuple[str, str, str, str], ...] = tuple(
    _frame(f"{letter}{i + 1:02d}", frame)
    for letter, group in zip("abcde", (FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E), strict=True)
    for i, frame in enumerate(group)
)
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
_NAMED_PLACES = {"place", "street", "institution", "organisation", "person_street", "bus_line"}
# Words after which a number is not read as part of a name or a place.
_BEFORE_NUMBER = {"kl", "klockan", "v", "vecka", "den", "datum", "tid", "från", "till", *WEEKDAYS}

Span = tuple[int, int]


def frames() -> int:
    return len(_FRAMES)


def _spans(pattern: str, text: str, flags: int = 0) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def _occurrences(text: str, surface: str) -> list[Span]:
    return _spans(rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)", text)


def _probe_spans(probe: Probe, text: str) -> list[Span]:
    if probe.mode == "digits":
        return [
            (m.start(), m.end()) for m in _RUN.finditer(text) if probe.value in re.sub(r"\D", "", m.group())
        ]
    v = re.escape(probe.value)
    pattern, flags = {
        "number": (rf"(?<!\d){v}(?!\d)", 0),
        "text": (v, re.IGNORECASE),
        "letters": (rf"(?<![^\W\d_]){v}(?![^\W\d_])", 0),
        "tail": (rf"(?<!\d){v}(?![0-9A-Za-z])", re.IGNORECASE),
        "word": (rf"(?<!\w){v}(?:s|:s|')?(?!\w)", re.IGNORECASE),
    }[probe.mode]
    return _spans(pattern, text, flags)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def problems(s: Sentence) -> list[str]:
    """What makes a sentence's labels ambiguous:

    - a planted item without probes, or not written as a word of its own (a genitive allowed; an occurrence
      inside a longer item's occurrence belongs to that item);
    - a probe matching outside the occurrences of every item that carries the same probe (a word name that is
      also a word of the text, a first name inside an e-mail address, a flat number inside a date, a house
      number written twice);
    - a look-alike not written exactly once, or overlapping an item or another look-alike;
    - a look-alike starting with a digit right after a capitalised word that is not its line's first word, a
      label (`Datum:`) or a word such as `Kl`, `Vecka` or a weekday;
    - a place, street, institution, organisation or line followed on its line by a number (after at most a
      comma or a colon);
    - a run of digits touching an item or a look-alike and running on beyond it."""
    text = s.text
    out: list[str] = []
    occ = [_occurrences(text, p.surface) for p in s.planted]
    for i, item in enumerate(s.planted):
        if not item.probes:
            out.append(f"no probes: {item.surface}")
        own = [
            o
            for o in occ[i]
            if not any(
                j != i and b[0] <= o[0] and o[1] <= b[1] and b[1] - b[0] > o[1] - o[0]
                for j in range(len(s.planted))
                for b in occ[j]
            )
        ]
        if not own:
            out.append(f"not a word of its own: {item.surface}")
    carriers: dict[tuple[str, str], list[Span]] = {}
    for i, item in enumerate(s.planted):
        for probe in item.probes:
            carriers.setdefault((probe.mode, probe.value.lower()), []).extend(occ[i])
    for item in s.planted:
        for probe in item.probes:
            mine = carriers[(probe.mode, probe.value.lower())]
            for span in _probe_spans(probe, text):
                if not any(_overlap(span, o) for o in mine):
                    out.append(f"probe {probe.value!r} of {item.surface!r} outside its item at {span[0]}")
    item_spans = [o for spans in occ for o in spans]
    look_spans: list[Span] = []
    for look in s.lookalikes:
        if look.count(text) != 1:
            out.append(f"look-alike not written once: {look.text}")
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
                and prev.rstrip(".,").lower() not in _BEFORE_NUMBER
            ):
                out.append(f"number after a capitalised word: {look.text}")
        if look.kind in _NAMED_PLACES:
            after = text[span[1] :].split("\n", 1)[0]
            if re.match(r"[,:]?\s*\d", after):
                out.append(f"number after a place: {look.text}")
    for m in _RUN.finditer(text):
        run = (m.start(), m.end())
        for span in item_spans + look_spans:
            if _overlap(run, span) and (run[0] < span[0] or run[1] > span[1]):
                out.append(f"digits run on beyond {text[span[0] : span[1]]!r}")
    return out


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    regions = list(REGION_WEIGHTS)
    weights = [REGION_WEIGHTS[r] for r in regions]
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for n in range(SIZE):
        frame_id, role, style, template = _FRAMES[n % len(_FRAMES)]
        region = rng.choices(regions, weights)[0]
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
