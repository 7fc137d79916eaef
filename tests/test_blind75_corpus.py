"""Label checks of the seventy-fifth blind corpus (tests/blind75_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind75_corpus as corpus_module
from tests.blind75_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind75_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "ambulansjournal", "larmlogg", "overrapport", "vaktlogg", "incidentrapport", "hotrapport", "avvikelse",
    "triagenotat", "personalchatt", "mejl", "vc_reception", "anhorigklagomal", "est_rapport",
    "skiftrapport", "vaxellogg",
}  # fmt: skip
REGIONS = {"linkoping", "norrkoping", "motala"}


class TestBlind75Corpus(BlindCorpusChecks, RealisticNameMix):
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
        """Every kind of emergency-care text is there, from every kommun, Linköping and Norrköping (the two
        large hospitals) most; at least 900 structured items, personnummer most among the numbers."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 120
        assert regions["linkoping"] >= 250 and regions["norrkoping"] >= 250
        kinds = Counter(p.kind for s in corpus for p in s.planted if p.kind not in NAME_KINDS)
        assert sum(kinds.values()) >= 900
        assert kinds["personnummer"] >= 100 and kinds["samordningsnummer"] >= 50

    def test_emergency_lookalikes_are_there(self, corpus: list[Sentence]) -> None:
        """Wards, rooms and entrances, triage levels and opening hours stand beside the planted items."""
        texts = [look.text for s in corpus for look in s.lookalikes]
        assert sum(t.startswith(("avdelning ", "avd ")) for t in texts) >= 30
        assert sum(t.startswith(("rum ", "ingång ", "akutrum ")) for t in texts) >= 30
        assert sum(t.startswith(("RETTS", "prio", "Prio", "triage")) for t in texts) >= 30
        hours = [x.text for s in corpus for x in s.lookalikes if x.kind == "time"]
        assert sum("-" in t or "–" in t for t in hours) >= 10
