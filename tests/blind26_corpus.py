"""The twenty-sixth blind corpus: meeting notes and e-mail as they reach the weekly EST picture.

Minnesanteckningar from EST and samverkan meetings, BRÅ and trygghetsråd protocols, forwarded e-mail threads
and quoted replies, plain e-mails with signatures, Teams and Outlook invitations, calendar entries, agendas,
handover notes between shifts and colleagues, status updates on insatser, action lists, contact lists, call
chains and Teams chat; several people per item, from six kommuner (Nacka and Nyköping most, then Uppsala,
Sundsvall, Halmstad and Borås). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind26.md says what was opened).

`build()` fills the frames (tests/blind26_frames_*.py) in turn with one seeded generator
(tests/blind26_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind26_fill import Filler
from tests.blind26_frames_a import FRAMES_A
from tests.blind26_frames_b import FRAMES_B
from tests.blind26_frames_c import FRAMES_C
from tests.blind26_frames_d import FRAMES_D
from tests.blind26_frames_e import FRAMES_E
from tests.blind26_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind26_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 26_2626_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 600
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "uppsala": 1.0,
    "sundsvall": 1.0,
    "halmstad": 1.0,
    "boras": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place (weekdays and meeting words too).
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "nr", "start", "när", "skickat", "datum:", "senast"}


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
