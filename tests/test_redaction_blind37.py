"""Redaction measured on the thirty-seventh blind corpus (tests/blind37_corpus.py): incident and tillbud
reports from schools, fritidshem and fritidsgårdar as they reach the weekly picture — tillbud forms, incident
reports, the fritidsgård's evening log, rektors' e-mails, kuratorers' notes, the fritidshem's day book,
anmälningar om kränkande behandling, school bus reports, the sports hall, the coordinator's weekly
compilation, the fältgrupp's reports, guardians' e-mails, caretakers' and guards' logs, staff chats and
handover notes — from Halmstad, Eskilstuna and Luleå, with name forms in a realistic mix. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind37.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind37_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "7c6de55"  # main when the corpus was delivered
TITLE = "Redaction on the thirty-seventh blind corpus (school, fritidshem and fritidsgård incident reports)"
ABOUT = (
    "Written blind (tests/blind37_*.py, docs/redaction_blind37.md); each item is an incident or tillbud"
    " report from a school, fritidshem or fritidsgård as it reaches the weekly picture (tillbud forms,"
    " incident reports, evening logs, rektors' e-mails, kuratorers' notes, day books, kränkning forms, school"
    " bus and sports hall reports, weekly compilations, fältgrupp reports, guardians' e-mails, caretakers'"
    " logs, staff chats, handover notes) from Halmstad, Eskilstuna and Luleå, with name forms in a realistic"
    " mix; aggregate figures only, no missed item and no sentence. Delivered figures measured on main"
    f" {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (35, 35),
    "mobile": (105, 105),
    "landline": (56, 56),
    "email": (42, 42),
    "plate": (42, 42),
    "plate_new": (49, 49),
    "address": (83, 84),
    "apartment": (35, 35),
    "property": (42, 42),
    "case_number": (77, 77),
    "full_name": (801, 805),
    "first_name": (1418, 1443),
    "surname_after_role": (216, 217),
    "nickname": (178, 189),
    "word_name": (138, 146),
    "lowercase_name": (142, 154),
}
DELIVERED_NAMES = (2893, 2954)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (137, 140),
    "institution": (388, 392),
    "street": (70, 70),
    "time": (217, 217),
    "date": (224, 224),
    "amount": (63, 63),
    "week": (112, 112),
    "bus_line": (56, 56),
    "word": (84, 91),
    "organisation": (100, 112),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {
    "address": (84, 84),
    "first_name": (1425, 1443),
    "full_name": (803, 805),
    "lowercase_name": (146, 154),
    "nickname": (183, 189),
    "surname_after_role": (217, 217),
    "word_name": (144, 146),
}
NAMES = (2918, 2954)
KEPT = {
    **KEPT,
    "amount": (63, 63),
    "bus_line": (56, 56),
    "date": (224, 224),
    "institution": (392, 392),
    "organisation": (109, 112),
    "place": (137, 140),
    "street": (70, 70),
    "time": (217, 217),
    "week": (112, 112),
    "word": (91, 91),
}
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {"nickname": (184, 189)}
NAMES = (2919, 2954)
KEPT = {**KEPT, "organisation": (112, 112)}
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (1430, 1443)}
NAMES = (2924, 2954)
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {"word_name": (145, 146)}
NAMES = (2925, 2954)


class TestBlind37(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind37.md"
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
