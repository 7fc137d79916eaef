"""Redaction measured on the thirtieth blind corpus (tests/blind30_corpus.py): media monitoring pasted into
the weekly picture — local newspaper items with headlines and bylines, radio and TV news summaries, police
press officers' and kommun spokespersons' quotes, court reporting (åtal, dom), press releases from housing
companies and associations, notices of vigils and memorials, obituary-like mentions, "Läsarnas fråga",
readers' letters and the samordnare's digest of clippings, each with a short comment — from five kommuner
(Borås, Gävle, Kalmar, Huddinge, Nacka), with names as the press writes them. Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind30.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind30_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "4f0a683"  # main when the corpus was delivered
TITLE = "Redaction on the thirtieth blind corpus (media monitoring pasted into the weekly picture)"
ABOUT = (
    "Written blind (tests/blind30_*.py, docs/redaction_blind30.md); each item is a clipping a"
    " trygghetssamordnare pastes into the weekly picture with a short comment (newspaper items, headlines and"
    " bylines, radio and TV summaries, police and kommun quotes, court reporting, press releases, vigils and"
    " memorials, obituary-like mentions, readers' questions and letters, weekly digests of clippings) from"
    " five kommuner, with names as the press writes them; aggregate figures only, no missed item and no"
    f" sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (42, 42),
    "samordningsnummer": (35, 35),
    "mobile": (112, 112),
    "landline": (77, 77),
    "email": (56, 56),
    "plate": (42, 42),
    "plate_new": (35, 35),
    "address": (95, 98),
    "apartment": (56, 56),
    "property": (35, 35),
    "case_number": (105, 105),
    "full_name": (1522, 1547),
    "first_name": (312, 321),
    "surname_after_role": (323, 340),
    "nickname": (83, 84),
    "word_name": (100, 123),
    "lowercase_name": (104, 112),
}
DELIVERED_NAMES = (2444, 2527)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (401, 413),
    "institution": (434, 455),
    "street": (217, 217),
    "time": (140, 140),
    "date": (217, 217),
    "amount": (77, 77),
    "week": (140, 140),
    "bus_line": (70, 70),
    "word": (63, 63),
    "organisation": (862, 889),
    "person_street": (25, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 34: read for round 30 (name_guards.py, name_logs.py, the log verbs, a quay's street, a ticketed plate).
FOUND |= {
    "address": (98, 98),
    "first_name": (312, 321),
    "full_name": (1530, 1547),
    "lowercase_name": (104, 112),
    "surname_after_role": (330, 340),
    "word_name": (100, 123),
}
NAMES = (2459, 2527)
KEPT = {
    **KEPT,
    "amount": (77, 77),
    "bus_line": (70, 70),
    "date": (217, 217),
    "institution": (453, 455),
    "organisation": (866, 889),
    "person_street": (26, 35),
    "place": (410, 413),
    "street": (217, 217),
    "time": (140, 140),
    "week": (140, 140),
    "word": (63, 63),
}
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
FOUND |= {"first_name": (313, 321)}
NAMES = (2460, 2527)
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"full_name": (1531, 1547)}
NAMES = (2461, 2527)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {"word_name": (102, 123)}
NAMES = (2463, 2527)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"lowercase_name": (106, 112), "surname_after_role": (331, 340)}
NAMES = (2466, 2527)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (314, 321), "full_name": (1533, 1547)}
NAMES = (2469, 2527)
# Lowered by one, the only ratchet lowered at stop 37: a byline's newsroom before a reporter's name
# (`(Västnytt, Bethlehem Bekele)`) is lost now that the name is found, as it already was where the name was
# found before (`(Västnytt, Lin Danielsson)`). Organisations are counted for information only.
KEPT = {**KEPT, "organisation": (865, 889)}
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (411, 413)}


class TestBlind30(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind30.md"
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
