"""The twenty-ninth blind corpus: reports written in English or in a mix of languages, as they reach the
weekly picture.

Security companies' incident reports and housing companies' work orders written in English by international
staff, the kommun's web form filled in in English by exchange students and English-speaking residents,
contractors' incident notes, Swedish sentences with English words and the other way round, Norwegian, Danish
and Finland-Swedish colleagues writing in their own language, forms with the surname first, e-mails and shift
logs in English, phrases in Arabic, Somali, Persian or Polish written in Latin letters, tourist-trade staff
and EST minutes kept in English; names as English speakers write them (Mr/Ms/Mrs/Dr, Officer, "my
neighbour", surname first in forms, nicknames in quotes). From six kommuner: Nacka (Fisksätra, Älta) and
Nyköping (Brandkärr) twice as often as each of Lund, Haparanda, Strömstad and Åre. Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind29.md says what was opened).

`build()` fills the frames (tests/blind29_frames_*.py) in turn with one seeded generator
(tests/blind29_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind29_fill import Filler
from tests.blind29_frames_a import FRAMES_A
from tests.blind29_frames_b import FRAMES_B
from tests.blind29_frames_c import FRAMES_C
from tests.blind29_frames_d import FRAMES_D
from tests.blind29_frames_e import FRAMES_E
from tests.blind29_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind29_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 29_2929_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "lund": 1.0,
    "haparanda": 1.0,
    "stromstad": 1.0,
    "are": 1.0,
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
