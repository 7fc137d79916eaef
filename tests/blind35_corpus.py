"""The thirty-fifth blind corpus: the kommun's own rows of the weekly EST report, as many hands type them.

What fältassistenter, fritidsledare, skolpersonal (kuratorer, rektorer, elevhälsa), socialtjänstens
fältgrupp, trygghetssamordnare, nattvandrare and the kommun's contracted ordningsvakter write into the
Beskrivning, Plats, Åtgärd, Kommentar and Rapportör cells: young people gathering, conflicts between groups,
rumours on social media, drugs, school incidents, fireworks, mopeds, parents contacted, orosanmälningar,
safety walks, measures and follow-ups; from five kommuner (Nacka most, then Järfälla, Jönköping, Karlstad and
Östersund). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind35.md says what was opened).

`build()` fills the frames (tests/blind35_frames_*.py) in turn with one seeded generator
(tests/blind35_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind35_fill import Filler
from tests.blind35_frames_a import FRAMES_A
from tests.blind35_frames_b import FRAMES_B
from tests.blind35_frames_c import FRAMES_C
from tests.blind35_frames_d import FRAMES_D
from tests.blind35_frames_e import FRAMES_E
from tests.blind35_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind35_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3535
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a row comes from, and how often (Nacka, with Fisksätra and Älta, the first deployment's, most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "jarfalla": 1.0,
    "jonkoping": 1.0,
    "karlstad": 1.0,
    "ostersund": 1.0,
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
