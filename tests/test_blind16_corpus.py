"""Label checks of the sixteenth blind corpus (tests/blind16_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary, and two of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind16_corpus as corpus_module
from tests.blind16_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind16_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGION_WEIGHTS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "chatt", "sms", "kvall", "natt", "fritid", "trygg", "dialog", "foraldra", "samverkan", "sspf", "oros",
    "kurator", "forening", "polis", "kontakt", "atgard",
}  # fmt: skip
ROLES = {"falt", "fritid", "natt", "sspf", "kurator", "forening", "polis", "samordnare", "soc", "tryggvard"}


class TestBlind16Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix (docs/redaction_blind16.md), as blind 15: word names and lowercase names fewer than in
    # corpora 8-13.
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_every_kind_of_note_by_every_writer_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of note (16 styles, at least 50 items each) is there, written by every role in youth
        work and from every region, and at least 600 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        voices = [s.source.split("|")[1].rsplit("-", 1) for s in corpus]
        roles = Counter(role for role, _ in voices)
        regions = Counter(region for _, region in voices)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(roles) == ROLES
        assert set(regions) == set(REGION_WEIGHTS) and min(regions.values()) >= 80
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
