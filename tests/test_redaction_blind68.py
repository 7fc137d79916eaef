"""Redaction measured on the sixty-eighth blind corpus (tests/blind68_corpus.py): schools' and preschools'
surroundings after hours — caretakers' logs, security guards' round reports and the alarm centre's log on
break-ins, fires and vandalism in the evening; parents' e-mails, school-platform messages and Facebook posts
about unsafe school routes; the school's concern reports to the social services, its contacts with the
police and SSPF notes; the principal's notes to the trygghetssamordnare; incident, damage and fault
reports; the kommun's e-service on school routes; the fritidsgård's and night walkers' evening reports —
from Eskilstuna, Umeå and Falun, with name forms in a realistic mix. Written without reading the redaction,
its vocabulary or any other corpus (docs/redaction_blind68.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind68_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "f3b4173"  # main when the corpus was delivered
TITLE = "Redaction on the sixty-eighth blind corpus (schools' surroundings after hours)"
ABOUT = (
    "Written blind (tests/blind68_*.py, docs/redaction_blind68.md); each item is a text about a school's or"
    " preschool's surroundings after hours (caretakers' logs, guards' round reports, alarm logs, parents'"
    " e-mails, school-platform messages and Facebook posts, concern reports, police contacts, SSPF notes,"
    " principals' notes, incident, damage and fault reports, e-service comments on school routes, fritidsgård"
    " and night-walker reports) from Eskilstuna, Umeå and Falun, with name forms in a realistic mix;"
    " aggregate figures only, no missed item and no sentence."
    f" Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (42, 42),
    "mobile": (161, 161),
    "landline": (98, 98),
    "email": (63, 63),
    "plate": (62, 63),
    "plate_new": (63, 63),
    "address": (105, 105),
    "apartment": (42, 42),
    "property": (49, 49),
    "case_number": (112, 112),
    "full_name": (1104, 1106),
    "first_name": (510, 513),
    "surname_after_role": (169, 169),
    "nickname": (112, 119),
    "word_name": (100, 109),
    "lowercase_name": (107, 112),
}
DELIVERED_NAMES = (2102, 2128)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (238, 238),
    "institution": (456, 469),
    "street": (126, 126),
    "time": (266, 266),
    "date": (245, 245),
    "amount": (63, 63),
    "week": (84, 84),
    "bus_line": (35, 35),
    "word": (42, 42),
    "organisation": (134, 140),
    "person_street": (30, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 39, round 60: a name in a bracket after a person's role, a person known to the writer, a pharmacist
# as a role, a contractor's or an office's staff by their unit.
FOUND |= {
    "first_name": (510, 513),
    "full_name": (1105, 1106),
    "lowercase_name": (107, 112),
    "nickname": (112, 119),
    "plate": (62, 63),
    "surname_after_role": (169, 169),
    "word_name": (100, 109),
}
NAMES = (2103, 2128)
KEPT = {
    **KEPT,
    "amount": (63, 63),
    "date": (245, 245),
    "institution": (456, 469),
    "person_street": (30, 35),
    "place": (238, 238),
    "street": (126, 126),
    "time": (266, 266),
    "week": (84, 84),
}


class TestBlind68(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind68.md"
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
