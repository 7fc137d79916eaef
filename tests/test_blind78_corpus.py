"""Label checks of the seventy-eighth blind corpus (tests/blind78_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind78_corpus as corpus_module
from tests.blind78_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind78_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "nattlogg", "overlamning", "gastklagomal", "stadrapport", "vaktrapport", "gastregister",
    "grannklagomal", "brf_styrelse", "vardchatt", "bokningsmejl", "kommunpolis", "hostellogg", "konferens",
    "est_rad", "storningsjour",
}  # fmt: skip
REGIONS = {"stockholm", "solna", "sundbyberg"}


class TestBlind78Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_ORIGINS = 30

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of hotel and rental text is there, from every kommun, Stockholm most; at least 800
        structured items; guests from abroad in the registers."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 120
        assert regions["stockholm"] >= 350
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 800
        register = [p for s in corpus if s.source.endswith("|gastregister") for p in s.planted]
        assert sum(p.kind in NAME_KINDS and p.origin != "swedish" for p in register) >= 60
