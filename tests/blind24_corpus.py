"""The twenty-fourth blind corpus: residents' and staff's own words typed in haste, as they reach the weekly
picture.

E-mails to the kommun's trygghetsfunktion, SMS and app tips, posts and comment threads in local Facebook
groups, neighbourhood apps, voicemails transcribed by a receptionist, notes in a phone, forms filled in on a
mobile, chat messages forwarded by a fältassistent or a fritidsledare, staff's group chats, fault reports in a
housing company's app, school-platform messages and transcribed screenshots; lowercase, random capitals,
little punctuation, emoji, slang and code-switching, names as people type them; from six kommuner (Nacka and
Nyköping most, then Örebro, Västerås, Jönköping and Luleå). Written without reading the redaction, its
vocabulary or any other corpus (docs/redaction_blind24.md says what was opened).

`build()` fills the frames (tests/blind24_frames_*.py) in turn with one seeded generator
(tests/blind24_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind24_fill import Filler
from tests.blind24_frames_a import FRAMES_A
from tests.blind24_frames_b import FRAMES_B
from tests.blind24_frames_c import FRAMES_C
from tests.blind24_frames_d import FRAMES_D
from tests.blind24_frames_e import FRAMES_E
from tests.blind24_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind24_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 24_2424_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two most).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "orebro": 1.0,
    "vasteras": 1.0,
    "jonkoping": 1.0,
    "lulea": 1.0,
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
