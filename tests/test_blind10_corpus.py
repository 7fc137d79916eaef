"""Label checks of the tenth blind corpus (tests/blind10_corpus.py): the checks every blind corpus from the
tenth on runs (tests/blind_corpus_checks.py) at the sizes this one was written to, its whole cells and its
own examples of ``problems``. They never call the redaction."""

from __future__ import annotations

import re

from tests import blind10_corpus as corpus_module
from tests.blind10_corpus import problems
from tests.blind10_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind10_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import NameLabelChecks
from tests.independent_labels import NAME_KINDS, LookAlike, Planted, Probe, Sentence, name_item


class TestBlind10Corpus(NameLabelChecks):
    BUILD = corpus_module.build
    SIZE = corpus_module.SIZE
    FRAMES = corpus_module.frames
    PROBLEMS = corpus_module.problems
    WORD_FIRST = WORD_FIRST
    WORD_SURNAMES = WORD_SURNAMES
    BAD_PLATES = BAD_PLATES
    PLATE_LETTERS = PLATE_LETTERS
    PLATE_TAIL_LETTERS = PLATE_TAIL_LETTERS
    SIZE_RANGE = (800, 1000)
    MIN_FRAMES = 250
    MIN_FRAME_USES = 2
    MIN_NAMES = 1000
    MIN_NAMES_PER_ORIGIN = 10
    FORM_KINDS = ("full_name",)
    NAME_FORMS = {"three parts": 30, "surname first": 10, "capitals": 10, "double names": 10}
    MIN_VOICES = 18
    MIN_STYLES = 16
    STYLE_SHARE_ONE_IN = 3

    def test_cells_are_whole_cells_with_several_people(self, corpus: list[Sentence]) -> None:
        several = sum(sum(p.kind in NAME_KINDS for p in s.planted) >= 2 for s in corpus)
        sentences = sum(len(re.findall(r"[.!?](?:\s|$)", s.text)) >= 2 for s in corpus)
        again = sum(
            any(p.kind == "full_name" for p in s.planted)
            and any(p.kind in ("first_name", "surname_after_role", "nickname") for p in s.planted)
            for s in corpus
        )
        assert several >= len(corpus) / 2
        assert sentences >= len(corpus) / 2
        assert again >= 100

    def test_problems_sees_what_would_make_a_label_ambiguous(self) -> None:
        sten = name_item("word_name", "Sten", "swedish")
        place = LookAlike("place", "Vivalla", True)
        assert problems(Sentence("x", "Sten kastade en sten vid Vivalla.", (sten,), (place,)))
        assert problems(Sentence("x", "Sten kastade ägg vid Vivalla.", (sten,), (place,))) == []
        school = LookAlike("institution", "Vivallaskolan", True)
        assert problems(Sentence("x", "Sten gick till Vivallaskolan.", (sten,), (school,))) == []
        time = LookAlike("time", "22.50", True)
        assert problems(Sentence("x", "Sten sågs vid Vivalla 22.50.", (sten,), (place, time)))
        assert problems(Sentence("x", "Sten sågs vid Vivalla kl 22.50.", (sten,), (place, time))) == []
        phone = Planted("mobile", "070-123 45 67", (Probe("digits", "4567"),))
        date = LookAlike("date", "2024-05-14", True)
        assert problems(Sentence("x", "Ring 070-123 45 67 kl 22.50.", (phone,), (time,))) == []
        assert problems(Sentence("x", "Ring 070-123 45 67 22.50.", (phone,), (time,)))
        flat = Planted("apartment", "lgh 0514", (Probe("digits", "0514"),))
        assert problems(Sentence("x", "Inbrott i lgh 0514 den 2024-05-14.", (flat,), (date,)))
        street = LookAlike("street", "Storgatan", True)
        address = Planted("address", "Storgatan 12", (Probe("number", "12"),))
        assert problems(Sentence("x", "Klotter på Storgatan 12.", (address,), (street,)))
        assert problems(Sentence("x", "Klotter på Storgatan 12 och 12 bilar.", (address,), ()))
        hans = LookAlike("word", "hans", True)
        name = name_item("word_name", "Hans", "swedish")
        assert problems(Sentence("x", "Hans och hans bror.", (name,), (hans,)))
