"""The sixty-first blind corpus: homelessness and outreach, as the notes reach the weekly picture.

The city mission's and the social services' outreach teams' logs, the night shelters' night reports and
handovers, the social services' journal notes and referrals, the housing companies' work orders about people
sleeping in stairwells, laundries, attics and garages, the security guards' and the metro's ordningsvakter's
reports, the police's notes of contacts, the mappings of EU citizens' camps and begging spots, the
trygghetsvärdar's rounds, the volunteers' logs, the staff's text messages and e-mails, and residents' tips;
from Stockholm (most), Södertälje and Huddinge. Written without reading the redaction, its vocabulary or any
other corpus (docs/redaction_blind61.md says what was opened).

`build()` fills the frames (tests/blind61_frames_*.py) in turn with one seeded generator
(tests/blind61_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind61_fill import Filler
from tests.blind61_frames_a import FRAMES_A
from tests.blind61_frames_b import FRAMES_B
from tests.blind61_frames_c import FRAMES_C
from tests.blind61_frames_d import FRAMES_D
from tests.blind61_frames_e import FRAMES_E
from tests.blind61_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind61_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6101
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Stockholm has most of the region's rough sleepers).
REGION_WEIGHTS = {"stockholm": 3.0, "sodertalje": 1.0, "huddinge": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS}


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
