"""Redaction measured on the fiftieth blind corpus (tests/blind50_corpus.py): security and threats in
healthcare as they reach the local EST picture — security guards' and ordningsvakter's incident reports, the
emergency department's notes on threats against staff, avvikelserapporter, the psychiatric ward's notes on
visitors, ambulance crews' reports, alarm logs, tillbud reports, reports to the police, shift handovers,
staff's messages, meeting minutes and the region's security coordinator's weekly summary to the kommun —
from Umeå, Lund, Falun, Nacka and Visby, with name forms in a realistic mix. Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind50.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind50_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "e9d9016"  # main when the corpus was delivered
TITLE = "Redaction on the fiftieth blind corpus (security and threats in healthcare)"
ABOUT = (
    "Written blind (tests/blind50_*.py, docs/redaction_blind50.md); each item is a text on security and"
    " threats in healthcare as it reaches the weekly picture (guards' and ordningsvakter's reports, the"
    " emergency department's notes, avvikelserapporter, psychiatric visitor notes, ambulance reports, alarm"
    " logs, tillbud reports, police reports, handovers, staff messages, minutes, the region's weekly summary)"
    " from five kommuner, with name forms in a realistic mix; aggregate figures only, no missed item and no"
    f" sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (98, 98),
    "samordningsnummer": (42, 42),
    "mobile": (133, 133),
    "landline": (70, 70),
    "email": (35, 35),
    "plate": (56, 56),
    "plate_new": (42, 42),
    "address": (97, 98),
    "apartment": (42, 42),
    "property": (35, 35),
    "case_number": (126, 126),
    "full_name": (1803, 1813),
    "first_name": (462, 463),
    "surname_after_role": (241, 253),
    "nickname": (109, 112),
    "word_name": (120, 145),
    "lowercase_name": (137, 154),
}
DELIVERED_NAMES = (2872, 2940)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (301, 301),
    "institution": (560, 644),
    "street": (133, 133),
    "time": (441, 441),
    "date": (385, 385),
    "amount": (42, 42),
    "week": (154, 154),
    "bus_line": (42, 42),
    "word": (42, 42),
    "organisation": (279, 301),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {
    "address": (97, 98),
    "first_name": (462, 463),
    "full_name": (1803, 1813),
    "lowercase_name": (137, 154),
    "nickname": (109, 112),
    "surname_after_role": (241, 253),
    "word_name": (120, 145),
}
NAMES = (2872, 2940)
KEPT = {
    **KEPT,
    "date": (385, 385),
    "institution": (560, 644),
    "organisation": (279, 301),
    "place": (301, 301),
    "street": (133, 133),
    "time": (441, 441),
    "week": (154, 154),
}
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {
    "full_name": (1805, 1813),
    "lowercase_name": (143, 154),
    "surname_after_role": (248, 253),
    "word_name": (137, 145),
}
NAMES = (2904, 2940)
KEPT = {**KEPT, "institution": (638, 644), "organisation": (299, 301)}
# Raised at stop 37: the address read at round 48 is found.
FOUND |= {"address": (98, 98)}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"full_name": (1807, 1813), "lowercase_name": (145, 154), "word_name": (138, 145)}
NAMES = (2909, 2940)


class TestBlind50(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind50.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = False  # nobody may read this corpus's misses
    STYLE_FIELD = ("|", 2)
