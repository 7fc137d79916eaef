"""Redaction measured on the forty-fifth blind corpus (tests/blind45_corpus.py): the kommun's technical
services and parking as their notes reach the weekly picture — residents' fault reports through the app, calls
to the contact centre and e-mails to gata/park, klottersanering job notes, park workers' notes on syringes and
sleeping places, the winter-maintenance contractor's diary, parking attendants' reports, logs of cars moved,
threats against attendants, errands on abandoned vehicles, work orders as exported rows, crews' text messages,
weekly summaries to the EST group, playground inspections and reports shared with outreach — from five
kommuner, with name forms in a realistic mix. Written without reading the redaction, its vocabulary or any
other corpus (docs/redaction_blind45.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind45_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "0af80bc"  # main when the corpus was delivered
TITLE = "Redaction on the forty-fifth blind corpus (technical services' and parking staff's notes)"
ABOUT = (
    "Written blind (tests/blind45_*.py, docs/redaction_blind45.md); each item is a note of the kommun's"
    " technical services or parking as it reaches the weekly picture (app and phone fault reports, e-mails to"
    " gata/park, klotter crews' job notes, park workers' notes, the snow contractor's diary, parking"
    " attendants' reports, towing logs, threats against attendants, abandoned vehicles, work-order rows, crew"
    " texts, weekly summaries, playground inspections, outreach reports) from five kommuner, with name forms"
    " in a realistic mix; aggregate figures only, no missed item and no sentence. Delivered figures measured"
    f" on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (49, 49),
    "samordningsnummer": (35, 35),
    "mobile": (175, 175),
    "landline": (112, 112),
    "email": (63, 63),
    "plate": (224, 224),
    "plate_new": (160, 161),
    "address": (224, 224),
    "apartment": (49, 49),
    "property": (42, 42),
    "case_number": (70, 70),
    "full_name": (1200, 1204),
    "first_name": (649, 655),
    "surname_after_role": (159, 175),
    "nickname": (111, 119),
    "word_name": (84, 122),
    "lowercase_name": (124, 133),
}
DELIVERED_NAMES = (2327, 2408)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (334, 336),
    "institution": (300, 301),
    "street": (329, 329),
    "time": (217, 217),
    "date": (392, 392),
    "amount": (91, 91),
    "week": (168, 168),
    "bus_line": (49, 49),
    "word": (49, 49),
    "organisation": (228, 266),
    "person_street": (49, 49),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 36, round 44 (blind 44, 45 and 46 read): a name no list holds opening a clause before a verb, whom
# someone is angry at, a pronoun's partner, a name before its role after a comma or its unit or kin in
# brackets, a signature, inverted names in lists and rolls, the last one-word items of a list of names, a
# plate after a parking ticket's words, a lowercase street after adress: the figures rise.
FOUND |= {
    "first_name": (649, 655),
    "full_name": (1200, 1204),
    "lowercase_name": (124, 133),
    "nickname": (111, 119),
    "plate_new": (161, 161),
    "surname_after_role": (169, 175),
    "word_name": (101, 122),
}
NAMES = (2354, 2408)
KEPT = {
    **KEPT,
    "amount": (91, 91),
    "date": (392, 392),
    "institution": (300, 301),
    "organisation": (228, 266),
    "place": (334, 336),
    "street": (329, 329),
    "time": (217, 217),
    "week": (168, 168),
}
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {"word_name": (102, 122)}
NAMES = (2355, 2408)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"full_name": (1203, 1204)}
NAMES = (2358, 2408)


class TestBlind45(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind45.md"
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
