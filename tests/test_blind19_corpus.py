"""Label checks of the nineteenth blind corpus (tests/blind19_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary, the realistic name mix, and one of its own. They
never call the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind19_corpus as corpus_module
from tests.blind19_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind19_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "bovard", "felanmalan", "storning", "skotare", "vaktare", "trygghetsvandring", "hgf", "samverkan",
    "veckorapport", "kommande", "insats", "svar", "sms", "anteckning", "avhysning",
}  # fmt: skip
REGIONS = set(corpus_module.REGION_WEIGHTS)


class TestBlind19Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix for housing companies' and tenants' texts (docs/redaction_blind19.md).
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 2000

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of housing text is there, from every region, the first deployment's two (Nacka,
        Nyköping) most; at least 600 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 60
        assert set(regions) == REGIONS and min(regions.values()) >= 80
        assert regions["nacka"] >= 180 and regions["nykoping"] >= 180
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
