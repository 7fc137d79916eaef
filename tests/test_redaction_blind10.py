"""Redaction measured on the tenth blind corpus (tests/blind10_corpus.py): whole free-text cells as they
arrive in weekly reports, written without reading the redaction, its vocabulary or any earlier corpus
(docs/redaction_blind10.md says what was opened).

Nobody has read this corpus's name misses (its structured misses were read at stop 21): the report is
aggregate-only (per kind, origin, style and look-alike kind) and failure messages leave the missed items out.
"""

from __future__ import annotations

import pytest

from tests.blind10_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

pytestmark = pytest.mark.slow

MEASURED_ON = "ca0492f"  # main when the corpus was delivered
TITLE = "Redaction on the tenth blind corpus (whole cells)"
ABOUT = (
    "Written blind (tests/blind10_*.py, docs/redaction_blind10.md); each item is one free-text cell of one "
    "to five sentences; aggregate figures only, no missed item and no sentence. Delivered figures measured "
    f"on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (42, 42),
    "samordningsnummer": (36, 36),
    "mobile": (87, 87),
    "landline": (58, 58),
    "email": (36, 36),
    "plate": (37, 37),
    "plate_new": (46, 46),
    "address": (126, 131),
    "apartment": (97, 97),
    "property": (47, 50),
    "case_number": (126, 133),
    "full_name": (786, 834),
    "first_name": (466, 495),
    "surname_after_role": (154, 170),
    "nickname": (45, 60),
    "word_name": (179, 228),
    "lowercase_name": (148, 201),
}
DELIVERED_NAMES = (1778, 1988)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (241, 241),
    "institution": (272, 272),
    "street": (152, 152),
    "time": (273, 273),
    "date": (192, 192),
    "amount": (50, 50),
    "week": (96, 98),
    "bus_line": (52, 52),
    "word": (175, 178),
    "organisation": (139, 165),
    "person_street": (45, 47),
}

# The ratchets are the delivered figures: nobody has read this corpus's misses.
# Stop 21: measured once more after the ninth name round, which never read this corpus (names 1,797,
# blind), then twice after one more rule written on the development corpora (1,804; narrowed: 1,800),
# and once after the review's precision fixes (1,799).
# The structured misses (address, case number, property) were then read as the item with a dozen
# characters around it; addresses after a capitalised direction (`Norra Promenaden 47B`) and work orders
# (`AO 280447`) were fixed in general: development figures for those kinds.
FOUND = {
    **DELIVERED_FOUND,
    "address": (131, 131),
    "case_number": (133, 133),
    "first_name": (466, 495),
    "full_name": (790, 834),
    "lowercase_name": (156, 201),
    "nickname": (47, 60),
    "surname_after_role": (156, 170),
    "word_name": (184, 228),
}
# Stop 22: measured after the tenth name round, which never read this corpus's misses (aggregate report only).
FOUND |= {"first_name": (469, 495), "full_name": (808, 834)}
NAMES = (1820, 1988)
KEPT = dict(DELIVERED_KEPT)
# Stop 23: measured after the eleventh name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {
    "first_name": (470, 495),
    "full_name": (810, 834),
    "lowercase_name": (182, 201),
    "surname_after_role": (161, 170),
    "word_name": (185, 228),
}
NAMES = (1855, 1988)
KEPT = {**KEPT, "organisation": (140, 165)}
# Stop 24: measured after the twelfth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"first_name": (481, 495), "full_name": (820, 834), "word_name": (189, 228)}
NAMES = (1880, 1988)
# Stop 24: measured after the thirteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"word_name": (191, 228)}
NAMES = (1882, 1988)
# Stop 25: measured after the fourteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"nickname": (48, 60)}
NAMES = (1883, 1988)
KEPT = {**KEPT, "organisation": (158, 165)}
# Stop 25: measured after the seventeenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"lowercase_name": (183, 201), "nickname": (50, 60)}
NAMES = (1886, 1988)
# Stop 26: measured after the eighteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"first_name": (483, 495), "full_name": (821, 834)}
NAMES = (1889, 1988)
# Stop 26: measured after the nineteenth name round and the widened name lists, which never read this
# corpus's misses (aggregate report only).
FOUND |= {
    "first_name": (484, 495),
    "full_name": (825, 834),
    "surname_after_role": (163, 170),
    "word_name": (192, 228),
}
NAMES = (1897, 1988)
# Stop 26: measured after the twentieth name round, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"word_name": (194, 228)}
NAMES = (1899, 1988)
# Stop 26: measured after the twenty-first name round, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"first_name": (486, 495), "word_name": (200, 228)}
NAMES = (1907, 1988)
# Stop 27: measured after the hand-written name lists and the look-alike fixes, which never
# read this corpus (aggregate report only).
FOUND |= {"full_name": (830, 834), "lowercase_name": (189, 201)}
NAMES = (1918, 1988)
# Stop 27: measured after the twenty-third name round, which never read this corpus (aggregate
# report only).
FOUND |= {"lowercase_name": (190, 201), "surname_after_role": (165, 170)}
NAMES = (1921, 1988)
# Stop 34: measured after round 30 (name_guards.py, name_logs.py), which never read this corpus's misses
# (aggregate report only).
KEPT = {**KEPT, "organisation": (160, 165)}
# Stop 34: measured after rounds 30 and 32, which never read this corpus's misses (aggregate report only).
FOUND |= {"surname_after_role": (166, 170)}
NAMES = (1922, 1988)
# Stop 35 (rounds 34–38; this corpus was not read): a role written short or in a note before a surname.
FOUND |= {"surname_after_role": (167, 170)}
NAMES = (1923, 1988)
KEPT = {**KEPT, "organisation": (163, 165)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (489, 495), "full_name": (832, 834), "surname_after_role": (168, 170)}
NAMES = (1929, 1988)


class TestBlind10(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind10.md"
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
