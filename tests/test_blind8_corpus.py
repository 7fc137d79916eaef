"""Label checks of the eighth blind corpus (tests/blind8_corpus.py). They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind8_corpus import SIZE, build, frames, problems
from tests.blind8_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.corpus_checks import invalid_identity_numbers, too_few_items, unambiguous, unmatched_probes
from tests.independent_labels import (
    NAME_KINDS,
    LookAlike,
    Sentence,
    name_item,
)

MIN_FRAMES = 250
MIN_ORIGINS = 25


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_and_every_sentence_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert 900 <= SIZE <= 1000
    assert len({s.text for s in corpus}) == SIZE
    assert frames() >= MIN_FRAMES
    assert len({s.source.split("|")[0] for s in corpus}) >= MIN_FRAMES


def test_every_harness_kind_has_at_least_30_items(corpus: list[Sentence]) -> None:
    assert too_few_items(corpus) == []


def test_labels_are_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_labels_match_the_untouched_text(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []


def test_problems_sees_a_probe_outside_its_item() -> None:
    item = name_item("word_name", "Sten", "swedish")
    bad = Sentence(
        "x", "Sten kastade en sten mot Fisksätra.", (item,), (LookAlike("place", "Fisksätra", True),)
    )
    assert problems(bad)
    library = LookAlike("institution", "Fisksätra bibliotek", True)
    nested = Sentence(
        "x", "Sten gick till Fisksätra bibliotek.", (item,), (LookAlike("place", "Fisksätra", True), library)
    )
    assert problems(nested)
    time = LookAlike("time", "22:50", True)
    place = LookAlike("place", "Fisksätra", True)
    assert problems(Sentence("x", "Sten i Fisksätra 22:50.", (item,), (place, time)))
    assert problems(Sentence("x", "Sten i Fisksätra kl 22:50.", (item,), (place, time))) == []
    good = Sentence("x", "Sten gick till Fisksätra.", (item,), (LookAlike("place", "Fisksätra", True),))
    assert problems(good) == []


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    assert not any(p.found(s.text) for s in corpus for p in s.planted)
    assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
    origins = Counter(p.origin for p in names)
    assert len(origins) >= MIN_ORIGINS
    assert min(origins.values()) >= 10
    swedish_kinds = {p.kind for p in names if p.origin == "swedish"}
    assert swedish_kinds == set(NAME_KINDS)


def test_plates_use_only_plate_letters(corpus: list[Sentence]) -> None:
    for s in corpus:
        for p in s.planted:
            if p.kind not in ("plate", "plate_new"):
                continue
            letters = p.probes[0].value
            assert re.fullmatch(f"[{PLATE_LETTERS}]{{3}}", letters) and letters not in BAD_PLATES, p.surface
            if p.kind == "plate_new":
                assert p.probes[1].value[-1] in PLATE_TAIL_LETTERS, p.surface


def test_styles_and_voices_vary(corpus: list[Sentence]) -> None:
    voices = Counter(s.source.split("|")[1] for s in corpus)
    styles = Counter(s.source.split("|")[2] for s in corpus)
    assert len(voices) >= 18 and len(styles) >= 14
    assert max(styles.values()) < len(corpus) / 2
