"""The fourth blind redaction corpus checks its own labels (no redaction involved, fast)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind4_corpus import PLATE_LETTERS, build, label_problems
from tests.corpus_checks import invalid_identity_numbers, unambiguous, unmatched_probes
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
)

# Items per kind as built; a change to the vocabulary or frames shows here and in the delivered figures.
PLANTED_COUNTS = {
    "address": 147, "apartment": 58, "case_number": 104, "email": 46, "first_name": 240, "full_name": 350,
    "landline": 47, "lowercase_name": 79, "mobile": 64, "nickname": 136, "personnummer": 44, "plate": 42,
    "plate_new": 44, "property": 40, "samordningsnummer": 27, "surname_after_role": 175, "word_name": 53,
}  # fmt: skip
LOOKALIKE_COUNTS = {
    "amount": 34, "bus_line": 30, "date": 147, "institution": 139, "organisation": 192, "person_street": 19,
    "place": 375, "street": 111, "time": 192, "week": 100, "word": 75,
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_about_a_thousand_distinct_sentences(corpus: list[Sentence]) -> None:
    texts = [s.text for s in corpus]
    assert 1000 <= len(texts) <= 1300
    assert len(set(texts)) == len(texts)


def test_kinds_are_the_harness_kinds(corpus: list[Sentence]) -> None:
    assert {p.kind for s in corpus for p in s.planted} == set(NAME_KINDS + STRUCTURED_KINDS)
    assert {a.kind for s in corpus for a in s.lookalikes} == set(
        TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS
    )


def test_counts_per_kind(corpus: list[Sentence]) -> None:
    assert dict(Counter(p.kind for s in corpus for p in s.planted)) == PLANTED_COUNTS
    assert dict(Counter(a.kind for s in corpus for a in s.lookalikes)) == LOOKALIKE_COUNTS
    assert min(PLANTED_COUNTS.values()) >= 25
    assert all(LOOKALIKE_COUNTS[k] >= 30 for k in TARGET_LOOKALIKE_KINDS)


def test_every_label_is_sound(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []
    assert unambiguous(corpus, label_problems) == []
    for s in corpus:
        assert all(p.surface in s.text for p in s.planted), s.text
        assert all(a.count(s.text) > 0 for a in s.lookalikes), s.text
        assert all(p.probes for p in s.planted), s.text
        assert label_problems(s) == [], s.text


def test_unredacted_text_counts_as_leaking_everything(corpus: list[Sentence]) -> None:
    """The harness must see every item as not found in the input itself, and every look-alike as kept."""
    for s in corpus:
        assert not any(p.found(s.text) for p in s.planted), s.text
        assert all(a.kept(s.text) for a in s.lookalikes), s.text


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    origins = Counter(p.origin for s in corpus for p in s.planted if p.kind in NAME_KINDS)
    assert len(origins) >= 20
    assert origins["swedish"] < sum(origins.values()) / 2
    assert {"sami", "romani", "eritrean", "assyrian", "afghan", "somali", "ukrainian"} <= set(origins)


def test_structured_items_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []
    for p in (p for s in corpus for p in s.planted):
        digits = re.sub(r"\D", "", p.surface)
        if p.kind in ("plate", "plate_new"):
            letters = p.surface[:3].upper()
            assert all(ch in PLATE_LETTERS for ch in letters), p.surface
        elif p.kind == "email":
            assert re.fullmatch(r"[\w.\-]+@[\w\-]+\.\w+", p.surface), p.surface
        elif p.kind == "mobile":
            assert re.search(r"7[02369]\d{7}$", digits), p.surface


def test_styles_vary(corpus: list[Sentence]) -> None:
    texts = [s.text for s in corpus]
    assert sum(t == t.lower() for t in texts) >= 50
    assert sum(t == t.upper() for t in texts) >= 30
    assert sum('"' in t for t in texts) >= 50
    assert len({s.source for s in corpus}) == 9
