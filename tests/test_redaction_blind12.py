"""Redaction measured on the twelfth blind corpus (tests/blind12_corpus.py): the free-text cells of weekly
EST reports as the three sources and their partners write them — guards' and security officers' shift
reports, night walkers and parents walking, field workers and youth-centre staff, housing fault reports,
tenant complaints and caretakers, bus drivers and trygghetsvärdar, community and area police, cautious
social services and school notes, pasted SMS/Teams messages, e-mails with headers and signatures, timed logs.
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind12.md says
what was opened).

Nobody has read this corpus's misses: the report is aggregate-only (per kind, origin, style and look-alike
kind) and failure messages leave the missed items out.
"""

from __future__ import annotations

import pytest

from tests.blind12_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets
from tests.blind_report import aggregate_report
from tests.redaction_measure import Measurement

pytestmark = pytest.mark.slow

MEASURED_ON = "19c89cc"  # main when the corpus was delivered
TITLE = "Redaction on the twelfth blind corpus (the report cells of the sources and their partners)"
ABOUT = (
    "Written blind (tests/blind12_*.py, docs/redaction_blind12.md); each item is a free-text cell as guards, "
    "night walkers, field workers, housing staff, tenants, caretakers, bus drivers, police, social services, "
    "schools and coordinators write it, with pasted messages, mails and logs; aggregate figures only, no "
    f"missed item and no sentence. Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (0, 40),
    "samordningsnummer": (0, 40),
    "mobile": (0, 98),
    "landline": (0, 65),
    "email": (0, 46),
    "plate": (0, 54),
    "plate_new": (0, 48),
    "address": (0, 112),
    "apartment": (0, 91),
    "property": (0, 41),
    "case_number": (0, 121),
    "full_name": (0, 870),
    "first_name": (0, 400),
    "surname_after_role": (0, 153),
    "nickname": (0, 74),
    "word_name": (0, 170),
    "lowercase_name": (0, 174),
}
DELIVERED_NAMES = (0, 1841)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (0, 221),
    "institution": (0, 523),
    "street": (0, 116),
    "time": (0, 315),
    "date": (0, 272),
    "amount": (0, 49),
    "week": (0, 129),
    "bus_line": (0, 56),
    "word": (0, 129),
    "organisation": (0, 186),
    "person_street": (0, 33),
}

# The ratchets are the delivered figures: nobody has read this corpus's misses.
FOUND = dict(DELIVERED_FOUND)
NAMES = DELIVERED_NAMES
KEPT = dict(DELIVERED_KEPT)


def _style(source: str) -> str:
    return source.split("|")[2]


class TestBlind12(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind12.md"
    TITLE = TITLE
    ABOUT = ABOUT
    DELIVERED_FOUND = DELIVERED_FOUND
    DELIVERED_KEPT = DELIVERED_KEPT
    DELIVERED_NAMES = DELIVERED_NAMES
    FOUND = FOUND
    NAMES = NAMES
    KEPT = KEPT
    SHOW_MISSES = False  # nobody has read this corpus's misses: keep them out of failure messages

    @classmethod
    def write_report(cls, measured: Measurement) -> str:
        return aggregate_report(measured, TITLE, ABOUT, _style)
