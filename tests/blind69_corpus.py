"""The sixty-ninth blind corpus: festivals, concerts and public events, as their papers reach the weekly
picture.

The organiser's security log, the ordningsvakter's reports (LOB, avvisning, beslag), the police's permit for
a public gathering and its conditions, the log of lost children and the list of lost property, the first-aid
tent's notes on drunk people, fights, drug seizures at the entrance, the police commander's notes, the
kommun's notes after the event, the radio log, e-mails, the security staff's group chat, incident tables and
shift handovers; from three kommuner (Karlstad, Halmstad, Järfälla). Written without reading the redaction,
its vocabulary or any other corpus (docs/redaction_blind69.md says what was opened).

`build()` fills the frames (tests/blind69_frames_*.py) in turn with one seeded generator
(tests/blind69_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind69_fill import Filler
from tests.blind69_frames_a import FRAMES_A
from tests.blind69_frames_b import FRAMES_B
from tests.blind69_frames_c import FRAMES_C
from tests.blind69_frames_d import FRAMES_D
from tests.blind69_frames_e import FRAMES_E
from tests.blind69_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind69_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6901
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"karlstad": 1.0, "halmstad": 1.0, "jarfalla": 1.0}

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
