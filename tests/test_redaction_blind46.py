"""Redaction measured on the forty-sixth blind corpus (tests/blind46_corpus.py): minutes and working notes
of SSPF and lokal samverkan (skola, socialtjänst, polis, fritid) and of the kommun's sociala insatsgrupper —
protocols, minutes, attendance lists, lists of the young people discussed, action lists, orosanmälningar,
case notes, follow-ups, invitations, fältare's notes, the school's and the kommunpolis' input, decision
logs, consent forms and handovers — from five kommuner, with name forms in a realistic mix. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind46.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind46_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "0af80bc"  # main when the corpus was delivered
TITLE = "Redaction on the forty-sixth blind corpus (SSPF and sociala insatsgrupper minutes)"
ABOUT = (
    "Written blind (tests/blind46_*.py, docs/redaction_blind46.md); each item is a piece of SSPF or lokal"
    " samverkan minutes or of a social insatsgrupp's notes (protocols, attendance lists, lists of young"
    " people, action lists with Ansvar, orosanmälningar, follow-ups, invitations, fältare's notes, school and"
    " police input, decision logs, consent forms, handovers) from five kommuner, with name forms in a"
    " realistic mix; aggregate figures only, no missed item and no sentence."
    f" Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (63, 63),
    "samordningsnummer": (42, 42),
    "mobile": (98, 98),
    "landline": (56, 56),
    "email": (42, 42),
    "plate": (35, 35),
    "plate_new": (42, 42),
    "address": (105, 105),
    "apartment": (49, 49),
    "property": (42, 42),
    "case_number": (105, 105),
    "full_name": (1268, 1295),
    "first_name": (946, 961),
    "surname_after_role": (243, 275),
    "nickname": (131, 147),
    "word_name": (117, 129),
    "lowercase_name": (182, 196),
}
DELIVERED_NAMES = (2887, 3003)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (227, 231),
    "institution": (279, 287),
    "street": (84, 84),
    "time": (105, 105),
    "date": (384, 385),
    "amount": (63, 63),
    "week": (140, 140),
    "bus_line": (63, 63),
    "word": (56, 56),
    "organisation": (153, 154),
    "person_street": (30, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind, delivered at 100 %, and places, one more of which lost would pass 2 %), since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 36, round 42 (an initial in a person's slot, nurses, doctors and in-laws as roles, lowercase
# sign-offs, particles and genitives, names with letters Swedish never uses, a passage log's inverted names,
# a currency's letters before three digits as a plate): the figures rise.
FOUND |= {
    "first_name": (946, 961),
    "full_name": (1283, 1295),
    "lowercase_name": (183, 196),
    "nickname": (131, 147),
    "surname_after_role": (246, 275),
    "word_name": (117, 129),
}
NAMES = (2906, 3003)
KEPT = {
    **KEPT,
    "amount": (63, 63),
    "bus_line": (63, 63),
    "date": (384, 385),
    "institution": (279, 287),
    "organisation": (153, 154),
    "person_street": (30, 35),
    "street": (84, 84),
    "time": (105, 105),
    "week": (140, 140),
    "word": (56, 56),
}
# Stop 36, round 44 (blind 44, 45 and 46 read): a name no list holds opening a clause before a verb, whom
# someone is angry at, a pronoun's partner, a name before its role after a comma or its unit or kin in
# brackets, a signature, inverted names in lists and rolls, the last one-word items of a list of names, a
# plate after a parking ticket's words, a lowercase street after adress: the figures rise.
FOUND |= {
    "first_name": (950, 961),
    "full_name": (1290, 1295),
    "lowercase_name": (188, 196),
    "nickname": (138, 147),
    "surname_after_role": (274, 275),
    "word_name": (118, 129),
}
NAMES = (2958, 3003)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"nickname": (140, 147)}
NAMES = (2960, 3003)
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {"nickname": (141, 147)}
NAMES = (2961, 3003)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (952, 961), "full_name": (1291, 1295), "surname_after_role": (275, 275)}
NAMES = (2965, 3003)


class TestBlind46(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind46.md"
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
