"""Measuring `redact` on a labelled corpus (tests/independent_labels.py): recall per planted kind and
origin, look-alikes kept, and a Markdown report. Shared by the independent and the blind corpus tests."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from lagesbild.privacy import redact
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
)

EXAMPLES = 20


@dataclass
class Tally:
    total: int = 0
    hits: int = 0  # found (planted) or kept (look-alike)
    # item, input, output; out of the repr, which pytest prints for a failed assertion (blind corpora)
    missed: list[tuple[str, str, str]] = field(default_factory=list, repr=False)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def add(self, ok: bool, item: str, sentence: Sentence, output: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.missed.append((item, sentence.text, output))


@dataclass
class Measurement:
    corpus: list[Sentence]
    recall: dict[str, Tally]
    by_origin: dict[str, Tally]
    kept: dict[str, Tally]

    def names_overall(self) -> Tally:
        total = Tally()
        for kind in NAME_KINDS:
            total.total += self.recall[kind].total
            total.hits += self.recall[kind].hits
        return total


def measure(corpus: list[Sentence]) -> Measurement:
    recall: dict[str, Tally] = defaultdict(Tally)
    by_origin: dict[str, Tally] = defaultdict(Tally)
    kept: dict[str, Tally] = defaultdict(Tally)
    for sentence in corpus:
        output = redact(sentence.text) or ""
        for item in sentence.planted:
            recall[item.kind].add(item.found(output), item.surface, sentence, output)
            if item.kind in NAME_KINDS:
                by_origin[item.origin].add(item.found(output), item.surface, sentence, output)
        for look in sentence.lookalikes:
            kept[look.kind].add(look.kept(output), look.text, sentence, output)
    return Measurement(corpus, dict(recall), dict(by_origin), dict(kept))


def pct(value: float) -> str:
    return f"{100 * value:.1f} %".replace(".", ",")


def report(m: Measurement, title: str, about: str) -> str:
    lines = [
        f"# {title}",
        "",
        f"{len(m.corpus)} sentences. {about}",
        "",
        "## Recall per kind (found = nothing of the item left)",
        "",
        "| kind | items | found | recall | target |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in STRUCTURED_KINDS + NAME_KINDS:
        t = m.recall[kind]
        target = "100 %" if kind in STRUCTURED_KINDS else "≥ 98 %"
        lines.append(f"| {kind} | {t.total} | {t.hits} | {pct(t.rate)} | {target} |")
    overall = m.names_overall()
    lines.append(f"| **all names** | {overall.total} | {overall.hits} | {pct(overall.rate)} | ≥ 98 % |")
    lines += [
        "",
        "## Name recall by origin",
        "",
        "| origin | items | found | recall |",
        "|---|---:|---:|---:|",
    ]
    for origin, t in sorted(m.by_origin.items()):
        lines.append(f"| {origin} | {t.total} | {t.hits} | {pct(t.rate)} |")
    lines += [
        "",
        "## False positives per look-alike kind (kept = intact in the output)",
        "",
        "| kind | items | kept | false positives | target |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS:
        t = m.kept[kind]
        target = "≤ 2 %" if kind in TARGET_LOOKALIKE_KINDS else "(info)"
        lines.append(f"| {kind} | {t.total} | {t.hits} | {pct(1 - t.rate)} | {target} |")
    lines += ["", f"## Missed examples (up to {EXAMPLES} per kind)", ""]
    for kind, t in list(m.recall.items()) + [(f"look-alike {k}", v) for k, v in m.kept.items()]:
        if t.missed:
            lines += [f"### {kind} ({len(t.missed)} of {t.total})", ""]
            lines += [f"- `{item}`: {text} → {out}" for item, text, out in t.missed[:EXAMPLES]]
            lines.append("")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# The targets as test parameters: a kind below its target is a strict xfail naming its figure,
# so reaching the target shows up as an XPASS that asks for the ratchet to be raised.
# --------------------------------------------------------------------------------------------------
NAME_TARGET = 0.98  # names including nicknames
LOST_TARGET = 0.02  # look-alikes lost


def _below(reason: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=reason)]


def _recall_marks(found: int, items: int, target: float) -> list[pytest.MarkDecorator]:
    if found / items >= target:
        return []
    return _below(f"recall {pct(found / items)} ({found} of {items}), target {pct(target)}")


def recall_targets(found: Mapping[str, tuple[int, int]]) -> list[Any]:
    """(kind, target) per planted kind in `found` (kind -> (found, items)): 100 % for a structured kind,
    `NAME_TARGET` for a name kind."""
    targets = [(kind, 1.0) for kind in STRUCTURED_KINDS] + [(kind, NAME_TARGET) for kind in NAME_KINDS]
    return [
        pytest.param(kind, target, marks=_recall_marks(*found[kind], target), id=kind)
        for kind, target in targets
        if kind in found
    ]


def names_target(names: tuple[int, int]) -> list[Any]:
    """The one `target` parameter of names overall ((found, items))."""
    return [pytest.param(NAME_TARGET, marks=_recall_marks(*names, NAME_TARGET), id="names")]


def lookalike_targets(kept: Mapping[str, tuple[int, int]]) -> list[Any]:
    """A `kind` parameter per target look-alike kind in `kept` (kind -> (kept, items))."""
    out = []
    for kind in TARGET_LOOKALIKE_KINDS:
        if kind not in kept:
            continue
        k, items = kept[kind]
        lost = (items - k) / items
        reason = f"{pct(lost)} lost ({items - k} of {items}), target at most {pct(LOST_TARGET)}"
        out.append(pytest.param(kind, marks=_below(reason) if lost > LOST_TARGET else [], id=kind))
    return out
