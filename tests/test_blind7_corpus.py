"""The seventh blind corpus's own labels (tests/blind7_corpus.py): checks that never call the redaction,
so that the figures measured on it (tests/test_redaction_blind7.py) count what they claim to count."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind7_corpus import SIZE, build, frames, problems
from tests.blind7_vocab_places import PLATE_LETTERS
from tests.corpus_checks import invalid_identity_numbers, unambiguous, unmatched_probes
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    LookAlike,
    Sentence,
    name_item,
)

MIN_PER_KIND = 30
MIN_HARD_NAMES = 130  # word_name and lowercase_name each
MIN_NAMES = 1000
MIN_STRUCTURED = 550
MIN_LOOKALIKES = 1150
MIN_FRAMES = 200
MIN_ORIGINS = 25


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_and_every_sentence_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert len({s.text for s in corpus}) == SIZE
    assert len(frames()) >= MIN_FRAMES
    assert len({s.source.split("/")[2] for s in corpus}) >= MIN_FRAMES


def test_every_harness_kind_has_at_least_30_items(corpus: list[Sentence]) -> None:
    planted = Counter(item.kind for s in corpus for item in s.planted)
    looks = Counter(look.kind for s in corpus for look in s.lookalikes)
    for kind in NAME_KINDS + STRUCTURED_KINDS:
        assert planted[kind] >= MIN_PER_KIND, kind
    for kind in TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS:
        assert looks[kind] >= MIN_PER_KIND, kind
    assert planted["word_name"] >= MIN_HARD_NAMES
    assert planted["lowercase_name"] >= MIN_HARD_NAMES
    assert sum(planted[k] for k in NAME_KINDS) >= MIN_NAMES
    assert sum(planted[k] for k in STRUCTURED_KINDS) >= MIN_STRUCTURED
    assert sum(looks.values()) >= MIN_LOOKALIKES


def test_labels_are_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_labels_match_the_untouched_text(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []


def test_problems_sees_a_probe_outside_its_item() -> None:
    name = name_item("full_name", "Tuula Korhonen", "finnish")
    clean = Sentence("t", "Tuula Korhonen ringde från Älta.", (name,), (LookAlike("place", "Älta", True),))
    assert problems(clean) == []
    twice = Sentence("t", "Tuula Korhonen ringde, sa Tuula.", (name,), ())
    assert problems(twice)
    doubled = Sentence(
        "t", "Älta: Tuula Korhonen ringde från Älta.", (name,), (LookAlike("place", "Älta", True),)
    )
    assert problems(doubled)
    overlap = Sentence("t", "Tuula Korhonen ringde.", (name,), (LookAlike("word", "Tuula", True),))
    assert problems(overlap)


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    for s in corpus:
        assert not any(item.found(s.text) for item in s.planted), s.text
        assert all(look.kept(s.text) for look in s.lookalikes), s.text


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    origins = Counter(item.origin for s in corpus for item in s.planted if item.kind in NAME_KINDS)
    assert "" not in origins
    assert len(origins) >= MIN_ORIGINS
    assert min(origins.values()) >= 20
    assert origins["swedish"] / sum(origins.values()) < 0.15


def test_plates_use_only_plate_letters(corpus: list[Sentence]) -> None:
    plates = [item for s in corpus for item in s.planted if item.kind in ("plate", "plate_new")]
    for item in plates:
        letters = re.match(r"[A-Z]{3}", item.surface)
        assert letters is not None and set(letters.group()) <= set(PLATE_LETTERS), item.surface
        if item.kind == "plate_new":
            assert item.surface[-1] in PLATE_LETTERS and item.surface[-1] != "O", item.surface


def test_styles_and_voices_vary(corpus: list[Sentence]) -> None:
    voices = Counter(s.source.split("/")[0] for s in corpus)
    styles = Counter(s.source.split("/")[1] for s in corpus)
    assert len(voices) >= 14 and min(voices.values()) >= 20
    assert len(styles) >= 12 and min(styles.values()) >= 10
    assert styles["prose"] / len(corpus) < 0.5
