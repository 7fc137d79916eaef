"""Label checks of the seventy-fourth blind corpus (tests/blind74_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind74_corpus as corpus_module
from tests.blind74_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind74_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "hamnlogg", "batklubb", "sjopolis", "stugtillsyn", "stugagare", "grannsamverkan", "lantbruk", "jaktlag",
    "fisketillsyn", "bygrupp", "forsakring", "rostmeddelande", "samfallighet", "est_export", "kommunpolis",
}  # fmt: skip
REGIONS = {"kalmar", "karlskrona", "vastervik"}


class TestBlind74Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A 55-minute delivery like blind 24's: 840 items from 120 frames, seven uses each.
    SIZE_RANGE = (800, 900)
    MIN_FRAMES = 120
    MIN_FRAME_USES = 7
    MIN_NAMES = 2200
    MIN_LOOKALIKES = 2000
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2200

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of text from the coast and the countryside is there, from each of the three
        kommuner; at least 1,000 structured items; engine and boat makes, machines and boat names among
        the word look-alikes; rural addresses (a village and a number) among the addresses."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 200
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 1000
        words = sum(look.kind == "word" for s in corpus for look in s.lookalikes)
        assert words >= 250
        addresses = [p.surface for s in corpus for p in s.planted if p.kind == "address"]
        rural = sum(
            not any(w in a.lower() for w in ("gatan", "vägen", "väg", "backen", "byväg")) for a in addresses
        )
        assert rural >= 30
