"""The twenty-fifth blind corpus: rows and records exported from other systems, as they are pasted into the
weekly EST picture.

Housing companies' fault reports and disturbance cases (ärendenr, objekt, lägenhet, hyresgäst, handläggare)
and their work-order rows, security companies' alarm logs and guard reports, kommunpolis excerpts and
RAR-like lines, schools' incident reports, the kommun's case system (diarienummer, ärendemening),
summaries of orosanmälningar, parking and traffic registers, key and access-card logs, a fritidsgård's
visitor log, the samordnare's merged weekly export and the comment logs of case systems: field labels,
semicolon- and tab-separated rows with and without headers, codes next to names, `EFTERNAMN, Förnamn`,
capitals, initials and user ids, truncated cells and timestamps in several formats, from six kommuner
(Nacka, Nyköping, Linköping, Norrköping, Gävle, Kristianstad). Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind25.md says what was opened).

`build()` fills the frames (tests/blind25_frames_*.py) in turn with one seeded generator
(tests/blind25_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind25_fill import Filler
from tests.blind25_frames_a import FRAMES_A
from tests.blind25_frames_b import FRAMES_B
from tests.blind25_frames_c import FRAMES_C
from tests.blind25_frames_d import FRAMES_D
from tests.blind25_frames_e import FRAMES_E
from tests.blind25_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind25_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 25_2525_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "linkoping": 1.0,
    "norrkoping": 1.0,
    "gavle": 1.0,
    "kristianstad": 1.0,
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
