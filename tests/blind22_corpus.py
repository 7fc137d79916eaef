"""The twenty-second blind corpus: events, associations and faith communities as they reach the weekly
picture.

What is coming up and who runs it: "Kommande händelser" submissions (form fields and CSV-like rows), football
and ice-hockey matches, concerts and festivals, holidays (Eid, Nowruz, Diwali, Lucia, Valborg, midsommar,
Halloween, nyårsafton), demonstrations and manifestations with their permits, weddings and funerals with many
guests, mosques, churches and parishes, associations' board minutes, booking e-mails for a lokal, the kommun's
event permits, after-event reports, social-media posts about a party, tips about a party in a garage and the
samordnare's weekly list of events, from six kommuner (Nacka, Nyköping, Malmö, Göteborg, Uppsala, Eskilstuna).
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind22.md says what
was opened).

`build()` fills the frames (tests/blind22_frames_*.py) in turn with one seeded generator
(tests/blind22_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind22_fill import Filler
from tests.blind22_frames_a import FRAMES_A
from tests.blind22_frames_b import FRAMES_B
from tests.blind22_frames_c import FRAMES_C
from tests.blind22_frames_d import FRAMES_D
from tests.blind22_frames_e import FRAMES_E
from tests.blind22_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind22_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 22_2222_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "malmo": 1.0,
    "goteborg": 1.0,
    "uppsala": 1.0,
    "eskilstuna": 1.0,
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
