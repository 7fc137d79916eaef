"""The seventy-seventh blind corpus: recycling centres, waste and environmental crime, as they reach the
weekly picture.

Day logs and incident reports from the staff of återvinningscentraler, reports of metal and electronics
stolen from containers, residents' littering reports and SMS tips, illegal dumping traced to its owner by
letters found in the rubbish, environmental inspectors' protocols, waste lorries' drivers' notes, the waste
unit's customer service and e-mail threads, guards' round reports, housing companies' work orders about waste
rooms, the police's events, fees and decisions, and the EST group's notes; from Jönköping (most), Värnamo and
Nässjö. Look-alikes: fraction names, container numbers, recycling centres and stations, opening hours,
weights, fees. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind77.md says what was opened).

`build()` fills the frames (tests/blind77_frames_*.py) in turn with one seeded generator
(tests/blind77_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind77_fill import Filler
from tests.blind77_frames_a import FRAMES_A
from tests.blind77_frames_b import FRAMES_B
from tests.blind77_frames_c import FRAMES_C
from tests.blind77_frames_d import FRAMES_D
from tests.blind77_frames_e import FRAMES_E
from tests.blind77_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind77_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7701
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Jönköping, the largest, most).
REGION_WEIGHTS = {"jonkoping": 2.0, "varnamo": 1.0, "nassjo": 1.0}

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
