"""Redaction measured on the fifty-third blind corpus (tests/blind53_corpus.py): football and ice-hockey
matches, arenas and supporters — the police match commander's reports, the arena security manager's reports,
stewards' shift notes, the association's own incident forms, referees' reports of threats in youth football,
referee coordinators' e-mails, supporter buses, pyrotechnics reports, the supporter police's notes,
ordningsvakter's reports, leaders' group chats, the arena operator's damage reports, the kommun's weekly EST
notes, parents' e-mails and disciplinary minutes — from Göteborg, Borås and Halmstad, with name forms in a
realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind53.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind53_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "6bffb89"  # main when the corpus was delivered
TITLE = "Redaction on the fifty-third blind corpus (match days: police, arena security, stewards, clubs)"
ABOUT = (
    "Written blind (tests/blind53_*.py, docs/redaction_blind53.md); each item is a match-day text as it"
    " reaches the weekly picture (match commander's and arena security's reports, stewards' notes, the"
    " association's incident forms, referees' reports of threats in youth football, referee coordinators'"
    " e-mails, supporter buses, pyrotechnics, supporter police, ordningsvakter, leaders' chats, arena damage"
    " reports, EST weekly notes, parents' e-mails, disciplinary minutes) from Göteborg, Borås and Halmstad,"
    " with name forms in a realistic mix; aggregate figures only, no missed item and no sentence. Delivered"
    f" figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (112, 112),
    "samordningsnummer": (42, 42),
    "mobile": (154, 154),
    "landline": (77, 77),
    "email": (70, 70),
    "plate": (49, 49),
    "plate_new": (49, 49),
    "address": (84, 84),
    "apartment": (42, 42),
    "property": (42, 42),
    "case_number": (133, 133),
    "full_name": (1430, 1435),
    "first_name": (733, 749),
    "surname_after_role": (193, 197),
    "nickname": (122, 133),
    "word_name": (94, 118),
    "lowercase_name": (138, 147),
}
DELIVERED_NAMES = (2710, 2779)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (147, 147),
    "institution": (346, 350),
    "street": (119, 119),
    "time": (217, 217),
    "date": (238, 238),
    "amount": (98, 98),
    "week": (63, 63),
    "bus_line": (48, 49),
    "word": (63, 70),
    "organisation": (573, 595),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {
    "first_name": (734, 749),
    "full_name": (1430, 1435),
    "lowercase_name": (138, 147),
    "nickname": (128, 133),
    "surname_after_role": (193, 197),
    "word_name": (94, 118),
}
NAMES = (2717, 2779)
KEPT = {
    **KEPT,
    "amount": (98, 98),
    "bus_line": (48, 49),
    "date": (238, 238),
    "institution": (346, 350),
    "organisation": (573, 595),
    "place": (147, 147),
    "street": (119, 119),
    "time": (217, 217),
    "week": (63, 63),
    "word": (63, 70),
}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (735, 749)}
NAMES = (2718, 2779)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (740, 749)}
NAMES = (2723, 2779)


class TestBlind53(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind53.md"
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
