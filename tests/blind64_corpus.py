"""The sixty-fourth blind corpus: animals in the estate, as they reach the weekly picture.

Trygghetsvärdar's reports on dog attacks and loose dogs, housing companies' work orders, worried reports to
länsstyrelsen's animal welfare and its inspectors' notes and decisions, wildlife collisions (police events,
NVR's eftersök reports), residents' mails about wild boar in their gardens, letters on feeding pigeons, pest
controllers' reports on rats at the waste rooms, stables' notes, Facebook groups' found and lost animals, the
kommun's environment office, kommunpolis' excerpts, neighbours' chats, tenants' complaints and the EST group's
minutes; from Östersund, Kalmar and Södertälje. Written without reading the redaction, its vocabulary or any
other corpus (docs/redaction_blind64.md says what was opened).

`build()` fills the frames (tests/blind64_frames_*.py) in turn with one seeded generator
(tests/blind64_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind64_fill import Filler
from tests.blind64_frames_a import FRAMES_A
from tests.blind64_frames_b import FRAMES_B
from tests.blind64_frames_c import FRAMES_C
from tests.blind64_frames_d import FRAMES_D
from tests.blind64_frames_e import FRAMES_E
from tests.blind64_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind64_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6401
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"ostersund": 1.0, "kalmar": 1.0, "sodertalje": 1.0}

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
