"""Redaction measured on the seventy-sixth blind corpus (tests/blind76_corpus.py): libraries, culture houses
and museums in Lund, Kristianstad and Ystad — librarians' incident reports and info-desk logs, e-mails to a
manager, tillträdesförbud decisions and notices, lost-property registers, guards' reports from exhibitions and
concerts, event staffing lists, museum hosts' notes, staff chats, police-report material, EST report lines,
shift handovers, fault reports, meeting minutes and visitors' complaints — with staff and visitors named every
way beside rooms, halls, floors, exhibitions, book titles, authors' names, events, opening hours and amounts.
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind76.md says what
was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind76_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "a674c3e"  # main when the corpus was delivered
TITLE = "Redaction on the seventy-sixth blind corpus (libraries, culture houses and museums)"
ABOUT = (
    "Written blind (tests/blind76_*.py, docs/redaction_blind76.md); each item is a note from a library,"
    " culture house or museum in Lund, Kristianstad or Ystad (incident reports, info-desk logs, e-mails,"
    " tillträdesförbud, lost property, guards' reports, staffing lists, hosts' notes, staff chats,"
    " police-report material, EST lines, handovers, fault reports, minutes, complaints), with rooms,"
    " exhibitions, titles, authors' names, events and opening hours as look-alikes; aggregate figures only,"
    " no missed item and no sentence."
    f" Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (98, 98),
    "samordningsnummer": (42, 42),
    "mobile": (266, 266),
    "landline": (119, 119),
    "email": (84, 84),
    "plate": (42, 42),
    "plate_new": (42, 42),
    "address": (105, 105),
    "apartment": (42, 42),
    "property": (42, 42),
    "case_number": (140, 140),
    "full_name": (1440, 1449),
    "first_name": (1132, 1147),
    "surname_after_role": (264, 268),
    "nickname": (133, 140),
    "word_name": (116, 125),
    "lowercase_name": (235, 245),
}
DELIVERED_NAMES: tuple[int, int] = (3320, 3374)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (278, 280),
    "institution": (908, 938),
    "street": (70, 70),
    "time": (602, 602),
    "date": (521, 525),
    "amount": (154, 154),
    "week": (133, 133),
    "bus_line": (47, 49),
    "word": (366, 434),
    "organisation": (263, 273),
    "person_street": (28, 28),
}

# The ratchets: one below each delivered figure (tests/blind_ratchets.one_below). Nobody has read this
# corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 39, round 60: a name in a bracket after a person's role, a person known to the writer, a pharmacist
# as a role, a contractor's or an office's staff by their unit.
FOUND |= {
    "first_name": (1133, 1147),
    "full_name": (1440, 1449),
    "lowercase_name": (235, 245),
    "nickname": (133, 140),
    "surname_after_role": (264, 268),
    "word_name": (116, 125),
}
NAMES = (3321, 3374)
KEPT = {
    **KEPT,
    "amount": (154, 154),
    "bus_line": (47, 49),
    "date": (521, 525),
    "institution": (908, 938),
    "organisation": (263, 273),
    "place": (278, 280),
    "street": (70, 70),
    "time": (602, 602),
    "week": (133, 133),
    "word": (366, 434),
}


class TestBlind76(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind76.md"
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
