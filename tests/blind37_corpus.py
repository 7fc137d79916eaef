"""The thirty-seventh blind corpus: incident and tillbud reports from schools, fritidshem and fritidsgårdar as
they reach the weekly picture.

Tillbud forms, incident reports, the fritidsgård's evening log, rektors' e-mails, kuratorers' notes, the
fritidshem's day book, anmälningar om kränkande behandling, school bus and bus stop reports, the sports
hall, the EST coordinator's weekly compilation, the fältgrupp's reports, guardians' e-mails, caretakers' and
guards' logs, staff chats and handover notes; pupils and youths often by first name or nickname, in
lowercase in hasty notes; orosanmälningar mentioned without their content; from Halmstad, Eskilstuna and
Luleå. Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind37.md
says what was opened).

`build()` fills the frames (tests/blind37_frames_*.py) in turn with one seeded generator
(tests/blind37_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind37_fill import Filler
from tests.blind37_frames_a import FRAMES_A
from tests.blind37_frames_b import FRAMES_B
from tests.blind37_frames_c import FRAMES_C
from tests.blind37_frames_d import FRAMES_D
from tests.blind37_frames_e import FRAMES_E
from tests.blind37_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind37_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3737
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a report comes from, and how often.
REGION_WEIGHTS = {"halmstad": 1.0, "eskilstuna": 1.0, "lulea": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "ca", "den"}


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
