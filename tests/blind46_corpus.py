"""The forty-sixth blind corpus: minutes and working notes of SSPF and lokal samverkan (skola, socialtjänst,
polis, fritid) and of the kommun's sociala insatsgrupper, as they might be pasted into the weekly picture.

SSPF protocols, minutes of the lokal samverkansgrupp, attendance lists with roles and organisations, lists of
the young people discussed (tables pasted as text), action lists ("Ansvar: …"), notes of orosanmälningar,
the sociala insatsgrupper's case notes, follow-ups, invitations by e-mail, fältare's notes, the school's and
the kommunpolis' input, decision logs, consent forms and handover notes; young people by first name and
initial, nickname or surname, with their siblings and parents; from five kommuner (Örebro, Norrköping,
Södertälje, Gävle, Landskrona). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind46.md says what was opened).

`build()` fills the frames (tests/blind46_frames_*.py) in turn with one seeded generator
(tests/blind46_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind46_fill import Filler
from tests.blind46_frames_a import FRAMES_A
from tests.blind46_frames_b import FRAMES_B
from tests.blind46_frames_c import FRAMES_C
from tests.blind46_frames_d import FRAMES_D
from tests.blind46_frames_e import FRAMES_E
from tests.blind46_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind46_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4601
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often.
REGION_WEIGHTS = {
    "orebro": 1.2,
    "norrkoping": 1.2,
    "sodertalje": 1.2,
    "gavle": 1.0,
    "landskrona": 0.8,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "per", "sedan", "innan", "från", "t.o.m"}


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
