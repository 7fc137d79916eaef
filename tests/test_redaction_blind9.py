"""Redaction measured on the ninth blind corpus (tests/blind9_corpus.py), written without reading the
redaction, its vocabulary or any earlier corpus (docs/redaction_blind9.md says what was opened).

Nobody has read this corpus's name misses (its structured misses were read at stop 21): the report is
aggregate-only (per kind, origin, style and look-alike kind) and failure messages leave the missed items out.
"""

from __future__ import annotations

import pytest

from tests.blind9_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

pytestmark = pytest.mark.slow

MEASURED_ON = "ca0492f"  # main when the corpus was delivered
TITLE = "Redaction on the ninth blind corpus"
ABOUT = (
    "Written blind (tests/blind9_*.py, docs/redaction_blind9.md); aggregate figures only, no missed item "
    f"and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

# As delivered: measured once on main ca0492f, (found, items) and (kept, items); nobody has read the misses.
DELIVERED_FOUND = {
    "personnummer": (48, 48),
    "samordningsnummer": (37, 37),
    "mobile": (110, 110),
    "landline": (52, 52),
    "email": (45, 45),
    "plate": (49, 49),
    "plate_new": (53, 53),
    "address": (110, 113),
    "apartment": (100, 100),
    "property": (35, 35),
    "case_number": (40, 42),
    "full_name": (404, 443),
    "first_name": (226, 259),
    "surname_after_role": (35, 41),
    "nickname": (43, 47),
    "word_name": (127, 154),
    "lowercase_name": (100, 150),
}
DELIVERED_NAMES = (935, 1094)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (127, 127),
    "institution": (332, 335),
    "street": (157, 157),
    "time": (185, 186),
    "date": (169, 171),
    "amount": (38, 38),
    "week": (85, 85),
    "bus_line": (43, 43),
    "word": (101, 101),
    "organisation": (117, 127),
    "person_street": (33, 34),
}

# The ratchets start at the delivered figures; raise them when the redaction gets better, and say here which
# rules, if any, read this corpus's misses (none have).
# Stop 21: measured once more after the ninth name round, which never read this corpus (names 965, blind),
# then twice after one more rule written on the development corpora (a word no lexicon knows, in a text
# without capitals: 977; narrowed to no inflected form, placeholder or plate after a unit test and the
# sample data showed `klottret` and `gdt 191` taken: 970; the same after the review's precision fixes).
# Its misses were never read.
# The structured misses (address, case number) were then read as the item with a dozen characters around
# it and fixed in general (`Södra vägen 11 B`, `K472606/26`): development figures for those kinds.
FOUND = {
    **DELIVERED_FOUND,
    "case_number": (42, 42),
    "first_name": (229, 259),
    "full_name": (407, 443),
    "lowercase_name": (114, 150),
    "nickname": (46, 47),
    "surname_after_role": (38, 41),
    "word_name": (136, 154),
}
# Stop 22: measured after the tenth name round, which never read this corpus's misses (aggregate report only).
FOUND |= {
    "first_name": (232, 259),
    "full_name": (415, 443),
    "surname_after_role": (41, 41),
    "word_name": (137, 154),
}
NAMES = (985, 1094)
KEPT = DELIVERED_KEPT
# Stop 23: measured after the eleventh name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"first_name": (234, 259), "full_name": (417, 443), "lowercase_name": (132, 150)}
NAMES = (1007, 1094)
KEPT = {**KEPT, "organisation": (120, 127)}
# Stop 24: measured after the twelfth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"address": (111, 113), "first_name": (237, 259), "full_name": (421, 443), "word_name": (139, 154)}
NAMES = (1016, 1094)
# Stop 24: measured after the thirteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"first_name": (238, 259), "full_name": (427, 443)}
NAMES = (1023, 1094)
# Stop 25: measured after the fourteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"first_name": (240, 259)}
NAMES = (1025, 1094)
KEPT = {**KEPT, "organisation": (123, 127)}
# Stop 25: measured after the fifteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"full_name": (428, 443)}
NAMES = (1026, 1094)
# Stop 25: measured after the seventeenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"full_name": (429, 443)}
NAMES = (1027, 1094)
# Stop 26: measured after the nineteenth name round and the widened name lists, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"first_name": (243, 259), "full_name": (432, 443), "lowercase_name": (135, 150)}
NAMES = (1036, 1094)
# Stop 27: measured after the hand-written name lists and the look-alike fixes, which never
# read this corpus (aggregate report only).
FOUND |= {
    "first_name": (246, 259),
    "full_name": (434, 443),
    "lowercase_name": (139, 150),
    "word_name": (140, 154),
}
NAMES = (1046, 1094)
# Stop 27: measured after the twenty-third name round, which never read this corpus (aggregate
# report only).
FOUND |= {"word_name": (142, 154)}
NAMES = (1048, 1094)
# Stop 27: measured after the twenty-fifth round, which never read this corpus (aggregate
# report only).
FOUND |= {"full_name": (436, 443)}
NAMES = (1050, 1094)
KEPT = {**KEPT, "date": (171, 171)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"first_name": (247, 259)}
NAMES = (1051, 1094)
# Stop 34: measured after the address and property rules of stop 34, which never read this corpus's misses
# (aggregate report only).
FOUND |= {"address": (112, 113)}
# Stop 34: measured after round 30 (name_guards.py, name_logs.py), which never read this corpus's misses
# (aggregate report only).
FOUND |= {"nickname": (47, 47)}
NAMES = (1052, 1094)
# Stop 34: measured after rounds 30 and 32, which never read this corpus's misses (aggregate report only).
FOUND |= {"address": (113, 113), "full_name": (440, 443)}
NAMES = (1056, 1094)
# Stop 35 (rounds 34–38; this corpus was not read): a role written short or in a note before a surname.
KEPT = {**KEPT, "time": (186, 186)}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"full_name": (441, 443)}
NAMES = (1057, 1094)


class TestBlind9(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind9.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = False  # nobody has read this corpus's misses: keep them out of failure messages
    STYLE_FIELD = ("|", 2)
