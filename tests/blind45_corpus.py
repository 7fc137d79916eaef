"""The forty-fifth blind corpus: the kommun's technical services and parking, as their notes reach the
weekly picture.

Residents' fault reports through the kommun's app, calls to the contact centre and e-mails to gata/park
(klotter, broken lamps, vandalised playgrounds, litter, abandoned bicycles); the klottersanering crews' job
notes; park workers' notes on syringes and sleeping places; the winter-maintenance contractor's diary;
parking attendants' reports, logs of cars moved or towed, and threats against attendants; errands on
abandoned vehicles; work orders as exported rows; crews' text messages; weekly summaries to the EST group;
playground inspections; and reports shared with outreach. From five kommuner (Helsingborg, Västerås,
Sundsvall, Haninge, Trollhättan). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind45.md says what was opened).

`build()` fills the frames (tests/blind45_frames_*.py) in turn with one seeded generator
(tests/blind45_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind45_fill import Filler
from tests.blind45_frames_a import FRAMES_A
from tests.blind45_frames_b import FRAMES_B
from tests.blind45_frames_c import FRAMES_C
from tests.blind45_frames_d import FRAMES_D
from tests.blind45_frames_e import FRAMES_E
from tests.blind45_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind45_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4501
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the larger towns a little more).
REGION_WEIGHTS = {
    "helsingborg": 1.3,
    "vasteras": 1.3,
    "sundsvall": 1.0,
    "haninge": 1.0,
    "trollhattan": 0.9,
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
