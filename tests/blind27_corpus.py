"""The twenty-seventh blind corpus: what reaches the weekly EST picture from digital channels.

Posts and comment threads in local Facebook groups ("Du vet att du är från …", "Tips & info …"),
neighbourhood apps, Instagram and TikTok captions and comments described or quoted by staff, Snapchat and
Discord screenshots transcribed, forum threads, tips through the kommun's web form and app (field labels and
free text), the kommun's own social-media monitoring notes, staff's notes, quoted speech and reactions, and
the coordinator's review of it all; Swedish mixed with English and slang, emoji, hashtags, @mentions, and
names as people write them online (lowercase, first names only, nicknames, usernames made of names,
capitals, initials); from six kommuner (Nacka and Nyköping twice as often as Södertälje, Eskilstuna,
Karlstad and Växjö). Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind27.md says what was opened).

`build()` fills the frames (tests/blind27_frames_*.py) in turn with one seeded generator
(tests/blind27_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind27_fill import Filler
from tests.blind27_frames_a import FRAMES_A
from tests.blind27_frames_b import FRAMES_B
from tests.blind27_frames_c import FRAMES_C
from tests.blind27_frames_d import FRAMES_D
from tests.blind27_frames_e import FRAMES_E
from tests.blind27_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind27_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 27_2727_2026
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (the first deployment's two twice as often as the others).
REGION_WEIGHTS = {
    "nacka": 2.0,
    "nykoping": 2.0,
    "sodertalje": 1.0,
    "eskilstuna": 1.0,
    "karlstad": 1.0,
    "vaxjo": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "ca", "runt", "från", "efter", "till", "vid"}


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
