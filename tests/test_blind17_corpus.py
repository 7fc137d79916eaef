"""Label checks of the seventeenth blind corpus (tests/blind17_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary, and two of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind17_corpus as corpus_module
from tests.blind17_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind17_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS, REGIONS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "logg", "rapport", "overlamning", "forbud", "signalement", "hittegods", "vittnen", "sammanfattning",
    "radio", "fordon", "evenemang", "butik", "krog", "trafik", "bad_bibliotek", "skolskjuts",
}  # fmt: skip


class TestBlind17Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix (docs/redaction_blind17.md): word names and lowercase names fewer than in corpora 8-13.
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_items_come_from_every_style_and_town(self, corpus: list[Sentence]) -> None:
        """Every kind of text is there (at least 50 items each), written in each of the eleven towns (at
        least 80 items each), with at least 600 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        towns = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(towns) == set(REGIONS) and min(towns.values()) >= 80
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
