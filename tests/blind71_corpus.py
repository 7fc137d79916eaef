"""The seventy-first blind corpus: car crime and parking as it reaches the weekly picture in Malmö,
Helsingborg and Landskrona.

Parking-garage operators' shift logs, parking attendants' notes, residents' illegal-parking reports through
the kommun's e-service, police event summaries and kommunpolis' excerpts, housing companies' work orders on
burnt cars, e-mails about catalytic-converter thefts, car dealers' and rental firms' incident logs,
neighbourhood-group posts, security guards' round reports, insurance claims, towing firms' logs, garage
notes, SMS tips and e-mails about abandoned cars; plates written every way people write them (old and 2019
format, spaced, together, with a dash, lowercase, glued to a word, foreign plates from Denmark, Poland,
Germany, Norway, Lithuania and Ukraine), owners' names, phones and addresses beside garage levels, space
numbers, models, times, amounts and bus lines. Written without reading the redaction, its vocabulary or any
other corpus (docs/redaction_blind71.md says what was opened).

`build()` fills the frames (tests/blind71_frames_*.py) in turn with one seeded generator
(tests/blind71_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind71_fill import Filler
from tests.blind71_frames_a import FRAMES_A
from tests.blind71_frames_b import FRAMES_B
from tests.blind71_frames_c import FRAMES_C
from tests.blind71_frames_d import FRAMES_D
from tests.blind71_frames_e import FRAMES_E
from tests.blind71_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind71_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7101
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Malmö the largest).
REGION_WEIGHTS = {"malmo": 2.5, "helsingborg": 1.6, "landskrona": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "mellan", "och", "sedan", "från", "till", "nr"}


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
