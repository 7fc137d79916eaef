"""Redaction measured on the fifty-eighth blind corpus (tests/blind58_corpus.py): evictions, debts and
housing loss in the papers of the people who deal with them — the housing company's notes from the eviction
day, its case log and arrears lists, Kronofogden's contact notes, the socialtjänst's journal, the debt
counsellor's notes, the underrättelse to socialnämnden, e-mails between company and kommun, SMS threads with
tenants, calls with relatives, the boendestöd's notes, EST report lines, the fastighetsskötare's notes, lists
of goods left behind and the weekly samverkan's notes — from Västerås, Eskilstuna and Köping, with name
forms in a realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind58.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind58_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "6bffb89"  # main when the corpus was delivered
TITLE = "Redaction on the fifty-eighth blind corpus (evictions, debts and housing loss)"
ABOUT = (
    "Written blind (tests/blind58_*.py, docs/redaction_blind58.md); each item is a paper of an eviction or a"
    " debt (eviction-day notes, case logs, arrears lists, Kronofogden's contacts, social services' journal,"
    " debt counselling, notices to socialnämnden, e-mails, SMS, calls with relatives, boendestöd, EST report"
    " lines, janitors' notes, goods left behind, samverkan notes) from Västerås, Eskilstuna and Köping, with"
    " name forms in a realistic mix; aggregate figures only, no missed item and no sentence. Delivered"
    f" figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (77, 77),
    "samordningsnummer": (42, 42),
    "mobile": (126, 126),
    "landline": (70, 70),
    "email": (42, 42),
    "plate": (35, 35),
    "plate_new": (49, 49),
    "address": (196, 196),
    "apartment": (113, 154),
    "property": (42, 42),
    "case_number": (49, 49),
    "full_name": (1349, 1365),
    "first_name": (709, 717),
    "surname_after_role": (135, 146),
    "nickname": (78, 84),
    "word_name": (105, 117),
    "lowercase_name": (94, 98),
}
DELIVERED_NAMES = (2470, 2527)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (104, 112),
    "institution": (98, 98),
    "street": (105, 105),
    "time": (161, 161),
    "date": (455, 455),
    "amount": (288, 301),
    "week": (133, 133),
    "bus_line": (42, 42),
    "word": (49, 49),
    "organisation": (331, 378),
    "person_street": (35, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Raised at stop 37 after round 50 (blind 55, 57 and 58 read).
FOUND |= {
    "apartment": (154, 154),
    "first_name": (709, 717),
    "full_name": (1351, 1365),
    "lowercase_name": (94, 98),
    "nickname": (78, 84),
    "surname_after_role": (144, 146),
    "word_name": (112, 117),
}
NAMES = (2488, 2527)
KEPT = {
    **KEPT,
    "amount": (300, 301),
    "date": (455, 455),
    "institution": (98, 98),
    "organisation": (331, 378),
    "place": (104, 112),
    "street": (105, 105),
    "time": (161, 161),
    "week": (133, 133),
}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (715, 717), "full_name": (1353, 1365), "lowercase_name": (95, 98)}
NAMES = (2497, 2527)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (109, 112)}


class TestBlind58(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind58.md"
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
