"""The thirteenth blind corpus: the cells of the EST report that are not incident descriptions, and people
not yet heard — kommande händelser, åtgärder and their status comments, the coordinators' review comments,
rapportör and contact columns, phone lists, grannsamverkan and tenants' associations, churches, mosques,
associations and sports clubs, library and fritidsgård staff, shop owners, taxi, ambulance and
räddningstjänst, parking wardens, graffiti sanitation, medborgardialog and trygghetsvandring minutes with
citizens' quotes, newcomers' simple Swedish, English, Finland-Swedish and dictated text.

Written blind: no part of the product and no other corpus was read (docs/redaction_blind13.md).
"""

from __future__ import annotations

import random
import re

from tests.blind13_fill import fill
from tests.blind13_frames_a import FRAMES as FRAMES_A
from tests.blind13_frames_b import FRAMES as FRAMES_B
from tests.blind13_frames_c import FRAMES as FRAMES_C
from tests.blind13_frames_d import FRAMES as FRAMES_D
from tests.blind13_frames_e import FRAMES as FRAMES_E
from tests.blind13_vocab_names import NAME_PARTICLES
from tests.independent_labels import Planted, Probe, Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 13_0726_2026
SIZE = 1000
_FILES = {"a": FRAMES_A, "b": FRAMES_B, "c": FRAMES_C, "d": FRAMES_D, "e": FRAMES_E}
_RUN = re.compile(r"\d+(?:[ \-–.:/+]\d+)*")
# Words after which a number is a time, a date or a count, never a street number.
_BEFORE_NUMBER = {"kl", "ca", "cirka", "vecka", "v", "den", "från", "till", "efter", "före", "senast",
                  "sedan", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                  "mån", "tis", "ons", "tors", "fre", "lör", "sön", "start", "slut", "datum", "tid",
                  "klockan", "at", "on", "from", "by", "idag", "igår", "imorgon"}  # fmt: skip
_NO_NUMBER_AFTER = ("place", "street", "institution", "organisation", "person_street")


def _frames() -> list[tuple[str, str, str, str]]:
    out = []
    for letter, rows in _FILES.items():
        for i, row in enumerate(rows, 1):
            voice, style, template = row.split("|", 2)
            out.append((f"{letter}{i:02}", voice, style, template))
    return out


def frames() -> int:
    return len(_frames())


def _probe_spans(p: Probe, text: str) -> list[tuple[int, int]]:
    if p.mode == "digits":
        return [m.span() for m in _RUN.finditer(text) if p.value in re.sub(r"\D", "", m.group())]
    v = re.escape(p.value)
    pattern, flags = {
        "number": (rf"(?<!\d){v}(?!\d)", 0),
        "text": (v, re.IGNORECASE),
        "letters": (rf"(?<![^\W\d_]){v}(?![^\W\d_])", 0),
        "tail": (rf"(?<!\d){v}(?![0-9A-Za-z])", re.IGNORECASE),
        "word": (rf"(?<!\w){v}(?:s|:s|')?(?!\w)", re.IGNORECASE),
    }[p.mode]
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _item_spans(s: Sentence) -> list[list[tuple[int, int]]]:
    raw = [
        [m.span() for m in re.finditer(rf"(?<!\w){re.escape(p.surface)}(?:s|:s|')?(?!\w)", s.text)]
        for p in s.planted
    ]
    # an occurrence inside a longer occurrence of another item belongs to that item
    return [
        [
            a
            for a in spans
            if not any(
                j != i and _inside(a, b) and b[1] - b[0] > a[1] - a[0]
                for j, other in enumerate(raw)
                for b in other
            )
        ]
        for i, spans in enumerate(raw)
    ]


def problems(s: Sentence) -> list[str]:
    """What makes the labels of an item ambiguous (see docs/redaction_blind13.md)."""
    text, out = s.text, []
    spans = _item_spans(s)
    for p, sp in zip(s.planted, spans, strict=True):
        if not sp:
            out.append(f"not written as a word: {p.surface}")
        if not p.probes:
            out.append(f"no probes: {p.surface}")
    look_spans: list[tuple[int, int]] = []
    for look in s.lookalikes:
        pattern = rf"(?<!\w){re.escape(look.text)}(?!\w)" if look.word else re.escape(look.text)
        found = [m.span() for m in re.finditer(pattern, text)]
        if look.count(text) != 1 or len(found) != 1:
            out.append(f"look-alike not written once: {look.text}")
            continue
        span = found[0]
        if any(_overlap(span, b) for sp in spans for b in sp) or any(_overlap(span, b) for b in look_spans):
            out.append(f"look-alike overlaps: {look.text}")
        look_spans.append(span)
        before = re.search(r"(?:^|(?<=\n)|(?<=\s))(\w+)[ \t]+$", text[: span[0]])
        if look.text[0].isdigit() and before and before.group(1)[0].isupper():
            at_start = before.start(1) == 0 or text[before.start(1) - 1] == "\n"
            if not at_start and before.group(1).lower() not in _BEFORE_NUMBER:
                out.append(f"number after a capitalised word: {look.text}")
        if look.kind in _NO_NUMBER_AFTER and re.match(r"[ \t]*\d", text[span[1] :]):
            out.append(f"number after {look.kind}: {look.text}")
    owners = [(p, b) for p, sp in zip(s.planted, spans, strict=True) for b in sp]
    for p in s.planted:
        for probe in p.probes:
            for m in _probe_spans(probe, text):
                if not any(
                    probe in q.probes and _overlap(m, b) and (probe.mode != "digits" or _inside(m, b))
                    for q, b in owners
                ):
                    out.append(f"probe {probe.value} of {p.surface} outside its item")
    all_spans = [b for _, b in owners] + look_spans
    for run in _RUN.finditer(text):
        for b in all_spans:
            if _overlap(run.span(), b) and not _inside(run.span(), b):
                out.append(f"digit run {run.group()} runs beyond an item")
    return out


def _planted_ok(planted: tuple[Planted, ...]) -> bool:
    return all(p.probes for p in planted)


def build() -> list[Sentence]:
    rng = random.Random(SEED)
    rows = _frames()
    corpus: list[Sentence] = []
    seen: set[str] = set()
    for i in range(SIZE):
        fid, voice, style, template = rows[i % len(rows)]
        for _ in range(400):
            text, planted, looks = fill(template, rng)
            s = Sentence(f"{fid}|{voice}|{style}", text, planted, looks)
            if text not in seen and _planted_ok(planted) and not problems(s):
                break
        else:
            raise RuntimeError(f"frame {fid} cannot be filled without ambiguity: {problems(s)}")
        seen.add(text)
        corpus.append(s)
    return corpus
