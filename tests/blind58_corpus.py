"""The fifty-eighth blind corpus: evictions, debts and housing loss, in the papers of the people who deal
with them.

The housing company's notes from the day of an eviction, its case log and arrears lists; Kronofogden's
contact notes; the socialtjänst's journal on preventing evictions and the budget- och skuldrådgivare's
notes; the landlord's underrättelse to socialnämnden; e-mails between company and kommun and SMS threads
with tenants; calls with relatives, the boendestöd's and hemtjänst's notes; the company's lines in the
weekly EST report; the fastighetsskötare's notes, lists of goods left behind, and the weekly samverkan's
notes and chats. From three kommuner (Västerås most, then Eskilstuna and Köping). Written without reading
the redaction, its vocabulary or any other corpus (docs/redaction_blind58.md says what was opened).

`build()` fills the frames (tests/blind58_frames_*.py) in turn with one seeded generator
(tests/blind58_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind58_fill import Filler
from tests.blind58_frames_a import FRAMES_A
from tests.blind58_frames_b import FRAMES_B
from tests.blind58_frames_c import FRAMES_C
from tests.blind58_frames_d import FRAMES_D
from tests.blind58_frames_e import FRAMES_E
from tests.blind58_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind58_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5801
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (roughly by size).
REGION_WEIGHTS = {"vasteras": 2.0, "eskilstuna": 1.6, "koping": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "per", "senast", "från", "sedan", "sen", "till", "mot", "nr"}


def frames() -> int:
    return len(_FRAMES)


def problems(s: Sentence) -> list[str]:
    """What makes the sentence's labels ambiguous (tests/blind_corpus_build.problems)."""
    return _problems(s, _BEFORE_NUMBER)


def build() -> list[Sentence]:
    return build_corpus(
        _FRAMES,
        Filler,
        seed=SEED,
        size=SIZE,
        region_weights=REGION_WEIGHTS,
        check=problems,
        attempts=ATTEMPTS,
    )
