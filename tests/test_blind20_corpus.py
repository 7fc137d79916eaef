"""Label checks of the twentieth blind corpus (tests/blind20_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary, and one of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind20_corpus as corpus_module
from tests.blind20_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind20_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGION_NAMES
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "sms", "rad", "grannmejl", "facebook", "kommunpolis", "samordnare", "skola", "sameby", "jakt",
    "sommarstuga", "diesel", "sasong", "trafik", "protokoll", "kommande",
}  # fmt: skip
NORTH = {"norrbotten", "vasterbotten", "jamtland", "fjall"}


class TestBlind20Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix for small-town and seasonal texts (docs/redaction_blind20.md).
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 2000

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of text is there, from every region, Nacka and Nyköping most; the sameby's reports
        only from the north; at least 600 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 60
        assert set(regions) == set(REGION_NAMES) and min(regions.values()) >= 70
        assert regions["nacka"] >= 150 and regions["nykoping"] >= 150
        assert max(n for r, n in regions.items() if r not in ("nacka", "nykoping")) < regions["nykoping"]
        assert {s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus if "|sameby" in s.source} <= NORTH
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
