"""Label checks of the fourteenth blind corpus (tests/blind14_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary. They never call the redaction."""

from __future__ import annotations

import re

from tests import blind14_corpus as corpus_module
from tests.blind14_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind14_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import Sentence


class TestBlind14Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix (docs/redaction_blind14.md): word names and lowercase names fewer than in corpora 8-13.
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80

    def test_text_comes_as_systems_write_it(self, corpus: list[Sentence]) -> None:
        texts = [s.text for s in corpus]
        assert sum("Ã" in t for t in texts) >= 40  # UTF-8 read as Windows-1252
        assert sum(re.search(r"\w\?\w", t) is not None for t in texts) >= 40  # å, ä, ö lost to `?`
        assert (
            sum("\t" in t for t in texts) >= 20 and sum(t.count(";") >= 3 for t in texts) >= 40
        )  # Excel rows
        assert sum("§" in t for t in texts) >= 40  # numbered minutes
