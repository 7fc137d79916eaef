"""The sixtieth blind corpus: cemeteries, churches and funeral services as their papers reach the weekly
picture.

Vandalism and thefts at graves (bronze, copper, lanterns), the caretakers' log and the
kyrkogårdsförvaltning's case notes, relatives' complaints, funerals disturbed, the deceased's names on the
stones and the graves' numbers, the police's and the kommun's follow-up: caretakers' logs, case notes,
relatives' e-mails, the parish office's phone notes, reports to the police, the kommunpolis' notes,
funeral directors' e-mails, priests' notes, guards' reports, staff chats, Facebook groups, work orders,
the kommun's EST reports, insurance claims and minutes; from Uppsala (most), Enköping and Tierp. Written
without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind60.md says what was
opened).

`build()` fills the frames (tests/blind60_frames_*.py) in turn with one seeded generator
(tests/blind60_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind60_fill import Filler
from tests.blind60_frames_a import FRAMES_A
from tests.blind60_frames_b import FRAMES_B
from tests.blind60_frames_c import FRAMES_C
from tests.blind60_frames_d import FRAMES_D
from tests.blind60_frames_e import FRAMES_E
from tests.blind60_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind60_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6001
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Uppsala, the county's seat, most).
REGION_WEIGHTS = {"uppsala": 2.0, "enkoping": 1.0, "tierp": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "ca", "nr"}


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
