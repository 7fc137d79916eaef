"""Redaction measured on the ninth blind corpus (tests/blind9_corpus.py), written without reading the
redaction, its vocabulary or any earlier corpus (docs/redaction_blind9.md says what was opened).

Nobody has read this corpus's misses: the report is aggregate-only (per kind, origin, style and look-alike
kind) and failure messages leave the missed items out.
"""

from __future__ import annotations

import pytest

from tests.blind9_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets
from tests.blind_report import aggregate_report
from tests.redaction_measure import Measurement

pytestmark = pytest.mark.slow

MEASURED_ON = "ca0492f"  # main when the corpus was delivered
TITLE = "Redaction on the ninth blind corpus"
ABOUT = (
    "Written blind (tests/blind9_*.py, docs/redaction_blind9.md); aggregate figures only, no missed item "
    f"and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

# Placeholders until the one measurement: (found, items) with the corpus's item counts.
DELIVERED_FOUND = {
    "personnummer": (0, 48),
    "samordningsnummer": (0, 37),
    "mobile": (0, 110),
    "landline": (0, 52),
    "email": (0, 45),
    "plate": (0, 49),
    "plate_new": (0, 53),
    "address": (0, 113),
    "apartment": (0, 100),
    "property": (0, 35),
    "case_number": (0, 42),
    "full_name": (0, 443),
    "first_name": (0, 259),
    "surname_after_role": (0, 41),
    "nickname": (0, 47),
    "word_name": (0, 154),
    "lowercase_name": (0, 150),
}
DELIVERED_NAMES = (0, 1094)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (0, 127),
    "institution": (0, 335),
    "street": (0, 157),
    "time": (0, 186),
    "date": (0, 171),
    "amount": (0, 38),
    "week": (0, 85),
    "bus_line": (0, 43),
    "word": (0, 101),
    "organisation": (0, 127),
    "person_street": (0, 34),
}

FOUND = DELIVERED_FOUND
NAMES = DELIVERED_NAMES
KEPT = DELIVERED_KEPT


def _style(source: str) -> str:
    return source.split("|")[2]


class TestBlind9(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind9.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = False  # nobody has read this corpus's misses: keep them out of failure messages

    @classmethod
    def write_report(cls, measured: Measurement) -> str:
        return aggregate_report(measured, TITLE, ABOUT, _style)
