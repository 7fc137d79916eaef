"""The forty-eighth blind corpus: återvinningscentraler and illegal dumping (nedskräpning), as the texts
reach the weekly picture.

The återvinningscentral's daily log, incident reports and staff chat on threats and thefts; the kommun's
nedskräpningsärenden, where inspectors trace dumped rubbish by what was found in it (envelopes, invoices,
prescription labels, parcel labels with names, addresses, personnummer and order numbers); letters to the
suspected owner and their replies; reports to the police; a contractor's log of emptied containers and the
drivers' deviation reports; residents' reports through the e-service and by e-mail, with photos and plates
of vans; local Facebook groups; rows of the EST weekly report; a housing company's work orders. From five
kommuner (Linköping, Växjö, Östersund, Järfälla, Halmstad). Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind48.md says what was opened).

`build()` fills the frames (tests/blind48_frames_*.py) in turn with one seeded generator
(tests/blind48_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind48_fill import Filler
from tests.blind48_frames_a import FRAMES_A
from tests.blind48_frames_b import FRAMES_B
from tests.blind48_frames_c import FRAMES_C
from tests.blind48_frames_d import FRAMES_D
from tests.blind48_frames_e import FRAMES_E
from tests.blind48_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind48_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4801
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Linköping the largest of the five).
REGION_WEIGHTS = {
    "linkoping": 1.3,
    "vaxjo": 1.0,
    "ostersund": 0.9,
    "jarfalla": 1.0,
    "halmstad": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "senast", "från", "till", "nr"}


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
