"""The redaction measured on the fourth blind corpus (issue 14; tests/blind4_corpus.py and
docs/redaction_blind4.md).

The DELIVERED figures were measured once, on a branch holding only the corpus on top of main (MEASURED_ON),
before anyone working on the rules had read the corpus. The ratchets keep every kind from falling below
them; the kinds below the issue's targets are strict xfails that name their figure, so reaching a target
shows up as an XPASS to be turned into a plain assertion. The report goes to
test-artifacts/redaction_blind4.md.
"""

from __future__ import annotations

import pytest

from tests.blind4_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

pytestmark = pytest.mark.slow

MEASURED_ON = "6f99ed5"  # main when the corpus was delivered
TITLE = "Redaction on the fourth blind corpus (issue 14)"
ABOUT = (
    "Written blind by a helper who read neither the rules, their name lists nor the earlier corpora; "
    f"figures as delivered were measured on main {MEASURED_ON}. See docs/redaction_blind4.md."
)
# kind -> (found, items), as delivered
DELIVERED_FOUND: dict[str, tuple[int, int]] = {
    "first_name": (204, 240),
    "full_name": (325, 350),
    "mobile": (64, 64),
    "nickname": (115, 136),
    "lowercase_name": (52, 79),
    "surname_after_role": (166, 175),
    "personnummer": (44, 44),
    "word_name": (47, 53),
    "plate": (41, 42),
    "plate_new": (44, 44),
    "address": (147, 147),
    "apartment": (57, 58),
    "email": (46, 46),
    "landline": (47, 47),
    "samordningsnummer": (27, 27),
    "case_number": (101, 104),
    "property": (39, 40),
}
DELIVERED_NAMES: tuple[int, int] = (909, 1033)
# look-alike kind -> (kept, items), as delivered
DELIVERED_KEPT: dict[str, tuple[int, int]] = {
    "place": (375, 375),
    "time": (190, 192),
    "institution": (138, 139),
    "street": (111, 111),
    "organisation": (175, 192),
    "date": (146, 147),
    "week": (100, 100),
    "bus_line": (30, 30),
    "word": (69, 75),
    "amount": (34, 34),
    "person_street": (19, 19),
}
# The ratchets. Raise a figure here when a change finds or keeps more, and say which rules read this
# corpus's misses: from then on that kind is a development figure, not a blind one.
FOUND: dict[str, tuple[int, int]] = {
    **DELIVERED_FOUND,
    # Stop 18's structured fixes read these kinds' misses (development figures from here on): a plate
    # followed by "PARKERAD" in capitals, "LGH NR 1206", "kv. Sälgen 26:", unit letters in lowercase
    # ("soc 2026:1482", "dnr ks 2026:1488").
    "plate": (42, 42),
    "apartment": (58, 58),
    "property": (40, 40),
    "case_number": (104, 104),
    # The fifth name round (branch names5), which never read this corpus, blind figures: first names
    # 208, full names 335, nicknames 120, lowercase 53, word-names 51, surnames after a role 166.
    # The sixth name round (branch names6) READ this corpus's misses: development figures from here on.
    "first_name": (236, 240),  # stop 21
    "surname_after_role": (173, 175),  # stop 21, the ninth name round (development): reaches 98 %
    "nickname": (136, 136),
    "word_name": (53, 53),  # stop 20: a word-name before an age (`Bror, 16 år`)
    "lowercase_name": (69, 79),  # stop 21, the ninth name round (development)
    # Stop 19's seventh name round (lagesbild/privacy/name_unknown.py: capitalised words that are no
    # known word, place or organisation); development.
    "full_name": (346, 350),  # stop 21
}
# The fifth name round, blind: 933; the sixth round, which read the misses (development): 988; the seventh
# round: 994.
NAMES: tuple[int, int] = (1013, 1033)  # stop 21, the ninth name round (stop 20: 1,007)
KEPT: dict[str, tuple[int, int]] = {
    **DELIVERED_KEPT,
    # The sixth name round read the look-alikes lost (development): "1) Rosa klotter", "kunde inte klara
    # situationen", "Ang. Lax och kyckling", "Ang. Luciafirande Brandkärrs förskola".
    "word": (75, 75),
    "institution": (139, 139),
    # Lowered at stop 21 (information only, no target): in a text without capitals a word no lexicon
    # knows is taken as a name, and `ungdomsråd` (twice) is one (fail closed).
    "organisation": (174, 192),
}
# Stop 23: measured after the eleventh name round (development corpora 11, 7 and 8).
FOUND |= {"full_name": (347, 350)}
NAMES = (1014, 1033)
KEPT = {**KEPT, "organisation": (181, 192)}
# Stop 25: measured after the fourteenth name round (developed on corpus 14).
KEPT = {**KEPT, "organisation": (191, 192)}
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"full_name": (350, 350), "lowercase_name": (71, 79), "surname_after_role": (174, 175)}
NAMES = (1020, 1033)
KEPT = {**KEPT, "time": (191, 192)}
# Lowered by one at stop 38 (round 56): a given name now listed (`Ladan`) makes a register's `Sadeghi, Ladan
# (Ältas Ungdomsråd)` a name found, and the council in brackets after it is read as the person's too; an
# organisation is reported for information only, and the name was missed before.
KEPT = {**KEPT, "organisation": (190, 192)}


class TestBlind4(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind4.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
