"""The fifty-fourth blind corpus: frauds against elderly people, as they reach the weekly picture.

The police's reports of phone scams (false police officers and bank staff), card and BankID frauds and thefts
by door-to-door sellers; the kommunpolis' notes to the EST group; the banks' fraud teams writing to the
kommun, to relatives and in their own card-block logs; relatives' e-mails; warnings sent to pensioners'
associations and their circulars; home-care staff's deviation reports; the coordinator's EST rows; SMS and
voicemails from elderly people and neighbours; reports on door-to-door sellers; landlords' work orders; the
äldreombud's call logs; minutes of information meetings; Facebook-group posts and the safety-alarm
operators' logs; from Linköping, Norrköping and Motala, hasty and formal hands, people of many origins.
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind54.md says
what was opened).

`build()` fills the frames (tests/blind54_frames_*.py) in turn with one seeded generator
(tests/blind54_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind54_fill import Filler
from tests.blind54_frames_a import FRAMES_A
from tests.blind54_frames_b import FRAMES_B
from tests.blind54_frames_c import FRAMES_C
from tests.blind54_frames_d import FRAMES_D
from tests.blind54_frames_e import FRAMES_E
from tests.blind54_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind54_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5401
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the two large towns most).
REGION_WEIGHTS = {"linkoping": 2.0, "norrkoping": 2.0, "motala": 1.0}

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
