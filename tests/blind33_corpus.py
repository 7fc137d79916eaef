"""The thirty-third blind corpus: the everyday free-text cells of a weekly EST report, as many different hands
type them.

The Beskrivning, Plats, Åtgärd, Kommentar and Rapportör cells of kommun, polis and bostadsbolag rows, short
and long, careful and hasty: fältassistenter, trygghetsvärdar, fastighetsskötare, kommunpoliser,
skolpersonal, fritidsledare, väktare, socialsekreterare, räddningstjänst and samordnare, writing about
vandalism, klotter, bränder, ungdomar som samlas, narkotika, hot och våld, inbrott, ordningsstörningar,
trygghetsvandringar and åtgärder; from five kommuner (Nacka most, then Södertälje, Västerås, Linköping and
Luleå). Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind33.md
says what was opened).

`build()` fills the frames (tests/blind33_frames_*.py) in turn with one seeded generator
(tests/blind33_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind33_fill import Filler
from tests.blind33_frames_a import FRAMES_A
from tests.blind33_frames_b import FRAMES_B
from tests.blind33_frames_c import FRAMES_C
from tests.blind33_frames_d import FRAMES_D
from tests.blind33_frames_e import FRAMES_E
from tests.blind33_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind33_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3333
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a row comes from, and how often (Nacka, with Fisksätra and Älta, most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "sodertalje": 1.0,
    "vasteras": 1.0,
    "linkoping": 1.0,
    "lulea": 1.0,
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
