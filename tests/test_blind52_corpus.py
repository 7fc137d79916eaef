"""Label checks of the fifty-second blind corpus (tests/blind52_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind52_corpus as corpus_module
from tests.blind52_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind52_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "pm", "forhor", "beslag", "misstankta", "fulbeslut", "insatsvecka", "natverk", "veckonotis", "anteckning",
    "handelserapport", "kontroll", "tips", "mejl", "samverkan", "logg",
}  # fmt: skip
REGIONS = {"jarva", "hammarkullen", "gottsunda", "borlange", "landskrona"}


class TestBlind52Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_LOOKALIKES = 2000
    MIN_HARD_NAMES = 100
    MIN_ORIGINS = 30
    MIN_NAMES_IN_MIX = 3000

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of police text is there, from every kommun, Järva most; at least 1200 structured
        items, case numbers and personnummer among the most."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        kinds = Counter(p.kind for s in corpus for p in s.planted)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 100
        assert regions["jarva"] == max(regions.values())
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 1200
        assert kinds["case_number"] >= 120 and kinds["personnummer"] >= 250
