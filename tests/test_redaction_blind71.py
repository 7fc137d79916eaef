"""Redaction measured on the seventy-first blind corpus (tests/blind71_corpus.py): car crime and parking in
Malmö, Helsingborg and Landskrona — parking-garage logs, parking attendants' notes, illegal-parking reports,
police summaries, burnt-car work orders, catalytic-converter e-mails, car dealers' and rental firms' logs,
neighbourhood posts, guards' reports, insurance claims, towing logs, garage notes, SMS tips and abandoned-car
e-mails — with plates written every way (foreign ones labelled `plate`) beside garage levels, space numbers
and models. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind71.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind71_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "33bafd3"  # main when the corpus was delivered
TITLE = "Redaction on the seventy-first blind corpus (car crime and parking)"
ABOUT = (
    "Written blind (tests/blind71_*.py, docs/redaction_blind71.md); each item is a text about car crime or"
    " parking (garage logs, attendants' notes, illegal-parking reports, police summaries, burnt cars,"
    " catalytic converters, dealers, rental firms, neighbourhood posts, guards, insurance, towing, garage"
    " notes, SMS tips, abandoned cars) from Malmö, Helsingborg and Landskrona, plates in every form and"
    " foreign plates labelled `plate`; aggregate figures only, no missed item and no sentence. Delivered"
    f" figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (70, 70),
    "samordningsnummer": (35, 35),
    "mobile": (168, 168),
    "landline": (77, 77),
    "email": (63, 63),
    "plate": (378, 525),
    "plate_new": (362, 385),
    "address": (109, 112),
    "apartment": (42, 42),
    "property": (35, 35),
    "case_number": (112, 112),
    "full_name": (927, 931),
    "first_name": (415, 420),
    "surname_after_role": (133, 141),
    "nickname": (83, 84),
    "word_name": (94, 104),
    "lowercase_name": (93, 98),
}
DELIVERED_NAMES: tuple[int, int] = (1745, 1778)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (197, 203),
    "institution": (178, 231),
    "street": (231, 231),
    "time": (259, 259),
    "date": (259, 259),
    "amount": (112, 112),
    "week": (98, 98),
    "bus_line": (49, 49),
    "word": (325, 399),
    "organisation": (203, 217),
    "person_street": (74, 84),
}

# The ratchets: one below each delivered figure (tests/blind_ratchets.one_below). Nobody has read this
# corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
FOUND |= {
    "address": (111, 112),
    "first_name": (415, 420),
    "full_name": (928, 931),
    "lowercase_name": (93, 98),
    "plate": (525, 525),
    "plate_new": (384, 385),
    "surname_after_role": (133, 141),
    "word_name": (94, 104),
}
NAMES = (1746, 1778)
KEPT = {
    **KEPT,
    "amount": (112, 112),
    "date": (259, 259),
    "institution": (178, 231),
    "organisation": (203, 217),
    "person_street": (74, 84),
    "place": (197, 203),
    "street": (231, 231),
    "time": (259, 259),
    "week": (98, 98),
    "word": (325, 399),
}


class TestBlind71(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind71.md"
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
