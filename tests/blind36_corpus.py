"""The thirty-sixth blind corpus: protocols of trygghetsvandringar (safety walks) and medborgardialoger
(residents' dialogue evenings).

The walk's own protocol, notes stop by stop (lighting, bushes, graffiti, gathering places, cars, entrances),
the sign-in list passed round, the protocol and the loose minutes of a dialogue evening, the action list
(who does what and by when), the follow-up e-mail, the invitation, the contact slips handed out at the walk,
fault reports filed afterwards, post-it notes typed up, the organisers' SMS thread, the residents'
newsletter, the report to the local council and notes on a map; from Gävle, Borås and Sundsvall. Written
without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind36.md says what was
opened).

`build()` fills the frames (tests/blind36_frames_*.py) in turn with one seeded generator
(tests/blind36_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind36_fill import Filler
from tests.blind36_frames_a import FRAMES_A
from tests.blind36_frames_b import FRAMES_B
from tests.blind36_frames_c import FRAMES_C
from tests.blind36_frames_d import FRAMES_D
from tests.blind36_frames_e import FRAMES_E
from tests.blind36_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind36_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3636
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"gavle": 1.2, "boras": 1.0, "sundsvall": 1.0}

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
