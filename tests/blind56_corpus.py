"""The fifty-sixth blind corpus: licensing and inspection texts from Malmö, Lund and Helsingborg, as they
reach the weekly picture.

Formal inspection protocols for serveringstillstånd, joint inspections with the police, Skatteverket and
the fire service, test purchases of tobacco and alcohol, case officers' journal notes, e-mails from the
police's permit unit and the kommunpolis, inspectors' chats at night, opinions on applications, the board's
decisions, licence holders' notifications, complaints from neighbours, the fire service's reports, rows of
the weekly EST report, Skatteverket's visits to check staff registers, applications with their persons of
significant influence and sole traders whose firm carries the owner's name, and telephone messages; typed
in various hands, formal and hasty, with people of many origins. Written without reading the redaction,
its vocabulary or any other corpus (docs/redaction_blind56.md says what was opened).

`build()` fills the frames (tests/blind56_frames_*.py) in turn with one seeded generator
(tests/blind56_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind56_fill import Filler
from tests.blind56_frames_a import FRAMES_A
from tests.blind56_frames_b import FRAMES_B
from tests.blind56_frames_c import FRAMES_C
from tests.blind56_frames_d import FRAMES_D
from tests.blind56_frames_e import FRAMES_E
from tests.blind56_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind56_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5601
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Malmö the largest).
REGION_WEIGHTS = {"malmo": 2.0, "helsingborg": 1.3, "lund": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "ca", "senast", "från", "efter"}


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
