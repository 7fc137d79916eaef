"""The sixty-second blind corpus: grannsamverkan (neighbourhood watch) as it reaches the weekly picture.

Contact persons' reports, the police's grannsamverkan letters and the kommun's and police's mail-outs,
residents' tips about suspicious cars and door-to-door sellers, notices of burglary waves in villa areas,
minutes of a grannsamverkan area's meetings, messages forwarded from the neighbourhood chat and SMS to the
kommun's trygghetssamordnare, e-mails, local Facebook posts, the police's event notes, lists of contact
persons, notes of safety walks and contact persons' logbooks; from Borås, Skellefteå and Haninge. Written
without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind62.md says what was
opened).

`build()` fills the frames (tests/blind62_frames_*.py) in turn with one seeded generator
(tests/blind62_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind62_fill import Filler
from tests.blind62_frames_a import FRAMES_A
from tests.blind62_frames_b import FRAMES_B
from tests.blind62_frames_c import FRAMES_C
from tests.blind62_frames_d import FRAMES_D
from tests.blind62_frames_e import FRAMES_E
from tests.blind62_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind62_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6201
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"boras": 1.2, "skelleftea": 1.0, "haninge": 1.2}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "cirka", "sedan", "senast", "mellan", "före", "efter"}


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
