"""Redaction measured on the twenty-ninth blind corpus (tests/blind29_corpus.py): reports written in English
or in a mix of languages — security companies' incident reports and housing companies' work orders by
international staff, the kommun's web form in English, contractors' notes, Swedish with English words and the
other way round, Norwegian, Danish and Finland-Swedish colleagues, forms with the surname first, e-mails and
shift logs in English, phrases in Arabic, Somali, Persian or Polish, tourist-trade staff and EST minutes in
English — from six kommuner, with name forms in a realistic mix. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind29.md says what was opened).

Its misses were read at stop 33, after one aggregate measurement on the change after its delivery (a
development corpus from there). The report is aggregate-only (per kind, origin, style and look-alike kind)
and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind29_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "a96079d"  # main when the corpus was delivered
TITLE = "Redaction on the twenty-ninth blind corpus (reports in English or in a mix of languages)"
ABOUT = (
    "Written blind (tests/blind29_*.py, docs/redaction_blind29.md); each item is a report written in English"
    " or in a mix of languages (guards' incident reports, housing work orders, the kommun's web form in"
    " English, contractors' notes, Swedish with English words and English with Swedish words, Norwegian,"
    " Danish and Finland-Swedish colleagues, surname-first forms, e-mails, shift logs, phrases in Arabic,"
    " Somali, Persian or Polish, tourist-trade staff, EST minutes) from six kommuner, with name forms in a"
    " realistic mix; aggregate figures only, no missed item and no sentence. Delivered figures measured on"
    f" main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (70, 70),
    "samordningsnummer": (42, 42),
    "mobile": (140, 140),
    "landline": (49, 49),
    "email": (77, 77),
    "plate": (70, 70),
    "plate_new": (62, 63),
    "address": (155, 182),
    "apartment": (44, 91),
    "property": (42, 42),
    "case_number": (105, 105),
    "full_name": (1089, 1099),
    "first_name": (650, 672),
    "surname_after_role": (128, 142),
    "nickname": (126, 126),
    "word_name": (62, 103),
    "lowercase_name": (102, 126),
}
DELIVERED_NAMES = (2157, 2268)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (248, 273),
    "institution": (363, 371),
    "street": (182, 182),
    "time": (501, 504),
    "date": (230, 245),
    "amount": (70, 70),
    "week": (105, 105),
    "bus_line": (70, 70),
    "word": (35, 49),
    "organisation": (208, 217),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 33: measured after 616a52e, which changed no finding (aggregate only): as delivered. Then its misses
# and lost look-alikes were read for the structured fixes and the twenty-ninth round (developed on corpus
# 29).
FOUND |= {
    "address": (180, 182),
    "apartment": (91, 91),
    "first_name": (658, 672),
    "full_name": (1090, 1099),
    "lowercase_name": (105, 126),
    "nickname": (126, 126),
    "plate_new": (63, 63),
    "surname_after_role": (142, 142),
    "word_name": (93, 103),
}
NAMES = (2214, 2268)
KEPT = {
    **KEPT,
    "amount": (70, 70),
    "bus_line": (70, 70),
    "date": (245, 245),
    "institution": (363, 371),
    "organisation": (208, 217),
    "place": (248, 273),
    "street": (182, 182),
    "time": (501, 504),
    "week": (105, 105),
    "word": (35, 49),
}
# Stop 34: a place's name with its house number after på or i, streets in gärde and byväg, an allé in
# lowercase, a block named by an agent noun (tests/test_structured_stop34.py).
FOUND |= {"address": (182, 182)}
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
FOUND |= {"full_name": (1091, 1099)}
NAMES = (2215, 2268)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {"lowercase_name": (106, 126)}
NAMES = (2216, 2268)
# Stop 36, round 44 (blind 44, 45 and 46 read): a name no list holds opening a clause before a verb, whom
# someone is angry at, a pronoun's partner, a name before its role after a comma or its unit or kin in
# brackets, a signature, inverted names in lists and rolls, the last one-word items of a list of names, a
# plate after a parking ticket's words, a lowercase street after adress: the figures rise.
FOUND |= {"first_name": (659, 672), "full_name": (1094, 1099)}
NAMES = (2220, 2268)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"full_name": (1095, 1099)}
NAMES = (2221, 2268)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"lowercase_name": (108, 126)}
NAMES = (2223, 2268)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (250, 273)}


class TestBlind29(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind29.md"
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
