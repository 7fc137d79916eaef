"""Redaction measured on the twentieth blind corpus (tests/blind20_corpus.py): texts from small towns, rural
and northern kommuner and seasonal places as they reach the weekly picture — short SMS-like notes, CSV-like
weekly rows, grannsamverkan chain e-mails, Facebook posts passed on, the kommunpolis' notes, the small
kommun's samordnare, the school's kurator and the fritidsgård, the sameby's reports of reindeer hit or
harassed, hunting teams, snöskoter clubs and hembygdsföreningar, sommarstuge- and boat-motor thefts, diesel
thefts from forest machines and mines, seasonal workers and tourists, the bus driver, the taxi, the
lanthandel and the petrol station, minutes and events for "Kommande händelser" — from Nacka, Nyköping,
Norrbotten, Västerbotten, Jämtland, Dalarna's fjäll, Gotland and the west coast, with name forms in a
realistic mix. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind20.md says what was opened).

Nobody has read its misses or look-alikes lost: the report is aggregate-only (per kind, origin, style and
look-alike kind) and failure messages carry counts only.
"""

from __future__ import annotations

import pytest

from tests.blind20_corpus import build
from tests.blind_ratchets import BlindCorpusRatchets, one_below

pytestmark = pytest.mark.slow

MEASURED_ON = "cfa6d73"  # main when the corpus was delivered
TITLE = (
    "Redaction on the twentieth blind corpus (small towns, rural and northern kommuner, the tourist season)"
)
ABOUT = (
    "Written blind (tests/blind20_*.py, docs/redaction_blind20.md); each item is a text from a small town, a"
    " rural or northern kommun or a seasonal place as it reaches the weekly picture (SMS-like notes, CSV-like"
    " weekly rows, grannsamverkan e-mails, Facebook posts passed on, the kommunpolis' notes, the samordnare's"
    " summaries, the school and the fritidsgård, the sameby's reindeer reports, hunting teams and snöskoter"
    " clubs, sommarstuga and boat-motor thefts, diesel thefts, seasonal workers and tourists, bus, taxi,"
    " lanthandel and petrol station, minutes, kommande händelser) from eight regions, with name forms in a"
    " realistic mix; aggregate figures only, no missed item and no sentence."
    f" Delivered figures measured on main {MEASURED_ON}."
)

DELIVERED_FOUND = {
    "personnummer": (40, 40),
    "samordningsnummer": (33, 33),
    "mobile": (154, 155),
    "landline": (73, 73),
    "email": (61, 61),
    "plate": (46, 46),
    "plate_new": (39, 39),
    "address": (103, 103),
    "apartment": (47, 47),
    "property": (42, 42),
    "case_number": (81, 81),
    "full_name": (1299, 1322),
    "first_name": (408, 439),
    "surname_after_role": (166, 173),
    "nickname": (73, 79),
    "word_name": (113, 139),
    "lowercase_name": (89, 104),
}
DELIVERED_NAMES = (2148, 2256)  # (found, items), all name kinds
DELIVERED_KEPT = {
    "place": (656, 663),
    "institution": (308, 310),
    "street": (42, 42),
    "time": (113, 113),
    "date": (264, 264),
    "amount": (90, 90),
    "week": (119, 119),
    "bus_line": (57, 57),
    "word": (47, 47),
    "organisation": (347, 428),
    "person_street": (33, 33),
}

# The ratchets: one below each delivered figure, so that the module passes now and fails on a regression of
# more than one item; a kind stays at its delivered figure where one less would cross its target (every
# structured kind found in full, that is all but the mobiles, and the street, word and person-street
# look-alikes, one of which lost would pass 2 %), since the targets' strict xfails are decided by these
# figures. Nobody has read this corpus's misses.
FOUND, NAMES, KEPT = one_below(DELIVERED_FOUND, DELIVERED_NAMES, DELIVERED_KEPT)
# Stop 26: measured after the eighteenth name round, which never read this corpus's misses (aggregate
# report only).
FOUND |= {
    "first_name": (408, 439),
    "full_name": (1299, 1322),
    "lowercase_name": (89, 104),
    "mobile": (154, 155),
    "nickname": (73, 79),
    "surname_after_role": (167, 173),
    "word_name": (113, 139),
}
NAMES = (2149, 2256)
KEPT = {
    **KEPT,
    "amount": (90, 90),
    "bus_line": (57, 57),
    "date": (264, 264),
    "institution": (308, 310),
    "organisation": (347, 428),
    "place": (656, 663),
    "time": (113, 113),
    "week": (119, 119),
}
# Stop 26: measured after the nineteenth name round and the widened name lists, which never read this
# corpus's misses (aggregate report only).
FOUND |= {"first_name": (412, 439), "full_name": (1310, 1322), "lowercase_name": (92, 104)}
NAMES = (2167, 2256)
# Stop 26: one organisation more is lost after the nineteenth round and the widened name lists
# (information only; measured in aggregate, not read).
KEPT = {**KEPT, "organisation": (346, 428)}
# Stop 26: the twentieth name round (developed on corpus 20, its misses read).
FOUND |= {
    "first_name": (418, 439),
    "full_name": (1313, 1322),
    "lowercase_name": (95, 104),
    "surname_after_role": (172, 173),
    "word_name": (130, 139),
}
NAMES = (2201, 2256)
# Stop 26: measured after the twenty-first name round (developed on corpus 21).
FOUND |= {"first_name": (422, 439), "word_name": (131, 139)}
NAMES = (2206, 2256)
# Stop 27: the hand-written name lists and the look-alike fixes (from the development corpora).
FOUND |= {
    "first_name": (427, 439),
    "full_name": (1316, 1322),
    "lowercase_name": (98, 104),
    "word_name": (132, 139),
}
NAMES = (2218, 2256)
# Stop 33: structured formats fixed from the development corpora (tests/test_structured_stop33.py).
FOUND |= {"mobile": (155, 155)}
# Stop 33: measured after the twenty-sixth and twenty-seventh name rounds (developed on corpora 26 and 27).
FOUND |= {"full_name": (1318, 1322)}
NAMES = (2220, 2256)
# One organisation less (information only): `RANIA AL-JABOURI, Umbyn sameby` reads `Umbyn` as the given name
# of a `SURNAME, Given` register now that `Al-Jabouri` is a listed surname, as `Rania Saleh, Umbyn` was
# read before.
KEPT = {**KEPT, "organisation": (345, 428)}
# Stop 34, round 30 (name_guards.py, name_logs.py, the log verbs): call signs, institutions and known places
# are no person; rosters, bylines and lowercase ages are.
KEPT = {**KEPT, "organisation": (348, 428)}
# Stop 36, the end of the stop (rounds 42, 44 and 46; blind 50, 51 and 52 were not read): the figures rise.
FOUND |= {"first_name": (428, 439), "full_name": (1319, 1322), "lowercase_name": (99, 104)}
NAMES = (2223, 2256)
# Raised at stop 38 after round 52 (blind 53, 54, 59, 60 and 61 read).
FOUND |= {"first_name": (430, 439)}
NAMES = (2225, 2256)
KEPT = {**KEPT, "organisation": (351, 428)}


class TestBlind20(BlindCorpusRatchets):
    BUILD = build
    ARTIFACT = "redaction_blind20.md"
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
