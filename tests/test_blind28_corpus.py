"""Label checks of the twenty-eighth blind corpus (tests/blind28_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and some of its own. They never call
the redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind28_corpus as corpus_module
from tests.blind28_vocab_names import FATHERS, ORIGINS, WORD_FIRST, WORD_SURNAMES
from tests.blind28_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "diktat_vaktare", "diktat_faltare", "diktat_trygghetsvard", "rostmeddelande", "diktat_fastighet",
    "diktat_kommunpolis", "handanteckning_rond", "handanteckning_incident", "vaktbok", "ocr_incidentrapport",
    "ocr_tillbud", "ocr_brev", "ocr_felanmalan", "ocr_protokoll", "foto_text",
}  # fmt: skip
REGIONS = {"nacka", "nykoping", "orebro", "umea", "trollhattan", "kalmar"}


class TestBlind28Corpus(BlindCorpusChecks, RealisticNameMix):
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
        """Every kind of spoken, handwritten or scanned text is there, from every kommun, the first
        deployment's two (Nacka, Nyköping) drawn twice as often as each other kommun; at least 800 structured
        items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 70
        assert regions["nacka"] >= 170 and regions["nykoping"] >= 170
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 800

    def test_the_theme_s_hard_shapes_are_there(self, corpus: list[Sentence]) -> None:
        """Mobiles dictated as words, addresses with a spoken number, names misread by OCR, places broken by
        hyphenation, spoken times and dates: each at least 30 times, each labelled as what it is."""
        digit_word = r"(?:noll|ett|två|tre|fyra|fem|sex|sju|åtta|nio)"
        spoken_mobiles = [
            p
            for s in corpus
            for p in s.planted
            if p.kind == "mobile" and re.search(digit_word + r"$", p.surface)
        ]
        spoken_addresses = [
            p for s in corpus for p in s.planted if p.kind == "address" and not re.search(r"\d", p.surface)
        ]
        known = {
            w for _, givens, surnames, _ in ORIGINS.values() for n in (*givens, *surnames) for w in n.split()
        }
        known |= {w for names in FATHERS.values() for w in names} | {n for n, _ in WORD_FIRST + WORD_SURNAMES}
        ocr_names = [
            p
            for s in corpus
            for p in s.planted
            if p.kind == "full_name"
            and not p.surface.isupper()
            and "," not in p.surface
            and any(w not in known for w in p.surface.split() if not w.endswith("."))
        ]
        broken = [
            look for s in corpus for look in s.lookalikes if look.kind == "place" and "-\n" in look.text
        ]
        spoken_times = [
            look for s in corpus for look in s.lookalikes if look.kind == "time" and " " in look.text
        ]
        spoken_dates = [
            look
            for s in corpus
            for look in s.lookalikes
            if look.kind == "date" and not re.search(r"\d", look.text)
        ]
        for found in (spoken_mobiles, spoken_addresses, ocr_names, broken, spoken_times, spoken_dates):
            assert len(found) >= 30
        assert all(p.probes[0].mode == "text" for p in spoken_mobiles)
        assert all(p.probes[0].mode == "word" for p in spoken_addresses)
