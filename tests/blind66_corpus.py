"""The sixty-sixth blind corpus: swimming pools, gyms and sports halls, in the words of those who run them.

The bath staff's incident reports (harassment in the pool, thefts from lockers, fights in the changing rooms),
the lifeguards' shift logs and rescue reports, the reception's notes, the gym's access-card log exports and
bans, the sports hall's caretaker notes, theft reports from visitors, club leaders' reports, the police's
notes, the kommun's EST rows and summaries, the security guards' reports, managers' e-mails, staff chats and
visitors' complaints; from Helsingborg, Luleå and Botkyrka. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind66.md says what was opened).

`build()` fills the frames (tests/blind66_frames_*.py) in turn with one seeded generator
(tests/blind66_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind66_fill import Filler
from tests.blind66_frames_a import FRAMES_A
from tests.blind66_frames_b import FRAMES_B
from tests.blind66_frames_c import FRAMES_C
from tests.blind66_frames_d import FRAMES_D
from tests.blind66_frames_e import FRAMES_E
from tests.blind66_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind66_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6601
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often: the three of the task alike.
REGION_WEIGHTS = {"helsingborg": 1.0, "lulea": 1.0, "botkyrka": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *(w.lower() for w in WEEKDAYS)}


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
