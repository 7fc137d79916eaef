"""The twenty-first blind corpus: texts from the kommun's own services as they reach the weekly picture.

The school's incident reports and weekly safety notes, kränkningsanmälningar, parents' e-mails, elevhälsan's
notes and orosanmälningar sent on, förskola and fritidshem, the library's and kulturskolan's logs, the
swimming and sports halls, LSS and daily activities, hemtjänst and äldreboende (break-ins, falska poliser,
bankbedrägeri), socialtjänstens mottagning and försörjningsstöd, the kontaktcenter's call log, parking guards
and tekniska förvaltningen, the integration and tolk service, the kommun's reporting system's rows and the
security coordinator's summaries, from seven kommuner (Nacka, Nyköping, Göteborg, Malmö, Botkyrka, Örebro,
Umeå). Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind21.md
says what was opened).

`build()` fills the frames (tests/blind21_frames_*.py) in turn with one seeded generator
(tests/blind21_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind21_fill import Filler
from tests.blind21_frames_a import FRAMES_A
from tests.blind21_frames_b import FRAMES_B
from tests.blind21_frames_c import FRAMES_C
from tests.blind21_frames_d import FRAMES_D
from tests.blind21_frames_e import FRAMES_E
from tests.blind21_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind21_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 21_2121_2026
SIZE = 1000
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two kommuner more often).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "goteborg": 1.0,
    "malmo": 1.0,
    "botkyrka": 1.0,
    "orebro": 1.0,
    "umea": 1.0,
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
