"""The sixty-eighth blind corpus: schools' and preschools' surroundings after hours.

Caretakers' logs and security guards' round reports on break-ins, fires and vandalism at schools in the
evening, the alarm centre's log, parents' e-mails, school-platform messages and Facebook posts about unsafe
school routes, the school's concern reports to the social services, its contacts with the police, SSPF
notes, the principal's notes to the trygghetssamordnare, incident and damage reports, fault reports, the
kommun's e-service on school routes and the fritidsgård's and night walkers' evening reports; from
Eskilstuna, Umeå and Falun. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind68.md says what was opened).

`build()` fills the frames (tests/blind68_frames_*.py) in turn with one seeded generator
(tests/blind68_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind68_fill import Filler
from tests.blind68_frames_a import FRAMES_A
from tests.blind68_frames_b import FRAMES_B
from tests.blind68_frames_c import FRAMES_C
from tests.blind68_frames_d import FRAMES_D
from tests.blind68_frames_e import FRAMES_E
from tests.blind68_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind68_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 6801
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Eskilstuna, the largest of the three, most).
REGION_WEIGHTS = {"eskilstuna": 1.4, "umea": 1.3, "falun": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "reg", "nr", "tel", "ca", "cirka", "anm"}


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
