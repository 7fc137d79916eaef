"""Label checks of the seventy-seventh blind corpus (tests/blind77_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and one of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind77_corpus as corpus_module
from tests.blind77_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind77_vocab_places import BAD_PLATES, FRACTIONS, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

STYLES = {
    "avc_dagbok", "avc_incident", "stold_container", "nedskrapning", "dumpning", "tillsyn", "chauffor",
    "kundtjanst", "polis", "vaktare", "sms", "felanmalan", "mejl", "sanktion", "est",
}  # fmt: skip
REGIONS = {"jonkoping", "varnamo", "nassjo"}


class TestBlind77Corpus(BlindCorpusChecks, RealisticNameMix):
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
        """Every kind of text is there, from every kommun, Jönköping most; at least 900 structured items;
        fraction names, container numbers, recycling centres, opening hours and weights among the
        look-alikes."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == STYLES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 150
        assert regions["jonkoping"] >= 350
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 900
        looks = [look for s in corpus for look in s.lookalikes]
        assert sum(look.kind == "word" and look.text in FRACTIONS for look in looks) >= 250
        containers = ("container ", "cont. ", "C-", "flak ", "containerplats ", "K")
        assert sum(look.kind == "word" and look.text.startswith(containers) for look in looks) >= 60
        assert sum("ÅVC" in look.text or "återvinning" in look.text for look in looks) >= 200
        assert sum(look.kind == "time" and ("-" in look.text or "–" in look.text) for look in looks) >= 40
        assert (
            sum(
                look.kind == "amount" and any(unit in look.text for unit in ("kg", "kilo", "ton"))
                for look in looks
            )
            >= 60
        )
