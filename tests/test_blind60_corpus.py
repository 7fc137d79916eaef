"""Label checks of the sixtieth blind corpus (tests/blind60_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind60_corpus as corpus_module
from tests.blind60_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind60_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "vaktmastarlogg", "forvaltningsarende", "anhorigmejl", "telefonnotering", "polisanmalan",
    "kommunpolis", "begravningsbyra", "prastanteckning", "vaktrapport", "personalchatt", "fb_grupp",
    "felanmalan", "est_rapport", "skadeanmalan", "motesprotokoll",
}  # fmt: skip
REGIONS = {"uppsala", "enkoping", "tierp"}


class TestBlind60Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A 40-minute delivery: 840 items from 120 frames, seven uses each.
    SIZE_RANGE = (800, 900)
    MIN_FRAMES = 120
    MIN_FRAME_USES = 7
    MIN_NAMES = 1900
    MIN_LOOKALIKES = 1300
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 1900

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of paper is there, from every kommun, Uppsala most; at least 650 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 150
        assert regions["uppsala"] >= 330
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 650

    def test_the_deceased_are_labelled_too(self, corpus: list[Sentence]) -> None:
        """A name on a stone (a life's years right after it) is a planted name like any other."""
        on_stones = 0
        for s in corpus:
            for p in s.planted:
                if p.kind in NAME_KINDS and any(
                    f"{p.surface} {y}" in s.text for y in ("19", "f. 19", "* 19")
                ):
                    on_stones += 1
        assert on_stones >= 60
