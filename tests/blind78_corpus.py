"""The seventy-eighth blind corpus: hotels, hostels and short-term rentals in Stockholm, Solna and
Sundbyberg, as their texts reach the weekly picture.

Night receptionists' logs, handover notes, guests' complaints (some in English), cleaning staff's reports,
väktare's reports, guest registers with foreign names and passports, neighbours' complaints about flats let
short-term, bostadsrättsföreningars boards, hosts' and guests' platform messages, booking mails, the
kommunpolis' notes, hostels' logs, conference staff's notes, EST report rows and the störningsjour's logs;
with look-alikes of the trade (hotel names, conference rooms, check-in times, prices, booking dates and
weeks) and unlabelled room numbers, floors and booking references. Written without reading the redaction,
its vocabulary or any other corpus (docs/redaction_blind78.md says what was opened).

`build()` fills the frames (tests/blind78_frames_*.py) in turn with one seeded generator
(tests/blind78_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind78_fill import Filler
from tests.blind78_frames_a import FRAMES_A
from tests.blind78_frames_b import FRAMES_B
from tests.blind78_frames_c import FRAMES_C
from tests.blind78_frames_d import FRAMES_D
from tests.blind78_frames_e import FRAMES_E
from tests.blind78_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind78_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7801
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Stockholm has most of the hotels and rented flats).
REGION_WEIGHTS = {"stockholm": 2.5, "solna": 1.0, "sundbyberg": 1.0}

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
