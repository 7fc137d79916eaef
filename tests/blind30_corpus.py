"""The thirtieth blind corpus: media monitoring pasted into the weekly picture.

What a trygghetssamordnare copies in from outside and comments on: local newspaper items with their
headlines and bylines, radio and TV news summaries, police press officers' and kommun spokespersons' quotes,
court reporting (åtal and dom, with the accused, witnesses, lawyers and judges named), press releases from
housing companies and associations, notices of vigils and memorials, obituary-like mentions, "Läsarnas
fråga", readers' letters and the samordnare's own digest of clippings, each with a short comment; names as
the press writes them (full name first, then surname alone, ages in brackets, titles before names, names in
capitals in headlines); from five kommuner (Borås, Gävle, Kalmar, Huddinge and Nacka, Fisksätra and Älta
among its areas). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind30.md says what was opened).

`build()` fills the frames (tests/blind30_frames_*.py) in turn with one seeded generator
(tests/blind30_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind30_fill import Filler
from tests.blind30_frames_a import FRAMES_A
from tests.blind30_frames_b import FRAMES_B
from tests.blind30_frames_c import FRAMES_C
from tests.blind30_frames_d import FRAMES_D
from tests.blind30_frames_e import FRAMES_E
from tests.blind30_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind30_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3030
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a clipping comes from, and how often (Nacka, of the first deployment, most).
REGION_WEIGHTS = {
    "boras": 1.0,
    "gavle": 1.0,
    "kalmar": 1.0,
    "huddinge": 1.0,
    "nacka": 1.6,
}

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
