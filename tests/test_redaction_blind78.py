"""Redaction measured on the seventy-eighth blind corpus (tests/blind78_corpus.py): hotels, hostels and
short-term rentals in Stockholm, Solna and Sundbyberg — night receptionists' logs, handover notes, guests'
complaints, cleaning staff's and väktare's reports, guest registers with foreign names and passports,
neighbours' complaints about flats let short-term, housing co-operatives' boards, hosts' and guests' platform
messages, booking mails, the kommunpolis' notes, hostels' logs, conference staff's notes, EST report rows and
the störningsjour's logs — with name forms in a realistic mix. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind78.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind78_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "a674c3e"  # main when the corpus was delivered
TITLE = "Redaction on the seventy-eighth blind corpus (hotels, hostels and short-term rentals)"
ABOUT = (
    "Written blind (tests/blind78_*.py, docs/redaction_blind78.md); each item is a text from hotels, hostels"
    " and flats let short-term in Stockholm, Solna and Sundbyberg (night logs, handovers, guests' complaints,"
    " cleaning and väktare reports, guest registers, neighbours' complaints, BRF boards, platform messages,"
    " booking mails, kommunpolis notes, hostel logs, conference notes, EST rows, störningsjour logs), with"
    " name forms in a realistic mix; aggregate figures only, no missed item and no sentence. Delivered"
    f" figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (42, 42),
    "mobile": (203, 203),
    "landline": (77, 77),
    "email": (105, 105),
    "plate": (42, 42),
    "plate_new": (35, 35),
    "address": (145, 147),
    "apartment": (161, 161),
    "property": (42, 42),
    "case_number": (98, 98),
    "full_name": (990, 994),
    "first_name": (777, 785),
    "surname_after_role": (191, 197),
    "nickname": (93, 112),
    "word_name": (89, 110),
    "lowercase_name": (97, 105),
}
DELIVERED_NAMES = (2237, 2303)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (190, 196),
    "institution": (254, 287),
    "street": (126, 126),
    "time": (574, 574),
    "date": (483, 483),
    "amount": (200, 210),
    "week": (77, 77),
    "bus_line": (49, 49),
    "word": (56, 56),
    "organisation": (267, 301),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind delivered at 100 %, and the look-alike kinds one of which lost would pass 2 %), since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)


class TestBlind78(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind78.md"
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
