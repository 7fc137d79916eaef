"""Label checks of the thirteenth blind corpus (tests/blind13_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary. They never call the redaction."""

from __future__ import annotations

from tests import blind13_corpus as corpus_module
from tests.blind13_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind13_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks


class TestBlind13Corpus(BlindCorpusChecks):
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
