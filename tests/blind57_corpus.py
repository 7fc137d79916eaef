"""The fifty-seventh blind corpus: marinas, boat clubs, guest harbours and camping sites in summer, on the
coast of Kalmar, Karlskrona and Västervik.

Harbour masters' logs, guest harbours' booking notes, camping hosts' notes, boat clubs' night-watch reports,
formal theft reports, boat owners' e-mails, the summer staff's group chat, security companies' round reports,
the kommun's EST reports from summer hosts, insurance claims, warnings in local Facebook groups, the
kommunpolis' summaries, boat clubs' minutes and member letters, SMS to the on-call phone and handover notes;
outboard-motor and boat thefts above all. Boats' own names are look-alikes (words), their owners' names are
names. Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind57.md
says what was opened).

`build()` fills the frames (tests/blind57_frames_*.py) in turn with one seeded generator
(tests/blind57_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind57_fill import Filler
from tests.blind57_frames_a import FRAMES_A
from tests.blind57_frames_b import FRAMES_B
from tests.blind57_frames_c import FRAMES_C
from tests.blind57_frames_d import FRAMES_D
from tests.blind57_frames_e import FRAMES_E
from tests.blind57_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind57_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5701
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"kalmar": 1.2, "karlskrona": 1.0, "vastervik": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place (a berth's, a pitch's, a log's).
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "natten", "plats", "tomt", "mellan"}


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
