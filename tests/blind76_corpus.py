"""The seventy-sixth blind corpus: libraries, culture houses and museums in Lund, Kristianstad and Ystad, as
their notes reach the weekly picture.

Librarians' incident reports and info-desk logs, e-mails to a manager, decisions and notices of
tillträdesförbud, lost-property registers, guards' reports from exhibitions and concerts, event staffing
lists, museum hosts' notes, staff chats, material for police reports, EST report lines, shift handovers,
fault reports, meeting minutes and visitors' complaints; staff and visitors named every way, beside
look-alikes a culture house's text is full of (rooms and halls, floors, exhibitions, book titles and
authors' names used as themes, event names, opening hours, fees and amounts). Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind76.md says what was opened).

`build()` fills the frames (tests/blind76_frames_*.py) in turn with one seeded generator
(tests/blind76_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind76_fill import Filler
from tests.blind76_frames_a import FRAMES_A
from tests.blind76_frames_b import FRAMES_B
from tests.blind76_frames_c import FRAMES_C
from tests.blind76_frames_d import FRAMES_D
from tests.blind76_frames_e import FRAMES_E
from tests.blind76_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind76_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7601
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Lund, the largest, most).
REGION_WEIGHTS = {"lund": 2.0, "kristianstad": 1.5, "ystad": 1.0}

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
