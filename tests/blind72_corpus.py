"""The seventy-second blind corpus: fritidsgårdar and youth work, in the staff's own words.

A fritidsgård's evening notes and log book, fältassistenter's reports, the weekly report to the EST
coordinator and rows of the EST export, staff's group chats and SMS, notes of parents' phone calls, notes of
concern and drafts of an orosanmälan, handovers between shifts, incident reports, e-mails, notes of meetings
with police, school and socialtjänst, activity schedules and what young people said, quoted; young people
named by first names, nicknames, lowercase names and names that are also words; look-alikes such as
activities, games and rooms, opening hours, schools and fritidsgårdar, clubs, bus lines. From Örebro,
Västerås and Eskilstuna. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind72.md says what was opened).

`build()` fills the frames (tests/blind72_frames_*.py) in turn with one seeded generator
(tests/blind72_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind72_fill import Filler
from tests.blind72_frames_a import FRAMES_A
from tests.blind72_frames_b import FRAMES_B
from tests.blind72_frames_c import FRAMES_C
from tests.blind72_frames_d import FRAMES_D
from tests.blind72_frames_e import FRAMES_E
from tests.blind72_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind72_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7201
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"orebro": 1.0, "vasteras": 1.0, "eskilstuna": 1.0}

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
