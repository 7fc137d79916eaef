"""Label checks of the twenty-seventh blind corpus (tests/blind27_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and two of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind27_corpus as corpus_module
from tests.blind27_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind27_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "fb_dvaf", "fb_tips", "fb_kommentar", "grannapp", "insta", "tiktok", "snap", "discord", "flashback",
    "webbformular", "kommunapp", "omvarld", "faltnotis", "reaktioner", "granskning",
}  # fmt: skip
REGIONS = {"nacka", "nykoping", "sodertalje", "eskilstuna", "karlstad", "vaxjo"}


class TestBlind27Corpus(BlindCorpusChecks, RealisticNameMix):
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

    def test_texts_come_from_every_channel_and_region(self, corpus: list[Sentence]) -> None:
        """Every digital channel is there, from every kommun, the first deployment's two (Nacka, Nyköping)
        most; at least 700 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 70
        assert regions["nacka"] >= 160 and regions["nykoping"] >= 160
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 700

    def test_names_are_written_as_online(self, corpus: list[Sentence]) -> None:
        """Usernames made of names (with digits, dots or underscores), names in capitals and @mentions are
        there, and every one is labelled as a name."""
        lower = [p.surface for s in corpus for p in s.planted if p.kind == "lowercase_name"]
        handles = [x for x in lower if any(c in x for c in "._") or any(c.isdigit() for c in x)]
        assert len(handles) >= 40
        capitals = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS and p.surface.isupper()]
        assert len(capitals) >= 40
        mentions = sum(f"@{p.surface}" in s.text for s in corpus for p in s.planted if p.kind in NAME_KINDS)
        assert mentions >= 40
