"""Redaction measured on the sixty-seventh blind corpus (tests/blind67_corpus.py): shops and shopping centres
— the security control room's log, store detectives' shoplifting reports, bans (tillträdesförbud) and their
registers, gangs of youths in the mall, robberies of staff, the centre manager's weekly notes to the
trygghetssamordnare, the police's notes on them, shops' incident reports, security guards' reports, the
shops' chat group, shift handovers, drafts of police reports, safety meetings' minutes, alarm lists and shop
managers' e-mails — from Norrköping, Gävle and Landskrona, with name forms in a realistic mix. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind67.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind67_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "f3b4173"  # main when the corpus was delivered
TITLE = "Redaction on the sixty-seventh blind corpus (shops and shopping centres)"
ABOUT = (
    "Written blind (tests/blind67_*.py, docs/redaction_blind67.md); each item is a text from a shop or a"
    " shopping centre as it reaches the weekly picture (control-room logs, store detectives' reports, bans"
    " and ban registers, youth groups, robberies of staff, the centre manager's weekly notes, the police's"
    " notes, incident reports, guards' reports, the shops' chat, shift handovers, drafts of police reports,"
    " meeting minutes, alarm lists, shop managers' e-mails) from Norrköping, Gävle and Landskrona, with name"
    " forms in a realistic mix; aggregate figures only, no missed item and no sentence. Delivered figures"
    f" measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (154, 154),
    "samordningsnummer": (63, 63),
    "mobile": (133, 133),
    "landline": (91, 91),
    "email": (49, 49),
    "plate": (70, 70),
    "plate_new": (56, 56),
    "address": (84, 84),
    "apartment": (49, 49),
    "property": (42, 42),
    "case_number": (147, 147),
    "full_name": (1248, 1253),
    "first_name": (752, 759),
    "surname_after_role": (232, 232),
    "nickname": (203, 203),
    "word_name": (94, 108),
    "lowercase_name": (190, 210),
}
DELIVERED_NAMES = (2719, 2765)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (147, 154),
    "institution": (407, 434),
    "street": (112, 112),
    "time": (651, 651),
    "date": (427, 427),
    "amount": (131, 133),
    "week": (126, 126),
    "bus_line": (42, 42),
    "word": (53, 56),
    "organisation": (526, 672),
    "person_street": (42, 42),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
FOUND |= {
    "first_name": (752, 759),
    "full_name": (1248, 1253),
    "lowercase_name": (190, 210),
    "nickname": (203, 203),
    "surname_after_role": (232, 232),
    "word_name": (94, 108),
}
NAMES = (2719, 2765)
KEPT = {
    **KEPT,
    "date": (427, 427),
    "institution": (407, 434),
    "organisation": (527, 672),
    "place": (147, 154),
    "street": (112, 112),
    "time": (651, 651),
    "week": (126, 126),
    "word": (53, 56),
}


class TestBlind67(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind67.md"
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
