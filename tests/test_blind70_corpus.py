"""Label checks of the seventieth blind corpus (tests/blind70_corpus.py): the checks every blind corpus runs
(tests/blind_corpus_checks.py) on this one's vocabulary and size, and some of its own. They never call the
redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind70_corpus as corpus_module
from tests.blind70_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind70_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "byggdagbok", "ue_dagrapport", "skyddsrond", "stoldanmalan", "forsakring", "larmlogg", "forvaltarlogg",
    "felanmalan", "brandrond", "platschefmejl", "arbetslagschatt", "personalliggare", "est_rapport",
    "vaktarrapport", "byggmote",
}  # fmt: skip
REGIONS = {"uppsala", "gavle", "sundsvall"}


class TestBlind70Corpus(BlindCorpusChecks, RealisticNameMix):
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
        """Every kind of site and property text is there, from every kommun, Uppsala most; at least 900
        structured items, of which at least 150 property designations in several forms."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 200
        assert regions["uppsala"] == max(regions.values())
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 900
        properties = [p.surface for s in corpus for p in s.planted if p.kind == "property"]
        assert len(properties) >= 150
        assert any(p.isupper() for p in properties if p[0].isalpha())
        assert any(p.split()[0].islower() for p in properties)
        assert any(len(p.split()) >= 3 for p in properties)

    def test_lookalikes_of_the_site(self, corpus: list[Sentence]) -> None:
        """Delivery windows, tender amounts in millions and thousands, and project names stand as
        look-alikes."""
        looks = [(look.kind, look.text) for s in corpus for look in s.lookalikes]
        assert sum(k == "time" and "–" in t for k, t in looks) >= 20
        assert (
            sum(k == "amount" and ("kr" in t.lower() or "SEK" in t or "miljoner" in t) for k, t in looks)
            >= 60
        )
        assert sum(k == "place" and ("Brf" in t or "kv" in t.lower()) for k, t in looks) >= 30
