"""Redaction measured on the sixth blind corpus (tests/blind6_corpus.py, docs/redaction_blind6.md).

The corpus was written blind: without reading the redaction, its name lists, the earlier corpora or their
measurements. DELIVERED_* are the figures measured once, on main at MEASURED_ON, when the corpus was
delivered; FOUND, NAMES and KEPT are the ratchets: a kind may not fall below them. The issue's targets
are strict xfails naming their figure, so reaching a target shows up as an XPASS. The full report goes
to test-artifacts/redaction_blind6.md.
"""

from __future__ import annotations

import pytest

from tests.blind6_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

pytestmark = pytest.mark.slow

MEASURED_ON = "3687fc9"  # main when the corpus was delivered
TITLE = "Redaction on the sixth blind corpus"
ABOUT = (
    "Written blind by helper blind6: EST reporters' voices (samordnare, kommunpolis, bostadsbolag, väktare, "
    "fältassistenter, fritidsgård, skola, socialtjänst, trygghetsvärdar, nattvandrare) in prose, SMS, "
    "capitals, English, lists, signatures, quotes, exported rows and typos. See docs/redaction_blind6.md."
)
# kind -> (found, items), as measured when the corpus was delivered
DELIVERED_FOUND: dict[str, tuple[int, int]] = {
    "personnummer": (48, 48),
    "samordningsnummer": (34, 34),
    "mobile": (69, 69),
    "landline": (49, 49),
    "email": (47, 47),
    "plate": (41, 41),
    "plate_new": (39, 39),
    "address": (112, 112),
    "apartment": (63, 63),
    "property": (41, 49),
    "case_number": (49, 49),
    "full_name": (298, 339),
    "first_name": (175, 206),
    "surname_after_role": (207, 232),
    "nickname": (108, 133),
    "word_name": (59, 75),
    "lowercase_name": (73, 97),
}
DELIVERED_NAMES = (920, 1082)  # (found, items), all name kinds
# look-alike kind -> (kept, items)
DELIVERED_KEPT: dict[str, tuple[int, int]] = {
    "place": (145, 150),
    "institution": (228, 231),
    "street": (122, 125),
    "time": (192, 195),
    "date": (188, 188),
    "amount": (52, 52),
    "week": (63, 63),
    "bus_line": (63, 63),
    "word": (61, 61),
    "organisation": (81, 90),
    "person_street": (17, 17),
}

# The ratchets: raise a figure when a change finds or keeps more, and say which rules read this corpus's
# misses (from then on that kind is a development figure).
FOUND = {
    **DELIVERED_FOUND,
    # Stop 19's seventh name round (lagesbild/privacy/name_unknown.py: capitalised words that are no
    # known word, place or organisation), which never read this corpus's name misses: blind figures.
    # Stop 21's ninth name round read corpora 7 and 8's misses, never this corpus's: blind figures.
    "first_name": (195, 206),  # stop 21 (stop 20: 195)
    "full_name": (322, 339),  # stop 21 (stop 20: 317)
    "nickname": (128, 133),  # stop 21 (stop 20: 125)
    "surname_after_role": (225, 232),  # stop 21 (stop 20: 216)
    "word_name": (67, 75),  # stop 21 (stop 20: 64)
    "lowercase_name": (86, 97),  # stop 21 (stop 20: 77)
    # Block-name property designations (lagesbild/privacy/block_properties.py) were written after the
    # helper's report named the form of the misses (`Bagaren 25`); its four remaining misses were read:
    # a development figure.
    "property": (49, 49),
}
# Stop 22: measured after the tenth name round, which never read this corpus's misses (aggregate report only).
FOUND |= {"first_name": (196, 206), "full_name": (328, 339)}
NAMES = (1030, 1082)
KEPT = {
    **DELIVERED_KEPT,
    # The seventh round loses one more organisation (information only) and one more place, an English
    # `walked … to Idunlund`; its look-alike losses were read to fix `at Rosvalla` and `Friskis&Svettis`.
    "organisation": (80, 90),
    "place": (144, 150),
}
# Stop 23: measured after the eleventh name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"full_name": (330, 339), "lowercase_name": (94, 97), "word_name": (68, 75)}
NAMES = (1041, 1082)
# Stop 24: measured after the twelfth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"full_name": (333, 339), "surname_after_role": (226, 232)}
NAMES = (1045, 1082)
# Stop 25: measured after the fourteenth name round, which never read this corpus's misses (aggregate
# report only).
KEPT = {**KEPT, "organisation": (85, 90)}
# Stop 25: measured after the seventeenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"surname_after_role": (229, 232)}
NAMES = (1048, 1082)
# The titles by their ends (`vaktchef` among them) find three surnames after a role and lose one street: a
# name left would be personal data shared, a street taken is a word lost (the street was never read).
KEPT = {**KEPT, "street": (121, 125)}
# Stop 26: measured after the eighteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {"first_name": (197, 206)}
NAMES = (1049, 1082)
# Stop 26: measured after the nineteenth name round and the widened name lists, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"first_name": (198, 206), "surname_after_role": (232, 232), "word_name": (69, 75)}
NAMES = (1054, 1082)
# Stop 26: measured after the twentieth name round, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"word_name": (71, 75)}
NAMES = (1056, 1082)
# Stop 26: measured after the twenty-first name round, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"word_name": (72, 75)}
NAMES = (1057, 1082)
# Stop 27: measured after the hand-written name lists and the look-alike fixes, which never
# read this corpus (aggregate report only).
FOUND |= {"first_name": (201, 206), "full_name": (336, 339), "lowercase_name": (95, 97)}
NAMES = (1064, 1082)
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"first_name": (202, 206)}
NAMES = (1065, 1082)
# Stop 34: measured after round 30 (name_guards.py, name_logs.py), which never read this corpus's misses
# (aggregate report only).
KEPT = {**KEPT, "institution": (229, 231), "organisation": (86, 90), "place": (146, 150)}
# Stop 36, round 42 (an initial in a person's slot, nurses, doctors and in-laws as roles, lowercase
# sign-offs, particles and genitives, names with letters Swedish never uses, a passage log's inverted names,
# a currency's letters before three digits as a plate): the figures rise.
FOUND |= {"first_name": (203, 206), "lowercase_name": (96, 97)}
NAMES = (1067, 1082)
# Raised at stop 37 after round 48 (blind 50, 51 and 52 read).
FOUND |= {"nickname": (129, 133)}
NAMES = (1068, 1082)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"full_name": (338, 339)}
NAMES = (1070, 1082)
# Stop 39, round 58: places where a role, a preposition or a bracket puts them (aggregate only: this corpus
# is never read).
KEPT = {**KEPT, "place": (147, 150)}


class TestBlind6(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind6.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
