"""The twenty-second blind corpus: events, associations and faith communities as they reach the weekly
picture.

What is coming up and who runs it: "Kommande händelser" submissions (form fields and CSV-like rows), football
and ice-hockey matches, concerts and festivals, holidays (Eid, Nowruz, Diwali, Lucia, Valborg, midsommar,
Halloween, nyårsafton), demonstrations and manifestations with their permits, weddings and funerals with many
guests, mosques, churches and parishes, associations' board minutes, booking e-mails for a lokal, the kommun's
event permits, after-event reports, social-media posts about a party, tips about a party in a garage and the
samordnare's weekly list of events, from six kommuner (Nacka, Nyköping, Malmö, Göteborg, Uppsala, Eskilstuna).
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind22.md says what
was opened).

`build()` fills the frames (tests/blind22_frames_*.py) in turn with one seeded generator
(tests/blind22_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

import random
import re

from tests.blind22_fill import Filler
from tests.blind22_frames_a import FRAMES_A
from tests.blind22_frames_b import FRAMES_B
from tests.blind22_frames_c import FRAMES_C
from tests.blind22_frames_d import FRAMES_D
from tests.blind22_frames_e import FRAMES_E
from tests.blind22_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind22_vocab_places import WEEKDAYS
from tests.independent_labels import Probe, Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 22_2222_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "malmo": 1.0,
    "goteborg": 1.0,
    "uppsala": 1.0,
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
_PLACE_KINDS = {"place", "street", "institution", "organisation", "person_street"}
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {"kl", "klockan", "v", "vecka", "den", "datum", "tid", *WEEKDAYS}

Span = tuple[int, int]


def frames() -> int:
    return len(_FRAMES)


def _occurrences(text: str, surface: str) -> list[Span]:
    pattern = rf"(?<!\w){re.escape(surface)}(?:s|:s|')?(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _probe_spans(probe: Probe, text: str) -> list[Span]:
    value = re.escape(probe.value)
    if probe.mode == "digits":
        return [
            (m.start(), m.end()) for m in _RUN.finditer(text) if probe.value in re.sub(r"\D", "", m.group())
        ]
    patterns = {
        "number": (rf"(?<!\d){value}(?!\d)", 0),
        "text": (value, re.IGNORECASE),
        "letters": (rf"(?<![^\W\d_]){value}(?![^\W\d_])", 0),
        "tail": (rf"(?<!\d){value}(?![0-9A-Za-z])", re.IGNORECASE),
        "word": (rf"(?<!\w){value}(?:s|:s|')?(?!\w)", re.IGNORECASE),
    }
    pattern, flags = patterns[probe.mode]
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _key(probe: Probe) -> tuple[str, str]:
    return probe.mode, probe.value.lower()


def problems(s: Sentence) -> list[str]:
    """What makes the sentence's labels ambiguous: an item not written as a word of its own (a genitive
    allowed; an occurrence inside a longer item belongs to that item) or without probes; a probe matching
    outside the occurrences of the items carrying the same probe; a look-alike not written exactly once or
    overlapping an item or another look-alike; a look-alike starting with a digit right after a capitalised
    word that is neither its line's first word nor a label, `Kl` or a weekday; a place, street, institution or
    organisation followed on its line by a number (after at most a comma or colon); a run of digits touching
    an item or a look-alike and running on beyond it."""
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
                j != i and o2[0] <= o[0] and o[1] <= o2[1] and o2[1] - o2[0] > o[1] - o[0]
                for j in range(len(s.planted))
                for o2 in occ[j]
            )
        ]
        if not own:
            out.append(f"not a word of its own: {item.surface}")
    carriers: dict[tuple[str, str], list[Span]] = {}
    for i, item in enumerate(s.planted):
        for probe in item.probes:
            carriers.setdefault(_key(probe), []).extend(occ[i])
    for item in s.planted:
        for probe in item.probes:
            for span in _probe_spans(probe, text):
                if not any(_overlap(span, o) for o in carriers[_key(probe)]):
                    out.append(f"probe {probe.value!r} of {item.surface} elsewhere at {span[0]}")
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
        line_start = text.rfind("\n", 0, span[0]) + 1
        before = text[line_start : span[0]]
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
        if look.kind in _PLACE_KINDS:
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
