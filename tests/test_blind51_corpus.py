"""Label checks of the fifty-first blind corpus (tests/blind51_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind51_corpus as corpus_module
from tests.blind51_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind51_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "forarrapport", "bolagsrapport", "hamtlista", "skjutslogg", "foraldramejl", "kommunsvar",
    "fardtjanstklagomal", "telefonanteckning", "uppfoljning", "skolmeddelande", "trafikledning", "sms",
    "ruttandring", "avtalsmote", "veckosammanstallning",
}  # fmt: skip
REGIONS = {"sundsvall", "motala", "hassleholm", "sigtuna", "kiruna"}


class TestBlind51Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_NAMES = 2500
    MIN_LOOKALIKES = 2000
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2500

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of transport text is there, 56 items each, from every kommun; at least 1 150
        structured items; route and car numbers among the look-alikes."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) == 56
        assert set(regions) == REGIONS and min(regions.values()) >= 100
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 1150
        transport = [look.text for s in corpus for look in s.lookalikes if look.kind == "bus_line"]
        assert sum(t.startswith(("rutt", "tur ", "slinga", "skolskjutslinje")) for t in transport) >= 100
        assert sum(t.startswith(("bil", "taxi", "vagn")) for t in transport) >= 60
