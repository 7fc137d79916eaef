"""The seventy-fifth blind corpus: emergency care and ambulances, as their notes and reports reach the weekly
picture.

Ambulance crews' journal notes, the dispatch log, handovers to the emergency room (SBAR), hospital security
guards' logs and incident reports, reports of threats and violence against staff, nurses' deviation reports,
triage notes, staff chats, e-mails from vårdcentraler and emergency rooms to the kommun, the vårdcentral
reception's log, relatives' and patients' complaints, rows of the weekly EST report, shift handovers and the
switchboard's call log; patients and relatives written every way, with look-alikes of the trade (wards and
rooms, hospitals, entrances, clinics, opening hours, triage levels, patient fees, dates); from Linköping,
Norrköping and Motala. Written without reading the redaction, its vocabulary or any other corpus
(docs/redaction_blind75.md says what was opened).

`build()` fills the frames (tests/blind75_frames_*.py) in turn with one seeded generator
(tests/blind75_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind75_fill import Filler
from tests.blind75_frames_a import FRAMES_A
from tests.blind75_frames_b import FRAMES_B
from tests.blind75_frames_c import FRAMES_C
from tests.blind75_frames_d import FRAMES_D
from tests.blind75_frames_e import FRAMES_E
from tests.blind75_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind75_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 7501
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a text comes from, and how often (Linköping and Norrköping have the large hospitals).
REGION_WEIGHTS = {
    "linkoping": 2.0,
    "norrkoping": 2.0,
    "motala": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "nr", "tel", "rum", "avd", "plan", "ingång", "prio"}


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
