"""The seventy-third blind corpus: public transport — trams, buses, night buses, stations and stops — as it
reaches the weekly picture.

Drivers' reports, ticket inspectors' reports (biljettkontrollanter), security guards' reports from trains and
trams, the traffic control's and the operators' incident logs, passengers' complaints, the lost-property
register with owners' details, work orders on vandalised stops, radio logs, night-bus hosts' reports,
customer service's e-mails, disputes of tilläggsavgifter, station hosts' logs, shift handovers, deviation
reports and passengers' posts on social media; from three kommuner (Göteborg most, then Borås and
Trollhättan), with look-alikes of the trade: lines and vehicle numbers, stops and stations, departure times,
ticket prices and fees, fare zones. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind73.md says what was opened).

`build()` fills the frames (tests/blind73_frames_*.py) in turn with one seeded generator
(tests/blind73_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind73_fill import Filler
from tests.blind73_frames_a import FRAMES_A
from tests.blind73_frames_b import FRAMES_B
from tests.blind73_frames_c import FRAMES_C
from tests.blind73_frames_d import FRAMES_D
from tests.blind73_frames_e import FRAMES_E
from tests.blind73_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind73_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7301
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Göteborg's traffic is by far the largest).
REGION_WEIGHTS = {"goteborg": 3.0, "boras": 1.4, "trollhattan": 1.2}

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
