"""Independent labelled corpus for measuring redaction (issue 14, item 3).

Written without reading the redaction rules or the project's own corpus. Sentences are built from the
frames in tests/independent_frames.py with the vocabulary in tests/independent_vocab.py and a fixed seed.
Every planted personal item carries probes: the item counts as found only when no probe matches the
redacted text (no word of a name, not the last four digits of a number, not a street number). Every
look-alike must be left intact. A sentence is redrawn when a probe already matches outside its own item
or a look-alike is not unique, so a match in the output can only come from the planted item.
"""

from __future__ import annotations

import random
import re

from tests.independent_fillers import FILLERS
from tests.independent_frames import FRAMES
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Fill,
    LookAlike,
    Sentence,
)

__all__ = [
    "INFO_LOOKALIKE_KINDS", "NAME_KINDS", "SEED", "SIZE", "STRUCTURED_KINDS",
    "TARGET_LOOKALIKE_KINDS", "build",
]  # fmt: skip

SEED = 20261202
SIZE = 1000

_SLOT = re.compile(r"\{(\w+?)(\d?)(?::([^}]*))?\}")


def frames() -> list[tuple[str, str]]:
    return [
        (source, line.strip())
        for source, block in FRAMES.items()
        for line in block.splitlines()
        if line.strip()
    ]


def _assemble(
    source: str, frame: str, rng: random.Random
) -> tuple[str, list[tuple[Fill, list[tuple[int, int]]]]]:
    text, pos, fills = "", 0, {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _SLOT.finditer(frame):
        text += frame[pos : m.start()]
        pos = m.end()
        base, index, word = m.groups()
        key = m.group(0)
        if base == "w":
            fills[key] = Fill(word, lookalikes=[LookAlike("word", word, word=True)])
        elif key not in fills:
            fills[key] = FILLERS[base](rng)
        spans.setdefault(key, []).append((len(text), len(text) + len(fills[key].surface)))
        text += fills[key].surface
    text += frame[pos:]
    return text, [(fills[k], spans[k]) for k in fills]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " ¤ " + text[end:]
    return text


def _valid(text: str, parts: list[tuple[Fill, list[tuple[int, int]]]]) -> bool:
    for fill, spans in parts:
        rest = _blank(text, spans)
        if any(p.found(rest) is False for p in fill.planted):
            return False
        if any(la.count(text) != 1 or la.count(rest) != 0 for la in fill.lookalikes):
            return False
    return True


def build(seed: int = SEED, size: int = SIZE) -> list[Sentence]:
    """The corpus: every frame used in turn (shuffled), each with fresh values, until ``size`` sentences."""
    rng = random.Random(seed)
    pool = frames()
    order: list[tuple[str, str]] = []
    while len(order) < size:
        batch = pool[:]
        rng.shuffle(batch)
        order.extend(batch)
    corpus = []
    for source, frame in order[:size]:
        for _ in range(50):
            text, parts = _assemble(source, frame, rng)
            if text[0].islower() and not any(
                p.kind == "lowercase_name" and text.startswith(f.surface) for f, _ in parts for p in f.planted
            ):
                text = text[0].upper() + text[1:]
            if _valid(text, parts):
                break
        else:
            raise AssertionError(f"no valid sentence for frame {frame!r}")
        planted = tuple(p for f, _ in parts for p in f.planted)
        lookalikes = tuple(la for f, _ in parts for la in f.lookalikes)
        corpus.append(Sentence(source, text, planted, lookalikes))
    return corpus
