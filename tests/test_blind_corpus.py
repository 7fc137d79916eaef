"""Checks of the blind corpus itself, not of the redaction: deterministic, large enough per kind, and fair
(every planted item is really in its sentence, no probe matches outside its item, every look-alike is there
once)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from stdnum import luhn

from tests.blind_corpus import SEED, SIZE, build, counts
from tests.independent_labels import (
    INFO_LOOKALIKE_KINDS,
    NAME_KINDS,
    STRUCTURED_KINDS,
    TARGET_LOOKALIKE_KINDS,
    Sentence,
)  # fmt: skip

MINIMUM = {
    **dict.fromkeys(NAME_KINDS, 100),
    **dict.fromkeys(STRUCTURED_KINDS, 40),
    **dict.fromkeys(TARGET_LOOKALIKE_KINDS + INFO_LOOKALIKE_KINDS, 40),
}


@lru_cache(maxsize=1)
def corpus() -> tuple[Sentence, ...]:
    return tuple(build())


def _blank(text: str, surface: str) -> str:
    """The text with every stand-alone occurrence of a planted surface (genitive too) blanked out."""
    return re.sub(rf"(?<!\w){re.escape(surface)}(?=(?:s|:s|')?(?!\w))", "#" * len(surface), text)


def _without_planted(sentence: Sentence) -> str:
    text = sentence.text
    for item in sentence.planted:
        text = _blank(text, item.surface)
    return text


def test_deterministic_for_the_seed() -> None:
    assert tuple(build(SEED, 150)) == corpus()[:150]
    assert [s.text for s in build(SEED + 1, 150)] != [s.text for s in corpus()[:150]]


def test_size_sources_and_no_duplicates() -> None:
    sentences = corpus()
    assert len(sentences) == SIZE
    assert {s.source for s in sentences} == {"kommun", "polis", "bostadsbolag"}
    assert len({s.text for s in sentences}) == SIZE


def test_every_kind_reaches_its_minimum() -> None:
    found = counts(list(corpus()))
    short = {kind: found[kind] for kind, n in MINIMUM.items() if found[kind] < n}
    assert not short, short
    assert set(found) <= set(MINIMUM)


def test_every_probe_matches_the_raw_sentence() -> None:
    for s in corpus():
        assert s.planted or s.lookalikes, s.text
        for item in s.planted:
            assert item.surface in s.text, (item, s.text)
            assert item.probes, item
            for probe in item.probes:
                assert probe.matches(s.text), (probe, s.text)


def test_no_probe_matches_outside_its_item() -> None:
    for s in corpus():
        for item in s.planted:
            blanked = _blank(s.text, item.surface)
            assert blanked != s.text, (item, s.text)
            stray = [p for p in item.probes if p.matches(blanked)]
            assert not stray, (item, stray, s.text)


def test_lookalikes_present_once_and_outside_planted_items() -> None:
    for s in corpus():
        outside = _without_planted(s)
        for alike in s.lookalikes:
            assert alike.count(s.text) == 1, (alike, s.text)
            assert alike.count(outside) == 1, (alike, s.text)
            assert alike.kept(s.text)


def test_name_items_carry_an_origin_and_many_origins_appear() -> None:
    origins = set()
    for s in corpus():
        for item in s.planted:
            if item.kind in NAME_KINDS:
                assert item.origin, item
                assert all(p.mode == "word" for p in item.probes), item
                origins.add(item.origin)
    assert len(origins) >= 15, origins


def test_lowercase_names_are_lowercase() -> None:
    for s in corpus():
        for item in s.planted:
            if item.kind == "lowercase_name":
                assert item.surface == item.surface.lower(), item


def test_identity_numbers_have_valid_check_digits_and_dates() -> None:
    seen = 0
    for s in corpus():
        for item in s.planted:
            if item.kind not in ("personnummer", "samordningsnummer"):
                continue
            digits = re.sub(r"\D", "", item.surface)[-10:]
            assert luhn.is_valid(digits), item
            day = int(digits[4:6])
            if item.kind == "samordningsnummer":
                assert day > 60, item
                day -= 60
            dt.date(2000, int(digits[2:4]), day)  # raises on an impossible month or day
            seen += 1
    assert seen >= 80


def test_plates_use_issued_letters() -> None:
    for s in corpus():
        for item in s.planted:
            if item.kind in ("plate", "plate_new"):
                letters = next(p.value for p in item.probes if p.mode == "letters").upper()
                assert re.fullmatch(r"[A-HJ-PR-UW-Z]{3}", letters), item
                tail = next(p.value for p in item.probes if p.mode == "tail").upper()
                pattern = r"\d{3}" if item.kind == "plate" else r"\d{2}[A-HJ-NPR-UW-Z]"
                assert re.fullmatch(pattern, tail), item
