"""Label checks of the forty-ninth blind corpus (tests/blind49_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind49_corpus as corpus_module
from tests.blind49_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind49_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "tib_logg", "evak_lista", "tp_logg", "posom_logg", "raddc", "hemtjanst_sms", "bostad_mejl",
    "uppfoljning", "anhorigsamtal", "vb_rapport", "tabell", "teams_chatt", "stabsmote", "driftstorning",
    "overlamning",
}  # fmt: skip
REGIONS = {"norrtalje", "karlstad", "kalmar", "trelleborg", "pitea"}


class TestBlind49Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A 55-minute delivery: 840 items from 120 frames, seven uses each; crisis lists are full of names.
    SIZE_RANGE = (800, 900)
    MIN_FRAMES = 120
    MIN_FRAME_USES = 7
    MIN_NAMES = 3000
    MIN_LOOKALIKES = 1800
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 3000

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of crisis text is there, from every kommun; at least 1,200 structured items (flats,
        phones, addresses of evacuated residents)."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 120
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 1200

    def test_evacuation_texts_carry_flats_and_phones(self, corpus: list[Sentence]) -> None:
        """Evacuation lists and follow-up lists name people with their flats or phones, as real ones mostly
        do."""
        kinds = {"evak_lista", "uppfoljning", "tabell"}
        items = [s for s in corpus if s.source.split("|")[2] in kinds]
        with_flat_or_phone = [
            s for s in items if any(p.kind in ("apartment", "mobile", "landline") for p in s.planted)
        ]
        assert len(with_flat_or_phone) >= 0.6 * len(items)
