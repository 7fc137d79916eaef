"""Label checks of the seventy-third blind corpus (tests/blind73_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind73_corpus as corpus_module
from tests.blind73_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind73_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "forarrapport", "kontrollrapport", "ordningsvakt", "incidentlogg", "klagomal", "hittegods", "hallplats",
    "radiologg", "nattbuss", "kundtjanst", "bestridande", "stationsvard", "overlamning", "avvikelse",
    "sociala",
}  # fmt: skip
REGIONS = {"goteborg", "boras", "trollhattan"}


class TestBlind73Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of transport text is there, from every kommun, Göteborg most; at least 700 structured
        items, and the trade's look-alikes (lines and vehicles, stops and stations, times, prices) in
        numbers."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) == 56
        assert set(regions) == REGIONS and min(regions.values()) >= 120
        assert regions["goteborg"] >= 350
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 700
        looks = Counter(look.kind for s in corpus for look in s.lookalikes)
        assert looks["bus_line"] >= 500 and looks["place"] >= 500 and looks["time"] >= 300
