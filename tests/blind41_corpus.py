"""The forty-first blind corpus: a public transport operator's incident reports as they reach the weekly
picture.

Bus drivers' incident forms, the traffic control's (trafikledningen) log lines, transcribed radio and phone
calls, tram staff's and train staff's reports, the trygghetsvärdar ombord's pass reports, ticket inspectors'
reports, station hosts' reports, observation logs of drug dealing at stations, damage reports on vandalised
stops, witnesses' statements, references to police reports, the weekly summary to the kommun, e-mails between
the operator and the kommun's EST coordinator and staff's group chats; stone-throwing, threats, fights,
vandalised stops and drug dealing, with line numbers, stops, vehicle numbers, times, who intervened and
witnesses; from Malmö (most), Lund and Landskrona. Written without reading the redaction, its vocabulary or
any other corpus (docs/redaction_blind41.md says what was opened).

`build()` fills the frames (tests/blind41_frames_*.py) in turn with one seeded generator
(tests/blind41_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind41_fill import Filler
from tests.blind41_frames_a import FRAMES_A
from tests.blind41_frames_b import FRAMES_B
from tests.blind41_frames_c import FRAMES_C
from tests.blind41_frames_d import FRAMES_D
from tests.blind41_frames_e import FRAMES_E
from tests.blind41_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind41_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4141
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a report comes from, and how often (Malmö's traffic is the largest).
REGION_WEIGHTS = {"malmo": 2.0, "lund": 1.4, "landskrona": 1.0}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "vagn", "tåg"}


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
