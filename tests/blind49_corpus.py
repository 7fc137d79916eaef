"""The forty-ninth blind corpus: the kommun's krisberedskap and POSOM in operation, as its logs and lists
reach the weekly picture.

A fire in a block of flats, a storm or a power cut, a water leak: the tjänsteman i beredskap's (TiB) log,
evacuation lists (names, ages, flats, phones, who stays with whom), the trygghetspunkt's log, POSOM's log,
messages from the rescue service's command centre and incident commander (RäddC, RL), hemtjänst's SMS, the
housing company's mails, follow-up lists of who was reached and who not, relatives calling in, situation
reports (VB), tables pasted as text, the crisis office's chat, staff meeting notes, fault reports from the
grid and the water works, and handovers between shifts; from five kommuner (Norrtälje, Karlstad, Kalmar,
Trelleborg, Piteå). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind49.md says what was opened).

`build()` fills the frames (tests/blind49_frames_*.py) in turn with one seeded generator
(tests/blind49_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind49_fill import Filler
from tests.blind49_frames_a import FRAMES_A
from tests.blind49_frames_b import FRAMES_B
from tests.blind49_frames_c import FRAMES_C
from tests.blind49_frames_d import FRAMES_D
from tests.blind49_frames_e import FRAMES_E
from tests.blind49_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind49_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4901
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"norrtalje": 1.2, "karlstad": 1.2, "kalmar": 1.0, "trelleborg": 1.0, "pitea": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "till", "fr", "från", "sedan", "sen"}


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
