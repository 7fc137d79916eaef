"""Redaction measured on the fortieth blind corpus (tests/blind40_corpus.py): notes from HVB-hem,
stödboenden, LSS-boenden and the socialtjänst's jour as they reach the weekly picture — journal lines,
handovers, incident report forms, absconding and finding, the jour's log, intake notes, threats, searches,
an LSS home's daily notes, e-mails to the social services, staff's chat, reports to the placing kommun,
contributions to the weekly EST picture, police contacts and night rounds — from Södertälje, Botkyrka and
Huddinge, with name forms in a realistic mix. Written without reading the redaction, its vocabulary or any
other corpus (docs/redaction_blind40.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind40_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "2272f03"  # main when the corpus was delivered
TITLE = "Redaction on the fortieth blind corpus (notes from HVB-hem, stödboenden, LSS-boenden and the jour)"
ABOUT = (
    "Written blind (tests/blind40_*.py, docs/redaction_blind40.md); each item is a note from an HVB-hem, a"
    " stödboende, an LSS-boende or the socialjour as it reaches the weekly picture (journal lines, handovers,"
    " incident reports, absconding, the jour's log, intake notes, threats, searches, LSS notes, e-mails to"
    " the"
    " social services, staff chat, reports to the placing kommun, EST contributions, police contacts, night"
    " rounds) from Södertälje, Botkyrka and Huddinge, with name forms in a realistic mix; aggregate figures"
    f" only, no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (63, 63),
    "samordningsnummer": (35, 35),
    "mobile": (140, 140),
    "landline": (112, 112),
    "email": (56, 56),
    "plate": (41, 42),
    "plate_new": (42, 42),
    "address": (70, 70),
    "apartment": (56, 56),
    "property": (35, 35),
    "case_number": (119, 119),
    "full_name": (770, 777),
    "first_name": (1349, 1396),
    "surname_after_role": (154, 163),
    "nickname": (63, 77),
    "word_name": (107, 135),
    "lowercase_name": (125, 140),
}
DELIVERED_NAMES = (2568, 2688)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (187, 196),
    "institution": (285, 315),
    "street": (84, 84),
    "time": (427, 427),
    "date": (369, 371),
    "amount": (77, 77),
    "week": (112, 112),
    "bus_line": (42, 42),
    "word": (56, 56),
    "organisation": (150, 161),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Round 40 (stop 35): a night log residents by what they do, a welcome, the social services as a role, whom
# someone called out to, homes and meeting places by name; a participle is no place.
FOUND |= {
    "first_name": (1353, 1396),
    "full_name": (772, 777),
    "lowercase_name": (125, 140),
    "nickname": (63, 77),
    "plate": (41, 42),
    "surname_after_role": (154, 163),
    "word_name": (107, 135),
}
NAMES = (2574, 2688)
KEPT = {
    **KEPT,
    "amount": (77, 77),
    "date": (369, 371),
    "institution": (309, 315),
    "organisation": (150, 161),
    "place": (187, 196),
    "street": (84, 84),
    "time": (427, 427),
    "week": (112, 112),
    "word": (56, 56),
}
# Stop 35: streets in -boulevarden, a plate after kör.
FOUND |= {"plate": (42, 42)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {
    "first_name": (1354, 1396),
    "full_name": (773, 777),
    "lowercase_name": (126, 140),
    "nickname": (65, 77),
    "surname_after_role": (156, 163),
    "word_name": (108, 135),
}
NAMES = (2582, 2688)
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
KEPT = {**KEPT, "organisation": (153, 161)}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (1357, 1396)}
NAMES = (2585, 2688)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (1364, 1396), "word_name": (109, 135)}
NAMES = (2593, 2688)
KEPT = {**KEPT, "date": (371, 371)}
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {"first_name": (1365, 1396)}
NAMES = (2594, 2688)


class TestBlind40(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind40.md"
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
