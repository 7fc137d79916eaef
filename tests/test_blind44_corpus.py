"""Label checks of the forty-fourth blind corpus (tests/blind44_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and its own. They never call the
redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind44_corpus as corpus_module
from tests.blind44_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind44_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "bibliotekslogg", "avstangning", "hittegods", "livraddarlogg", "badavstangning", "stoldanmalan",
    "hallvardslogg", "foreningsbokning", "nyckellogg", "ishallslogg", "fritidsgardskvall", "kulturhuskvall",
    "hot_mot_personal", "studierum", "overlamning",
}  # fmt: skip
REGIONS = {"boras", "eskilstuna", "lulea", "kristianstad", "botkyrka"}


class TestBlind44Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2200

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of log is there, from every kommun; at least 650 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 100
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 650

    def test_card_locker_and_tag_numbers_are_no_identity_numbers(self, corpus: list[Sentence]) -> None:
        """The numbers of library cards, lockers and key tags are word look-alikes: none is ten or twelve
        digits long, so that none can be read as a personnummer by its length."""
        numbers = [
            look.text
            for s in corpus
            for look in s.lookalikes
            if look.kind == "word" and re.fullmatch(r"[\d T]+", look.text)
        ]
        assert len(numbers) >= 80
        assert all(len(re.sub(r"\D", "", n)) not in (10, 12) for n in numbers)
