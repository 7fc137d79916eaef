"""The fiftieth blind corpus: security and threats in healthcare as they reach the local EST picture.

Security guards' (väktare, ordningsvakter) incident reports from hospitals and vårdcentraler, the emergency
department's notes on threats and violence against staff, avvikelserapporter, the psychiatric ward's notes on
visitors, ambulance crews' reports of threats, alarm logs, tillbud reports, reports to the police, shift
handovers, staff's SMS and Teams messages, meeting minutes and the region's security coordinator's weekly
summary to the kommun; patients, relatives and staff named in every form, personnummer as patient IDs, rooms,
wards and clinics as look-alikes; from Umeå, Lund, Falun, Nacka and Visby (Region Gotland). Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind50.md says what was opened).

`build()` fills the frames (tests/blind50_frames_*.py) in turn with one seeded generator
(tests/blind50_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind50_fill import Filler
from tests.blind50_frames_a import FRAMES_A
from tests.blind50_frames_b import FRAMES_B
from tests.blind50_frames_c import FRAMES_C
from tests.blind50_frames_d import FRAMES_D
from tests.blind50_frames_e import FRAMES_E
from tests.blind50_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind50_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5001
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Nacka, of the first deployment, a little more).
REGION_WEIGHTS = {
    "umea": 1.0,
    "lund": 1.0,
    "falun": 1.0,
    "nacka": 1.5,
    "visby": 1.0,
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
