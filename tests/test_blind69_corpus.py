"""Label checks of the sixty-ninth blind corpus (tests/blind69_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind69_corpus as corpus_module
from tests.blind69_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind69_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "sakerhetslogg", "ov_rapport", "tillstand", "borttappat_barn", "hittegods", "sjukvard", "brak",
    "visitation", "pic_anteckning", "kommun_efter", "radiologg", "mejl", "gruppchatt", "avvikelse_csv",
    "overlamning",
}  # fmt: skip
REGIONS = {"karlstad", "halmstad", "jarfalla"}


class TestBlind69Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_NAMES = 3000
    MIN_LOOKALIKES = 1800
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 3000
    MIN_ORIGINS = 30
    MIN_NAMES_PER_ORIGIN = 5

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of event paper is there, from every kommun; at least 1000 structured items, and the
        harness's structured kinds at least 40 each."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) == 56
        assert set(regions) == REGIONS and min(regions.values()) >= 200
        structured = Counter(p.kind for s in corpus for p in s.planted if p.kind not in NAME_KINDS)
        assert sum(structured.values()) >= 1000 and min(structured.values()) >= 40
