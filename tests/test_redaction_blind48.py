"""Redaction measured on the forty-eighth blind corpus (tests/blind48_corpus.py): återvinningscentraler and
illegal dumping — the station's log, incident reports and staff chat on threats and thefts; the kommun's
nedskräpningsärenden, where inspectors trace dumped rubbish by the envelopes, invoices, prescription and
parcel labels found in it; letters to the suspected owner and their replies; reports to the police; a
contractor's log of emptied containers and drivers' deviation reports; residents' e-service reports and
e-mails with photos and plates of vans; Facebook groups; EST weekly rows; a housing company's work orders —
from five kommuner, with name forms in a realistic mix. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind48.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind48_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "d801d89"  # main when the corpus was delivered
TITLE = "Redaction on the forty-eighth blind corpus (återvinningscentraler and illegal dumping)"
ABOUT = (
    "Written blind (tests/blind48_*.py, docs/redaction_blind48.md); each item is a text of an"
    " återvinningscentral or a nedskräpningsärende (station logs, incident reports, staff chat, inspectors'"
    " notes, lists of what was found in dumped rubbish, letters to the suspected owner and replies, police"
    " reports, a contractor's container log, drivers' deviation reports, residents' e-service reports and"
    " e-mails, Facebook posts, EST weekly rows, housing work orders) from five kommuner, with name forms in a"
    " realistic mix; aggregate figures only, no missed item and no sentence. Delivered figures measured on"
    f" main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (42, 42),
    "mobile": (154, 154),
    "landline": (77, 77),
    "email": (49, 49),
    "plate": (125, 126),
    "plate_new": (84, 84),
    "address": (252, 252),
    "apartment": (77, 77),
    "property": (42, 42),
    "case_number": (84, 84),
    "full_name": (1110, 1120),
    "first_name": (551, 562),
    "surname_after_role": (176, 177),
    "nickname": (94, 98),
    "word_name": (110, 122),
    "lowercase_name": (147, 154),
}
DELIVERED_NAMES = (2188, 2233)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (202, 203),
    "institution": (187, 189),
    "street": (126, 126),
    "time": (140, 140),
    "date": (252, 252),
    "amount": (77, 77),
    "week": (105, 105),
    "bus_line": (42, 42),
    "word": (42, 49),
    "organisation": (267, 315),
    "person_street": (35, 35),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 36, round 44 (blind 44, 45 and 46 read): a name no list holds opening a clause before a verb, whom
# someone is angry at, a pronoun's partner, a name before its role after a comma or its unit or kin in
# brackets, a signature, inverted names in lists and rolls, the last one-word items of a list of names, a
# plate after a parking ticket's words, a lowercase street after adress: the figures rise.
FOUND |= {
    "first_name": (553, 562),
    "full_name": (1110, 1120),
    "lowercase_name": (147, 154),
    "nickname": (94, 98),
    "plate": (125, 126),
    "surname_after_role": (176, 177),
    "word_name": (110, 122),
}
NAMES = (2190, 2233)
KEPT = {
    **KEPT,
    "amount": (77, 77),
    "date": (252, 252),
    "institution": (187, 189),
    "organisation": (267, 315),
    "place": (202, 203),
    "street": (126, 126),
    "time": (140, 140),
    "week": (105, 105),
    "word": (42, 49),
}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {
    "first_name": (559, 562),
    "full_name": (1115, 1120),
    "lowercase_name": (148, 154),
    "plate": (126, 126),
    "word_name": (111, 122),
}
NAMES = (2203, 2233)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"lowercase_name": (150, 154)}
NAMES = (2205, 2233)
# Raised at stop 38 after round 54 (blind 63 and 64 read).
FOUND |= {"first_name": (560, 562), "lowercase_name": (151, 154), "word_name": (114, 122)}
NAMES = (2210, 2233)


class TestBlind48(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind48.md"
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
