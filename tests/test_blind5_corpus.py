"""The fifth blind corpus checks its own labels (no redaction is run here): sound, unambiguous, valid
identity numbers, every kind represented, deterministic."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind5_corpus import SIZE, build, problems
from tests.blind5_vocab import PLATE_LETTERS
from tests.corpus_checks import invalid_identity_numbers, unambiguous, unmatched_probes
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
)

MIN_PER_KIND = 30


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_and_every_sentence_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert len({s.text for s in corpus}) == SIZE


def test_every_harness_kind_has_at_least_30_items(corpus: list[Sentence]) -> None:
    planted = Counter(p.kind for s in corpus for p in s.planted)
    looks = Counter(look.kind for s in corpus for look in s.lookalikes)
    assert set(planted) == set(NAME_KINDS + STRUCTURED_KINDS)
    assert set(looks) == set(TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS)
    assert {k: n for k, n in (planted + looks).items() if n < MIN_PER_KIND} == {}


def test_labels_are_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_labels_match_the_untouched_text(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []
    kinds = Counter(p.kind for s in corpus for p in s.planted if p.kind.endswith("nummer"))
    assert kinds["personnummer"] >= MIN_PER_KIND and kinds["samordningsnummer"] >= MIN_PER_KIND


def test_problems_sees_a_probe_outside_its_item(corpus: list[Sentence]) -> None:
    sentence = next(s for s in corpus if any(p.kind == "first_name" for p in s.planted))
    name = next(p for p in sentence.planted if p.kind == "first_name")
    doubled = Sentence(sentence.source, f"{sentence.text} {name.surface} igen.", sentence.planted, ())
    assert problems(doubled) != []


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    assert not any(p.found(s.text) for s in corpus for p in s.planted)
    assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    origins = Counter(p.origin for s in corpus for p in s.planted if p.kind in NAME_KINDS)
    assert len(origins) >= 20
    assert 0.35 <= origins["swedish"] / sum(origins.values()) <= 0.6


def test_plates_use_only_plate_letters(corpus: list[Sentence]) -> None:
    plates = [p for s in corpus for p in s.planted if p.kind in ("plate", "plate_new")]
    for plate in plates:
        letters = plate.probes[0].value.upper()
        assert len(letters) == 3 and set(letters) <= set(PLATE_LETTERS), plate.surface
    new_tails = {p.probes[1].value for p in plates if p.kind == "plate_new"}
    assert all(re.fullmatch(r"\d\d[A-Za-z]", t) for t in new_tails)


def test_styles_and_voices_vary(corpus: list[Sentence]) -> None:
    styles = Counter(s.source.split("/")[2] for s in corpus)
    voices = Counter(s.source.split("/")[1] for s in corpus)
    assert {"normal", "lower", "upper", "sms", "english"} <= set(styles)
    assert len(voices) >= 10
    assert sum(s.text == s.text.upper() for s in corpus) >= 30
    assert sum(s.text == s.text.lower() for s in corpus) >= 30
