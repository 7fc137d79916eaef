"""The word-before-a-number scan of addresses.py reads each word whole (a possessive quantifier): the same
matches as the scan that could give back a word's letters; the block scan of block_properties.py starts at
the capital: the same matches as with its look-behind first (issue 16)."""

from __future__ import annotations

import re

from lagesbild.privacy import addresses, block_properties
from tests.test_name_signal_gates import FRAME_TEXTS, _texts

# The scan as it was written before the word was read whole.
BEFORE = re.compile(r"(?<![\w-])(?P<w>[^\W\d_][\w-]*)(?P<dot>\.)?[ \t](?:(?i:nr|nummer)\.?[ \t]?)?(?=[0-9])")
EDGE = [
    "Ringvägen 30, Storg. 5 och Ringvägen nr 30, Ringvägen Nr.30, Byv nummer 7",
    "ab-cd. 7 x\t1 ä 2 Ringvägen  30 Ringvägen\n30 väg-12 a_b 3 É 4 1a 5 ..a 6",
    "04 januari 10.15, Trafikolycka, Stockholm",
]


def test_the_word_before_a_number_is_found_as_before() -> None:
    now = addresses._WORD_BEFORE_NUMBER_RE
    found = 0
    for text in EDGE + FRAME_TEXTS + _texts():
        expected = [(m.span(), m.group("w"), m.group("dot")) for m in BEFORE.finditer(text)]
        assert [(m.span(), m.group("w"), m.group("dot")) for m in now.finditer(text)] == expected, text
        found += len(expected)
    assert found > 0


BLOCK_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäöé]{{2,}}(?:en|an|n|et)){block_properties._NUMBER}"
)
BLOCK_EDGE = ["Eken 25, Smeden 9 och x-Eken 4, Ålen 3, ÅLEN 3, aEken 5, Kvarnen 12 år", "Eken 9", "-Eken 9"]


def test_a_block_is_found_as_before() -> None:
    now = block_properties._BLOCK_RE
    found = 0
    for text in BLOCK_EDGE + EDGE + FRAME_TEXTS + _texts():
        expected = [(m.span(), m.groupdict()) for m in BLOCK_BEFORE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in now.finditer(text)] == expected, text
        found += len(expected)
    assert found > 0
