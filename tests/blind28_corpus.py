"""The twenty-eighth blind corpus: text that was spoken, handwritten or scanned before it was typed.

Rounds and passes dictated into a phone by väktare, fältare and trygghetsvärdar and left as the speech-to-text
made them (little punctuation, lowercase or random capitals, run-on sentences, numbers said as words, names
spelled as heard); voicemails transcribed automatically; work orders and memos dictated into an app;
handwritten round notes, incident notes and log books typed up later by someone else (abbreviations, arrows,
slashes, "[överstruket]", "[oläsligt]"); scanned paper forms, letters, fault reports and minutes run through
OCR (rn/m, 0/O, 1/l/I, broken lines and hyphenation, labels and checkboxes "[x]"); and text a phone read off a
photo. From six kommuner (Nacka and Nyköping about twice as often as Örebro, Umeå, Trollhättan and Kalmar).
Written without reading the redaction, its vocabulary or any other corpus (docs/redaction_blind28.md says
what was opened).

`build()` fills the frames (tests/blind28_frames_*.py) in turn with one seeded generator
(tests/blind28_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind28_fill import Filler
from tests.blind28_frames_a import FRAMES_A
from tests.blind28_frames_b import FRAMES_B
from tests.blind28_frames_c import FRAMES_C
from tests.blind28_frames_d import FRAMES_D
from tests.blind28_frames_e import FRAMES_E
from tests.blind28_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind28_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 28_2828_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "orebro": 1.0,
    "umea": 1.0,
    "trollhattan": 1.0,
    "kalmar": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "nr", "ca", "tel", "pnr"}


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
