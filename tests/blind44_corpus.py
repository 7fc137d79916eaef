"""The forty-fourth blind corpus: notes and incident reports from a kommun's kultur- och fritidsförvaltning.

The library staff's incident log (disturbances, threats at the desk, study rooms), their decisions and lists
of banned visitors and their lost-property book; the swimming halls' lifeguard logs, bans and reports of
theft in the changing rooms; sports-hall and ice-hall caretakers' logs, associations' bookings and the log
of keys and passerkort; youth centres' evening logs, the culture house's evening reports, handover notes
between shifts. Staff write hastily, with timestamps, signatures and initials, lists of banned visitors by
name, who called whom, and the numbers of library cards, lockers and key tags (look-alikes of the kind
`word`: no person's number by itself). From five kommuner: Borås, Eskilstuna, Luleå, Kristianstad and
Botkyrka. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind44.md says what was opened).

`build()` fills the frames (tests/blind44_frames_*.py) in turn with one seeded generator
(tests/blind44_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus."""

from __future__ import annotations

from tests.blind44_fill import Filler
from tests.blind44_frames_a import FRAMES_A
from tests.blind44_frames_b import FRAMES_B
from tests.blind44_frames_c import FRAMES_C
from tests.blind44_frames_d import FRAMES_D
from tests.blind44_frames_e import FRAMES_E
from tests.blind44_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind44_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 4401
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (roughly by population).
REGION_WEIGHTS = {
    "boras": 1.3,
    "eskilstuna": 1.3,
    "lulea": 1.0,
    "kristianstad": 1.0,
    "botkyrka": 1.1,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place (and a log's own: kl., nr, skåp).
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "nr", "skåp", "tagg", "lånekort"}


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
