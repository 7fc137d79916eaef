"""Building a blind corpus from its frames, and the checks that keep its labels unambiguous (issue 14).

Written by the eighteenth corpus's helper for `tests/blind18_corpus.py` and taken over unchanged by the
twenty-second (`tests/blind22_corpus.py`); written once here at stop 26. The twenty-first, whose own copy
of it was the same, and the twenty-third to twenty-fifth use it too (stop 27). A corpus gives its frames,
its filler, its seed and size, its regions' weights and the words after which a number is no part of a
name (its weekdays among them); its vocabulary and frames stay its own.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Sequence
from typing import Protocol

from tests.independent_labels import Probe, Sentence

__all__ = ["Filling", "Frame", "build_corpus", "frame_table", "problems"]

Span = tuple[int, int]
Frame = tuple[str, str, str, str]  # id, role, style, template


class Filling(Protocol):
    """What a corpus's filler does: fill a frame's template for a source label (`frame|role-region|style`)."""

    def fill(self, source: str, template: str) -> Sentence: ...


def frame_table(groups: Sequence[Sequence[str]], letters: str = "abcde") -> tuple[Frame, ...]:
    """The frames of the `role|style|template` groups, numbered `a01`, `a02` … by group and position."""
    out: list[Frame] = []
    for letter, group in zip(letters, groups, strict=True):
        for i, frame in enumerate(group):
            role, style, template = frame.split("|", 2)
            out.append((f"{letter}{i + 1:02d}", role, style, template))
    return tuple(out)


_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
_PLACE_KINDS = {"place", "street", "institution", "organisation", "person_street"}
# Words after which a number is not read as part of a name or place (a corpus adds its weekdays).
BEFORE_NUMBER = ("kl", "klockan", "v", "vecka", "den", "datum", "tid")


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


def problems(s: Sentence, before_number: Collection[str]) -> list[str]:
    """What makes the sentence's labels ambiguous: an item not written as a word of its own (a genitive
    allowed; an occurrence inside a longer item belongs to that item) or without probes; a probe matching
    outside the occurrences of the items carrying the same probe; a look-alike not written exactly once or
    overlapping an item or another look-alike; a look-alike starting with a digit right after a capitalised
    word that is neither its line's first word nor a label nor one of `before_number`; a place, street,
    institution or organisation followed on its line by a number (after at most a comma or colon); a run of
    digits touching an item or a look-alike and running on beyond it."""
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
                and prev.rstrip(".,").lower() not in before_number
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


def build_corpus(
    frames: Sequence[Frame],
    filler: Callable[[random.Random, str], Filling],
    *,
    seed: int,
    size: int,
    region_weights: dict[str, float],
    check: Callable[[Sentence], list[str]],
    attempts: int = 400,
) -> list[Sentence]:
    """`size` sentences: the frames in turn, each filled for a region drawn by weight, drawn again while
    `check` finds a problem or the text is already in the corpus."""
    rng = random.Random(seed)
    regions = list(region_weights)
    weights = [region_weights[r] for r in regions]
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for n in range(size):
        frame_id, role, style, template = frames[n % len(frames)]
        region = rng.choices(regions, weights)[0]
        source = f"{frame_id}|{role}-{region}|{style}"
        for _ in range(attempts):
            sentence = filler(rng, region).fill(source, template)
            if sentence.text not in seen and not check(sentence):
                break
        else:
            raise RuntimeError(f"frame {frame_id} could not be filled in {attempts} draws")
        seen.add(sentence.text)
        corpus.append(sentence)
    return corpus
