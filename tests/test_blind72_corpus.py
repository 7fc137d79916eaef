"""Label checks of the seventy-second blind corpus (tests/blind72_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind72_corpus as corpus_module
from tests.blind72_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind72_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "kvallsanteckning", "faltrapport", "veckorapport", "gruppchatt", "sms", "foraldrasamtal",
    "orosnotering", "overlamning", "est_rad", "incidentrapport", "mejl", "loggbok", "samverkan",
    "aktivitetsschema", "citat",
}  # fmt: skip
REGIONS = {"orebro", "vasteras", "eskilstuna"}


class TestBlind72Corpus(BlindCorpusChecks, RealisticNameMix):
    BUILD = corpus_module.build
    SIZE = corpus_module.SIZE
    FRAMES = corpus_module.frames
    PROBLEMS = corpus_module.problems
    NAME_PARTICLES = corpus_module.NAME_PARTICLES
    WORD_FIRST = WORD_FIRST
    WORD_SURNAMES = WORD_SURNAMES
    BAD_PLATES = BAD_PLATES
    PLATE_LETTERS = PLATE_LETTERS
    PLATE_TAIL_LETTERS = PLATE_TAIL_LETTERS
    # A 55-minute delivery like blind 24's: 840 items from 120 frames, seven uses each.
    SIZE_RANGE = (800, 900)
    MIN_FRAMES = 120
    MIN_FRAME_USES = 7
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of youth-work text is there, from each of the three kommuner; at least 600 structured
        items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 200
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
