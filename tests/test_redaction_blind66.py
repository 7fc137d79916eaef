"""Redaction measured on the sixty-sixth blind corpus (tests/blind66_corpus.py): swimming pools, gyms and
sports halls — the bath staff's incident reports, lifeguards' logs and rescue reports, the reception's
notes, the gym's access-card logs and bans, the sports hall's caretaker notes, theft reports, club leaders'
reports, the police's notes, the kommun's EST rows, security guards' reports, managers' e-mails, staff chats
and visitors' complaints — from Helsingborg, Luleå and Botkyrka, with name forms in a realistic mix. Written
without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind66.md says what was
opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind66_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "f3b4173"  # main when the corpus was delivered
TITLE = "Redaction on the sixty-sixth blind corpus (swimming pools, gyms and sports halls)"
ABOUT = (
    "Written blind (tests/blind66_*.py, docs/redaction_blind66.md); each item is a note of a bath, gym or"
    " sports hall as it reaches the weekly picture (incident reports, lifeguards' logs and rescue reports,"
    " reception notes, access-card logs, bans, caretaker notes, theft reports, club leaders' reports, police"
    " notes, EST rows, guards' reports, managers' e-mails, staff chats, complaints) from Helsingborg, Luleå"
    " and Botkyrka, with name forms in a realistic mix; aggregate figures only, no missed item and no"
    f" sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (84, 84),
    "samordningsnummer": (35, 35),
    "mobile": (147, 147),
    "landline": (84, 84),
    "email": (63, 63),
    "plate": (49, 49),
    "plate_new": (35, 35),
    "address": (98, 98),
    "apartment": (49, 49),
    "property": (42, 42),
    "case_number": (112, 112),
    "full_name": (1054, 1064),
    "first_name": (600, 603),
    "surname_after_role": (167, 178),
    "nickname": (137, 147),
    "word_name": (108, 143),
    "lowercase_name": (149, 154),
}
DELIVERED_NAMES = (2215, 2289)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (56, 56),
    "institution": (340, 343),
    "street": (49, 49),
    "time": (371, 371),
    "date": (273, 273),
    "amount": (49, 49),
    "week": (84, 84),
    "bus_line": (35, 35),
    "word": (56, 56),
    "organisation": (199, 203),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target. Nobody has
# read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {
    "first_name": (602, 603),
    "full_name": (1055, 1064),
    "lowercase_name": (149, 154),
    "nickname": (141, 147),
    "surname_after_role": (173, 178),
    "word_name": (108, 143),
}
NAMES = (2228, 2289)
KEPT = {
    **KEPT,
    "date": (273, 273),
    "institution": (340, 343),
    "place": (56, 56),
    "time": (371, 371),
    "week": (84, 84),
    "word": (56, 56),
}
# Raised at stop 38 after a name asked alone in a chat (round 56).
FOUND |= {"nickname": (144, 147)}
NAMES = (2231, 2289)


class TestBlind66(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind66.md"
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
