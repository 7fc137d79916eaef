"""Redaction measured on the twenty-seventh blind corpus (tests/blind27_corpus.py): what reaches the weekly
picture from digital channels — posts and comment threads in local Facebook groups ("Du vet att du är från
…", "Tips & info …"), neighbourhood apps, Instagram and TikTok captions and comments described or quoted by
staff, Snapchat and Discord screenshots transcribed, forum threads, tips through the kommun's web form and
app, the kommun's social-media monitoring notes, staff's notes, quoted speech and reactions, and the
coordinator's review — from six kommuner, with names as people write them online (lowercase, first names
only, nicknames, usernames made of names, capitals, initials, @mentions) in a realistic mix. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind27.md says what was opened).

Its misses and lost look-alikes were read at stop 33 for the twenty-seventh name round, after one aggregate
measurement on the round before it (a development corpus from there). The report is aggregate-only (per kind,
origin, style and look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind27_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "e4ea184"  # main when the corpus was delivered
TITLE = "Redaction on the twenty-seventh blind corpus (what reaches the picture from digital channels)"
ABOUT = (
    "Written blind (tests/blind27_*.py, docs/redaction_blind27.md); each item is a text from a digital"
    " channel as it reaches the weekly picture (Facebook-group posts and comments, neighbourhood apps,"
    " Instagram, TikTok, Snapchat and Discord as staff describe or transcribe them, forum threads, the"
    " kommun's web form and app, monitoring notes, staff's notes, quoted reactions, the coordinator's review)"
    " from six kommuner, with names as people write them online in a realistic mix; aggregate figures only,"
    f" no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (42, 42),
    "samordningsnummer": (35, 35),
    "mobile": (147, 147),
    "landline": (49, 49),
    "email": (56, 56),
    "plate": (56, 56),
    "plate_new": (49, 49),
    "address": (152, 154),
    "apartment": (49, 49),
    "property": (42, 42),
    "case_number": (63, 63),
    "full_name": (821, 833),
    "first_name": (978, 1018),
    "surname_after_role": (248, 252),
    "nickname": (147, 161),
    "word_name": (93, 144),
    "lowercase_name": (155, 217),
}
DELIVERED_NAMES = (2442, 2625)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (246, 259),
    "institution": (428, 441),
    "street": (216, 217),
    "time": (189, 189),
    "date": (161, 161),
    "amount": (42, 42),
    "week": (119, 119),
    "bus_line": (56, 56),
    "word": (45, 84),
    "organisation": (181, 196),
    "person_street": (29, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind delivered at 100 %, and the look-alike kinds one of which lost would pass 2 %), since the
# targets' strict xfails are decided by these figures.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 33: measured after the twenty-sixth round, which never read this corpus (aggregate only): names 2,443
# of 2,625, as delivered but one. Then its misses and lost look-alikes were read for the twenty-seventh round
# (developed on corpus 27).
FOUND |= {
    "first_name": (997, 1018),
    "full_name": (825, 833),
    "lowercase_name": (205, 217),
    "nickname": (154, 161),
    "surname_after_role": (249, 252),
    "word_name": (94, 144),
}
NAMES = (2524, 2625)
KEPT = {**KEPT, "person_street": (29, 35), "word": (52, 84)}
# Stop 33: after the quotes that are said, not nicknames (developed on corpus 27).
FOUND |= {"address": (152, 154)}
KEPT = {
    **KEPT,
    "bus_line": (56, 56),
    "date": (161, 161),
    "institution": (428, 441),
    "organisation": (181, 196),
    "place": (251, 259),
    "street": (216, 217),
    "time": (189, 189),
    "week": (119, 119),
    "word": (71, 84),
}
# Stop 34: a place's name with its house number after på or i, streets in gärde and byväg, an allé in
# lowercase, a block named by an agent noun (tests/test_structured_stop34.py).
FOUND |= {"address": (154, 154)}
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
FOUND |= {"surname_after_role": (250, 252)}
NAMES = (2525, 2625)
KEPT = {**KEPT, "organisation": (184, 196), "place": (253, 259)}
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
KEPT = {**KEPT, "institution": (429, 441), "organisation": (187, 196)}
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"word_name": (96, 144)}
NAMES = (2527, 2625)
# Round 40 (stop 35): homes and meeting places by name (Villa Linnea, Förskolan Myran, Träffpunkt Skönsberg)
# are no persons.
KEPT = {**KEPT, "institution": (430, 441)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"surname_after_role": (251, 252), "word_name": (101, 144)}
NAMES = (2533, 2625)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (999, 1018)}
NAMES = (2535, 2625)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (1007, 1018), "lowercase_name": (207, 217)}
NAMES = (2545, 2625)
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {"surname_after_role": (252, 252)}
NAMES = (2546, 2625)
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {"first_name": (1008, 1018)}
NAMES = (2547, 2625)


class TestBlind27(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind27.md"
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
