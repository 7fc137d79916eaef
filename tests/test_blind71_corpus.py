"""Label checks of the seventy-first blind corpus (tests/blind71_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, the plate check widened to this
corpus's lowercase and foreign plates, and one of its own. They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind71_corpus as corpus_module
from tests.blind71_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind71_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "phus_logg", "pvakt_anteckning", "felparkering_etjanst", "polis_handelse", "bilbrand_arende",
    "katalysator_mejl", "bilhandlare_logg", "hyrbil_incident", "grannchatt", "vaktrapport",
    "forsakring_skada", "bargning_logg", "garage_bostadsbolag", "sms_tips", "overgivet_fordon",
}  # fmt: skip
REGIONS = {"malmo", "helsingborg", "landskrona"}
FOREIGN = {"DK", "PL", "DE", "NO", "LT", "UA"}


class TestBlind71Corpus(BlindCorpusChecks, RealisticNameMix):
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
    # A 55-minute delivery: 840 items from 120 frames, seven uses each; fewer names and more plates and
    # look-alikes than a corpus of residents' texts.
    SIZE_RANGE = (800, 900)
    MIN_FRAMES = 120
    MIN_FRAME_USES = 7
    MIN_NAMES = 1700
    MIN_LOOKALIKES = 2000
    MIN_HARD_NAMES = 80
    MIN_NAMES_IN_MIX = 1700

    def test_plates_use_only_plate_letters(self, corpus: list[Sentence]) -> None:
        """Swedish plates (no origin) use plate letters, as issued or in lowercase, and a plate's digits;
        a foreign plate (its origin the country) has two or three capitals and three to five digits."""
        for s in corpus:
            for p in s.planted:
                if p.kind not in ("plate", "plate_new"):
                    continue
                letters, tail = p.probes[0].value, p.probes[1].value
                if p.origin:
                    assert p.kind == "plate" and p.origin in FOREIGN, p.surface
                    assert re.fullmatch(r"[A-Z]{2,3}", letters) and re.fullmatch(r"[1-9]\d{2,4}", tail)
                    continue
                assert re.fullmatch(f"[{PLATE_LETTERS}]{{3}}", letters.upper()), p.surface
                assert letters in (letters.upper(), letters.lower()), p.surface
                assert letters.upper() not in BAD_PLATES, p.surface
                last = f"[{PLATE_TAIL_LETTERS}]" if p.kind == "plate_new" else r"\d"
                assert re.fullmatch(rf"[1-9]\d{last}", tail), p.surface

    def test_texts_come_from_every_style_and_region(self, corpus: list[Sentence]) -> None:
        """Every kind of text is there, from every kommun, Malmö most; plates in every form, foreign ones
        among them; at least 1,500 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 120
        assert regions["malmo"] >= 300
        plates = [p for s in corpus for p in s.planted if p.kind in ("plate", "plate_new")]
        assert sum(p.origin != "" for p in plates) >= 100
        assert sum(p.surface != p.surface.upper() for p in plates) >= 100  # lowercase or glued to a word
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 1500
