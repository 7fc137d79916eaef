"""Names found among a text's words (lagesbild.word_runs) answer as the name's regex does.

The regex is the definition (`geo.inflected`, searched with IGNORECASE); these cases are the ones where
a word-wise comparison could go wrong: genitives, case, hyphens and other characters inside a token,
several kinds of white space, repeated and overlapping occurrences, digits and underscores next to a
name, and a search that starts part-way into the text.
"""

from __future__ import annotations

import itertools
import re

import pytest

from lagesbild.geo import inflected
from lagesbild.word_runs import TextWords, words_of_name

NAMES = [
    "Fisksätra",
    "Lars",
    "Ön Ön",
    "Fisksätra centrum",
    "Älta-Erstavik",
    "Gualöv-Bromölla skogen-västra centrum Bromölla",
    "Hus 7",
    "St.Eriksplan",
    "Å",
]

TEXTS = [
    "Bråk vid Fisksätras centrum och i fisksätra",
    "FISKSÄTRA CENTRUMS torg, Fisksätra  centrum,Fisksätra\tcentrum",
    "Fisksätra-centrum; Fisksätracentrum; xFisksätra; Fisksätra_; 3Fisksätra; Fisksätrass",
    "Lars, Larss och Larsss; lar",
    "ön ön ön ön ön",
    "Ön\nÖn och Öns Ön, Öns Öns",
    "Älta-Erstavik, Älta–Erstavik, Älta - Erstavik, älta-erstaviks, Älta-Erstaviks-gatan, Älta-Erstavik2",
    "Gualöv-Bromölla skogen-västra centrum Bromöllas; Gualöv-Bromöllas skogen-västra centrum Bromölla",
    "Hus 7, hus 7s, Hus 77, Hus  7 och hus\u00a07",
    "St.Eriksplan, st.eriksplans, St. Eriksplan, St..Eriksplan",
    "å Å ås Ås åå",
    "",
]


@pytest.mark.parametrize("name", NAMES)
def test_matches_are_those_of_the_regex(name: str) -> None:
    as_words = words_of_name(name)
    assert as_words is not None
    pattern = re.compile(inflected(name), re.IGNORECASE)
    for text, pos in itertools.product(TEXTS, (0, 3, 12)):
        expected = [m.span() for m in pattern.finditer(text, pos)]
        assert list(TextWords(text).matches(as_words, pos)) == expected, (text, pos)


def test_some_case_finds_each_name() -> None:
    # Not a vacuous comparison: every name is found somewhere above, most of them several times.
    for name in NAMES:
        as_words = words_of_name(name)
        assert as_words is not None
        assert any(list(TextWords(text).matches(as_words)) for text in TEXTS), name


@pytest.mark.parametrize("name", ["Berga (Vallentuna)", "A - B", "-Norr", "Söder.", ""])
def test_names_not_of_words_are_left_to_the_regex(name: str) -> None:
    # A token that begins or ends with a non-word character can match where no whole word begins.
    assert words_of_name(name) is None
