"""The thirty-eighth blind corpus: the fire service's texts on anlagda bränder as they reach the weekly
picture.

Insatsrapporter, short incident notes and 112/SOS logs; the styrkeledare's own notes, brandutredningar and
security guards' reports; the housing company's fastighetsjour, samverkan mails and the basis of a
polisanmälan; the fire service's weekly summaries for the EST meeting, rows and cells of CSV exports and
schools' reports; witness statements, SMS between the jour and the styrkeledare and EST minutes — containers,
cars, stairwells, schools and mopeds on fire, who called 112, who was on site, witnesses and suspects, the
follow-up. From Västerås, Örebro and Kristianstad. Written without reading the redaction, its vocabulary or
any other corpus (docs/redaction_blind38.md says what was opened).

`build()` fills the frames (tests/blind38_frames_*.py) in turn with one seeded generator
(tests/blind38_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind38_fill import Filler
from tests.blind38_frames_a import FRAMES_A
from tests.blind38_frames_b import FRAMES_B
from tests.blind38_frames_c import FRAMES_C
from tests.blind38_frames_d import FRAMES_D
from tests.blind38_frames_e import FRAMES_E
from tests.blind38_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind38_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3838
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"vasteras": 1.0, "orebro": 1.0, "kristianstad": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "larmtid", "natten", "rond", "pass"}


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
