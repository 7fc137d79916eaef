"""The forty-seventh blind corpus: tenants' own words as the housing company receives them.

Free-text answers of a trygghetsenkät and a boendeenkät, störningsanmälningar through the tenant portal,
tenants' e-mails, kundtjänst's notes of phone calls, tenants writing in English or simple Swedish, the
company's replies, first and second warnings, the notes of a störningsärende, neighbours as witnesses, the
störningsjour's night reports, SMS to the bovärd, complaints about cars and about dogs and their owners;
informal, emotional, with typos and mixed capitals, from five kommuner (Malmö, Uppsala, Jönköping, Huddinge,
Skellefteå). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind47.md says what was opened).

`build()` fills the frames (tests/blind47_frames_*.py) in turn with one seeded generator
(tests/blind47_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind47_fill import Filler
from tests.blind47_frames_a import FRAMES_A
from tests.blind47_frames_b import FRAMES_B
from tests.blind47_frames_c import FRAMES_C
from tests.blind47_frames_d import FRAMES_D
from tests.blind47_frames_e import FRAMES_E
from tests.blind47_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind47_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4701
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from: the five of this corpus, the two largest a little more often.
REGION_WEIGHTS = {
    "malmo": 1.3,
    "uppsala": 1.2,
    "jonkoping": 1.0,
    "huddinge": 1.0,
    "skelleftea": 0.8,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "cirka", "senast", "från", "till", "sedan", "mellan"}


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
