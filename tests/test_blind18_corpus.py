"""Label checks of the eighteenth blind corpus (tests/blind18_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary, and two of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind18_corpus as corpus_module
from tests.blind18_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind18_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "polisen", "polisen_vittne", "utdrag", "befal", "fu", "dom", "lob_lvu", "orosanmalan", "kriminalvard",
    "raddning", "ambulans_sos", "mejl", "samordnare", "anteckning", "motet",
}  # fmt: skip
REGIONS = {"nacka", "nykoping", "orebro", "ostergotland", "vastmanland", "dalarna", "jonkoping"}


class TestBlind18Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix for police and emergency-service texts (docs/redaction_blind18.md).
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 2000

    def test_texts_come_from_every_source_and_police_area(self, corpus: list[Sentence]) -> None:
        """Every kind of police and emergency-service text is there, from every police area, the first
        deployment's two (Nacka, Nyköping) most; at least 600 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 60
        assert set(regions) == REGIONS and min(regions.values()) >= 80
        assert regions["nacka"] >= 180 and regions["nykoping"] >= 180
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
