"""Label checks of the thirty-first blind corpus (tests/blind31_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind31_corpus as corpus_module
from tests.blind31_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind31_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "vaktlogg", "ov_rapport", "pvakt", "jourlogg", "nattvandring", "nattpatrull", "larmlogg", "sos_notis",
    "radiologg", "overlamning", "avvikelse", "rondlogg", "butiksbevakning", "lob_omhandertagande",
    "objektslogg",
}  # fmt: skip
REGIONS = {"nykoping", "eskilstuna", "trollhattan", "sodertalje", "umea"}


class TestBlind31Corpus(BlindCorpusChecks, RealisticNameMix):
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

    def test_logs_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of shift or alarm log is there, from every kommun, Nyköping (the first deployment's)
        most; at least 700 structured items and most entries on several lines or with several people."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 90
        assert regions["nykoping"] >= 220
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 700
        looks = Counter(look.kind for s in corpus for look in s.lookalikes)
        assert looks["time"] >= 500 and looks["word"] >= 100  # timestamps, call signs and unit numbers
