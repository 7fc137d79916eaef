"""The fortieth blind corpus: notes from HVB-hem, stödboenden, LSS-boenden and the socialtjänst's jour as they
reach the weekly picture.

Journal lines and handovers between shifts, incident report forms, absconding and finding (who left, who
searched, who was told: socialsekreterare, vårdnadshavare, polis, the placing kommun), the socialjour's log,
intake notes, threats and violence, searches, an LSS home's daily notes, e-mails to the social services,
staff's chat, reports to the placing kommun, contributions to the weekly EST picture, police contacts and
night rounds; residents mostly by given name, staff by given name and role; from Södertälje, Botkyrka and
Huddinge. Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind40.md
says what was opened).

`build()` fills the frames (tests/blind40_frames_*.py) in turn with one seeded generator
(tests/blind40_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind40_fill import Filler
from tests.blind40_frames_a import FRAMES_A
from tests.blind40_frames_b import FRAMES_B
from tests.blind40_frames_c import FRAMES_C
from tests.blind40_frames_d import FRAMES_D
from tests.blind40_frames_e import FRAMES_E
from tests.blind40_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind40_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4040
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a note comes from, and how often (Södertälje and Botkyrka have the most homes here).
REGION_WEIGHTS = {"sodertalje": 1.2, "botkyrka": 1.0, "huddinge": 1.0}

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
