"""Label checks of the eighth blind corpus (tests/blind8_corpus.py): the checks every blind corpus from the
eighth on runs (tests/blind_corpus_checks.py) at the sizes this one was written to, and its own examples of
``problems``. They never call the redaction."""

from __future__ import annotations

from tests import blind8_corpus as corpus_module
from tests.blind8_corpus import problems
from tests.blind8_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import LabelChecks
from tests.independent_labels import LookAlike, Sentence, name_item


class TestBlind8Corpus(LabelChecks):
    BUILD = corpus_module.build
    SIZE = corpus_module.SIZE
    FRAMES = corpus_module.frames
    PROBLEMS = corpus_module.problems
    BAD_PLATES = BAD_PLATES
    PLATE_LETTERS = PLATE_LETTERS
    PLATE_TAIL_LETTERS = PLATE_TAIL_LETTERS
    SIZE_RANGE = (900, 1000)
    MIN_FRAMES = 250
    MIN_FRAME_USES = 1
    MIN_NAMES = 1000
    MIN_NAMES_PER_ORIGIN = 10
    PLATE_FIRST_DIGIT = r"\d"
    MIN_VOICES = 18
    STYLE_SHARE_ONE_IN = 2

    def test_problems_sees_a_probe_outside_its_item(self) -> None:
        item = name_item("word_name", "Sten", "swedish")
        bad = Sentence(
            "x", "Sten kastade en sten mot Fisksätra.", (item,), (LookAlike("place", "Fisksätra", True),)
        )
        assert problems(bad)
        library = LookAlike("institution", "Fisksätra bibliotek", True)
        nested = Sentence(
            "x",
            "Sten gick till Fisksätra bibliotek.",
            (item,),
            (LookAlike("place", "Fisksätra", True), library),
        )
        assert problems(nested)
        time = LookAlike("time", "22:50", True)
        place = LookAlike("place", "Fisksätra", True)
        assert problems(Sentence("x", "Sten i Fisksätra 22:50.", (item,), (place, time)))
        assert problems(Sentence("x", "Sten i Fisksätra kl 22:50.", (item,), (place, time))) == []
        good = Sentence("x", "Sten gick till Fisksätra.", (item,), (LookAlike("place", "Fisksätra", True),))
        assert problems(good) == []
