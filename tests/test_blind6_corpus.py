"""Checks of the sixth blind corpus itself (tests/blind6_corpus.py): its labels mean what they say, so that
the figures of tests/test_redaction_blind6.py count what they claim to count. The redaction is never
called."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind6_corpus import SIZE, build, problems
from tests.blind6_vocab import PLATE_LETTERS
from tests.corpus_checks import invalid_identity_numbers, unambiguous, unmatched_probes
from tests.independent_labels import (
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    LookAlike,
    Planted,
    Probe,
    Sentence,
)

MIN_PER_KIND = 30
MIN_NAMES = 850
MIN_LOOKALIKES = 1000


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_and_every_sentence_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert 800 <= SIZE <= 1000
    assert len({s.text for s in corpus}) == len(corpus)


def test_every_harness_kind_has_at_least_30_items(corpus: list[Sentence]) -> None:
    planted = Counter(p.kind for s in corpus for p in s.planted)
    looks = Counter(lk.kind for s in corpus for lk in s.lookalikes)
    assert {k: planted[k] for k in STRUCTURED_KINDS + NAME_KINDS if planted[k] < MIN_PER_KIND} == {}
    assert {k: looks[k] for k in TARGET_LOOKALIKE_KINDS if looks[k] < MIN_PER_KIND} == {}
    assert sum(planted[k] for k in NAME_KINDS) >= MIN_NAMES
    assert sum(looks.values()) >= MIN_LOOKALIKES
    assert set(planted) <= set(STRUCTURED_KINDS + NAME_KINDS)


def test_labels_are_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_labels_match_the_untouched_text(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []
    kinds = Counter(p.kind for s in corpus for p in s.planted)
    assert kinds["personnummer"] >= MIN_PER_KIND
    assert kinds["samordningsnummer"] >= MIN_PER_KIND


def test_problems_sees_a_probe_outside_its_item(corpus: list[Sentence]) -> None:
    anna = Planted("first_name", "Anna", (Probe("word", "Anna"),), "swedish")
    twice = Sentence("test/prose", "Anna ringde om Annas cykel.", (anna,), ())
    assert problems(twice)
    phone = Planted("mobile", "070-123 45 67", (Probe("digits", "4567"),))
    clash = Sentence("test/prose", "Ring 070-123 45 67 före kl 45.67.", (phone,), ())
    assert problems(clash)
    street = LookAlike("street", "Storgatan", True)
    address = Planted("address", "Storgatan 12", (Probe("number", "12"),))
    inside = Sentence("test/prose", "Boende på Storgatan 12 klagar.", (address,), (street,))
    assert problems(inside)
    assert problems(Sentence("test/prose", "Boende på Storgatan 12 klagar.", (address,), ())) == []


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    for s in corpus:
        assert not any(p.found(s.text) for p in s.planted), s.text
        assert all(lk.kept(s.text) for lk in s.lookalikes), s.text


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    origins = Counter(p.origin for s in corpus for p in s.planted if p.kind in NAME_KINDS)
    assert len(origins) >= 20
    assert all(n >= 15 for n in origins.values()), origins


def test_plates_use_only_plate_letters(corpus: list[Sentence]) -> None:
    for s in corpus:
        for p in s.planted:
            if p.kind in ("plate", "plate_new"):
                letters = re.match(r"[A-Za-z]{3}", p.surface)
                assert letters and set(letters.group().upper()) <= set(PLATE_LETTERS), p.surface
            if p.kind == "plate_new":
                assert not p.surface.upper().endswith("O"), p.surface  # never O last: it reads as 0


def test_styles_and_voices_vary(corpus: list[Sentence]) -> None:
    voices = Counter(s.source.split("/")[0] for s in corpus)
    styles = Counter(s.source.split("/")[1] for s in corpus)
    assert len(voices) >= 10 and min(voices.values()) >= 40, voices
    assert len(styles) >= 9 and min(styles.values()) >= 15, styles
