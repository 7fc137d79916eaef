"""Label checks of the twenty-ninth blind corpus (tests/blind29_corpus.py): the checks every blind corpus
runs (tests/blind_corpus_checks.py) on this one's vocabulary and size, and two of its own. They never call
the redaction."""

from __future__ import annotations

from collections import Counter

from tests import blind29_corpus as corpus_module
from tests.blind29_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind29_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import BlindCorpusChecks, RealisticNameMix
from tests.independent_labels import NAME_KINDS, Sentence

SOURCES = {
    "guard_report", "housing_ticket", "webform_en", "contractor_note", "sv_with_en", "en_with_sv", "norsk",
    "dansk", "finlandssvenska", "form_surname_first", "email_en", "shift_log", "phrases_mixed",
    "tourist_staff", "meeting_notes_en",
}  # fmt: skip
REGIONS = {"nacka", "nykoping", "lund", "haparanda", "stromstad", "are"}
# How English speakers write a person before a surname, and how a nickname stands in quotes.
TITLES = ("Mr ", "Ms ", "Mrs ", "Dr ", "Officer ")


class TestBlind29Corpus(BlindCorpusChecks, RealisticNameMix):
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
        """Every kind of report is there, from every kommun, the first deployment's two (Nacka, Nyköping)
        about twice as often as each of the others; at least 700 structured items."""
        styles = Counter(s.source.split("|")[2] for s in corpus)
        regions = Counter(s.source.split("|")[1].rsplit("-", 1)[1] for s in corpus)
        assert set(styles) == SOURCES and min(styles.values()) >= 50
        assert set(regions) == REGIONS and min(regions.values()) >= 70
        assert regions["nacka"] >= 170 and regions["nykoping"] >= 170
        assert sum(p.kind not in NAME_KINDS for s in corpus for p in s.planted) >= 700

    def test_names_are_written_as_english_speakers_write_them(self, corpus: list[Sentence]) -> None:
        """Surnames after Mr/Ms/Mrs/Dr/Officer, nicknames in quotes, surname-first names in forms."""
        after_title = quoted = comma_first = 0
        for s in corpus:
            for p in s.planted:
                if p.kind in ("surname_after_role", "word_name") and any(
                    t + p.surface in s.text for t in TITLES
                ):
                    after_title += 1
                if p.kind == "nickname" and f'"{p.surface}"' in s.text:
                    quoted += 1
                if p.kind == "full_name" and "," in p.surface:
                    comma_first += 1
        assert after_title >= 100 and quoted >= 80 and comma_first >= 100
