"""The thirty-first blind corpus: shift logs and alarm logs, as they reach the weekly picture.

The telegraphic entries written during a shift: a security guard's log (väktare), an ordningsvakt's report,
a parking attendant's notes, the housing company's on-call log (fastighetsjour), the kommun's night walkers
and night patrol, an alarm centre's log, SOS-like dispatch notes, a radio log, handovers between shifts,
incident reports, round logs, a store guard's notes, an ordningsvakt's report of a custody (LOB) and a site
log of a school or a centre; timestamps first, codes and abbreviations, little punctuation, lowercase, names
written short, several people per entry; from five kommuner (Nyköping most, then Eskilstuna, Trollhättan,
Södertälje and Umeå). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind31.md says what was opened).

`build()` fills the frames (tests/blind31_frames_*.py) in turn with one seeded generator
(tests/blind31_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind31_fill import Filler
from tests.blind31_frames_a import FRAMES_A
from tests.blind31_frames_b import FRAMES_B
from tests.blind31_frames_c import FRAMES_C
from tests.blind31_frames_d import FRAMES_D
from tests.blind31_frames_e import FRAMES_E
from tests.blind31_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind31_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3131
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a log comes from, and how often (the first deployment's Nyköping most).
REGION_WEIGHTS = {
    "nykoping": 2.0,
    "eskilstuna": 1.0,
    "trollhattan": 1.0,
    "sodertalje": 1.0,
    "umea": 1.0,
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
