"""The eighteenth blind corpus: police and emergency-service texts as they reach the weekly picture.

The police's public incident summaries (polisen.se style), the same with a named victim, suspect or quoted
witness, the kommunpolis' weekly excerpt rows, the vakthavande befäl's log, the förundersökningsledare's
notes, court outcomes mentioned in passing, LOB/LVU notes, orosanmälningar, kriminalvården's and frivården's
mentions, the rescue services' incident reports, ambulance and SOS call notes, e-mails forwarded to the
kommun, the trygghetssamordnare's summaries, hastily typed notes and the weekly meeting's minutes, from seven
police areas (Nacka, Nyköping, Örebro, Östergötland, Västmanland, Dalarna, Jönköping). Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind18.md says what was opened).

`build()` fills the frames (tests/blind18_frames_*.py) in turn with one seeded generator
(tests/blind18_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind18_fill import Filler
from tests.blind18_frames_a import FRAMES_A
from tests.blind18_frames_b import FRAMES_B
from tests.blind18_frames_c import FRAMES_C
from tests.blind18_frames_d import FRAMES_D
from tests.blind18_frames_e import FRAMES_E
from tests.blind18_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind18_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 18_1818_2026
SIZE = 1000
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The police area a text comes from, and how often (the first deployment's two areas more often).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "orebro": 1.0,
    "ostergotland": 1.0,
    "vastmanland": 1.0,
    "dalarna": 1.0,
    "jonkoping": 1.0,
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
