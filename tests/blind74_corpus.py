"""The seventy-fourth blind corpus: the coast and the countryside, as they reach the weekly picture.

Harbour masters' logs, boat clubs' e-mails, the sea police's and kommunpolis' notes on boat and engine
thefts, winter rounds at summer cottages, cottage owners' e-mails (Swedish, German and Danish summer
guests), rural neighbourhood-watch text chains, farmers' reports of diesel and equipment thefts, hunting
teams' and fishermen's conflicts, village Facebook groups, insurance claims, voicemails, road and harbour
associations' minutes, rows of the kommun's EST export and kommunpolis' weekly excerpts; from Kalmar,
Karlskrona and Västervik. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind74.md says what was opened).

`build()` fills the frames (tests/blind74_frames_*.py) in turn with one seeded generator
(tests/blind74_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind74_fill import Filler
from tests.blind74_frames_a import FRAMES_A
from tests.blind74_frames_b import FRAMES_B
from tests.blind74_frames_c import FRAMES_C
from tests.blind74_frames_d import FRAMES_D
from tests.blind74_frames_e import FRAMES_E
from tests.blind74_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind74_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7401
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"kalmar": 1.2, "karlskrona": 1.0, "vastervik": 1.0}

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
