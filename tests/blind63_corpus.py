"""The sixty-third blind corpus: taxi drivers, food-delivery couriers and other gig workers as they reach
the weekly picture.

The taxi dispatch's incident log, drivers' own reports, fare disputes and the company's answers, delivery
platforms' safety reports, couriers' group chats, support chats, restaurants' and residents' complaints,
local Facebook groups, police notes, the kommun's safety coordinator's notes, guards' reports from the
pedestrian zone and the taxi rank, the traffic office's notes on mopeds and e-scooters, EST meeting minutes
and SMS tips; from Göteborg (most), Västerås and Trollhättan. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind63.md says what was opened).

`build()` fills the frames (tests/blind63_frames_*.py) in turn with one seeded generator
(tests/blind63_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind63_fill import Filler
from tests.blind63_frames_a import FRAMES_A
from tests.blind63_frames_b import FRAMES_B
from tests.blind63_frames_c import FRAMES_C
from tests.blind63_frames_d import FRAMES_D
from tests.blind63_frames_e import FRAMES_E
from tests.blind63_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind63_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6301
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Göteborg the largest).
REGION_WEIGHTS = {"goteborg": 2.0, "vasteras": 1.2, "trollhattan": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "bil", "nr", "order", "ärende", "reg", "tel", "mobil"}


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
