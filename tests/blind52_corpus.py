"""The fifty-second blind corpus: what the police's local investigators and kommunpolis put into the EST
picture from their own case work.

Promemorior, förhörsutdrag with quotes, beslagslistor, lists of suspects and målsägande with personnummer,
the förundersökningsledare's decisions, summaries of an insatsvecka (who was stopped, searched, reported),
gang overviews with nicknames and relations, kommunpolis' weekly notes, quick notes, händelserapporter,
controls, tips, e-mails to the kommun, samverkan notes and the ledningscentral's logs; formal police Swedish
mixed with quick notes, case numbers in many forms, dates and times, plates, addresses; from five kommuner
(Stockholm's Järva, Göteborg's Hammarkullen, Uppsala's Gottsunda, Borlänge, Landskrona). Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind52.md says what was opened).

`build()` fills the frames (tests/blind52_frames_*.py) in turn with one seeded generator
(tests/blind52_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind52_fill import Filler
from tests.blind52_frames_a import FRAMES_A
from tests.blind52_frames_b import FRAMES_B
from tests.blind52_frames_c import FRAMES_C
from tests.blind52_frames_d import FRAMES_D
from tests.blind52_frames_e import FRAMES_E
from tests.blind52_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind52_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5201
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Järva the largest).
REGION_WEIGHTS = {
    "jarva": 2.0,
    "hammarkullen": 1.5,
    "gottsunda": 1.5,
    "borlange": 1.0,
    "landskrona": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "nr", "tfn", "tel", "mobil"}


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
