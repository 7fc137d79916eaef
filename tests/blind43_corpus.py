"""The forty-third blind corpus: construction sites and industrial areas as they reach the weekly picture.

Security guards' round reports, the alarm centre's logs, site managers' e-mails, foremen's text messages, site
diaries, the access-control system's logs, the developer's (byggherre's) weekly reports to the kommun, the
kommunpolis' excerpts, lists of stolen machines and tools, subcontractors' staff lists, neighbours'
complaints, the fire service's notes, the site's group chats, KMA incident reports and the kommun's
coordinator's notes: thefts of tools, diesel and machines, break-ins in site huts, fires in skips, youths
climbing cranes; from Sundbyberg, Solna and Sollentuna. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind43.md says what was opened).

`build()` fills the frames (tests/blind43_frames_*.py) in turn with one seeded generator
(tests/blind43_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind43_fill import Filler
from tests.blind43_frames_a import FRAMES_A
from tests.blind43_frames_b import FRAMES_B
from tests.blind43_frames_c import FRAMES_C
from tests.blind43_frames_d import FRAMES_D
from tests.blind43_frames_e import FRAMES_E
from tests.blind43_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind43_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4343
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"sundbyberg": 1.0, "solna": 1.0, "sollentuna": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *(w.lower() for w in WEEKDAYS), "kl.", "sedan", "till", "runt"}


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
