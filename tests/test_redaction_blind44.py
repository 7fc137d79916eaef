"""Redaction measured on the forty-fourth blind corpus (tests/blind44_corpus.py): notes and incident reports
from a kommun's kultur- och fritidsförvaltning — the library's incident log, its bans and lost property, the
swimming halls' lifeguard logs, bans and thefts in changing rooms, sports-hall and ice-hall caretakers' logs,
associations' bookings, keys and passerkort, youth centres' and the culture house's evenings, threats at the
desk, study rooms and handover notes — from Borås, Eskilstuna, Luleå, Kristianstad and Botkyrka, with name
forms in a realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind44.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind44_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "0af80bc"  # main when the corpus was delivered
TITLE = "Redaction on the forty-fourth blind corpus (kultur- och fritidsförvaltningens loggar)"
ABOUT = (
    "Written blind (tests/blind44_*.py, docs/redaction_blind44.md); each item is a note or incident report"
    " of a kultur- och fritidsförvaltning (library logs, bans and lost property, lifeguard logs,"
    " changing-room thefts, hall and ice-hall caretakers, bookings, keys and passerkort, youth centres,"
    " culture house, threats at the desk, study rooms, handovers) from five kommuner, with name forms in a"
    f" realistic mix; aggregate figures only, no missed item and no sentence. Measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (49, 49),
    "samordningsnummer": (35, 35),
    "mobile": (126, 126),
    "landline": (63, 63),
    "email": (56, 56),
    "plate": (35, 35),
    "plate_new": (35, 35),
    "address": (104, 105),
    "apartment": (49, 49),
    "property": (35, 35),
    "case_number": (91, 91),
    "full_name": (1246, 1260),
    "first_name": (800, 825),
    "surname_after_role": (196, 202),
    "nickname": (112, 112),
    "word_name": (112, 128),
    "lowercase_name": (161, 175),
}
DELIVERED_NAMES = (2627, 2702)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (49, 49),
    "institution": (182, 189),
    "street": (42, 42),
    "time": (454, 455),
    "date": (363, 364),
    "amount": (91, 91),
    "week": (147, 147),
    "bus_line": (42, 42),
    "word": (89, 119),
    "organisation": (291, 301),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (the
# structured kinds delivered at 100 %, and the look-alike kinds place, street, bus_line and person_street,
# one of which lost would pass 2 %), since the targets' strict xfails are decided by these figures. Nobody
# has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 36, round 44 (blind 44, 45 and 46 read): a name no list holds opening a clause before a verb, whom
# someone is angry at, a pronoun's partner, a name before its role after a comma or its unit or kin in
# brackets, a signature, inverted names in lists and rolls, the last one-word items of a list of names, a
# plate after a parking ticket's words, a lowercase street after adress: the figures rise.
FOUND |= {
    "address": (105, 105),
    "first_name": (810, 825),
    "full_name": (1255, 1260),
    "lowercase_name": (166, 175),
    "nickname": (112, 112),
    "surname_after_role": (199, 202),
    "word_name": (118, 128),
}
NAMES = (2660, 2702)
KEPT = {
    **KEPT,
    "amount": (91, 91),
    "date": (363, 364),
    "institution": (182, 189),
    "organisation": (291, 301),
    "time": (454, 455),
    "week": (147, 147),
    "word": (89, 119),
}
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (815, 825)}
NAMES = (2665, 2702)


class TestBlind44(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind44.md"
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
