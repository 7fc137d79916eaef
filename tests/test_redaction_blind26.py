"""Redaction measured on the twenty-sixth blind corpus (tests/blind26_corpus.py): meeting notes and e-mail as
they reach the weekly EST picture — minnesanteckningar from EST and samverkan meetings, BRÅ and trygghetsråd
protocols, forwarded e-mail threads and quoted replies, e-mails with signatures, Teams and Outlook
invitations, calendar entries, agendas, handover notes, status updates on insatser, action lists, contact
lists, call chains and Teams chat — from six kommuner, several people per item. Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind26.md says what was opened).

Its report is aggregate-only (per kind, origin, style and look-alike kind) and failure messages carry counts
only. Its misses were read at stop 33 for the twenty-sixth name round, after one aggregate measurement on the
change before it: a development corpus from there.
"""

from __future__ import annotations

import pytest

from tests.blind26_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "e4ea184"  # main when the corpus was delivered
TITLE = "Redaction on the twenty-sixth blind corpus (meeting notes and e-mail)"
ABOUT = (
    "Written blind (tests/blind26_*.py, docs/redaction_blind26.md); each item is a meeting note or an"
    " e-mail as"
    " it reaches the weekly picture (EST and samverkan minutes, BRÅ and trygghetsråd protocols, forwarded"
    " threads, quoted replies, signatures, invitations, calendar entries, agendas, handovers, insats status,"
    " action lists, contact lists, call chains, Teams chat) from six kommuner, several people per item;"
    f" aggregate figures only, no missed item and no sentence. Delivered figures measured on main"
    f" {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (42, 42),
    "samordningsnummer": (42, 42),
    "mobile": (266, 266),
    "landline": (154, 154),
    "email": (112, 112),
    "plate": (70, 70),
    "plate_new": (49, 49),
    "address": (189, 189),
    "apartment": (70, 70),
    "property": (49, 49),
    "case_number": (119, 119),
    "full_name": (2097, 2114),
    "first_name": (1249, 1278),
    "surname_after_role": (240, 249),
    "nickname": (144, 168),
    "word_name": (143, 188),
    "lowercase_name": (202, 217),
}
DELIVERED_NAMES = (4075, 4214)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (422, 434),
    "institution": (391, 399),
    "street": (140, 140),
    "time": (287, 287),
    "date": (497, 497),
    "amount": (105, 105),
    "week": (230, 231),
    "bus_line": (56, 56),
    "word": (70, 70),
    "organisation": (464, 483),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind delivered at 100 %, and the look-alike kinds one of which lost would pass 2 %), since the
# targets' strict xfails are decided by these figures.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 33: measured after the structured fixes of 23b9b17, which never read this corpus (aggregate only): the
# same names. Then its misses were read for the twenty-sixth round (developed on corpus 26).
FOUND |= {
    "first_name": (1264, 1278),
    "full_name": (2106, 2114),
    "lowercase_name": (204, 217),
    "nickname": (154, 168),
    "surname_after_role": (247, 249),
    "word_name": (168, 188),
}
NAMES = (4143, 4214)
# Stop 33: after the twenty-seventh round (developed on corpus 27).
FOUND |= {"full_name": (2107, 2114)}
NAMES = (4144, 4214)
# Stop 33: after the quotes that are said, not nicknames (developed on corpus 27).
KEPT = {
    **KEPT,
    "amount": (105, 105),
    "bus_line": (56, 56),
    "date": (497, 497),
    "institution": (391, 399),
    "organisation": (464, 483),
    "place": (422, 434),
    "street": (140, 140),
    "time": (287, 287),
    "week": (230, 231),
    "word": (70, 70),
}
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
FOUND |= {"full_name": (2109, 2114), "surname_after_role": (248, 249)}
NAMES = (4147, 4214)
KEPT = {**KEPT, "organisation": (465, 483), "place": (428, 434)}
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"full_name": (2110, 2114), "lowercase_name": (205, 217)}
NAMES = (4149, 4214)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {"word_name": (169, 188)}
NAMES = (4150, 4214)
KEPT = {**KEPT, "organisation": (467, 483)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (1265, 1278), "lowercase_name": (206, 217), "word_name": (170, 188)}
NAMES = (4153, 4214)
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {"nickname": (155, 168)}
NAMES = (4154, 4214)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (1268, 1278)}
NAMES = (4157, 4214)


class TestBlind26(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind26.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = False  # the report stays aggregate-only
    STYLE_FIELD = ("|", 2)
