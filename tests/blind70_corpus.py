"""The seventieth blind corpus: building sites and managed properties, as their people write them.

Site diaries (byggdagbok), subcontractors' day reports, safety rounds, theft reports from sites to the
police and the hire firm, insurance claims, alarm-centre logs, property managers' incident logs, tenants'
fault reports, fire-safety rounds, site managers' e-mails, work teams' group chats, the site's staff register
(personalliggare), landlords' and property owners' reports to the kommun's EST picture, guards' patrol
reports and site meeting minutes; full of property designations in every form, site addresses, foremen,
subcontractors' crews, site vehicles and plates, and of look-alikes such as project and block names, cranes,
delivery times and tender amounts; from Uppsala (most), Gävle and Sundsvall. Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind70.md says what was opened).

`build()` fills the frames (tests/blind70_frames_*.py) in turn with one seeded generator
(tests/blind70_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind70_fill import Filler
from tests.blind70_frames_a import FRAMES_A
from tests.blind70_frames_b import FRAMES_B
from tests.blind70_frames_c import FRAMES_C
from tests.blind70_frames_d import FRAMES_D
from tests.blind70_frames_e import FRAMES_E
from tests.blind70_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind70_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7001
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Uppsala, the largest, most).
REGION_WEIGHTS = {"uppsala": 1.5, "gavle": 1.0, "sundsvall": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place (labels of site logs among them).
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "in", "ut", "nr", "plan"}


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
