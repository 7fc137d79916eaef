"""Redaction measured on the fifty-fourth blind corpus (tests/blind54_corpus.py): frauds against elderly
people as they reach the weekly picture — police reports of false police officers and bank staff, card and
BankID frauds and door-to-door sellers, the kommunpolis' notes, the banks' fraud teams, relatives' e-mails,
warnings to pensioners' associations, home-care deviation reports, the coordinator's EST rows, SMS and
voicemails, landlords' work orders, the äldreombud's call logs, meeting minutes, Facebook posts and the
safety-alarm operators' logs — from Linköping, Norrköping and Motala, with name forms in a realistic mix.
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind54.md says
what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind54_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "6bffb89"  # main when the corpus was delivered
TITLE = "Redaction on the fifty-fourth blind corpus (frauds against elderly people)"
ABOUT = (
    "Written blind (tests/blind54_*.py, docs/redaction_blind54.md); each item is a text about a fraud"
    " against elderly people as it reaches the weekly picture (police reports, kommunpolis' notes, banks'"
    " fraud teams, relatives' e-mails, warnings to pensioners' associations, home care, EST rows, SMS and"
    " voicemails, door-to-door sellers, landlords, äldreombud, meeting minutes, Facebook posts, card blocks,"
    " safety-alarm logs) from Linköping, Norrköping and Motala, with name forms in a realistic mix; aggregate"
    f" figures only, no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (77, 77),
    "samordningsnummer": (42, 42),
    "mobile": (189, 189),
    "landline": (154, 154),
    "email": (70, 70),
    "plate": (56, 56),
    "plate_new": (42, 42),
    "address": (189, 189),
    "apartment": (49, 49),
    "property": (42, 42),
    "case_number": (98, 98),
    "full_name": (1217, 1225),
    "first_name": (759, 770),
    "surname_after_role": (179, 180),
    "nickname": (90, 98),
    "word_name": (119, 135),
    "lowercase_name": (123, 133),
}
DELIVERED_NAMES = (2487, 2541)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (402, 413),
    "institution": (115, 119),
    "street": (161, 161),
    "time": (259, 259),
    "date": (322, 322),
    "amount": (273, 273),
    "week": (105, 105),
    "bus_line": (42, 42),
    "word": (70, 70),
    "organisation": (565, 609),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {
    "first_name": (765, 770),
    "full_name": (1217, 1225),
    "lowercase_name": (124, 133),
    "nickname": (90, 98),
    "surname_after_role": (179, 180),
    "word_name": (119, 135),
}
NAMES = (2494, 2541)
KEPT = {
    **KEPT,
    "amount": (273, 273),
    "date": (322, 322),
    "institution": (115, 119),
    "organisation": (565, 609),
    "place": (402, 413),
    "street": (161, 161),
    "time": (259, 259),
    "week": (105, 105),
    "word": (70, 70),
}


class TestBlind54(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind54.md"
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
