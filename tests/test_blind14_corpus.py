"""Label checks of the fourteenth blind corpus (tests/blind14_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary. They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind14_corpus as corpus_module
from tests.blind14_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind14_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks
from tests.independent_labels import NAME_KINDS, Sentence


class TestBlind14Corpus(BlindCorpusChecks):
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

    def test_name_kinds_come_in_a_realistic_mix(self, corpus: list[Sentence]) -> None:
        """Mostly full and first names, then surnames after a role; fewer nicknames, word and lowercase
        names."""
        kinds = Counter(p.kind for s in corpus for p in s.planted if p.kind in NAME_KINDS)
        total = sum(kinds.values())
        assert kinds["full_name"] + kinds["first_name"] >= 0.7 * total
        hard = ("nickname", "word_name", "lowercase_name")
        assert kinds["surname_after_role"] > max(kinds[k] for k in hard)
        assert all(0.02 * total <= kinds[k] <= 0.1 * total for k in hard)

    def test_text_comes_as_systems_write_it(self, corpus: list[Sentence]) -> None:
        texts = [s.text for s in corpus]
        assert sum("Ã" in t for t in texts) >= 40  # UTF-8 read as Windows-1252
        assert sum(re.search(r"\w\?\w", t) is not None for t in texts) >= 40  # å, ä, ö lost to `?`
        assert (
            sum("\t" in t for t in texts) >= 20 and sum(t.count(";") >= 3 for t in texts) >= 40
        )  # Excel rows
        assert sum("§" in t for t in texts) >= 40  # numbered minutes
