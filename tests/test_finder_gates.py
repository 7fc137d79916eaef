"""The whole-finder gates (lagesbild/privacy/finder_gates.py) are necessary conditions: where a gate says
no, its finder finds nothing, on the corpora's sentences and on generated (also hostile) text. So the
redaction with the gates gives the findings it gave without them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagesbild.privacy import case_numbers, structured
from lagesbild.privacy import finder_gates as gates
from lagesbild.privacy.name_finder import find_names
from lagesbild.privacy.name_unknown import find_unknown_names
from lagesbild.privacy.name_unknown_lower import find_unknown_lowercase_names
from lagesbild.privacy.name_words import ROLE_WORDS_SET
from lagesbild.privacy.names import NOT_NAMES
from tests.blind3_corpus import build as blind3
from tests.blind4_corpus import build as blind4
from tests.blind5_corpus import build as blind5
from tests.test_name_signal_gates import FRAME_TEXTS, OWN

Spans = list[tuple[int, int]]


def _names(text: str) -> Spans:
    return [(f.start, f.end) for f in find_names(text)]


def _unknown(text: str) -> Spans:
    # `taken` only removes findings: without it the finder finds the most
    return find_unknown_names(text, [], ROLE_WORDS_SET, NOT_NAMES)


def _unknown_lower(text: str) -> Spans:
    # `taken` adds findings next to a name (`[namn] o hakan`): with and without it
    return find_unknown_lowercase_names(text, []) + find_unknown_lowercase_names(text, _names(text))


# finder, its gate
PAIRS: dict[str, tuple[Callable[[str], Spans], Callable[[str], bool]]] = {
    "find_names": (_names, gates.might_find_names),
    "find_unknown_names": (
        _unknown,
        lambda text: gates.might_find_unknown_names(text, ROLE_WORDS_SET, NOT_NAMES),
    ),
    "find_unknown_lowercase_names": (_unknown_lower, gates.might_find_unknown_lowercase),
}

HOSTILE = [
    "",
    " " * 5000 + "Ali",
    "A" * 3000,
    "ALI BERG " * 400,
    "1" * 4000 + " Sten",
    ", " * 3000 + "hakan",
    "Ab " * 2000,
    "pratade med " * 500 + "kibrom",
    "boende\nAli",
    "Väktare Avarn såg Ali-Reza Berg, 16 år (ca 15) o hakan; Enligt Mujtaba: lena kollar.",
    "HEJ ZAINAB OCH HANS KOMPISAR",
    "İNGRIPANDE mot Wichai Srisuk, Straße ı och ͅ",
]


def _corpus() -> list[str]:
    return OWN + FRAME_TEXTS + HOSTILE + [s.text for build in (blind3, blind4, blind5) for s in build()]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return _corpus()


@pytest.mark.parametrize("name", PAIRS)
def test_a_gate_holds_wherever_its_finder_finds(name: str, corpus: list[str]) -> None:
    finder, gate = PAIRS[name]
    found = skipped = 0
    for text in corpus:
        if finder(text):
            assert gate(text), (name, text)
            found += 1
        elif not gate(text):
            skipped += 1
    assert found > 50, f"{name}: too few sentences where it finds"
    assert skipped > 50, f"{name}: the gate never skips"


# Words the finders react to, beside ordinary ones and hostile runs (spaces, capitals, digits, commas).
_WORDS = (
    "Ali Berg Sten sten lena Lena Karlsson Ann-Britt ALI BERG boende Boende väktare Väktare pratade med "
    "m hos hemma kibrom hakan o och Polis polisen nattvakten skolkuratorn Enligt igår Dardan kom "
    "sprang 16 år ( ) , : ; . ! ? « » \" ' - – / & [21:05] Sol har att Vide om i vid Vega gatan torg "
    "Fam. s.k. Lillen kallad Blixten heter Mohamud HUSVÄRDEN Zainab najib noori 070-123 45 67 "
    "Xdalen Ystorp Krossad glasruta Tags elskåpet Brand container"
).split()
_PIECE = st.one_of(
    st.sampled_from(_WORDS),
    st.text(alphabet=" \t\n", min_size=1, max_size=40),
    st.text(alphabet="ABCÅÄÖ", min_size=1, max_size=30),
    st.text(alphabet="0123456789", min_size=1, max_size=30),
    st.text(alphabet=", ", min_size=1, max_size=30),
    st.text(max_size=8),
)
_TEXT = st.lists(_PIECE, max_size=30).map(" ".join)


@pytest.mark.parametrize("name", PAIRS)
@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_a_gate_holds_on_generated_text(name: str, text: str) -> None:
    finder, gate = PAIRS[name]
    if finder(text):
        assert gate(text), text


# The digit pre-checks of lagesbild/privacy/structured.py and case_numbers.py: each is implied by the
# pattern it guards.
_DIGITISH = st.text(alphabet="0123456789 -–—/.:()+\u00a0\u202f\n\tabcKSÄR", max_size=60)


def _check_digit_prechecks(text: str) -> None:
    translated = text.translate(structured._PHONE_LOOKALIKE_CHARS)
    if structured._PHONE_PREFILTER.search(translated):
        assert structured._SEVEN_DIGITS_RE.search(text), text
    if case_numbers._DNR_BARE_RE.search(text):
        assert case_numbers._FOUR_DIGITS_RE.search(text), text


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_DIGITISH, _TEXT))
def test_the_digit_prechecks_hold_wherever_their_patterns_match(text: str) -> None:
    _check_digit_prechecks(text)


@pytest.mark.parametrize(
    "text",
    [
        "070-123 45 67",
        "070–427 47 54",
        "0701234567",
        "+46 70 123 45 67",
        "ring 08\u00a0123\u202f456",
        "Dnr 2025/1472, KS 2026:1482, ÄR-2025-1699, 26-255211, 12345-24, soc 2026:1482",
        "1 2 3 4 5 6 7",
        "kl 14.35, ca 12 m², 12 000 kr",
    ],
)
def test_the_digit_prechecks_on_numbers_as_written(text: str) -> None:
    _check_digit_prechecks(text)
    assert structured._SEVEN_DIGITS_RE.search(text) or not structured._find_phones(text)
