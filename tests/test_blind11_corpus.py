"""Label checks of the eleventh blind corpus (tests/blind11_corpus.py): the checks every blind corpus from
the tenth on runs (tests/blind_corpus_checks.py) at the sizes this one was written to, its short cells and
its own examples of ``problems``. They never call the redaction."""

from __future__ import annotations

from tests import blind11_corpus as corpus_module
from tests.blind11_corpus import problems
from tests.blind11_vocab_names import ORIGINS, WORD_FIRST, WORD_SURNAMES
from tests.blind11_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.blind_corpus_checks import NameLabelChecks
from tests.independent_labels import NAME_KINDS, LookAlike, Planted, Probe, Sentence, name_item


class TestBlind11Corpus(NameLabelChecks):
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
    MIN_FRAMES = 220
    MIN_NAMES = 1800
    MIN_LOOKALIKES = 1500
    MIN_ORIGINS = 35
    MIN_NAMES_PER_ORIGIN = 10  # every origin of the vocabulary among them
    REQUIRED_ORIGINS = frozenset(ORIGINS)
    NAME_FORMS = {
        "three parts": 30,  # particles too
        "surname first": 10,
        "capitals": 10,
        "double names": 10,
        "apostrophe": 5,  # O'Brien, D'Souza
        "initials": 10,
        "particles": 20,
    }
    MIN_VOICES = 18
    STYLE_SHARE_ONE_IN = 4

    def test_short_cells_and_several_people(self, corpus: list[Sentence]) -> None:
        short = sum(len(s.text.split()) <= 12 for s in corpus)
        several = sum(sum(p.kind in NAME_KINDS for p in s.planted) >= 2 for s in corpus)
        assert short >= 100
        assert several >= len(corpus) / 2

    def test_problems_sees_what_would_make_a_label_ambiguous(self) -> None:
        sten = name_item("word_name", "Sten", "swedish")
        place = LookAlike("place", "Brandkärr", True)
        assert problems(Sentence("x", "Sten såg en sten vid Brandkärr.", (sten,), (place,)))
        assert problems(Sentence("x", "Sten såg ägg vid Brandkärr.", (sten,), (place,))) == []
        school = LookAlike("institution", "Brandkärrsskolan", True)
        assert problems(Sentence("x", "Sten gick till Brandkärrsskolan.", (sten,), (school,))) == []
        time = LookAlike("time", "21.40", True)
        assert problems(Sentence("x", "Sten sågs vid Brandkärr 21.40.", (sten,), (place, time)))
        assert problems(Sentence("x", "Sten sågs vid Brandkärr kl 21.40.", (sten,), (place, time))) == []
        week = LookAlike("week", "v. 12", True)
        assert problems(Sentence("x", "Sten sågs vid Brandkärr v. 12.", (sten,), (place, week))) == []
        phone = Planted("mobile", "073-555 12 34", (Probe("digits", "1234"),))
        assert problems(Sentence("x", "Ring 073-555 12 34 kl 21.40.", (phone,), (time,))) == []
        assert problems(Sentence("x", "Ring 073-555 12 34 21.40.", (phone,), (time,)))
        flat = Planted("apartment", "lgh 1203", (Probe("digits", "1203"),))
        date = LookAlike("date", "2025-12-03", True)
        assert problems(Sentence("x", "Inbrott i lgh 1203 den 2025-12-03.", (flat,), (date,)))
        street = LookAlike("street", "Ringvägen", True)
        address = Planted("address", "Ringvägen 12", (Probe("number", "12"),))
        assert problems(Sentence("x", "Klotter på Ringvägen 12.", (address,), (street,)))
        assert problems(Sentence("x", "Klotter på Ringvägen 12 och 12 bilar.", (address,), ()))
        assert problems(Sentence("x", "Klotter på Ringvägen 12.", (address,), ())) == []
        hans = LookAlike("word", "hans", True)
        name = name_item("word_name", "Hans", "swedish")
        assert problems(Sentence("x", "Hans och hans bror.", (name,), (hans,)))
        mail = Planted("email", "jonas.ek@live.se", (Probe("text", "jonas.ek"),))
        jonas = name_item("first_name", "Jonas", "swedish")
        assert problems(Sentence("x", "Jonas skrev från jonas.ek@live.se.", (jonas, mail), ()))
        assert problems(Sentence("x", "Tomas skrev.", (jonas,), ()))
        assert problems(Sentence("x", "Jonas skrev.", (Planted("first_name", "Jonas", ()),), ()))
