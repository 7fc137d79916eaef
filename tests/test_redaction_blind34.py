"""Redaction measured on the thirty-fourth blind corpus (tests/blind34_corpus.py): the housing companies' rows
of the weekly EST report as many hands type them — customer service's fault reports, the fastighetsskötare's
log, bovärdar's notes, the jour's log, väktare's reports, trygghetsvärdar's notes, områdesansvariga's
summaries, tenants' complaints, work orders, comments, follow-ups, Plats and Rapportör cells, pasted e-mails,
reports of threats against staff and private landlords' notes — from five kommuner, with name forms in a
realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind34.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind34_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "ff59907"  # main when the corpus was delivered
TITLE = "Redaction on the thirty-fourth blind corpus (housing companies' rows, many hands)"
ABOUT = (
    "Written blind (tests/blind34_*.py, docs/redaction_blind34.md); each item is a cell of a housing"
    " company's row in the weekly EST report (fault reports, fastighetsskötare's log, bovärd's notes,"
    " jour's log, väktare's reports, trygghetsvärdar's notes, områdesansvarig's summaries, tenants'"
    " complaints, work orders, comments, follow-ups, Plats and Rapportör cells, pasted e-mails, threats"
    " against staff, private landlords' notes) from five kommuner, with name forms in a realistic mix;"
    " aggregate figures only, no missed item and no sentence."
    f" Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (35, 35),
    "mobile": (84, 84),
    "landline": (42, 42),
    "email": (42, 42),
    "plate": (84, 84),
    "plate_new": (56, 56),
    "address": (287, 287),
    "apartment": (182, 182),
    "property": (41, 42),
    "case_number": (147, 147),
    "full_name": (789, 791),
    "first_name": (750, 755),
    "surname_after_role": (147, 165),
    "nickname": (91, 91),
    "word_name": (87, 102),
    "lowercase_name": (139, 140),
}
DELIVERED_NAMES = (2003, 2044)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (240, 245),
    "institution": (167, 168),
    "street": (244, 245),
    "time": (203, 203),
    "date": (285, 287),
    "amount": (63, 63),
    "week": (69, 70),
    "bus_line": (42, 42),
    "word": (62, 63),
    "organisation": (315, 322),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 34: measured after the guards were made fail-closed, a change that never read this corpus
# (aggregate report only): as delivered.
FOUND |= {
    "first_name": (750, 755),
    "full_name": (789, 791),
    "lowercase_name": (139, 140),
    "nickname": (91, 91),
    "property": (41, 42),
    "surname_after_role": (147, 165),
    "word_name": (87, 102),
}
NAMES = (2003, 2044)
KEPT = {
    **KEPT,
    "amount": (63, 63),
    "date": (285, 287),
    "institution": (167, 168),
    "organisation": (315, 322),
    "place": (240, 245),
    "street": (244, 245),
    "time": (203, 203),
}
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
FOUND |= {
    "first_name": (751, 755),
    "property": (42, 42),
    "surname_after_role": (163, 165),
    "word_name": (96, 102),
}
NAMES = (2029, 2044)
KEPT = {**KEPT, "date": (287, 287), "organisation": (316, 322)}
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"full_name": (790, 791)}
NAMES = (2030, 2044)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
KEPT = {**KEPT, "organisation": (317, 322)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"full_name": (791, 791)}
NAMES = (2031, 2044)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (753, 755)}
NAMES = (2033, 2044)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (244, 245)}


class TestBlind34(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind34.md"
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
