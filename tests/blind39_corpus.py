"""The thirty-ninth blind corpus: the kommun's kontaktcenter's notes as they reach the weekly picture.

Phone calls, e-mails, web forms, chats, SMS and voicemails from residents about safety (felanmälan of
broken lights, graffiti, youths gathering, drug dealing, noisy neighbours, abandoned cars), written down by
the handläggare who took them, with the caller's details, who it was forwarded to (gatukontoret,
fastighetsägaren, fältgruppen, polisen), replies, ticket histories, handover notes, hasty abbreviations and
copy-pasted e-mail signatures; from Umeå, Växjö and Trollhättan. Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind39.md says what was opened).

`build()` fills the frames (tests/blind39_frames_*.py) in turn with one seeded generator
(tests/blind39_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind39_fill import Filler
from tests.blind39_frames_a import FRAMES_A
from tests.blind39_frames_b import FRAMES_B
from tests.blind39_frames_c import FRAMES_C
from tests.blind39_frames_d import FRAMES_D
from tests.blind39_frames_e import FRAMES_E
from tests.blind39_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind39_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3939
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a note comes from, and how often (Umeå the largest of the three).
REGION_WEIGHTS = {"umea": 1.4, "vaxjo": 1.0, "trollhattan": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ggr", "nr", "reg"}


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
