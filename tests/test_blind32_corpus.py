"""Label checks of the thirty-second blind corpus (tests/blind32_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and its own. They never call the
redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind32_corpus as corpus_module
from tests.blind32_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind32_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "tolkforhor", "familjemote", "grannklagomal", "trygghetslogg", "orosanmalan", "fritidsgard",
    "polissammanfattning", "arendeexport", "elevhalsa", "medling", "hembesok", "mejl_boende", "samverkan",
    "faltlogg", "tolkbokning",
}  # fmt: skip
REGIONS = {"botkyrka", "malmo", "goteborg", "orebro", "nykoping"}
ORIGINS = {
    "swedish", "finnish", "sami", "somali", "iraqi", "syrian", "palestinian", "lebanese", "persian", "afghan",
    "kurdish", "eritrean", "ethiopian", "turkish", "bosnian", "serbian_croatian", "albanian", "polish",
    "romanian", "roma", "thai", "vietnamese", "chinese", "latin_american", "west_african",
}  # fmt: skip


KIN = r"(?:bror|syster|mamman|pappan|morbror|farbror|moster|mormor|kusin\w*|svåger\w*) [A-ZÅÄÖ]"


class TestBlind32Corpus(BlindCorpusChecks, RealisticNameMix):
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
    MIN_ORIGINS = 25
    MIN_NAMES_PER_ORIGIN = 15
    REQUIRED_ORIGINS = frozenset(ORIGINS)

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of report is there, from every kommun, Nyköping (Brandkärr) most; at least 700
        structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) == 56
        assert set(regions) == REGIONS and min(regions.values()) >= 100
        assert regions["nykoping"] == max(regions.values())
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 700

    def test_names_are_written_as_swedish_staff_write_them(self, corpus: list[Sentence]) -> None:
        """Transliteration variants and diacritics kept and dropped side by side, particles, register
        forms (surname in capitals first) and kinship words before given names."""
        surfaces = [p.surface for s in corpus for p in s.planted if p.kind in NAME_KINDS]
        words = {w for f in surfaces for w in re.split(r"[\s,\-]+", f)}
        for pair in (("Çelik", "Celik"), ("Dąbrowska", "Dabrowska"), ("Nguyễn", "Nguyen")):
            assert any(w in words for w in pair)
        assert len({"Mohammed", "Muhammad", "Mohamed", "Mohamad", "Mohammad"} & words) >= 4
        assert sum(any(c in f for c in "çąễşğıćčšžđłóéá") for f in surfaces) >= 60
        register = [f for f in surfaces if re.match(r"[A-ZÅÄÖ\-]{2,} [A-ZÅÄÖ][a-zåäöé]", f)]
        assert len(register) >= 60
        particles = [
            f
            for f in surfaces
            if re.search(r"(?i)(?:^|[\s\-])(?:al|el|abu|abou|bin|bint|ould|de|da|van)[\s\-]", f)
        ]
        assert len(particles) >= 40
        kin = sum(
            len(
                re.findall(
                    KIN,
                    s.text,
                )
            )
            for s in corpus
        )
        assert kin >= 100
