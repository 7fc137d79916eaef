"""Redaction measured on the twenty-first blind corpus (tests/blind21_corpus.py): texts from the kommun's own
services as they reach the weekly picture — the school's incident reports and weekly safety notes,
kränkningsanmälningar, parents' e-mails, elevhälsan's notes and orosanmälningar, förskola and fritidshem, the
library and kulturskolan, the swimming and sports halls, LSS and daily activities, hemtjänst and äldreboende
(break-ins, falska poliser, bankbedrägeri), socialtjänstens mottagning, the kontaktcenter's call log, parking
guards and tekniska förvaltningen, the integration and tolk service, the reporting system's rows and the
security coordinator's summaries — from seven kommuner, with name forms in a realistic mix. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind21.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind21_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "5948401"  # main when the corpus was delivered
TITLE = (
    "Redaction on the twenty-first blind corpus (texts from the kommun's own services, a realistic name mix)"
)
ABOUT = (
    "Written blind (tests/blind21_*.py, docs/redaction_blind21.md); each item is a text from the kommun's own"
    " services as it reaches the weekly picture (school incident reports, kränkningsanmälningar, parents'"
    " e-mails, elevhälsan, förskola and fritidshem, library and kulturskolan, swimming and sports halls, LSS,"
    " hemtjänst and äldreboende, socialtjänstens mottagning, the kontaktcenter's log, parking guards and"
    " tekniska förvaltningen, the tolk service, reporting-system rows, the security coordinator's summaries)"
    " from seven kommuner, with name forms in a realistic mix; aggregate figures only, no missed item and no"
    f" sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (122, 122),
    "samordningsnummer": (45, 45),
    "mobile": (195, 195),
    "landline": (73, 73),
    "email": (59, 59),
    "plate": (38, 39),
    "plate_new": (38, 38),
    "address": (153, 153),
    "apartment": (47, 47),
    "property": (39, 39),
    "case_number": (87, 87),
    "full_name": (1585, 1595),
    "first_name": (801, 830),
    "surname_after_role": (283, 286),
    "nickname": (125, 131),
    "word_name": (147, 150),
    "lowercase_name": (216, 240),
}
DELIVERED_NAMES = (3157, 3232)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (235, 236),
    "institution": (337, 338),
    "street": (123, 123),
    "time": (205, 208),
    "date": (328, 329),
    "amount": (94, 94),
    "week": (118, 118),
    "bus_line": (40, 40),
    "word": (68, 68),
    "organisation": (246, 261),
    "person_street": (32, 32),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind delivered at 100 %, word names at exactly 98,0 %, and the bus-line and person-street
# look-alikes, one more of which lost would pass 2 %), since the targets' strict xfails are decided by these
# figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 26: measured after the twentieth name round, which never read this
# corpus's misses (aggregate report only).
FOUND |= {
    "first_name": (801, 830),
    "full_name": (1585, 1595),
    "lowercase_name": (217, 240),
    "nickname": (125, 131),
    "plate": (38, 39),
    "surname_after_role": (283, 286),
}
NAMES = (3158, 3232)
KEPT = {
    **KEPT,
    "amount": (94, 94),
    "date": (328, 329),
    "institution": (337, 338),
    "organisation": (246, 261),
    "place": (235, 236),
    "street": (123, 123),
    "time": (205, 208),
    "week": (118, 118),
    "word": (68, 68),
}
# Stop 26: the twenty-first name round (developed on corpus 21, its misses read).
FOUND |= {
    "first_name": (809, 830),
    "full_name": (1590, 1595),
    "lowercase_name": (218, 240),
    "surname_after_role": (286, 286),
    "word_name": (148, 150),
}
NAMES = (3176, 3232)
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"first_name": (810, 830), "full_name": (1591, 1595), "lowercase_name": (221, 240)}
NAMES = (3181, 3232)
# Stop 27: measured after the twenty-third name round (developed on corpus 23).
FOUND |= {"word_name": (149, 150)}
NAMES = (3182, 3232)
# Stop 27: measured after the twenty-fifth round (developed on corpus 25).
KEPT = {**KEPT, "date": (329, 329), "time": (206, 208)}
# Stop 33: structured formats fixed from the development corpora (tests/test_structured_stop33.py).
FOUND |= {"plate": (39, 39)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"first_name": (812, 830), "full_name": (1593, 1595), "lowercase_name": (222, 240)}
NAMES = (3187, 3232)
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
KEPT = {**KEPT, "organisation": (247, 261)}
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"first_name": (814, 830)}
NAMES = (3189, 3232)
KEPT = {**KEPT, "organisation": (252, 261)}
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
KEPT = {**KEPT, "organisation": (254, 261)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"word_name": (150, 150)}
NAMES = (3190, 3232)
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {"nickname": (126, 131)}
NAMES = (3191, 3232)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (816, 830), "full_name": (1594, 1595), "lowercase_name": (223, 240)}
NAMES = (3195, 3232)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (821, 830)}
NAMES = (3200, 3232)
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {"first_name": (822, 830), "lowercase_name": (225, 240)}
NAMES = (3203, 3232)


class TestBlind21(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind21.md"
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
