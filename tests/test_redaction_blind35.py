"""Redaction measured on the thirty-fifth blind corpus (tests/blind35_corpus.py): the kommun's own rows of the
weekly EST report as many hands type them — fältassistenter, fritidsledare, kuratorer, rektorer and
elevhälsa, socialtjänstens fältgrupp, trygghetssamordnare, nattvandrare and the kommun's contracted
ordningsvakter writing into the Beskrivning, Plats, Åtgärd, Kommentar and Rapportör cells, whole rows pasted
as `;`-separated text and mails pasted into a cell — from five kommuner (Nacka with Fisksätra and Älta,
Järfälla, Jönköping, Karlstad, Östersund), with name forms in a realistic mix. Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind35.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind35_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, Figures, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "ff59907"  # main when the corpus was delivered
TITLE = "Redaction on the thirty-fifth blind corpus (the kommun's own EST rows, many hands)"
ABOUT = (
    "Written blind (tests/blind35_*.py, docs/redaction_blind35.md); each item is a cell or row of the"
    " kommun's weekly EST report as fältassistenter, fritidsledare, school staff, socialtjänstens fältgrupp,"
    " trygghetssamordnare, nattvandrare and ordningsvakter type it (Beskrivning, Plats, Åtgärd, Kommentar,"
    " Rapportör, pasted rows and mails) from five kommuner, with name forms in a realistic mix; aggregate"
    f" figures only, no missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND: Figures = {
    "personnummer": (42, 42),
    "samordningsnummer": (35, 35),
    "mobile": (140, 140),
    "landline": (63, 63),
    "email": (49, 49),
    "plate": (35, 35),
    "plate_new": (42, 42),
    "address": (90, 91),
    "apartment": (35, 35),
    "property": (35, 35),
    "case_number": (56, 56),
    "full_name": (868, 875),
    "first_name": (934, 954),
    "surname_after_role": (269, 273),
    "nickname": (200, 217),
    "word_name": (114, 138),
    "lowercase_name": (115, 133),
}
DELIVERED_NAMES = (2500, 2590)  # (found, items), all name kinds
DELIVERED_KEPT: Figures = {
    "place": (310, 315),
    "institution": (285, 287),
    "street": (84, 84),
    "time": (145, 147),
    "date": (215, 217),
    "amount": (35, 35),
    "week": (56, 56),
    "bus_line": (35, 35),
    "word": (42, 42),
    "organisation": (160, 168),
    "person_street": (26, 28),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target, since the
# targets' strict xfails are decided by these figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 34: measured after the guards were made fail-closed, a change that never read this corpus
# (aggregate report only): as delivered.
FOUND |= {
    "address": (90, 91),
    "first_name": (934, 954),
    "full_name": (868, 875),
    "lowercase_name": (115, 133),
    "nickname": (200, 217),
    "surname_after_role": (269, 273),
    "word_name": (114, 138),
}
NAMES = (2500, 2590)
KEPT = {
    **KEPT,
    "date": (215, 217),
    "institution": (285, 287),
    "organisation": (160, 168),
    "person_street": (26, 28),
    "place": (310, 315),
    "street": (84, 84),
    "week": (56, 56),
}
# Round 34 (stop 35): people by their team, relative or note heading, short roles, Surname-comma-Given,
# dates and times that are no case or property, clubs and universities.
FOUND |= {
    "address": (91, 91),
    "first_name": (942, 954),
    "full_name": (869, 875),
    "lowercase_name": (123, 133),
    "nickname": (202, 217),
    "word_name": (127, 138),
}
NAMES = (2532, 2590)
KEPT = {**KEPT, "date": (217, 217), "institution": (286, 287), "organisation": (166, 168), "time": (147, 147)}
# Round 36 (stop 35): chat speakers, who hurt a named person or leads a gang, persons before their role,
# genitives before a teacher or a question, given names that are places before a clear surname; trees,
# sports grounds, compound parts and units that are no persons.
FOUND |= {"first_name": (943, 954), "full_name": (870, 875), "word_name": (130, 138)}
NAMES = (2537, 2590)
# Round 38 (stop 35): roles of the fire service and the contact centre (SL, jourman, brandingenjör, Agent,
# hl:), who works in a unit or comes from an organisation, whom a unit names in brackets, notes to a person,
# a case named after a person, housing companies.
KEPT = {**KEPT, "organisation": (167, 168)}
# Stop 36, round 42 (an initial in a person's slot, nurses, doctors and in-laws as roles, lowercase
# sign-offs, particles and genitives, names with letters Swedish never uses, a passage log's inverted names,
# a currency's letters before three digits as a plate): the figures rise.
FOUND |= {"lowercase_name": (125, 133)}
NAMES = (2539, 2590)
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (944, 954), "full_name": (871, 875)}
NAMES = (2541, 2590)
# Raised at stop 37 after the given-name lists were widened (Tsegaye, Zohal, Ranim, Bethlehem, Roman …).
FOUND |= {"first_name": (948, 954), "full_name": (872, 875), "lowercase_name": (126, 133)}
NAMES = (2547, 2590)


class TestBlind35(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind35.md"
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
