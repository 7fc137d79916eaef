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

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from lagesbild.privacy import redact
from tests.independent_corpus import (
    NAME_KINDS,
    SIZE,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    build,
)
from tests.redaction_measure import Measurement, measure, pct, report

ARTIFACT = Path(__file__).resolve().parents[1] / "test-artifacts" / "redaction_independent.md"
NAME_TARGET = 0.98
FP_TARGET = 0.02
MIN_ITEMS = 25


@pytest.fixture(scope="module")
def measured() -> Measurement:
    m = measure(build())
    about = "Seed in tests/independent_corpus.py; see docs/redaction_independent.md."
    text = report(m, "Redaction on the independent corpus", about)
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
# 59.2 %. full_name (98.1), surname_after_role (100) and nickname (99.4) now pass. After stop 15: first
# 90.9, word 94.4, lowercase 87.4 %, all names 95.7 %; the figures below are after the third name round
# of issue 14's fourth round (branch names4; its lists and rules were developed on the two blind corpora,
# not on this one); the third round had first 92.9, word 95.6, lowercase 88.3 %, all names 96.3 %. The
# fifth name round (branch names5, lagesbild/privacy/name_signals.py) read this corpus's misses: first
# 93.5 -> 95.5 %, all names 96.7 -> 97.4 % (development figures). Stop 20's eighth round (developed on
# blind corpora 1-5 and this one): first 97.4, lowercase 97.1 %; word names (98.1 %) and all names (98.9 %)
# reach the target. Stop 23's eleventh round (developed on blind corpora 11, 7 and 8): lowercase 98.1 %
# reaches the target. Stop 24's thirteenth round (developed on blind corpus 13): first names 98.1 % reach
# it too, so every name kind does.
# No name kind is below target any more, so no kind is a strict xfail and none needs a ratchet beside it:
# `test_name_kind_recall` holds every kind at the target itself.
OVERALL = "99.2 %"  # stop 24 (development; 98.9 % at stop 20)


@pytest.mark.parametrize("kind", NAME_KINDS)
def test_name_kind_recall(measured: Measurement, kind: str) -> None:
    tally = measured.recall[kind]
    assert tally.rate >= NAME_TARGET, f"{kind}: {pct(tally.rate)}; missed e.g. {tally.missed[:3]}"


def test_name_recall_overall(measured: Measurement) -> None:
    # 98.9 % at stop 20 (97.4 % at stop 19, 95.7 % at stop 15, 71.1 % before stop 14).
    overall = measured.names_overall()
    assert overall.rate >= NAME_TARGET, f"all names: {pct(overall.rate)}"


def test_name_recall_overall_never_falls_below_its_measured_figure(measured: Measurement) -> None:
    assert measured.names_overall().rate >= float(OVERALL.rstrip(" %")) / 100 - 0.0005


_LOOKALIKE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("kind", _kinds(TARGET_LOOKALIKE_KINDS, _LOOKALIKE_XFAIL))
def test_lookalike_survives(measured: Measurement, kind: str) -> None:
    tally = measured.kept[kind]
    assert 1 - tally.rate <= FP_TARGET, f"{kind}: {pct(1 - tally.rate)} lost; e.g. {tally.missed[:3]}"
