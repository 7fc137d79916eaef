"""Label checks of the thirty-third blind corpus (tests/blind33_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind33_corpus as corpus_module
from tests.blind33_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind33_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "beskrivning_kort", "beskrivning_utforlig", "plats_cell", "atgard_cell", "kommentar_cell",
    "rapportor_cell", "polis_utdrag", "bostad_arende", "trygghetsvandring", "skola_fritid", "vaktare_logg",
    "raddning_brand", "soc_samverkan", "samordnare_granskning", "inklistrad_cell",
}  # fmt: skip
ROLES = {
    "faltassistent", "trygghetsvard", "fastighetsskotare", "kommunpolis", "skolpersonal", "fritidsledare",
    "vaktare", "socialsekreterare", "raddningstjanst", "samordnare",
}  # fmt: skip
REGIONS = {"nacka", "sodertalje", "vasteras", "linkoping", "lulea"}


class TestBlind33Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_LOOKALIKES = 1450
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_cells_come_from_every_style_role_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of cell is there, written by every role, from every kommun, Nacka most; at least 600
        structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        voices = [s.source.split("|")[1].rsplit("-", 1) for s in corpus]
        roles = Counter(role for role, _ in voices)
        regions = Counter(region for _, region in voices)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(roles) == ROLES and min(roles.values()) >= 20
        assert set(regions) == REGIONS and min(regions.values()) >= 100
        assert regions["nacka"] >= 200
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 600
