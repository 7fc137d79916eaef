"""The twenty-third blind corpus: commerce and workplaces as they reach the weekly picture.

What business reports and what is reported about it: security guards' shift logs (väktare, ordningsvakter,
ronderande bevakning), incident forms, shops' loss-prevention reports (snatteri, butikskontroll), e-mails from
butikschefer and traders, CSV-like rows, meetings of näringsidkare with the kommun (centrumförening, BID,
trygghetsvandring med handlare), phone notes, building sites (ID06, platschef, stolen tools and diesel),
restaurants, pizzerias, kiosks and bars, petrol stations, car dealers, workshops and car washes, alarm centres
and the kommun's own premises (vaktmästare, larmutryckning), taxi drivers and delivery riders, industrial
areas and warehouses, and the samordnare's weekly summary of what business reported, from six kommuner
(Nacka, Nyköping, Södertälje, Borås, Helsingborg, Sundsvall). Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind23.md says what was opened).

`build()` fills the frames (tests/blind23_frames_*.py) in turn with one seeded generator
(tests/blind23_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind23_fill import Filler
from tests.blind23_frames_a import FRAMES_A
from tests.blind23_frames_b import FRAMES_B
from tests.blind23_frames_c import FRAMES_C
from tests.blind23_frames_d import FRAMES_D
from tests.blind23_frames_e import FRAMES_E
from tests.blind23_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind23_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 23_2323_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "sodertalje": 1.0,
    "boras": 1.0,
    "helsingborg": 1.0,
    "sundsvall": 1.0,
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
