"""Redaction measured on the fifteenth blind corpus (tests/blind15_corpus.py): the everyday cells of a weekly
EST report — incident descriptions short and long, quoted speech, the place column, the reporter column,
contact lists, measures and lists of measures, upcoming events, status comments, follow-ups, housing
companies' rows, kommunpolis' excerpts, the weekly check-in's notes and short messages — as fritidsledare,
fältassistenter, trygghetsvärdar, nattvandrare, SSPF, social services, deacons, clubs, shopkeepers, bus
drivers, police, guards, caretakers, BRF boards and school counsellors in Norrland, Skåne, Göteborg, Gotland,
Stockholm's suburbs, Nacka and Nyköping write them, with name forms in a realistic mix. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind15.md says what was opened).

Its four missed addresses were read at stop 25, after the fourteenth name round had been measured on it;
then its name misses and look-alikes lost, for the fifteenth name round, so from then on it is a
development corpus. The report stays aggregate-only (per kind, origin, style and look-alike kind).
"""

from __future__ import annotations

import pytest

from tests.blind15_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "7247f75"  # main when the corpus was delivered
TITLE = (
    "Redaction on the fifteenth blind corpus (the everyday cells of a weekly report, a realistic name mix)"
)
ABOUT = (
    "Written blind (tests/blind15_*.py, docs/redaction_blind15.md); each item is a cell of a weekly EST"
    " report (incident, place, reporter, contacts, measures, upcoming events, status, follow-up, housing"
    " rows, police excerpts, check-in notes, messages) written by partners in Norrland, Skåne, Göteborg,"
    " Gotland, Stockholm's suburbs, Nacka and Nyköping, with name forms in a realistic mix; aggregate figures"
    f" only, no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (57, 57),
    "samordningsnummer": (36, 36),
    "mobile": (135, 135),
    "landline": (43, 43),
    "email": (61, 61),
    "plate": (39, 39),
    "plate_new": (37, 37),
    "address": (135, 139),
    "apartment": (61, 61),
    "property": (37, 37),
    "case_number": (92, 92),
    "full_name": (1164, 1183),
    "first_name": (397, 412),
    "surname_after_role": (190, 204),
    "nickname": (84, 84),
    "word_name": (112, 127),
    "lowercase_name": (92, 98),
}
DELIVERED_NAMES = (2039, 2108)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (233, 245),
    "institution": (361, 368),
    "street": (100, 104),
    "time": (184, 184),
    "date": (229, 229),
    "amount": (48, 48),
    "week": (103, 103),
    "bus_line": (64, 64),
    "word": (49, 49),
    "organisation": (215, 276),
    "person_street": (28, 31),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind at 100 %, and the institution, amount and word look-alikes, one more of which lost would
# pass 2 %), since the targets' strict xfails are decided by these figures.


FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 25: measured after the fourteenth name round, which never read this corpus's misses (aggregate
# report only); then its four missed addresses, and only those, were read (three found since: streets
# named in one word ending in `väg`).
FOUND |= {
    "address": (138, 139),
    "first_name": (399, 412),
    "full_name": (1166, 1183),
    "lowercase_name": (92, 98),
    "nickname": (84, 84),
    "surname_after_role": (190, 204),
    "word_name": (114, 127),
}
NAMES = (2045, 2108)
KEPT = {
    **KEPT,
    "bus_line": (64, 64),
    "date": (229, 229),
    "organisation": (236, 276),
    "person_street": (28, 31),
    "place": (233, 245),
    "street": (100, 104),
    "time": (184, 184),
    "week": (103, 103),
}
# Stop 25: the fifteenth name round (developed on corpus 15, its misses read).
FOUND |= {
    "first_name": (408, 412),
    "full_name": (1174, 1183),
    "surname_after_role": (203, 204),
    "word_name": (121, 127),
}
NAMES = (2082, 2108)
# Stop 25: measured after the venue and plate rules read from blind 17's lost institutions and plates.
KEPT = {**KEPT, "institution": (362, 368)}
# Stop 26: measured after the eighteenth name round (developed on corpus 18).
FOUND |= {"full_name": (1175, 1183), "word_name": (122, 127)}
NAMES = (2084, 2108)
# Stop 26: measured after the nineteenth name round and the widened name lists (developed on corpus
# 19).
FOUND |= {"first_name": (409, 412), "full_name": (1180, 1183)}
NAMES = (2090, 2108)
# Stop 26: the widened name lists take three organisations more as names (information only:
# `Ultra`, `Bostaden` beside names now found).
KEPT = {**KEPT, "organisation": (233, 276)}
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"full_name": (1182, 1183), "lowercase_name": (94, 98)}
NAMES = (2094, 2108)
KEPT = {**KEPT, "place": (241, 245)}
# Stop 27: the hand-written name lists list `Arta`, and `Storstockholms` in `Storstockholms
# brandförsvar` after `Arta Ahmeti,` is taken as a name (information only).
KEPT = {**KEPT, "organisation": (232, 276)}
# Stop 34: a place's name with its house number after på or i, streets in gärde and byväg, an allé in
# lowercase, a block named by an agent noun (tests/test_structured_stop34.py).
FOUND |= {"address": (139, 139)}
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
KEPT = {**KEPT, "institution": (366, 368)}
# Stop 34, round 32 (name_logs.py, name_guards.py): a surname in capitals before the given names, a
# relative's genitive, a group's people in brackets; holidays, kinship words of address and businesses are
# no person.
FOUND |= {"word_name": (123, 127)}
NAMES = (2095, 2108)
KEPT = {**KEPT, "organisation": (237, 276)}
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
FOUND |= {"surname_after_role": (204, 204)}
NAMES = (2096, 2108)
KEPT = {**KEPT, "organisation": (243, 276)}
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"full_name": (1183, 1183)}
NAMES = (2097, 2108)
KEPT = {**KEPT, "organisation": (244, 276)}
# Raised at stop 38 after round 56 (blind 62 and 66 read; given names common in Sweden listed).
FOUND |= {"lowercase_name": (95, 98)}
NAMES = (2098, 2108)


class TestBlind15(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind15.md"
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
