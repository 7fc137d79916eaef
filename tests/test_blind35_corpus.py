"""Label checks of the thirty-fifth blind corpus (tests/blind35_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind35_corpus as corpus_module
from tests.blind35_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind35_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "falt_beskrivning", "fritid_logg", "skola_elevhalsa", "socialtjanst_faltgrupp", "trygghetssamordnare",
    "nattvandring", "ordningsvakt_rapport", "atgard_cell", "kommentar_cell", "rapportor_cell", "plats_cell",
    "uppfoljning", "sociala_medier", "csv_rad", "mejl_inklistrat",
}  # fmt: skip
REGIONS = {"nacka", "jarfalla", "jonkoping", "karlstad", "ostersund"}


class TestBlind35Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_NAMES = 2400
    MIN_LOOKALIKES = 1300
    MIN_HARD_NAMES = 100
    MIN_NAMES_IN_MIX = 2400

    def test_rows_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every cell and hand is there, from every kommun, Nacka (Fisksätra, Älta) most; at least 600
        structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 90
        assert regions["nacka"] >= 220
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
