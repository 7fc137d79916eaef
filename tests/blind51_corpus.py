"""The fifty-first blind corpus: skolskjuts and färdtjänst, as their texts reach a kommun.

Drivers' and the transport company's incident reports (children fighting or threatening in the taxi, a pupil
not picked up, a passenger harassed), pick-up lists with children's names, classes, addresses and guardians'
phones, the transport office's notes and its e-mails with parents, färdtjänst passengers' complaints about
drivers (driver IDs, car numbers, plates), customer service's phone notes, the trafikhandläggare's
follow-ups, schools' messages, the dispatch log, text messages, route changes, contract follow-ups and weekly
summaries for the EST group; from five kommuner (Sundsvall, Motala, Hässleholm, Sigtuna, Kiruna). Look-alikes
are the transport's own: route numbers, taxi car numbers, bus lines, times, schools and stops. Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind51.md says what was opened).

`build()` fills the frames (tests/blind51_frames_*.py) in turn with one seeded generator
(tests/blind51_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind51_fill import Filler
from tests.blind51_frames_a import FRAMES_A
from tests.blind51_frames_b import FRAMES_B
from tests.blind51_frames_c import FRAMES_C
from tests.blind51_frames_d import FRAMES_D
from tests.blind51_frames_e import FRAMES_E
from tests.blind51_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind51_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5101
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (about as large as their transport offices).
REGION_WEIGHTS = {
    "sundsvall": 1.4,
    "motala": 1.0,
    "hassleholm": 1.0,
    "sigtuna": 1.2,
    "kiruna": 0.8,
}

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
