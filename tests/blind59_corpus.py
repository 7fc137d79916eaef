"""The fifty-ninth blind corpus: roads, rest areas and truck stops along the E4 and the riksvägar around
Jönköping, Värnamo and Ljungby, as their texts reach the weekly picture.

Trafikverket's traffic-control notes, the road-assistance service's job notes, the police traffic unit's
notes, theft reports by drivers and hauliers, tachograph and driver details of roadside checks, hauliers'
e-mails, the truck stop's shift log, its café staff's group chat, drivers' messages in several languages,
the kommun's trygghetssamordnare, security patrol reports, insurance and cargo claims, minutes of the
samverkansmöte, the public's fault reports and tips, and a cargo-tracking alarm centre's notes; from three
kommuner (Jönköping most, then Värnamo and Ljungby). Written without reading the redaction, its vocabulary
or any other corpus (docs/redaction_blind59.md says what was opened).

`build()` fills the frames (tests/blind59_frames_*.py) in turn with one seeded generator
(tests/blind59_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind59_fill import Filler
from tests.blind59_frames_a import FRAMES_A
from tests.blind59_frames_b import FRAMES_B
from tests.blind59_frames_c import FRAMES_C
from tests.blind59_frames_d import FRAMES_D
from tests.blind59_frames_e import FRAMES_E
from tests.blind59_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind59_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5901
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Jönköping, the largest and where the E4 meets rv 40, most).
REGION_WEIGHTS = {"jonkoping": 2.0, "varnamo": 1.3, "ljungby": 1.3}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "natt"}


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
