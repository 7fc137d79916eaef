"""Redaction measured on the sixteenth blind corpus (tests/blind16_corpus.py): youth work and dialogue — chat
notes and text messages, fältassistenter's evening reports, nattvandrare's and fritidsgårdar's logs,
trygghetsvandring protocols, medborgardialog notes, föräldramöten, samverkansmöten with BRFs, churches,
mosques and clubs, SSPF and orosanmälan summaries, school counsellors' notes, club reports, kommunpolis'
notes, contact lists and follow-ups — by fältassistenter, fritidsledare, nattvandrare, SSPF coordinators,
skolkuratorer, föreningsledare, kommunpoliser, socialsekreterare and trygghetsvärdar in Nacka, Nyköping,
Järva/Söderort/Botkyrka, Göteborg, Malmö and Mellansverige. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind16.md says what was opened).

Its one missed samordningsnummer was read at stop 25, after the fifteenth name round had been measured on
it; then its name misses and look-alikes lost, for the sixteenth name round, so from then on it is a
development corpus. The report stays aggregate-only (per kind, origin, style and look-alike kind).
"""

from __future__ import annotations

import pytest

from tests.blind16_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "7767d2a"  # main when the corpus was delivered
TITLE = "Redaction on the sixteenth blind corpus (youth work and dialogue, a realistic name mix)"
ABOUT = (
    "Written blind (tests/blind16_*.py, docs/redaction_blind16.md); each item is a note from youth work and"
    " dialogue (chat and text messages, evening reports, nattvandring and fritidsgård logs, trygghetsvandring"
    " protocols, medborgardialog, föräldramöten, samverkansmöten, SSPF and orosanmälan summaries,"
    " counsellors' notes, club reports, police notes, contact lists, follow-ups) written in Nacka, Nyköping,"
    " Järva, Göteborg, Malmö and Mellansverige, with name forms in a realistic mix; aggregate figures only,"
    f" no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (48, 48),
    "samordningsnummer": (35, 36),
    "mobile": (152, 152),
    "landline": (85, 85),
    "email": (43, 43),
    "plate": (38, 38),
    "plate_new": (38, 38),
    "address": (86, 86),
    "apartment": (42, 42),
    "property": (36, 36),
    "case_number": (42, 42),
    "full_name": (1669, 1691),
    "first_name": (756, 775),
    "surname_after_role": (231, 234),
    "nickname": (112, 136),
    "word_name": (139, 145),
    "lowercase_name": (113, 132),
}
DELIVERED_NAMES = (3020, 3113)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (165, 166),
    "institution": (408, 415),
    "street": (90, 90),
    "time": (202, 202),
    "date": (258, 258),
    "amount": (60, 60),
    "week": (85, 85),
    "bus_line": (38, 38),
    "word": (87, 87),
    "organisation": (332, 369),
    "person_street": (20, 31),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (the ten
# structured kinds found at 100 %, and the bus_line look-alikes, one more of which lost would pass 2 %), since
# the targets' strict xfails are decided by these figures.


FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 25: measured after the fifteenth name round, which never read this corpus's misses (aggregate
# report only); then its one missed samordningsnummer, and only that, was read (found since).
FOUND |= {
    "first_name": (757, 775),
    "full_name": (1672, 1691),
    "lowercase_name": (113, 132),
    "nickname": (112, 136),
    "samordningsnummer": (36, 36),
    "surname_after_role": (231, 234),
    "word_name": (141, 145),
}
NAMES = (3026, 3113)
KEPT = {
    **KEPT,
    "amount": (60, 60),
    "date": (258, 258),
    "institution": (408, 415),
    "organisation": (332, 369),
    "person_street": (20, 31),
    "place": (165, 166),
    "street": (90, 90),
    "time": (202, 202),
    "week": (85, 85),
    "word": (87, 87),
}
# Stop 25: the sixteenth name round (developed on corpus 16, its misses read).
FOUND |= {
    "first_name": (767, 775),
    "full_name": (1676, 1691),
    "lowercase_name": (121, 132),
    "nickname": (130, 136),
    "surname_after_role": (234, 234),
    "word_name": (144, 145),
}
NAMES = (3072, 3113)
# Stop 25: measured after the seventeenth name round (developed on corpus 17).
FOUND |= {"nickname": (131, 136)}
NAMES = (3073, 3113)
# Stop 26: measured after the nineteenth name round and the widened name lists (developed on corpus
# 19).
FOUND |= {
    "first_name": (769, 775),
    "full_name": (1681, 1691),
    "lowercase_name": (122, 132),
    "nickname": (133, 136),
}
NAMES = (3083, 3113)
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {
    "first_name": (770, 775),
    "full_name": (1686, 1691),
    "nickname": (134, 136),
    "word_name": (145, 145),
}
NAMES = (3091, 3113)
KEPT = {**KEPT, "organisation": (338, 369)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"lowercase_name": (124, 132)}
NAMES = (3093, 3113)
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
KEPT = {**KEPT, "institution": (411, 415), "organisation": (339, 369), "person_street": (21, 31)}
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
KEPT = {**KEPT, "organisation": (341, 369)}
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
KEPT = {**KEPT, "organisation": (344, 369)}
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
KEPT = {**KEPT, "institution": (412, 415)}
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"lowercase_name": (125, 132)}
NAMES = (3094, 3113)


class TestBlind16(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind16.md"
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
