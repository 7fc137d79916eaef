"""Label checks of the twenty-first blind corpus (tests/blind21_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary, and one of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind21_corpus as corpus_module
from tests.blind21_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind21_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "skola", "krankning", "foralder", "elevhalsa", "forskola", "bibliotek", "bad_hall", "lss", "hemtjanst",
    "socialtjanst", "kontaktcenter", "teknik", "tolk", "rapport", "samordnare",
}  # fmt: skip
REGIONS = {"nacka", "nykoping", "goteborg", "malmo", "botkyrka", "orebro", "umea"}


class TestBlind21Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix for texts from the kommun's own services (docs/redaction_blind21.md).
    MIN_NAMES = 2500
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 2500

    def test_texts_come_from_every_service_and_kommun(self, corpus: list[Sentence]) -> None:
        """Every kind of text from the kommun's services is there, from every kommun, the first deployment's
        two (Nacka, Nyköping) most; at least 700 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 60
        assert set(regions) == REGIONS and min(regions.values()) >= 80
        assert regions["nacka"] >= 180 and regions["nykoping"] >= 180
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 700
