"""Redaction measured on the fifth blind corpus (issue 14): tests/blind5_corpus.py, written without
reading the rules, their name lists or the earlier blind corpora (docs/redaction_blind5.md).

The DELIVERED figures were measured once, on MEASURED_ON plus the corpus files. The ratchets below keep
them from falling; the targets (100 % per structured kind, ≥ 98 % names, ≤ 2 % look-alikes lost) are
strict xfails where the delivered figure is below target, so a rule change that reaches a target shows up
as XPASS and the ratchet must be raised. Tuning the rules on this corpus spends it: a fresh one is then
needed for an honest figure.
"""

from __future__ import annotations

import pytest

from tests.blind5_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

pytestmark = pytest.mark.slow

MEASURED_ON = "561f303"  # main when the corpus was delivered
TITLE = "Redaction on the fifth blind corpus (issue 14)"
ABOUT = (
    "Written blind by helper blind5 from its own knowledge of how EST reporters write; see "
    f"docs/redaction_blind5.md. Delivered figures measured on main {MEASURED_ON}."
)

# kind: (found, items) as delivered
DELIVERED_FOUND = {
    "address": (101, 101),
    "apartment": (53, 53),
    "case_number": (53, 53),
    "email": (48, 48),
    "first_name": (151, 169),
    "full_name": (294, 307),
    "landline": (58, 58),
    "lowercase_name": (72, 82),
    "mobile": (94, 94),
    "nickname": (67, 123),
    "personnummer": (48, 48),
    "plate": (41, 41),
    "plate_new": (45, 46),
    "property": (30, 30),
    "samordningsnummer": (36, 36),
    "surname_after_role": (122, 124),
    "word_name": (55, 71),
}
DELIVERED_NAMES = (761, 876)
# kind: (kept, items) as delivered
DELIVERED_KEPT = {
    "amount": (48, 48),
    "bus_line": (54, 54),
    "date": (212, 213),
    "institution": (266, 266),
    "organisation": (146, 159),
    "person_street": (42, 42),
    "place": (89, 89),
    "street": (154, 154),
    "time": (173, 173),
    "week": (111, 113),
    "word": (78, 78),
}
# The ratchets: raise them when the rules improve, never lower them.
# The ratchets. Raise a figure here when a change finds or keeps more, and say which rules read this
# corpus's misses: from then on that kind is a development figure, not a blind one.
FOUND = {
    **DELIVERED_FOUND,
    # The sixth name round (branch names6), which never read this corpus, had blind figures of full names
    # 300, first names 155 and nicknames 76. Stop 19's seventh name round (lagesbild/privacy/
    # name_unknown.py: capitalised words that are no known word, place or organisation) wrote its list of
    # short forms after this corpus's misses were listed in docs/redaction_blind5.md, so these are
    # development figures from here on; so is the lowercase new plate after a vehicle word (`bil glo 21a`).
    "plate_new": (46, 46),
    "full_name": (306, 307),  # stop 21, the ninth name round
    "first_name": (162, 169),  # stop 21
    "nickname": (120, 123),  # stop 21, after its review's fixes (stop 20: 117, a signature `/frasse`)
    "word_name": (60, 71),  # stop 20
    "lowercase_name": (81, 82),  # stop 21, the ninth name round (development): reaches 98 %
}
# the ninth name round (stop 21): 853 after its review's precision fixes; the eighth (stop 20): 842,
# development (sixth, blind: 780; delivered: 761)
# Stop 22: the tenth name round (its development corpora were 7 and 8).
FOUND |= {"full_name": (307, 307), "surname_after_role": (124, 124)}
NAMES = (854, 876)
# Lowered at stop 21 (information only, no target): a line in capitals is read in lowercase, where a word
# no lexicon knows is taken as a name, and `COOMPANION` is one (fail closed).
KEPT = {**DELIVERED_KEPT, "organisation": (145, 159)}
# Stop 23: measured after the eleventh name round (development corpora 11, 7 and 8).
KEPT = {**KEPT, "organisation": (148, 159)}
# Stop 25: measured after the fourteenth name round (developed on corpus 14).
FOUND |= {"first_name": (164, 169), "word_name": (66, 71)}
NAMES = (862, 876)
KEPT = {**KEPT, "organisation": (156, 159)}
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"first_name": (167, 169)}
NAMES = (865, 876)
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
KEPT = {**KEPT, "date": (213, 213)}


class TestBlind5(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind5.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
