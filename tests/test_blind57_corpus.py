"""Label checks of the fifty-seventh blind corpus (tests/blind57_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind57_corpus as corpus_module
from tests.blind57_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind57_vocab_places import BAD_PLATES, BOATS, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "hamnlogg", "gasthamn_bokning", "campingvard", "batklubb_vakt", "stoldanmalan", "batagare_mejl",
    "sasongschatt", "vaktrond", "est_rapport", "forsakring", "fb_varning", "kommunpolis",
    "styrelseprotokoll", "sms_jour", "overlamning",
}  # fmt: skip
REGIONS = {"kalmar", "karlskrona", "vastervik"}


class TestBlind57Corpus(BlindCorpusChecks, RealisticNameMix):
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
        """Every kind of harbour and camping text is there, from all three kommuner; at least 900
        structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 220
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 900

    def test_boats_names_are_words_not_people(self, corpus: list[Sentence]) -> None:
        """A boat's own name is labelled a word look-alike, never a planted name; boats are named in at
        least 150 items."""
        boats = [look for s in corpus for look in s.lookalikes if look.text in BOATS]
        assert len(boats) >= 150 and all(look.kind == "word" for look in boats)
        assert not any(p.surface in BOATS for s in corpus for p in s.planted)
