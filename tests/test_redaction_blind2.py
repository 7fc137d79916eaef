"""The redaction measured on the second blind corpus (tests/blind2_corpus.py).

The corpus was written without reading the redaction; the figures were measured once, on main at
ecc61a0 (branch blind2 adding only the corpus files), and are kept as DELIVERED_*. The ratchet uses
FOUND/KEPT, the figures after the structured fixes that followed: no kind may fall below them. Kinds
below the issue's targets (structured 100 %, names ≥ 98 %, look-alikes lost ≤ 2 %) are strict xfails
naming their figure, so reaching a target turns the xfail into a failure that asks for the figure to be
raised here. The report is written to test-artifacts/redaction_blind2.md; docs/redaction_blind2.md
explains the corpus.
"""

from __future__ import annotations

import pytest

from tests.blind2_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

# builds and measures 1,000 sentences (about 5 s)
pytestmark = pytest.mark.slow

# kind -> (found, items), planted kinds, as delivered
DELIVERED_FOUND = {
    "personnummer": (62, 62),
    "samordningsnummer": (65, 65),
    "mobile": (71, 71),
    "landline": (66, 66),
    "email": (64, 64),
    "plate": (44, 44),
    "plate_new": (60, 62),
    "address": (186, 211),
    "apartment": (98, 98),
    "property": (59, 59),
    "case_number": (65, 72),
    "full_name": (227, 272),
    "first_name": (380, 475),
    "surname_after_role": (165, 219),
    "nickname": (144, 179),
    "word_name": (74, 92),
    "lowercase_name": (119, 205),
}
DELIVERED_NAMES = (1109, 1442)
# kind -> (kept, items), look-alikes, as delivered
DELIVERED_KEPT = {
    "place": (217, 217),
    "institution": (283, 289),
    "street": (82, 82),
    "time": (209, 220),
    "date": (132, 132),
    "amount": (45, 45),
    "week": (77, 77),
    "bus_line": (57, 57),
    "word": (151, 151),
    "organisation": (82, 87),
    "person_street": (57, 57),
}


# After stop 16's changes. The structured fixes read the misses above (development figures for those
# kinds): shortened street names, police numbers without their K, kommun diary numbers, clock times after
# a school or shop. The name rules of that stop never saw this corpus, so the name figures are still
# blind. The ratchets and the target marks use these.
FOUND = {
    **DELIVERED_FOUND,
    "address": (211, 211),
    "case_number": (72, 72),
    "surname_after_role": (219, 219),  # after the role abbreviations kpol, fsk, fritidsl.: development
    "plate_new": (62, 62),  # lowercase 2019 plates without a vehicle word (names4): development
    # Development figures from the fourth name round (branch names4), whose rules and lists were tuned
    # against this corpus's misses (the third round, names3, had full 238, first 400, nickname 160,
    # word 78, lowercase 132: 1227 of 1442, 85.1 %, still blind then).
    "full_name": (271, 272),  # the fifth name round (names5), development
    "first_name": (473, 475),
    "nickname": (179, 179),
    "word_name": (92, 92),
    "lowercase_name": (195, 205),  # stop 20, the eighth name round (development)
}
# Stop 22: the tenth name round (its development corpora were 7 and 8).
FOUND |= {"full_name": (272, 272)}
NAMES = (1430, 1442)
KEPT = {**DELIVERED_KEPT, "institution": (288, 289), "time": (216, 220), "organisation": (84, 87)}
# Stop 23: measured after the eleventh name round (development corpora 11, 7 and 8).
FOUND |= {"lowercase_name": (196, 205)}
NAMES = (1431, 1442)
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"first_name": (474, 475), "lowercase_name": (202, 205)}
NAMES = (1438, 1442)
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"lowercase_name": (203, 205)}
NAMES = (1439, 1442)


class TestBlind2(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind2.md"
    TITLE = "Redaction on blind corpus 2"
    ABOUT = (
        "Blind corpus 2 (tests/blind2_corpus.py), written without reading the redaction; "
        "see docs/redaction_blind2.md."
    )
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
