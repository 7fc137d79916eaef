"""Redaction measured on the twenty-fourth blind corpus (tests/blind24_corpus.py): residents' and staff's own
words typed in haste, as they reach the weekly picture — e-mails to the trygghetsfunktion, SMS and app tips,
Facebook-group posts and comment threads, neighbourhood apps, voicemails transcribed by a receptionist, notes
in a phone, forms filled in on a mobile, chats forwarded by a fältassistent or a fritidsledare, staff's group
chats, fault reports in a housing company's app, school-platform messages and transcribed screenshots — from
six kommuner, with name forms in a realistic mix. Written without reading the redaction, its vocabulary or
any other corpus (docs/redaction_blind24.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind24_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "08601aa"  # main when the corpus was delivered
TITLE = "Redaction on the twenty-fourth blind corpus (residents' and staff's hasty texts)"
ABOUT = (
    "Written blind (tests/blind24_*.py, docs/redaction_blind24.md); each item is a text typed in haste as it"
    " reaches the weekly picture (e-mails, SMS and app tips, Facebook posts and comments, neighbourhood apps,"
    " voicemails, phone notes, mobile forms, forwarded chats, staff chats, fault reports, school messages,"
    " screenshots) from six kommuner, with name forms in a realistic mix; aggregate figures only, no missed"
    f" item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (49, 49),
    "samordningsnummer": (35, 35),
    "mobile": (231, 231),
    "landline": (84, 84),
    "email": (49, 49),
    "plate": (63, 63),
    "plate_new": (49, 49),
    "address": (151, 154),
    "apartment": (79, 98),
    "property": (42, 42),
    "case_number": (56, 56),
    "full_name": (736, 742),
    "first_name": (1094, 1114),
    "surname_after_role": (191, 193),
    "nickname": (131, 147),
    "word_name": (141, 142),
    "lowercase_name": (133, 147),
}
DELIVERED_NAMES = (2426, 2485)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (263, 273),
    "institution": (292, 294),
    "street": (182, 182),
    "time": (215, 217),
    "date": (182, 182),
    "amount": (70, 70),
    "week": (56, 56),
    "bus_line": (49, 49),
    "word": (50, 98),
    "organisation": (99, 105),
    "person_street": (27, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind delivered at 100 %, and the look-alike kinds one of which lost would pass 2 %), since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 27: measured after the hand-written name lists and the look-alike fixes, which never
# read this corpus (aggregate report only).
FOUND |= {
    "address": (151, 154),
    "apartment": (79, 98),
    "first_name": (1098, 1114),
    "full_name": (736, 742),
    "lowercase_name": (135, 147),
    "nickname": (131, 147),
    "surname_after_role": (191, 193),
    "word_name": (141, 142),
}
NAMES = (2432, 2485)
KEPT = {
    **KEPT,
    "amount": (70, 70),
    "date": (182, 182),
    "institution": (292, 294),
    "organisation": (99, 105),
    "person_street": (27, 35),
    "place": (269, 273),
    "street": (182, 182),
    "time": (215, 217),
    "week": (56, 56),
    "word": (50, 98),
}
# Stop 27: measured after the twenty-third name round, which never read this corpus (aggregate
# report only).
KEPT = {**KEPT, "organisation": (100, 105)}
# Stop 27: the twenty-fourth round (developed on corpus 24, its misses and lost look-alikes read).
FOUND |= {
    "address": (154, 154),
    "apartment": (98, 98),
    "first_name": (1101, 1114),
    "lowercase_name": (137, 147),
    "nickname": (136, 147),
}
NAMES = (2442, 2485)
KEPT = {**KEPT, "word": (77, 98)}
# Stop 27: the twenty-fourth round (developed on corpus 24, its misses and lost look-alikes read).
FOUND |= {"first_name": (1102, 1114), "nickname": (143, 147)}
NAMES = (2450, 2485)
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"lowercase_name": (140, 147)}
NAMES = (2453, 2485)
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
FOUND |= {"full_name": (737, 742)}
NAMES = (2454, 2485)
KEPT = {**KEPT, "institution": (294, 294), "place": (271, 273)}
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"first_name": (1104, 1114), "nickname": (144, 147)}
NAMES = (2457, 2485)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
KEPT = {**KEPT, "organisation": (104, 105)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (1110, 1114), "lowercase_name": (141, 147), "word_name": (142, 142)}
NAMES = (2465, 2485)
KEPT = {**KEPT, "person_street": (28, 35)}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (1111, 1114)}
NAMES = (2466, 2485)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (1112, 1114), "full_name": (738, 742), "nickname": (145, 147)}
NAMES = (2469, 2485)
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {"first_name": (1113, 1114)}
NAMES = (2470, 2485)


class TestBlind24(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind24.md"
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
