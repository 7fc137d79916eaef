"""Redaction measured on the thirty-sixth blind corpus (tests/blind36_corpus.py): protocols of
trygghetsvandringar and medborgardialoger — the walk's protocol, notes stop by stop, sign-in lists, the
dialogue evening's protocol and minutes, action lists, follow-up e-mails, invitations, contact slips, fault
reports, post-it notes, the organisers' SMS threads, newsletters, reports to the council and map notes — from
Gävle, Borås and Sundsvall, with name forms in a realistic mix. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind36.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind36_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "7c6de55"  # main when the corpus was delivered
TITLE = "Redaction on the thirty-sixth blind corpus (safety walks and residents' dialogues)"
ABOUT = (
    "Written blind (tests/blind36_*.py, docs/redaction_blind36.md); each item is a protocol, a note, a "
    "list or"
    " a message of a trygghetsvandring or a medborgardialog (protocols, stop notes, sign-in lists, minutes,"
    " action lists, follow-up mails, invitations, contact slips, fault reports, post-its, SMS threads,"
    " newsletters, council reports, map notes) from Gävle, Borås and Sundsvall, with name forms in a"
    " realistic mix; aggregate figures only, no missed item and no sentence. Delivered figures measured on"
    f" main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (35, 35),
    "samordningsnummer": (35, 35),
    "mobile": (231, 231),
    "landline": (91, 91),
    "email": (133, 133),
    "plate": (49, 49),
    "plate_new": (42, 42),
    "address": (91, 91),
    "apartment": (35, 35),
    "property": (35, 35),
    "case_number": (49, 49),
    "full_name": (1207, 1211),
    "first_name": (708, 717),
    "surname_after_role": (134, 153),
    "nickname": (65, 77),
    "word_name": (97, 117),
    "lowercase_name": (95, 98),
}
DELIVERED_NAMES = (2306, 2373)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (344, 350),
    "institution": (291, 294),
    "street": (203, 203),
    "time": (175, 175),
    "date": (182, 182),
    "amount": (56, 56),
    "week": (168, 168),
    "bus_line": (42, 42),
    "word": (56, 56),
    "organisation": (421, 434),
    "person_street": (42, 42),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target. Nobody has
# read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {
    "first_name": (711, 717),
    "full_name": (1207, 1211),
    "lowercase_name": (96, 98),
    "nickname": (68, 77),
    "surname_after_role": (141, 153),
    "word_name": (98, 117),
}
NAMES = (2321, 2373)
KEPT = {
    **KEPT,
    "amount": (56, 56),
    "date": (182, 182),
    "institution": (291, 294),
    "organisation": (423, 434),
    "place": (344, 350),
    "street": (203, 203),
    "time": (175, 175),
    "week": (168, 168),
    "word": (56, 56),
}
# Round 40 (stop 35): homes and meeting places by name (Villa Linnea, Förskolan Myran, Träffpunkt Skönsberg)
# are no persons.
KEPT = {**KEPT, "institution": (292, 294)}
# Stop 36, round 42 (an initial in a person's slot, nurses, doctors and in-laws as roles, lowercase
# sign-offs, particles and genitives, names with letters Swedish never uses, a passage log's inverted names,
# a currency's letters before three digits as a plate): the figures rise.
FOUND |= {"full_name": (1208, 1211), "lowercase_name": (97, 98), "surname_after_role": (143, 153)}
NAMES = (2325, 2373)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"word_name": (99, 117)}
NAMES = (2326, 2373)
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {"first_name": (712, 717)}
NAMES = (2327, 2373)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (346, 350)}


class TestBlind36(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind36.md"
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
