"""Label checks of the forty-sixth blind corpus (tests/blind46_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind46_corpus as corpus_module
from tests.blind46_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind46_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "protokoll", "minnesanteckning", "narvarolista", "ungdomslista", "atgardslista", "orosanmalan",
    "insatsgrupp", "uppfoljning", "kallelse", "faltanteckning", "skolunderlag", "polisunderlag",
    "beslutslogg", "samtycke", "overlamning",
}  # fmt: skip
REGIONS = {"orebro", "norrkoping", "sodertalje", "gavle", "landskrona"}


class TestBlind46Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A 55-minute delivery: 840 items from 120 frames, seven uses each.
    SIZE_RANGE = (800, 900)
    MIN_FRAMES = 120
    MIN_FRAME_USES = 7
    MIN_NAMES = 2000
    MIN_LOOKALIKES = 1500
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 2000

    def test_minutes_come_from_every_style_and_kommun(self, corpus: list[Sentence]) -> None:
        """Every kind of SSPF and insatsgrupp text is there, from every kommun; at least 650 structured
        items; most items name two or more people and many run over several lines, as minutes do."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 100
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 650
        assert sum("\n" in s.text for s in corpus) >= len(corpus) / 2

    def test_young_people_are_named_as_minutes_name_them(self, corpus: list[Sentence]) -> None:
        """Given name and an initial ("Elias K"), surnames after a role (kurator, KP, rektor), and
        responsibility lines ("Ansvar: …") that end with a name."""
        initials = sum(
            re.fullmatch(r"\S+ [A-ZÅÄÖ]", p.surface) is not None
            for s in corpus
            for p in s.planted
            if p.kind == "first_name"
        )
        assert initials >= 20
        responsible = sum(
            re.search(r"Ansvar(?:ig)?:[^\n]*$", s.text, re.MULTILINE) is not None
            and any(p.kind in NAME_KINDS for p in s.planted)
            for s in corpus
        )
        assert responsible >= 100
