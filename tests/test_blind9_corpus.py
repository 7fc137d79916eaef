"""Label checks of the ninth blind corpus (tests/blind9_corpus.py): the checks every blind corpus from the
eighth on runs (tests/blind_corpus_checks.py) at the sizes this one was written to, its own examples of
``problems`` and its forms of names. They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

from tests import blind9_corpus as corpus_module
from tests.blind9_corpus import problems
from tests.blind9_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import LabelChecks
from tests.independent_labels import LookAlike, Planted, Probe, Sentence, name_item


class TestBlind9Corpus(LabelChecks):
    BUILD = corpus_module.build
    SIZE = corpus_module.SIZE
    FRAMES = corpus_module.frames
    PROBLEMS = corpus_module.problems
    BAD_PLATES = BAD_PLATES
    PLATE_LETTERS = PLATE_LETTERS
    PLATE_TAIL_LETTERS = PLATE_TAIL_LETTERS
    SIZE_RANGE = (900, 1000)
    MIN_FRAMES = 300
    MIN_FRAME_USES = 2
    MIN_NAMES = 1000
    MIN_NAMES_PER_ORIGIN = 10
    REQUIRED_ORIGINS = frozenset({"swedish", "finnish", "sami"})
    PLATE_FIRST_DIGIT = r"\d"
    MIN_VOICES = 25
    MIN_STYLES = 15
    STYLE_SHARE_ONE_IN = 3

    def test_problems_sees_a_probe_outside_its_item(self) -> None:
        item = name_item("word_name", "Björk", "swedish")
        place = LookAlike("place", "Gottsunda", True)
        assert problems(Sentence("x", "Björk såg en björk falla i Gottsunda.", (item,), (place,)))
        assert problems(Sentence("x", "Björk och Björk i Gottsunda.", (item,), (place,)))
        assert problems(Sentence("x", "Vaktmästare Björk i Gottsunda.", (item,), ())) == []

    def test_problems_sees_nested_and_missing_lookalikes(self) -> None:
        item = name_item("first_name", "Amra", "bosnian")
        place = LookAlike("place", "Fisksätra", True)
        library = LookAlike("institution", "Fisksätra bibliotek", True)
        assert problems(Sentence("x", "Amra gick till Fisksätra bibliotek.", (item,), (place, library)))
        assert problems(Sentence("x", "Amra gick till biblioteket.", (item,), (place,)))
        assert problems(Sentence("x", "Amra gick till Fisksätra bibliotek.", (item,), (library,))) == []

    def test_problems_sees_a_lookalike_inside_a_planted_item(self) -> None:
        prop = Planted("property", "Brandkärr 4:12", (Probe("number", "4:12"),))
        place = LookAlike("place", "Brandkärr", True)
        assert problems(Sentence("x", "Fastigheten Brandkärr 4:12 ligger i Brandkärr.", (prop,), (place,)))
        assert problems(Sentence("x", "Fastigheten Brandkärr 4:12 ligger i Ribby.", (prop,), ())) == []

    def test_problems_sees_numbers_that_read_as_one(self) -> None:
        item = name_item("first_name", "Ilir", "albanian")
        street = LookAlike("street", "Storgatan", True)
        time = LookAlike("time", "22.30", True)
        assert problems(Sentence("x", "Ilir stod på Storgatan 22.30.", (item,), (street, time)))
        assert problems(Sentence("x", "Ilir stod på Storgatan kl 22.30.", (item,), (street, time))) == []
        phone = Planted("mobile", "070-123 45 67", (Probe("digits", "4567"),))
        assert problems(Sentence("x", "Ring 070-123 45 67 22.30.", (phone,), (time,)))
        assert problems(Sentence("x", "Ring 070-123 45 67 efter kl 22.30.", (phone,), (time,))) == []
        other = Planted("mobile", "070-555 12 30", (Probe("digits", "1230"),))
        late = LookAlike("time", "12.30", True)
        assert problems(Sentence("x", "Ring 070-555 12 30 efter kl 12.30.", (other,), (late,)))

    def test_problems_sees_a_place_next_to_a_name(self) -> None:
        item = name_item("first_name", "Erik", "swedish")
        place = LookAlike("place", "Mora", True)
        assert problems(Sentence("x", "Det var Erik Mora som ringde.", (item,), (place,)))
        assert problems(Sentence("x", "Det var Erik från Mora som ringde.", (item,), (place,))) == []
        word = LookAlike("word", "Hej", True)
        assert problems(Sentence("x", "Hej Erik, ring mig.", (item,), (word,))) == []

    def test_names_come_in_every_form(self, corpus: list[Sentence]) -> None:
        full = [p.surface for s in corpus for p in s.planted if p.kind == "full_name"]
        forms: Counter[str] = Counter()
        for name in full:
            forms["three parts"] += len(name.split()) >= 3 and "," not in name
            forms["surname first"] += "," in name or name.split()[0].isupper() != name.split()[-1].isupper()
            forms["double first"] += "-" in name.split()[0]
            forms["capitals"] += name.isupper()
        assert min(forms.values()) >= 15, forms
        lower = [p.surface for s in corpus for p in s.planted if p.kind == "lowercase_name"]
        assert all(name == name.lower() for name in lower)
        texts = [s.text for s in corpus]
        assert sum("@" in t and not re.search(r"\w@", t) for t in texts) >= 10  # names after "@"
