"""The shared corpus checks find what they promise to find (tests/corpus_checks.py)."""

from __future__ import annotations

import pytest

from tests.corpus_checks import invalid_identity_numbers, too_few_items, unambiguous, unmatched_probes
from tests.independent_labels import LookAlike, Planted, Probe, Sentence

NAME = Planted("first_name", "Ilona", (Probe("word", "Ilona"),), "hu")


@pytest.mark.parametrize(
    ("sentence", "bad"),
    [
        (Sentence("x", "Ilona ringde", (NAME,), ()), False),
        (Sentence("x", "Ingen ringde", (NAME,), ()), True),  # the probe is not in the sentence
        (Sentence("x", "Ilona ringde", (Planted("first_name", "Ilona", (), "hu"),), ()), True),  # no probe
        (Sentence("x", "Ilona ringde kl 22", (NAME,), (LookAlike("time", "kl 21"),)), True),  # not there
    ],
)
def test_unmatched_probes(sentence: Sentence, bad: bool) -> None:
    assert bool(unmatched_probes([sentence])) is bad


@pytest.mark.parametrize(
    ("kind", "surface", "bad"),
    [
        ("personnummer", "811218-9876", False),
        ("personnummer", "811218-9875", True),  # check digit
        ("personnummer", "811318-9875", True),  # month 13 (check digit right)
        ("samordningsnummer", "811278-9873", False),
        ("samordningsnummer", "811218-9876", True),  # a samordningsnummer's day is above 60
        ("personnummer", "19811218-9876", False),
        ("personnummer", "811218+9876", False),
        ("samordningsnummer", "811278+9873", False),
    ],
)
def test_invalid_identity_numbers(kind: str, surface: str, bad: bool) -> None:
    item = Planted(kind, surface, (Probe("digits", surface[-4:]),))
    assert bool(invalid_identity_numbers([Sentence("x", f"pnr {surface}", (item,), ())])) is bad


def test_unambiguous_reports_with_the_corpus_rule() -> None:
    corpus = [Sentence("x", "a", (), ()), Sentence("x", "b", (), ())]
    assert unambiguous(corpus, lambda s: ["dubbel"] if s.text == "b" else []) == [("b", ["dubbel"])]


def test_too_few_items_names_each_shortfall() -> None:
    name = Planted("first_name", "Amra", (Probe("name", "Amra"),))
    odd = Planted("not_a_kind", "x", (Probe("name", "x"),))
    corpus = [Sentence("x", "Amra x", (name, odd), (LookAlike("place", "Älta", True),))]
    bad = too_few_items(corpus)
    assert ("first_name", 1) in bad and ("place", 1) in bad and ("organisation", 0) in bad
    assert ("unknown kind", "not_a_kind") in bad and ("word_name", 0) in bad
    assert ("names", 1) in bad and ("structured", 0) in bad and ("look-alikes", 1) in bad
    assert too_few_items(corpus, per_kind=0, info=0, hard_names=0, names=1, structured=0, lookalikes=1) == [
        ("unknown kind", "not_a_kind")
    ]
