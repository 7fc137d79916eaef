"""Redaction measured on the seventh blind corpus (tests/blind7_corpus.py, docs/redaction_blind7.md).

The corpus was written without reading the redaction's rules, word lists or earlier corpora. The figures
delivered with it are kept below (DELIVERED_*), and the ratchets (FOUND, NAMES, KEPT) make a fall fail.
The report written to test-artifacts/redaction_blind7.md holds aggregate figures only: per kind, per
origin, per style and per look-alike kind, never a missed item or sentence. Stop 21's ninth name round read
its name misses, so it is a development corpus since: its blind name figure is 869 of 1,028 (stop 20).
"""

from __future__ import annotations

import pytest

from tests.blind7_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

# builds and measures 980 sentences (about 5 s)
pytestmark = pytest.mark.slow

MEASURED_ON = "07c396a"  # main when the corpus was delivered
TITLE = "Redaction on the seventh blind corpus"
ABOUT = (
    "Written blind (tests/blind7_*.py, docs/redaction_blind7.md); aggregate figures only, no missed item "
    f"and no missed sentence. Delivered figures measured on main {MEASURED_ON}."
)

# (found, items) per planted kind, as delivered
DELIVERED_FOUND = {
    "personnummer": (31, 31),
    "samordningsnummer": (32, 32),
    "mobile": (55, 55),
    "landline": (55, 55),
    "email": (72, 72),
    "plate": (45, 45),
    "plate_new": (42, 43),
    "address": (92, 92),
    "apartment": (52, 52),
    "property": (52, 53),
    "case_number": (47, 47),
    "full_name": (325, 352),
    "first_name": (127, 144),
    "surname_after_role": (120, 138),
    "nickname": (62, 68),
    "word_name": (69, 161),
    "lowercase_name": (120, 165),
}
DELIVERED_NAMES = (823, 1028)  # (found, items), all name kinds
# (kept, items) per look-alike kind, as delivered
DELIVERED_KEPT = {
    "place": (199, 201),
    "institution": (194, 196),
    "street": (98, 98),
    "time": (222, 222),
    "date": (135, 135),
    "amount": (47, 47),
    "week": (67, 67),
    "bus_line": (60, 60),
    "word": (80, 85),
    "organisation": (65, 68),
    "person_street": (33, 35),
}

# the ratchets: raise them when the redaction gets better on this corpus, never lower them
FOUND = {
    **DELIVERED_FOUND,
    # Stop 20's eighth name round, measured on this corpus twice and its misses never read. The second
    # measurement followed a list of given names that are words (names.WORD_GIVEN_NAMES), written after
    # the first showed word-names at 47.8 %: by an author with the same kind of knowledge as the corpus's,
    # so the word-name figure overstates what the list does for names nobody here thought of.
    # Stop 21: the ninth name round READ this corpus's name misses (items and sentences): development
    # figures from here on. Its blind figure stays 869 of 1,028 (84.5 %).
    "first_name": (138, 144),
    "full_name": (344, 352),
    "lowercase_name": (149, 165),
    "nickname": (64, 68),
    "surname_after_role": (136, 138),
    "word_name": (136, 161),  # 141 before the review's precision fixes (greetings, rosters)
}
# Stop 20 (delivered: 823; the rules alone 834; with the word list 857; with chat speakers, written after
# the delivered figures showed chat lines at 60 %, 869).
# Stop 22: the tenth name round (its development corpora were 7 and 8).
FOUND |= {"first_name": (140, 144), "full_name": (349, 352), "word_name": (143, 161)}
NAMES = (981, 1028)
KEPT = dict(DELIVERED_KEPT)
# Stop 23: the eleventh name round (its development corpora were 11, 7 and 8).
FOUND |= {"lowercase_name": (154, 165)}
NAMES = (986, 1028)
KEPT = {**KEPT, "place": (200, 201)}
# Stop 25: measured after the fourteenth name round (developed on corpus 14).
KEPT = {**KEPT, "organisation": (67, 68)}
# Stop 25: measured after the fifteenth name round (developed on corpus 15).
FOUND |= {"first_name": (141, 144)}
NAMES = (987, 1028)
# Stop 25: measured after the seventeenth name round (developed on corpus 17).
FOUND |= {"word_name": (145, 161)}
NAMES = (989, 1028)
# Stop 26: measured after the nineteenth name round and the widened name lists (developed on corpus
# 19).
FOUND |= {"full_name": (350, 352), "nickname": (65, 68)}
NAMES = (991, 1028)
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"first_name": (142, 144), "lowercase_name": (157, 165), "word_name": (147, 161)}
NAMES = (997, 1028)
# Stop 33: structured formats fixed from the development corpora (tests/test_structured_stop33.py).
FOUND |= {"plate_new": (43, 43), "property": (53, 53)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"full_name": (351, 352), "lowercase_name": (158, 165)}
NAMES = (999, 1028)
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
KEPT = {**KEPT, "institution": (196, 196)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"lowercase_name": (159, 165)}
NAMES = (1000, 1028)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (143, 144), "lowercase_name": (160, 165)}
NAMES = (1002, 1028)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (144, 144), "lowercase_name": (161, 165), "word_name": (148, 161)}
NAMES = (1005, 1028)
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {"word_name": (149, 161)}
NAMES = (1006, 1028)


class TestBlind7(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind7.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = True  # its name misses were read at stop 21 (development since)
    STYLE_FIELD = ("/", 1)
