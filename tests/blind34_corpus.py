"""The thirty-fourth blind corpus: the housing companies' rows of the weekly EST report, as many hands type
them.

What allmännyttan's and private landlords' staff write into the Beskrivning, Plats, Åtgärd, Kommentar and
Rapportör cells: customer service's fault reports, the fastighetsskötare's log, the bovärd's notes, the
jour's log, contracted väktare's reports, trygghetsvärdar's notes, the områdesansvarig's summaries, tenants'
complaints pasted in, work orders, short comments, follow-ups, Plats and Rapportör cells, pasted e-mails,
reports of threats against staff and private landlords' notes; klotter, skadegörelse, störningar, brand i
förråd och soprum, inbrott i källare och garage, ungdomar i trapphus, övergivna bilar, nedskräpning and hot
mot personal; abbreviations (lgh, trh, fsk, bov., ang.), capitals and line breaks as staff type them. From
five kommuner (Nyköping most, then Norrköping and Uppsala, Helsingborg and Sundsvall). Written without
reading the redaction, its vocabulary or any other corpus (docs/redaction_blind34.md says what was opened).

`build()` fills the frames (tests/blind34_frames_*.py) in turn with one seeded generator
(tests/blind34_fill.py); a fill is drawn again while `problems()` finds its labels ambiguous or its text is
already in the corpus.
"""

from __future__ import annotations

from tests.blind34_fill import Filler
from tests.blind34_frames_a import FRAMES_A
from tests.blind34_frames_b import FRAMES_B
from tests.blind34_frames_c import FRAMES_C
from tests.blind34_frames_d import FRAMES_D
from tests.blind34_frames_e import FRAMES_E
from tests.blind34_vocab_names import NAME_PARTICLES as _PARTICLES
from tests.blind34_vocab_places import WEEKDAYS
from tests.blind_corpus_build import BEFORE_NUMBER, build_corpus, frame_table
from tests.blind_corpus_build import problems as _problems
from tests.independent_labels import Sentence

__all__ = ["NAME_PARTICLES", "SEED", "SIZE", "build", "frames", "problems"]

SEED = 3434
SIZE = 840
NAME_PARTICLES = _PARTICLES
ATTEMPTS = 400
# The kommun a row comes from, and how often (Nyköping, the first deployment's, most).
REGION_WEIGHTS = {
    "nykoping": 2.0,
    "norrkoping": 1.5,
    "uppsala": 1.5,
    "helsingborg": 1.0,
    "sundsvall": 1.0,
}

_FRAMES = frame_table((FRAMES_A, FRAMES_B, FRAMES_C, FRAMES_D, FRAMES_E))
# Words after which a number is not read as part of a name or place.
_BEFORE_NUMBER = {*BEFORE_NUMBER, *WEEKDAYS, "kl.", "ca", "från", "till", "sedan", "efter", "datum"}


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
