"""Redaction measured on an independent corpus (issue 14, item 3).

About 1,000 sentences as kommun staff, kommunpolis and housing companies write them in EST weekly
reports, generated from a fixed seed by tests/independent_corpus.py. The corpus was written without
reading the redaction rules or the project's own corpus. Only the public ``redact`` is called.

A planted item counts as found only when nothing of it survives (no word of a name, not the last four
digits of a number, not the street number); a look-alike counts as kept only when it is intact.
Targets from the issue: 100 % on every structured kind, at least 98 % on every name kind (nicknames
included) and on names overall, at most 2 % false positives on each look-alike kind. Targets the code
misses today are marked xfail(strict=True) with the measured figure, so they turn red when fixed.
The table and the missed examples go to test-artifacts/redaction_independent.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from lagesbild.privacy import redact
from tests.independent_corpus import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    SIZE,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
    build,
)

ARTIFACT = Path(__file__).resolve().parents[1] / "test-artifacts" / "redaction_independent.md"
NAME_TARGET = 0.98
FP_TARGET = 0.02
MIN_ITEMS = 25
EXAMPLES = 20


@dataclass
class Tally:
    total: int = 0
    hits: int = 0  # found (planted) or kept (look-alike)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # item, input, output

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


def _pct(value: float) -> str:
    return f"{100 * value:.1f} %".replace(".", ",")


def report(m: Measurement) -> str:
    lines = [
        "# Redaction on the independent corpus",
        "",
        f"{len(m.corpus)} sentences, seed in tests/independent_corpus.py. Produced by "
        "tests/test_redaction_independent.py; see docs/redaction_independent.md.",
        "",
        "## Recall per kind (found = nothing of the item left)",
        "",
        "| kind | items | found | recall | target |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in STRUCTURED_KINDS + NAME_KINDS:
        t = m.recall[kind]
        target = "100 %" if kind in STRUCTURED_KINDS else "≥ 98 %"
        lines.append(f"| {kind} | {t.total} | {t.hits} | {_pct(t.rate)} | {target} |")
    overall = m.names_overall()
    lines.append(f"| **all names** | {overall.total} | {overall.hits} | {_pct(overall.rate)} | ≥ 98 % |")
    lines += [
        "",
        "## Name recall by origin",
        "",
        "| origin | items | found | recall |",
        "|---|---:|---:|---:|",
    ]
    for origin, t in sorted(m.by_origin.items()):
        lines.append(f"| {origin} | {t.total} | {t.hits} | {_pct(t.rate)} |")
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
        lines.append(f"| {kind} | {t.total} | {t.hits} | {_pct(1 - t.rate)} | {target} |")
    lines += ["", f"## Missed examples (up to {EXAMPLES} per kind)", ""]
    for kind, t in list(m.recall.items()) + [(f"look-alike {k}", v) for k, v in m.kept.items()]:
        if t.missed:
            lines += [f"### {kind} ({len(t.missed)} of {t.total})", ""]
            lines += [f"- `{item}`: {text} → {out}" for item, text, out in t.missed[:EXAMPLES]]
            lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def measured() -> Measurement:
    m = measure(build())
    text = report(m)
    ARTIFACT.parent.mkdir(exist_ok=True)
    ARTIFACT.write_text(text, encoding="utf-8")
    print("\n" + text.split("## Missed examples")[0])
    return m


def _xfail(figure: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"measured {figure} on the independent corpus (issue 14)")


def test_corpus_is_fixed_labelled_and_covers_every_kind(measured: Measurement) -> None:
    corpus = measured.corpus
    assert len(corpus) == SIZE
    assert [s.text for s in build()] == [s.text for s in corpus], "the seed must give the same corpus"
    assert {s.source for s in corpus} == {"fältassistenter", "fritidsgårdar", "kommunpolis", "bostadsbolag"}
    for kind in STRUCTURED_KINDS + NAME_KINDS:
        assert measured.recall[kind].total >= MIN_ITEMS, kind
    for kind in TARGET_LOOKALIKE_KINDS:
        assert measured.kept[kind].total >= MIN_ITEMS, kind
    for sentence in corpus:
        # Each label is really in its sentence: every planted item is visible before redaction and every
        # look-alike is intact, so a figure can only move because of what redact did.
        assert all(not item.found(sentence.text) for item in sentence.planted), sentence.text
        assert all(look.kept(sentence.text) for look in sentence.lookalikes), sentence.text
    assert sum(len(s.planted) for s in corpus) > 1500
    assert sum(not s.planted for s in corpus) > 50, "some sentences carry no personal data at all"


def test_report_is_written_and_redact_is_idempotent(measured: Measurement) -> None:
    text = ARTIFACT.read_text(encoding="utf-8")
    for kind in STRUCTURED_KINDS + NAME_KINDS + TARGET_LOOKALIKE_KINDS:
        assert f"| {kind} |" in text, kind
    # The docstring of redact promises idempotence; a second pass must not find anything new.
    for sentence in measured.corpus:
        once = redact(sentence.text)
        assert redact(once) == once, sentence.text


def _kinds(kinds: Iterable[str], known_misses: Mapping[str, str]) -> list[Any]:
    """The kinds to parametrise over, those below target marked strict xfail with their figure."""
    return [pytest.param(k, marks=_xfail(known_misses[k])) if k in known_misses else k for k in kinds]


# All at 100 % since stop 15 (before: address 97.8 %, case_number 93.3 %).
_STRUCTURED_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("kind", _kinds(STRUCTURED_KINDS, _STRUCTURED_XFAIL))
def test_structured_kind_is_always_removed(measured: Measurement, kind: str) -> None:
    tally = measured.recall[kind]
    assert tally.rate == 1.0, f"{kind}: {tally.hits}/{tally.total}; missed e.g. {tally.missed[:3]}"


# Measured after the name-shape rules of stop 15; these are development figures now (the misses were
# read), the blind figures are in tests/test_redaction_blind.py. Stop 14: full 94.7, first 85.1, role
# 97.8, nickname 89.3, word 75.6, lowercase 87.4 %; before stop 14: 75.8, 63.0, 75.6, 83.0, 63.1,
# 59.2 %. full_name (98.1), surname_after_role (100) and nickname (99.4) now pass.
_NAME_XFAIL = {
    "first_name": "90.9 %",
    "word_name": "94.4 %",
    "lowercase_name": "87.4 %",
}


@pytest.mark.parametrize("kind", sorted(_NAME_XFAIL))
def test_name_kind_recall_never_falls_below_its_measured_figure(measured: Measurement, kind: str) -> None:
    # A ratchet beside the strict xfail: below target is known, falling back is a regression.
    floor = float(_NAME_XFAIL[kind].rstrip(" %")) / 100
    tally = measured.recall[kind]
    assert tally.rate >= floor - 0.0005, f"{kind}: {_pct(tally.rate)} < {_NAME_XFAIL[kind]}"


@pytest.mark.parametrize("kind", _kinds(NAME_KINDS, _NAME_XFAIL))
def test_name_kind_recall(measured: Measurement, kind: str) -> None:
    tally = measured.recall[kind]
    assert tally.rate >= NAME_TARGET, f"{kind}: {_pct(tally.rate)}; missed e.g. {tally.missed[:3]}"


@_xfail("95.7 % over all names (88.8 % at stop 14, 71.1 % before it)")
def test_name_recall_overall(measured: Measurement) -> None:
    overall = measured.names_overall()
    assert overall.rate >= NAME_TARGET, f"all names: {_pct(overall.rate)}"


_LOOKALIKE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("kind", _kinds(TARGET_LOOKALIKE_KINDS, _LOOKALIKE_XFAIL))
def test_lookalike_survives(measured: Measurement, kind: str) -> None:
    tally = measured.kept[kind]
    assert 1 - tally.rate <= FP_TARGET, f"{kind}: {_pct(1 - tally.rate)} lost; e.g. {tally.missed[:3]}"
