"""Label checks of the fifteenth blind corpus (tests/blind15_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary, and two of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind15_corpus as corpus_module
from tests.blind15_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind15_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

COLUMNS = {
    "handelse", "handelse_lang", "citat", "plats", "rapportor", "kontaktlista", "atgard", "atgardslista",
    "kommande", "status", "uppfoljning", "bostad", "polisutdrag", "avstamning", "sms",
}  # fmt: skip
REGIONS = {"norrland", "skane", "goteborg", "gotland", "stockholm", "nacka", "nykoping"}


class TestBlind15Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A realistic mix (docs/redaction_blind15.md): word names and lowercase names fewer than in corpora 8-13.
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_cells_come_from_every_column_and_region(self, corpus: list[Sentence]) -> None:
        """Every column of the weekly report is filled, by writers of every region, the five regions earlier
        corpora under-represent most."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == COLUMNS and min(styles.values()) >= 50
        assert set(regions) == REGIONS
        assert all(regions[r] >= 100 for r in ("norrland", "skane", "goteborg", "gotland", "stockholm"))
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
