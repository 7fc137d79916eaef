"""The sixty-seventh blind corpus: shops and shopping centres, as their texts reach the weekly picture.

The security control room's log, store detectives' shoplifting reports, bans (tillträdesförbud) for
shoplifters and their registers, gangs of youths in the mall, robberies of staff, the centre manager's weekly
notes to the trygghetssamordnare, the police's notes on them, shops' incident reports, security guards'
reports, the shops' chat group, the control room's shift handovers, shops' drafts of police reports, minutes
of safety meetings, exported alarm lists and shop managers' e-mails; from three kommuner (Norrköping most,
then Gävle and Landskrona). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind67.md says what was opened).

`build()` fills the frames (tests/blind67_frames_*.py) in turn with one seeded generator
(tests/blind67_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind67_fill import Filler
from tests.blind67_frames_a import FRAMES_A
from tests.blind67_frames_b import FRAMES_B
from tests.blind67_frames_c import FRAMES_C
from tests.blind67_frames_d import FRAMES_D
from tests.blind67_frames_e import FRAMES_E
from tests.blind67_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind67_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6701
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the largest most).
REGION_WEIGHTS = {"norrkoping": 2.0, "gavle": 1.6, "landskrona": 1.0}

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
