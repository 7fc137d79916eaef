"""The sixty-fifth blind corpus: threats and harassment against elected officials and civil servants, and
election work, as they reach the weekly picture.

The security unit's log, the kommun's incident reports, the police's protective measures, the election
office's log of advance voting and polling stations, the röstmottagare's deviation reports, mails from the
secretariat, notes from council meetings open to the public, the canvassing booths' group chats, the parties'
logs of vandalised posters, threats as received and written down, the police's event notes, the
trygghetssamordnare's notes, elected officials' own mails, guards' reports and rows of the incident system;
from three kommuner (Uppsala most, then Sundsvall and Kristianstad). Written without reading the redaction,
its vocabulary or any other corpus (docs/redaction_blind65.md says what was opened).

`build()` fills the frames (tests/blind65_frames_*.py) in turn with one seeded generator
(tests/blind65_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind65_fill import Filler
from tests.blind65_frames_a import FRAMES_A
from tests.blind65_frames_b import FRAMES_B
from tests.blind65_frames_c import FRAMES_C
from tests.blind65_frames_d import FRAMES_D
from tests.blind65_frames_e import FRAMES_E
from tests.blind65_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind65_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6501
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (by size: Uppsala most).
REGION_WEIGHTS = {"uppsala": 2.0, "sundsvall": 1.2, "kristianstad": 1.0}

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
