"""The thirty-second blind corpus: people of many origins as Swedish reports write them.

Statements taken with an interpreter, notes from meetings with families and relatives, neighbour complaints
and mediation in multilingual housing areas, trygghetsvärdar's and field workers' logs, reports of concern,
fritidsgårdar's reports, kommunpolis' summaries, a housing company's work orders, the student health team's
notes, home visits, residents' e-mails, EST minutes and interpreter bookings; names from Somali, Arabic
(Iraqi, Syrian, Palestinian, Lebanese), Persian and Dari, Kurdish, Tigrinya and Amharic, Turkish, Bosnian,
Serbian and Croatian, Albanian, Polish, Romanian, Roma, Finnish, Sami, Thai, Vietnamese, Chinese, Latin
American and West African origins beside Swedish ones, written as Swedish staff write them. From five
kommuner (Botkyrka, Malmö, Göteborg, Örebro, Nyköping with Brandkärr). Written without reading the
redaction, its vocabulary or any other corpus (docs/redaction_blind32.md says what was opened).

`build()` fills the frames (tests/blind32_frames_*.py) in turn with one seeded generator
(tests/blind32_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind32_fill import Filler
from tests.blind32_frames_a import FRAMES_A
from tests.blind32_frames_b import FRAMES_B
from tests.blind32_frames_c import FRAMES_C
from tests.blind32_frames_d import FRAMES_D
from tests.blind32_frames_e import FRAMES_E
from tests.blind32_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind32_vocab_places import BEFORE_NUMBER_WORDS, WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3232
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Nyköping, the first deployment's, most).
REGION_WEIGHTS = {
    "botkyrka": 1.5,
    "malmo": 1.5,
    "goteborg": 1.5,
    "orebro": 1.2,
    "nykoping": 1.8,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, *BEFORE_NUMBER_WORDS}


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
