"""The fifty-fifth blind corpus: vandalism and theft against infrastructure as the utilities, contractors,
guards and on-call staff write it down.

Cable and copper thefts, break-ins at substations, water towers, pumping stations and telecom masts,
smashed street lights and vandalised level crossings, in the power grid's on-call logs, SMS between on-call
staff, the utilities' incident notes, reports to the police, contractors' e-mails, the kommun's street-light
fault tickets, the railway's level-crossing reports, security guards' reports, telecom site notes, the water
utility's on-call logs, the staff's Teams chat, insurance claims, rows of the EST report, minutes of the
samverkan meetings and shift handover notes; from Sundsvall, Östersund and Örnsköldsvik. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind55.md says what was opened).

`build()` fills the frames (tests/blind55_frames_*.py) in turn with one seeded generator
(tests/blind55_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind55_fill import Filler
from tests.blind55_frames_a import FRAMES_A
from tests.blind55_frames_b import FRAMES_B
from tests.blind55_frames_c import FRAMES_C
from tests.blind55_frames_d import FRAMES_D
from tests.blind55_frames_e import FRAMES_E
from tests.blind55_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind55_vocab_places import LOG_WORDS, WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5501
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (by size: Sundsvall, then Östersund, then Örnsköldsvik).
REGION_WEIGHTS = {"sundsvall": 1.6, "ostersund": 1.2, "ornskoldsvik": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, *LOG_WORDS}


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
