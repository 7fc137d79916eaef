"""Redaction measured on the forty-second blind corpus (tests/blind42_corpus.py): texts from hemtjänst,
äldreboenden and relatives as they reach the weekly picture — shift notes with initials and first names,
handovers, deviation reports, longer incident reports, e-mails from relatives, SMS from staff, the
trygghetslarm log, notes on frauds against older people, the log of a search for a resident who wandered
off, the housing company's work orders, biståndshandläggare's notes, trygghetsvärdar's rounds, minutes of EST
meetings, the kontaktcenter's call notes and the night log — from Kalmar, Karlskrona and Gotland, with name
forms in a realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind42.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind42_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "2830c09"  # main when the corpus was delivered
TITLE = "Redaction on the forty-second blind corpus (hemtjänst, äldreboenden and relatives)"
ABOUT = (
    "Written blind (tests/blind42_*.py, docs/redaction_blind42.md); each item is a text from hemtjänst, an"
    " äldreboende or a relative as it reaches the weekly picture (shift notes, handovers, deviation and"
    " incident reports, relatives' e-mails, staff SMS, alarm logs, fraud notes, search logs, work orders,"
    " biståndshandläggare's notes, trygghetsvärdar's rounds, EST minutes, kontaktcenter notes, night logs)"
    " from Kalmar, Karlskrona and Gotland, with name forms in a realistic mix; aggregate figures only, no"
    f" missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (84, 84),
    "samordningsnummer": (42, 42),
    "mobile": (175, 175),
    "landline": (91, 91),
    "email": (49, 49),
    "plate": (49, 49),
    "plate_new": (35, 35),
    "address": (154, 154),
    "apartment": (56, 56),
    "property": (42, 42),
    "case_number": (126, 126),
    "full_name": (1305, 1316),
    "first_name": (824, 829),
    "surname_after_role": (239, 257),
    "nickname": (67, 70),
    "word_name": (149, 160),
    "lowercase_name": (201, 224),
}
DELIVERED_NAMES = (2785, 2856)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (197, 210),
    "institution": (179, 189),
    "street": (196, 196),
    "time": (482, 483),
    "date": (252, 252),
    "amount": (140, 140),
    "week": (119, 119),
    "bus_line": (42, 42),
    "word": (42, 56),
    "organisation": (257, 287),
    "person_street": (26, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 36, round 42 (an initial in a person's slot, nurses, doctors and in-laws as roles, lowercase
# sign-offs, particles and genitives, names with letters Swedish never uses, a passage log's inverted names,
# a currency's letters before three digits as a plate): the figures rise.
FOUND |= {
    "first_name": (825, 829),
    "full_name": (1311, 1316),
    "lowercase_name": (213, 224),
    "nickname": (67, 70),
    "surname_after_role": (252, 257),
    "word_name": (155, 160),
}
NAMES = (2823, 2856)
KEPT = {
    **KEPT,
    "amount": (140, 140),
    "date": (252, 252),
    "institution": (179, 189),
    "organisation": (257, 287),
    "person_street": (26, 28),
    "place": (197, 210),
    "street": (196, 196),
    "time": (482, 483),
    "week": (119, 119),
    "word": (42, 56),
}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (826, 829)}
NAMES = (2824, 2856)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"lowercase_name": (214, 224)}
NAMES = (2825, 2856)
KEPT = {**KEPT, "place": (200, 210)}
# Raised at stop 38 after round 54 (blind 63 and 64 read).
KEPT = {**KEPT, "institution": (185, 189)}
# Stop 39, round 58: places where an area's field or noun, a role bound to an area, a preposition or a
# bracket puts them; foreign, lowercase and glued plates; rural addresses and lowercase property
# designations; the elected as roles; a name beside a bracket with a role.
KEPT = {**KEPT, "place": (202, 210)}


class TestBlind42(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind42.md"
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
