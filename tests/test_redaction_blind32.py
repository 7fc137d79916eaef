"""Redaction measured on the thirty-second blind corpus (tests/blind32_corpus.py): people of many origins as
Swedish reports write them — statements taken with an interpreter, notes from meetings with families and
relatives, neighbour complaints and mediation in multilingual housing areas, trygghetsvärdar's and field
workers' logs, reports of concern, fritidsgårdar's reports, kommunpolis' summaries, a housing company's work
orders, the student health team's notes, home visits, residents' e-mails, EST minutes and interpreter
bookings — from five kommuner (Botkyrka, Malmö, Göteborg, Örebro, Nyköping), with names from 25 origins
written as Swedish staff write them. Written without reading the redaction, its vocabulary or any other
corpus (docs/redaction_blind32.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind32_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "a898578"  # main when the corpus was delivered
TITLE = "Redaction on the thirty-second blind corpus (people of many origins in Swedish reports)"
ABOUT = (
    "Written blind (tests/blind32_*.py, docs/redaction_blind32.md); each item is a report as Swedish staff"
    " write it (statements taken with an interpreter, meetings with families, neighbour complaints and"
    " mediation, trygghetsvärdar's and field workers' logs, reports of concern, fritidsgård reports, police"
    " summaries, work orders, student health notes, home visits, residents' e-mails, EST minutes,"
    " interpreter bookings) from five kommuner, with names of 25 origins in the forms staff write them;"
    " aggregate figures only, no missed item and no sentence. Delivered figures measured on main"
    f" {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (56, 56),
    "samordningsnummer": (35, 35),
    "mobile": (119, 119),
    "landline": (49, 49),
    "email": (49, 49),
    "plate": (34, 35),
    "plate_new": (42, 42),
    "address": (165, 168),
    "apartment": (84, 84),
    "property": (42, 42),
    "case_number": (63, 63),
    "full_name": (1135, 1183),
    "first_name": (801, 812),
    "surname_after_role": (207, 218),
    "nickname": (179, 182),
    "word_name": (129, 153),
    "lowercase_name": (164, 182),
}
DELIVERED_NAMES = (2615, 2730)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (195, 196),
    "institution": (228, 231),
    "street": (105, 105),
    "time": (175, 175),
    "date": (161, 161),
    "amount": (63, 63),
    "week": (105, 105),
    "bus_line": (48, 49),
    "word": (111, 154),
    "organisation": (198, 238),
    "person_street": (35, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 34: read for round 32 (name_logs.py, name_guards.py, flats written lgnr, a house number's entrance
# letter).
FOUND |= {
    "address": (168, 168),
    "first_name": (805, 812),
    "full_name": (1174, 1183),
    "lowercase_name": (164, 182),
    "plate": (34, 35),
    "surname_after_role": (211, 218),
    "word_name": (144, 153),
}
NAMES = (2677, 2730)
KEPT = {
    **KEPT,
    "amount": (63, 63),
    "bus_line": (48, 49),
    "date": (161, 161),
    "institution": (228, 231),
    "organisation": (231, 238),
    "place": (195, 196),
    "street": (105, 105),
    "time": (175, 175),
    "week": (105, 105),
    "word": (154, 154),
}
# Stop 34: the guards made fail-closed at the end of the stop (a holiday's word alone that is a listed
# given name stays a name unless the text says holiday) lose one holiday word again (`efter Bajram`).
KEPT = {**KEPT, "word": (153, 154)}
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {"surname_after_role": (212, 218)}
NAMES = (2678, 2730)
KEPT = {**KEPT, "organisation": (232, 238)}
# Round 40 (stop 35): a night log residents by what they do, a welcome, the social services as a role, whom
# someone called out to, homes and meeting places by name; a participle is no place.
FOUND |= {"word_name": (145, 153)}
NAMES = (2679, 2730)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (806, 812), "full_name": (1175, 1183)}
NAMES = (2681, 2730)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"lowercase_name": (165, 182)}
NAMES = (2682, 2730)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (808, 812)}
NAMES = (2684, 2730)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (196, 196)}


class TestBlind32(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind32.md"
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
