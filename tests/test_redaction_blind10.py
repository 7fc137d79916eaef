"""Redaction measured on the tenth blind corpus (tests/blind10_corpus.py): whole free-text cells as they
arrive in weekly reports, written without reading the redaction, its vocabulary or any earlier corpus
(docs/redaction_blind10.md says what was opened).

Nobody has read this corpus's misses: the report is aggregate-only (per kind, origin, style and look-alike
kind) and failure messages leave the missed items out.
"""

from __future__ import annotations

import pytest

from tests.blind10_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets
from tests.blind_report import aggregate_report
from tests.redaction_measure import Measurement

pytestmark = pytest.mark.slow

MEASURED_ON = "ca0492f"  # main when the corpus was delivered
TITLE = "Redaction on the tenth blind corpus (whole cells)"
ABOUT = (
    "Written blind (tests/blind10_*.py, docs/redaction_blind10.md); each item is one free-text cell of one "
    "to five sentences; aggregate figures only, no missed item and no sentence. Delivered figures measured "
    f"on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (0, 0),
}
DELIVERED_NAMES = (0, 0)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (0, 0),
}

# The ratchets are the delivered figures: nobody has read this corpus's misses.
FOUND = dict(DELIVERED_FOUND)
NAMES = DELIVERED_NAMES
KEPT = dict(DELIVERED_KEPT)


def _style(source: str) -> str:
    return source.split("|")[2]


class TestBlind10(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind10.md"
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
