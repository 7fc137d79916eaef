"""Redaction measured on the sixty-third blind corpus (tests/blind63_corpus.py): taxi drivers, food-delivery
couriers and other gig workers — the taxi dispatch's incident log, drivers' reports, fare disputes, delivery
platforms' safety reports, couriers' chats, support chats, restaurants' and residents' complaints, Facebook
groups, police notes, the kommun's coordinator's notes, guards' reports, the traffic office's notes on mopeds
and e-scooters, EST minutes and SMS tips — from Göteborg, Västerås and Trollhättan, with name forms in a
realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind63.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind63_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "0d10ce2"  # main when the corpus was delivered
TITLE = "Redaction on the sixty-third blind corpus (taxis, food couriers and gig workers)"
ABOUT = (
    "Written blind (tests/blind63_*.py, docs/redaction_blind63.md); each item is a text about taxi drivers,"
    " food-delivery couriers and other gig workers as it reaches the weekly picture (dispatch logs, drivers'"
    " reports, fare disputes, platforms' safety reports, couriers' and support chats, restaurants' and"
    " residents' complaints, Facebook posts, police, kommun and guards' notes, traffic office notes, EST"
    " minutes, SMS tips) from Göteborg, Västerås and Trollhättan, with name forms in a realistic mix;"
    " aggregate figures only, no missed item and no sentence."
    f" Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (42, 42),
    "mobile": (119, 119),
    "landline": (63, 63),
    "email": (70, 70),
    "plate": (70, 70),
    "plate_new": (63, 63),
    "address": (154, 154),
    "apartment": (42, 42),
    "property": (49, 49),
    "case_number": (84, 84),
    "full_name": (634, 637),
    "first_name": (897, 910),
    "surname_after_role": (198, 204),
    "nickname": (119, 126),
    "word_name": (104, 125),
    "lowercase_name": (105, 112),
}
DELIVERED_NAMES = (2057, 2114)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (257, 259),
    "institution": (346, 357),
    "street": (189, 189),
    "time": (245, 245),
    "date": (224, 224),
    "amount": (154, 154),
    "week": (56, 56),
    "bus_line": (56, 56),
    "word": (49, 63),
    "organisation": (217, 238),
    "person_street": (60, 63),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target. Nobody
# has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {
    "first_name": (901, 910),
    "full_name": (634, 637),
    "lowercase_name": (105, 112),
    "nickname": (124, 126),
    "surname_after_role": (199, 204),
    "word_name": (115, 125),
}
NAMES = (2078, 2114)
KEPT = {
    **KEPT,
    "amount": (154, 154),
    "bus_line": (56, 56),
    "date": (224, 224),
    "institution": (354, 357),
    "organisation": (217, 238),
    "person_street": (60, 63),
    "place": (257, 259),
    "street": (189, 189),
    "time": (245, 245),
    "week": (56, 56),
    "word": (56, 63),
}
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {"first_name": (905, 910)}
NAMES = (2082, 2114)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
FOUND |= {"first_name": (906, 910), "word_name": (116, 125)}
NAMES = (2084, 2114)


class TestBlind63(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind63.md"
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
