"""The redaction measured on the third blind corpus (tests/blind3_corpus.py).

The corpus was written without reading the redaction, its name lists or the earlier corpora; the figures
were measured once, on main at 734dd0c (branch blind3 adding only the corpus files), and are kept as
DELIVERED_*. FOUND/KEPT, the ratchets, equal them: no kind may fall below. Kinds below the issue's targets
(structured 100 %, names ≥ 98 %, look-alikes lost ≤ 2 %) are strict xfails naming their figure, so reaching
a target turns the xfail into a failure that asks for the figure to be raised here. The report is written
to test-artifacts/redaction_blind3.md; docs/redaction_blind3.md explains the corpus.
"""

from __future__ import annotations

import pytest

from tests.blind3_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

# builds and measures 1,000 sentences (about 3 s)
pytestmark = pytest.mark.slow

# kind -> (found, items), planted kinds, as delivered
DELIVERED_FOUND = {
    "personnummer": (44, 52),
    "samordningsnummer": (47, 58),
    "mobile": (81, 81),
    "landline": (49, 49),
    "email": (50, 50),
    "plate": (45, 45),
    "plate_new": (48, 51),
    "address": (172, 193),
    "apartment": (61, 61),
    "property": (29, 42),
    "case_number": (83, 102),
    "full_name": (308, 380),
    "first_name": (199, 241),
    "surname_after_role": (156, 173),
    "nickname": (108, 133),
    "word_name": (53, 63),
    "lowercase_name": (50, 89),
}
DELIVERED_NAMES = (874, 1079)
# kind -> (kept, items), look-alikes, as delivered
DELIVERED_KEPT = {
    "place": (294, 294),
    "institution": (153, 153),
    "street": (96, 96),
    "time": (276, 276),
    "date": (219, 226),
    "amount": (49, 49),
    "week": (114, 114),
    "bus_line": (70, 70),
    "word": (103, 103),
    "organisation": (131, 151),
    "person_street": (56, 56),
}

# The ratchets. Raise a figure here when a change finds or keeps more; say in the commit which rules
# read this corpus's misses, since from then on that kind is a development figure, not a blind one.
FOUND = {
    **DELIVERED_FOUND,
    # Stop 17's structured fixes read these kinds' misses: development figures from here on. A spaced
    # dash in an identity number, "Gata nr 30", two spaces in a property designation, case numbers with
    # the year first, in mixed-case unit letters, after compound case words and listed after another.
    "personnummer": (52, 52),
    "samordningsnummer": (58, 58),
    "address": (193, 193),
    "property": (42, 42),
    "case_number": (102, 102),
    # The fourth name round (branch names4), which never read this corpus: blind figures.
    "plate_new": (51, 51),
    # The fifth name round (branch names5) read this corpus's name misses and wrote its rules
    # (lagesbild/privacy/name_signals.py) from them: development figures from here on.
    "surname_after_role": (173, 173),
    "word_name": (63, 63),
    "lowercase_name": (85, 89),  # stop 20, the eighth name round (development)
    # Stop 19's seventh name round (lagesbild/privacy/name_unknown.py: capitalised words that are no
    # known word, place or organisation); development.
    "full_name": (375, 380),  # stop 20: after a sentence-opening word (`Info Áilu Päiviö`)
    "first_name": (239, 241),
    "nickname": (130, 133),
}
# The seventh name round, development; the fifth round 1052 (development), the fourth 909 (blind),
# delivered 874.
# Stop 22: the tenth name round (its development corpora were 7 and 8).
FOUND |= {"full_name": (376, 380)}
NAMES = (1066, 1079)
KEPT = {
    **DELIVERED_KEPT,
    "date": (226, 226),  # stop 17: a date after a street (development)
    "organisation": (130, 151),  # information only; one more lost in the fourth name round
}
# Stop 23: measured after the eleventh name round (development corpora 11, 7 and 8).
FOUND |= {"lowercase_name": (86, 89)}
NAMES = (1067, 1079)
KEPT = {**KEPT, "organisation": (141, 151)}
# Stop 24: measured after the thirteenth name round (developed on corpus 13).
FOUND |= {"first_name": (241, 241)}
NAMES = (1069, 1079)
# Stop 25: measured after the fourteenth name round (developed on corpus 14).
KEPT = {**KEPT, "organisation": (149, 151)}
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"full_name": (378, 380), "lowercase_name": (88, 89)}
NAMES = (1073, 1079)


class TestBlind3(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind3.md"
    TITLE = "Redaction on blind corpus 3"
    ABOUT = (
        "Blind corpus 3 (tests/blind3_corpus.py), written without reading the redaction; "
        "see docs/redaction_blind3.md."
    )
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
