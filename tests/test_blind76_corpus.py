"""Label checks of the seventy-sixth blind corpus (tests/blind76_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and two of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind76_corpus as corpus_module
from tests.blind76_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind76_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "incidentrapport", "bibliotekslogg", "mejl_chef", "tilltradesforbud", "hittegods", "vaktrapport",
    "eventbemanning", "museivard_anteckning", "teams_chatt", "polisanmalan_underlag", "estrapport",
    "overlamning", "kulturhus_felanmalan", "mote_protokoll", "besokarklagomal",
}  # fmt: skip
REGIONS = {"lund", "kristianstad", "ystad"}


class TestBlind76Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_NAMES = 3000
    MIN_LOOKALIKES = 3000
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 3000
    REQUIRED_ORIGINS = frozenset({"swedish", "danish", "polish", "bosnian", "iraqi", "syrian", "somali"})

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of note is there, from every kommun, Lund most; at least 900 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 150
        assert regions["lund"] == max(regions.values())
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 900

    def test_theme_look_alikes_are_there(self, corpus: list[Sentence]) -> None:
        """Rooms, halls, floors, exhibitions, titles, authors' names and events are planted as look-alikes in
        numbers: words at least 300, institutions at least 600, opening hours among the times."""
        looks = Counter(look.kind for s in corpus for look in s.lookalikes)
        assert looks["word"] >= 300 and looks["institution"] >= 600
        hours = sum(
            1
            for s in corpus
            for look in s.lookalikes
            if look.kind == "time" and ("–" in look.text or "-" in look.text)
        )
        assert hours >= 50
