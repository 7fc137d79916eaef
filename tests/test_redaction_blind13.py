"""Redaction measured on the thirteenth blind corpus (tests/blind13_corpus.py): the cells of the EST report
that are not incident descriptions, and people not yet heard — kommande händelser rows with their
organisers, åtgärder with their status comments, the coordinators' review comments, rapportör and contact
columns and phone lists, grannsamverkan and tenants' associations, churches, mosques and associations,
sports clubs, library and fritidsgård staff, shop owners, taxi, ambulance and räddningstjänst, parking
wardens, graffiti sanitation, medborgardialog and trygghetsvandring minutes with citizens' quotes,
newcomers' simple Swedish, English, Finland-Swedish phrasing and dictated text without punctuation.
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind13.md says
what was opened).

Its misses were read at stop 24, after the twelfth name round had been measured on it blind (names 88.4 ->
90.3 %), for the thirteenth name round: a development corpus since, whose failure messages name the missed
items. The report stays aggregate-only (per kind, origin, style and look-alike kind).
"""

from __future__ import annotations

import pytest

from tests.blind13_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets

pytestmark = pytest.mark.slow

MEASURED_ON = "9ecc227"  # main when the corpus was delivered
TITLE = "Redaction on the thirteenth blind corpus (the report's other cells and people not yet heard)"
ABOUT = (
    "Written blind (tests/blind13_*.py, docs/redaction_blind13.md); each item is a cell of the EST report"
    " that is not an incident description (kommande händelser, åtgärder, review comments, rapportör and "
    "contact columns) or a note from partners not yet heard (grannsamverkan, tenants, churches, mosques, "
    "clubs, shops, taxi, ambulance, räddningstjänst, parking, sanitation, dialogues and walks), in simple"
    " Swedish, English, Finland-Swedish and dictation; aggregate figures only, no missed item and no "
    "sentence. Delivered figures "
    f"measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (47, 47),
    "samordningsnummer": (39, 39),
    "mobile": (216, 216),
    "landline": (109, 109),
    "email": (115, 115),
    "plate": (48, 48),
    "plate_new": (61, 61),
    "address": (119, 119),
    "apartment": (45, 45),
    "property": (41, 41),
    "case_number": (140, 141),
    "full_name": (852, 907),
    "first_name": (450, 533),
    "surname_after_role": (177, 199),
    "nickname": (123, 141),
    "word_name": (143, 181),
    "lowercase_name": (176, 211),
}
DELIVERED_NAMES = (1921, 2172)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (115, 118),
    "institution": (322, 323),
    "street": (105, 105),
    "time": (138, 138),
    "date": (305, 306),
    "amount": (41, 41),
    "week": (133, 133),
    "bus_line": (47, 47),
    "word": (167, 167),
    "organisation": (409, 497),
    "person_street": (32, 32),
}

# The ratchets are the delivered figures: nobody has read this corpus's misses.
FOUND = dict(DELIVERED_FOUND)
NAMES = DELIVERED_NAMES
KEPT = dict(DELIVERED_KEPT)
# Stop 24: measured after the twelfth name round, which never read this corpus's name misses (aggregate
# report only), and after the one structured miss was read and mended (`KFKS 2025/2026`).
FOUND |= {
    "case_number": (141, 141),
    "first_name": (457, 533),
    "full_name": (878, 907),
    "nickname": (128, 141),
    "word_name": (145, 181),
}
NAMES = (1961, 2172)
# Stop 24: the thirteenth name round (developed on corpus 13, its misses read).
FOUND |= {
    "first_name": (509, 533),
    "full_name": (887, 907),
    "nickname": (129, 141),
    "surname_after_role": (189, 199),
}
NAMES = (2035, 2172)
# Stop 25: measured after the fourteenth name round (developed on corpus 14).
FOUND |= {"first_name": (511, 533), "full_name": (891, 907), "nickname": (130, 141), "word_name": (153, 181)}
NAMES = (2050, 2172)
KEPT = {**KEPT, "organisation": (449, 497)}
# Stop 25, seventeenth round: `Vaktchef Munteanu, Taxi Kurir.` — the title finds the surname, and the
# organisation after its comma is read as the next name of a list (information only).
KEPT = {**KEPT, "organisation": (448, 497)}
# Stop 25: measured after the fifteenth name round (developed on corpus 15).
FOUND |= {"full_name": (894, 907)}
NAMES = (2053, 2172)
# Stop 25: measured after the seventeenth name round (developed on corpus 17).
FOUND |= {"surname_after_role": (191, 199)}
NAMES = (2055, 2172)
# Stop 26: measured after the nineteenth name round and the widened name lists (developed on corpus
# 19).
FOUND |= {
    "first_name": (516, 533),
    "full_name": (897, 907),
    "lowercase_name": (180, 211),
    "nickname": (133, 141),
    "surname_after_role": (195, 199),
}
NAMES = (2074, 2172)
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {"first_name": (522, 533), "full_name": (900, 907), "lowercase_name": (196, 211)}
NAMES = (2099, 2172)
# Stop 27: measured after the twenty-third name round (developed on corpus 23).
FOUND |= {"word_name": (154, 181)}
NAMES = (2100, 2172)
# Stop 27: measured after the twenty-fifth round (developed on corpus 25).
FOUND |= {"full_name": (901, 907)}
NAMES = (2101, 2172)
KEPT = {**KEPT, "date": (306, 306)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {
    "first_name": (523, 533),
    "full_name": (902, 907),
    "lowercase_name": (197, 211),
    "nickname": (135, 141),
}
NAMES = (2106, 2172)
KEPT = {**KEPT, "organisation": (449, 497)}
# Stop 33: measured after the numbers said in words and rounds 28 and 29 (developed on corpora 28 and 29).
FOUND |= {"first_name": (524, 533), "word_name": (156, 181)}
NAMES = (2109, 2172)
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
FOUND |= {"full_name": (903, 907), "lowercase_name": (198, 211)}
NAMES = (2111, 2172)
KEPT = {**KEPT, "place": (116, 118)}
# Stop 34, round 32 (name_logs.py, name_guards.py): a surname in capitals before the given names, a
# relative's genitive, a group's people in brackets; holidays, kinship words of address and businesses are
# no person.
KEPT = {**KEPT, "organisation": (452, 497)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"nickname": (136, 141)}
NAMES = (2112, 2172)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (525, 533), "full_name": (904, 907)}
NAMES = (2114, 2172)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (527, 533)}
NAMES = (2116, 2172)


class TestBlind13(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind13.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = True  # a development corpus since stop 24: its misses were read
    STYLE_FIELD = ("|", 2)
