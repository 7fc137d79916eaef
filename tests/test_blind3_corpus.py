"""Self-test of the third blind redaction corpus (tests/blind3_corpus.py): its labels mean what they say.

It never calls the redaction: every planted item is in its sentence and matched by its probes there and
nowhere else, every look-alike is present outside the planted items, every kind and origin is covered, the
planted numbers are valid, and the corpus is the same on every build.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.blind3_corpus import SIZE, build, fill_frame, problems
from tests.blind3_frames import FRAMES
from tests.corpus_checks import invalid_identity_numbers, unambiguous, unmatched_probes
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    LookAlike,
    Planted,
    Probe,
    Sentence,
)


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_size_and_determinism(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert build() == corpus
    assert len({s.text for s in corpus}) > 0.97 * SIZE  # frames repeat, their fillings do not
    assert {s.source for s in corpus} == set(FRAMES)


def test_every_label_is_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_problems_sees_an_ambiguous_label() -> None:
    # the check itself: a probe that also matches the rest of the sentence, a surface that is not there
    # and a look-alike that only exists inside a planted item are all reported
    item = Planted("first_name", "Ros", (Probe("word", "Ros"),), "word")
    twice = Sentence("x", "Ros såg Ros", (item,), ())
    assert problems(twice) == []  # both occurrences are the planted item
    clash = Sentence("x", "Ros till Ros", (item,), (LookAlike("word", "Ros", word=True),))
    assert any("look-alike" in p for p in problems(clash))
    absent = Sentence("x", "ingen här", (item,), ())
    assert any("not in the sentence" in p for p in problems(absent))
    number = Planted("address", "Oxelvägen 3", (Probe("number", "3"),))
    assert any("outside" in p for p in problems(Sentence("x", "Oxelvägen 3, 3 bilar", (number,), ())))


def test_probes_match_the_raw_sentence(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_every_kind_and_origin_is_covered(corpus: list[Sentence]) -> None:
    planted = Counter(p.kind for s in corpus for p in s.planted)
    looks = Counter(x.kind for s in corpus for x in s.lookalikes)
    assert {k: planted[k] for k in NAME_KINDS + STRUCTURED_KINDS if planted[k] < 40} == {}
    assert {k: looks[k] for k in TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS if looks[k] < 40} == {}
    assert set(planted) == set(NAME_KINDS + STRUCTURED_KINDS)
    assert set(looks) == set(TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS)
    origins = Counter(p.origin for s in corpus for p in s.planted if p.kind in NAME_KINDS)
    assert len(origins) >= 20 and min(origins.values()) >= 20, origins
    assert sum(planted[k] for k in NAME_KINDS) >= 1000


def test_every_frame_is_used(corpus: list[Sentence]) -> None:
    frames = sum(len(group) for group in FRAMES.values())
    assert SIZE >= 5 * frames  # each frame several times, with different fillings
    for source, group in FRAMES.items():
        for frame in group:
            assert fill_frame(source, frame, random.Random(0)).text


def test_identity_numbers_are_valid(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []
    # this corpus writes "+" (100 years or older) only in personnummer
    numbers = [p for s in corpus for p in s.planted if p.kind in ("personnummer", "samordningsnummer")]
    assert [p.surface for p in numbers if "+" in p.surface and p.kind != "personnummer"] == []


def test_plates_are_swedish_plates(corpus: list[Sentence]) -> None:
    items = [p for s in corpus for p in s.planted if p.kind in ("plate", "plate_new")]
    for p in items:
        assert {q.mode for q in p.probes} == {"letters", "tail"}
        compact = re.sub(r"[\s-]", "", p.surface).upper()
        shape = r"[A-Z]{3}\d{3}" if p.kind == "plate" else r"[A-Z]{3}\d{2}[A-Z]"
        assert re.fullmatch(shape, compact), p.surface
        assert not set(compact) & set("IQVÅÄÖ"), p.surface
        assert p.kind == "plate" or not compact.endswith("O"), p.surface


def test_shapes_vary(corpus: list[Sentence]) -> None:
    items = [p for s in corpus for p in s.planted]

    def shapes(kind: str) -> set[str]:
        return {re.sub(r"\d", "9", p.surface) for p in items if p.kind == kind}

    assert len(shapes("mobile")) >= 10 and len(shapes("landline")) >= 6
    assert len(shapes("personnummer")) >= 6 and len(shapes("samordningsnummer")) >= 6
    assert any(p.surface.startswith("0046") for p in items if p.kind == "mobile")
    assert any(p.surface.startswith("+46") for p in items if p.kind == "mobile")
    lower = [p for p in items if p.kind == "lowercase_name"]
    assert all(p.surface == p.surface.lower() for p in lower)
    names = [p.surface for p in items if p.kind in NAME_KINDS]
    assert any(n.isupper() for n in names)  # ALL CAPS
    assert any("-" in n for n in names)  # hyphenated first names and surnames
    assert any(re.search(r"\b(al|bin|von|af|de)\b", n, re.IGNORECASE) for n in names)  # particles
