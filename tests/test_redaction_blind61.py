"""Redaction measured on the sixty-first blind corpus (tests/blind61_corpus.py): homelessness and outreach —
the city mission's and the social services' outreach logs, night shelters' reports and handovers, journal
notes and referrals, housing companies' work orders about people sleeping in stairwells and garages, guards'
and the metro's ordningsvakter's reports, the police's notes of contacts, mappings of EU citizens' camps,
trygghetsvärdar's rounds, volunteers' logs, staff's texts and e-mails and residents' tips — from Stockholm,
Södertälje and Huddinge, with name forms in a realistic mix. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind61.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind61_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "4d297e3"  # main when the corpus was delivered (the end of stop 37)
TITLE = "Redaction on the sixty-first blind corpus (homelessness and outreach)"
ABOUT = (
    "Written blind (tests/blind61_*.py, docs/redaction_blind61.md); each item is a note on homelessness and"
    " outreach as it reaches the weekly picture (outreach logs, night-shelter reports and handovers, journal"
    " notes and referrals, housing companies' work orders, guards' and ordningsvakter's reports, police"
    " contacts, mappings of EU citizens' camps, trygghetsvärdar's rounds, volunteers' logs, texts, e-mails,"
    " residents' tips) from Stockholm, Södertälje and Huddinge, with name forms in a realistic mix; aggregate"
    f" figures only, no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (126, 126),
    "samordningsnummer": (70, 70),
    "mobile": (164, 168),
    "landline": (56, 56),
    "email": (42, 42),
    "plate": (35, 35),
    "plate_new": (42, 42),
    "address": (127, 133),
    "apartment": (63, 63),
    "property": (49, 49),
    "case_number": (63, 63),
    "full_name": (1049, 1057),
    "first_name": (533, 540),
    "surname_after_role": (173, 173),
    "nickname": (114, 126),
    "word_name": (119, 141),
    "lowercase_name": (120, 126),
}
DELIVERED_NAMES = (2108, 2163)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (332, 343),
    "institution": (355, 364),
    "street": (84, 84),
    "time": (259, 259),
    "date": (329, 329),
    "amount": (49, 49),
    "week": (98, 98),
    "bus_line": (42, 42),
    "word": (56, 56),
    "organisation": (239, 252),
    "person_street": (27, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target. Nobody has
# read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {
    "address": (133, 133),
    "first_name": (539, 540),
    "full_name": (1057, 1057),
    "lowercase_name": (120, 126),
    "mobile": (168, 168),
    "nickname": (114, 126),
    "surname_after_role": (173, 173),
    "word_name": (133, 141),
}
NAMES = (2136, 2163)
KEPT = {
    **KEPT,
    "date": (329, 329),
    "institution": (355, 364),
    "organisation": (239, 252),
    "person_street": (27, 28),
    "place": (332, 343),
    "street": (84, 84),
    "time": (259, 259),
    "week": (98, 98),
    "word": (56, 56),
}
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "institution": (356, 364)}


class TestBlind61(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind61.md"
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
