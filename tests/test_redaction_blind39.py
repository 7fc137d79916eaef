"""Redaction measured on the thirty-ninth blind corpus (tests/blind39_corpus.py): a kommun's kontaktcenter's
notes as they reach the weekly picture — phone-call notes, incoming e-mails with their signatures, web forms,
chat logs, ticket histories, forwarded chains, replies, handover notes, weekly summaries, street-office fault
reports, SMS, transcribed voicemails, app tips, receipts and internal notes — about broken lights, graffiti,
youths gathering, drug dealing, noisy neighbours and abandoned cars, from Umeå, Växjö and Trollhättan, with
name forms in a realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind39.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind39_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "91b90b5"  # main when the corpus was delivered
TITLE = "Redaction on the thirty-ninth blind corpus (the kontaktcenter's notes)"
ABOUT = (
    "Written blind (tests/blind39_*.py, docs/redaction_blind39.md); each item is a kontaktcenter note as it"
    " reaches the weekly picture (calls, e-mails, web forms, chats, ticket histories, forwarded chains,"
    " replies, handovers, weekly summaries, fault reports, SMS, voicemails, app tips, receipts, internal"
    " notes) from Umeå, Växjö and Trollhättan, with name forms in a realistic mix; aggregate figures only, no"
    f" missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (49, 49),
    "samordningsnummer": (35, 35),
    "mobile": (266, 266),
    "landline": (98, 98),
    "email": (119, 119),
    "plate": (112, 112),
    "plate_new": (70, 70),
    "address": (168, 168),
    "apartment": (112, 112),
    "property": (49, 49),
    "case_number": (49, 49),
    "full_name": (1026, 1029),
    "first_name": (535, 547),
    "surname_after_role": (156, 165),
    "nickname": (98, 105),
    "word_name": (73, 121),
    "lowercase_name": (128, 147),
}
DELIVERED_NAMES = (2016, 2114)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (279, 280),
    "institution": (348, 350),
    "street": (182, 182),
    "time": (168, 168),
    "date": (259, 259),
    "amount": (42, 42),
    "week": (70, 70),
    "bus_line": (49, 49),
    "word": (42, 42),
    "organisation": (279, 287),
    "person_street": (22, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind delivered at 100 %, and the look-alike kinds one of which lost would pass 2 %), since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {
    "first_name": (537, 547),
    "full_name": (1027, 1029),
    "lowercase_name": (132, 147),
    "nickname": (102, 105),
    "surname_after_role": (163, 165),
    "word_name": (109, 121),
}
NAMES = (2070, 2114)
KEPT = {
    **KEPT,
    "date": (259, 259),
    "institution": (348, 350),
    "organisation": (283, 287),
    "person_street": (22, 35),
    "place": (279, 280),
    "street": (182, 182),
    "time": (168, 168),
    "week": (70, 70),
}
# Stop 36, round 42 (an initial in a person's slot, nurses, doctors and in-laws as roles, lowercase
# sign-offs, particles and genitives, names with letters Swedish never uses, a passage log's inverted names,
# a currency's letters before three digits as a plate): the figures rise.
FOUND |= {"lowercase_name": (134, 147)}
NAMES = (2072, 2114)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (538, 547)}
NAMES = (2073, 2114)


class TestBlind39(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind39.md"
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
