"""Redaction measured on the seventeenth blind corpus (tests/blind17_corpus.py): town centres, transport and
night life — guards' and ordningsvakter's log lines and reports, shift handovers, lists of banned persons,
descriptions of suspects and victims, lost property, witnesses with contact details, radio calls and text
messages, parking and taxi notes, event security, shops, nightclub doors, buses, trams and trains, baths and
libraries, school transport and the kommun's trygghetssamordnare summarising them, in Malmö, Göteborg, Örebro,
Umeå, Borlänge, Sundsvall, Jönköping, Norrköping, Södertälje, Nacka and Nyköping, with name forms in a
realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind17.md says what was opened).

Its two missed plates and its lost institutions were read at stop 25, after the sixteenth name round had
been measured on it; then its name misses, for the seventeenth name round, so from then on it is a
development corpus. The report stays aggregate-only (per kind, origin, style and look-alike kind).
"""

from __future__ import annotations

import pytest

from tests.blind17_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "111d629"  # main when the corpus was delivered (the branch's product code)
TITLE = (
    "Redaction on the seventeenth blind corpus (town centres, transport and night life, a realistic name mix)"
)
ABOUT = (
    "Written blind (tests/blind17_*.py, docs/redaction_blind17.md); each item is a log line, report,"
    " handover, banned-person list, description, lost-property note, witness list, radio call or message,"
    " parking or taxi note, event plan, shop incident, nightclub door log, on-board report, bath or library"
    " note, school transport note or the trygghetssamordnare's summary, written in eleven Swedish towns, with"
    " name forms in a realistic mix; aggregate figures only, no missed item and no sentence. Delivered"
    f" figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (123, 123),
    "samordningsnummer": (44, 44),
    "mobile": (232, 232),
    "landline": (62, 62),
    "email": (49, 49),
    "plate": (67, 67),
    "plate_new": (46, 48),
    "address": (99, 99),
    "apartment": (37, 37),
    "property": (39, 39),
    "case_number": (134, 134),
    "full_name": (1769, 1812),
    "first_name": (640, 660),
    "surname_after_role": (352, 364),
    "nickname": (162, 170),
    "word_name": (135, 158),
    "lowercase_name": (136, 145),
}
DELIVERED_NAMES = (3194, 3309)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (255, 256),
    "institution": (557, 590),
    "street": (81, 81),
    "time": (473, 475),
    "date": (326, 328),
    "amount": (61, 61),
    "week": (151, 151),
    "bus_line": (167, 167),
    "word": (67, 67),
    "organisation": (439, 588),
    "person_street": (38, 38),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (a
# structured kind at 100 %, a name kind at 98 %, a look-alike kind at 2 % lost), since the targets' strict
# xfails are decided by these figures.


FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 25: measured after the sixteenth name round, which never read this corpus's misses (aggregate
# report only); then its two missed plates and its lost institutions, and only those, were read.
FOUND |= {
    "first_name": (640, 660),
    "full_name": (1769, 1812),
    "lowercase_name": (136, 145),
    "nickname": (162, 170),
    "plate_new": (48, 48),
    "surname_after_role": (352, 364),
    "word_name": (135, 158),
}
NAMES = (3194, 3309)
KEPT = {
    **KEPT,
    "amount": (61, 61),
    "bus_line": (167, 167),
    "date": (326, 328),
    "institution": (571, 590),
    "organisation": (440, 588),
    "place": (255, 256),
    "street": (81, 81),
    "time": (473, 475),
    "week": (151, 151),
    "word": (67, 67),
}
# Stop 25: the seventeenth name round (developed on corpus 17, its misses read).
FOUND |= {
    "first_name": (643, 660),
    "full_name": (1778, 1812),
    "lowercase_name": (138, 145),
    "nickname": (166, 170),
    "surname_after_role": (362, 364),
    "word_name": (150, 158),
}
NAMES = (3237, 3309)
# Stop 26: measured after the eighteenth name round (developed on corpus 18).
FOUND |= {"full_name": (1779, 1812), "lowercase_name": (139, 145)}
NAMES = (3239, 3309)
# Stop 26: measured after the nineteenth name round and the widened name lists (developed on corpus
# 19).
FOUND |= {"first_name": (648, 660), "full_name": (1788, 1812)}
NAMES = (3253, 3309)
# Stop 26: the widened name lists take one organisation more as a name (information only).
KEPT = {**KEPT, "organisation": (439, 588)}
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"first_name": (651, 660), "full_name": (1795, 1812), "lowercase_name": (142, 145)}
NAMES = (3266, 3309)
KEPT = {**KEPT, "organisation": (443, 588)}
# Stop 27: measured after the twenty-third name round (developed on corpus 23).
KEPT = {**KEPT, "organisation": (456, 588)}
# Stop 27: measured after the twenty-fifth round (developed on corpus 25).
KEPT = {**KEPT, "date": (328, 328), "time": (475, 475)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"full_name": (1796, 1812), "word_name": (152, 158)}
NAMES = (3269, 3309)
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
FOUND |= {"first_name": (652, 660), "full_name": (1797, 1812), "surname_after_role": (364, 364)}
NAMES = (3273, 3309)
KEPT = {**KEPT, "institution": (573, 590)}
# Stop 34, round 32 (name_logs.py, name_guards.py): a surname in capitals before the given names, a
# relative's genitive, a group's people in brackets; holidays, kinship words of address and businesses are
# no person.
KEPT = {**KEPT, "organisation": (461, 588)}
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
KEPT = {**KEPT, "organisation": (462, 588)}
# Stop 36, round 44 (blind 44, 45 and 46 read): a name no list holds opening a clause before a verb, whom
# someone is angry at, a pronoun's partner, a name before its role after a comma or its unit or kin in
# brackets, a signature, inverted names in lists and rolls, the last one-word items of a list of names, a
# plate after a parking ticket's words, a lowercase street after adress: the figures rise.
FOUND |= {"full_name": (1798, 1812), "nickname": (168, 170)}
NAMES = (3276, 3309)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (655, 660), "full_name": (1799, 1812)}
NAMES = (3280, 3309)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (656, 660)}
NAMES = (3281, 3309)
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {"full_name": (1800, 1812)}
NAMES = (3282, 3309)


class TestBlind17(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind17.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = True  # read at stop 25: a development corpus
    STYLE_FIELD = ("|", 2)
