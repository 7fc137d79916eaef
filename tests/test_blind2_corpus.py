"""Self-test of the second blind redaction corpus (tests/blind2_corpus.py): its labels mean what they say.

It never calls the redaction: it checks that every planted item is in its sentence and matched by its probes
there and nowhere else, that every look-alike is present outside the planted items, that every kind is
covered, and that the corpus is the same on every build.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind2_corpus import SIZE, build, problems
from tests.corpus_checks import invalid_identity_numbers, unambiguous, unmatched_probes
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
)


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_size_and_determinism(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert build() == corpus
    assert len({s.text for s in corpus}) > 0.97 * SIZE  # frames repeat, their fillings do not


def test_every_label_is_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_probes_match_the_raw_sentence(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_every_kind_is_covered(corpus: list[Sentence]) -> None:
    planted = Counter(p.kind for s in corpus for p in s.planted)
    looks = Counter(x.kind for s in corpus for x in s.lookalikes)
    assert {k: planted[k] for k in NAME_KINDS + STRUCTURED_KINDS if planted[k] < 40} == {}
    assert {k: looks[k] for k in TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS if looks[k] < 40} == {}
    assert set(planted) == set(NAME_KINDS + STRUCTURED_KINDS)
    origins = Counter(p.origin for s in corpus for p in s.planted if p.kind in NAME_KINDS)
    assert len(origins) >= 20 and min(origins.values()) >= 30, origins


def test_identity_numbers_are_valid(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []


def test_shapes_vary(corpus: list[Sentence]) -> None:
    items = [p for s in corpus for p in s.planted]
    mobiles = {re.sub(r"\d", "9", p.surface) for p in items if p.kind == "mobile"}
    pnrs = {re.sub(r"\d", "9", p.surface) for p in items if p.kind == "personnummer"}
    assert len(mobiles) >= 8 and len(pnrs) >= 4
    lower = [p for p in items if p.kind == "lowercase_name"]
    assert all(p.surface == p.surface.lower() for p in lower)
    plates = [p for p in items if p.kind in ("plate", "plate_new")]
    assert all({q.mode for q in p.probes} == {"letters", "tail"} for p in plates)
