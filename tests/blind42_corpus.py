"""The forty-second blind corpus: texts from hemtjänst, äldreboenden and relatives as they reach the weekly
picture.

Shift notes with initials and first names, handovers, deviation reports, longer incident reports, e-mails
from relatives, SMS from hemtjänst staff, the trygghetslarm log, notes on frauds against older people (calls
from "the bank" or "the police", false craftsmen at the door, card theft), the log of a search for a resident
who wandered off, the housing company's work orders, biståndshandläggare's journal notes, trygghetsvärdar's
rounds, minutes of EST meetings, the kontaktcenter's call notes and the night log; from three kommuner
(Kalmar, Karlskrona and Gotland with Visby). Written without reading the redaction, its vocabulary or any
other corpus (docs/redaction_blind42.md says what was opened).

`build()` fills the frames (tests/blind42_frames_*.py) in turn with one seeded generator
(tests/blind42_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind42_fill import Filler
from tests.blind42_frames_a import FRAMES_A
from tests.blind42_frames_b import FRAMES_B
from tests.blind42_frames_c import FRAMES_C
from tests.blind42_frames_d import FRAMES_D
from tests.blind42_frames_e import FRAMES_E
from tests.blind42_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind42_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4242
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {"kalmar": 1.0, "karlskrona": 1.0, "gotland": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "cirka", "kl.", "rum", "nr"}


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
