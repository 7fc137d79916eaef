"""The fifty-third blind corpus: football and ice-hockey matches, arenas and supporters, as match days reach
the weekly picture.

The police match commander's reports, the arena security manager's post-match reports, stewards' shift
notes, the association's own incident forms, referees' reports of threats in youth football, e-mails of a
club's referee coordinator, supporter buses (driver reports and bus stewards' lists), pyrotechnics reports,
the supporter police's notes, ordningsvakter's reports, leaders' and stewards' group chats, the arena
operator's damage reports, the kommun's weekly EST notes, parents' e-mails and the district federation's
disciplinary minutes; formal and hasty hands, people of many origins; from three kommuner (Göteborg most,
then Borås and Halmstad). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind53.md says what was opened).

`build()` fills the frames (tests/blind53_frames_*.py) in turn with one seeded generator
(tests/blind53_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind53_fill import Filler
from tests.blind53_frames_a import FRAMES_A
from tests.blind53_frames_b import FRAMES_B
from tests.blind53_frames_c import FRAMES_C
from tests.blind53_frames_d import FRAMES_D
from tests.blind53_frames_e import FRAMES_E
from tests.blind53_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind53_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 5301
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Göteborg, with four clubs in the top leagues, most).
REGION_WEIGHTS = {
    "goteborg": 2.0,
    "boras": 1.0,
    "halmstad": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "nr", "omgång"}


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
