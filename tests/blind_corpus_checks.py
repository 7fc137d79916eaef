"""The label checks every blind corpus from the twelfth on runs, written once (issue 14). They never call
the redaction.

A corpus's test module subclasses :class:`BlindCorpusChecks` as a ``Test…`` class and sets what the checks
read from its corpus: ``BUILD``, ``SIZE``, ``FRAMES`` and ``PROBLEMS`` (tests/blindN_corpus.py), its word
names and name particles, its plate letters; ``MIN_LOOKALIKES`` and ``MIN_HARD_NAMES`` where its mix differs
(tests/test_blind14_corpus.py). The same checks were three copies of one module (stop 24's last read).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

import pytest

from tests.corpus_checks import (
    capitalised_lowercase_names,
    invalid_identity_numbers,
    surfaces_not_in_text,
    too_few_items,
    unambiguous,
    unmatched_probes,
    word_name_roles,
)
from tests.independent_labels import NAME_KINDS, LookAlike, Planted, Probe, Sentence, name_item

MIN_FRAMES = 150
MIN_ORIGINS = 25


class BlindCorpusChecks:
    BUILD: ClassVar[Callable[[], Sequence[Sentence]]]
    SIZE: ClassVar[int]
    FRAMES: ClassVar[Callable[[], int]]
    PROBLEMS: ClassVar[Callable[[Sentence], list[str]]]
    NAME_PARTICLES: ClassVar[Iterable[str]]
    WORD_FIRST: ClassVar[Iterable[tuple[str, str]]]
    WORD_SURNAMES: ClassVar[Iterable[tuple[str, str]]]
    BAD_PLATES: ClassVar[Iterable[str]]
    PLATE_LETTERS: ClassVar[str]
    PLATE_TAIL_LETTERS: ClassVar[str]
    MIN_LOOKALIKES: ClassVar[int] = 1200
    MIN_HARD_NAMES: ClassVar[int] = 120  # `too_few_items`' own: word, lowercase names and nicknames

    @pytest.fixture(scope="class")
    @classmethod
    def corpus(cls) -> list[Sentence]:
        return list(cls.BUILD())

    def test_build_is_deterministic(self, corpus: list[Sentence]) -> None:
        assert list(type(self).BUILD()) == corpus

    def test_size_frames_and_every_item_distinct(self, corpus: list[Sentence]) -> None:
        size = self.SIZE
        assert len(corpus) == size
        assert 900 <= size <= 1100
        assert len({s.text for s in corpus}) == size
        uses = Counter(s.source.split("|")[0] for s in corpus)
        frames = type(self).FRAMES()
        assert frames >= MIN_FRAMES
        assert len(uses) == frames
        assert min(uses.values()) >= 4

    def test_every_harness_kind_has_enough_items(self, corpus: list[Sentence]) -> None:
        assert (
            too_few_items(corpus, names=1500, lookalikes=self.MIN_LOOKALIKES, hard_names=self.MIN_HARD_NAMES)
            == []
        )

    def test_several_people_per_item(self, corpus: list[Sentence]) -> None:
        several = sum(sum(p.kind in NAME_KINDS for p in s.planted) >= 2 for s in corpus)
        assert several >= len(corpus) / 2

    def test_word_names_stand_as_first_names_and_as_surnames(self, corpus: list[Sentence]) -> None:
        firsts = {n for n, _ in self.WORD_FIRST}
        surnames = {n for n, _ in self.WORD_SURNAMES}
        words = word_name_roles(corpus, firsts, surnames)
        assert words["first"] >= 40 and words["surname"] >= 40 and words["other"] == 0

    def test_lowercase_names_are_lowercase(self, corpus: list[Sentence]) -> None:
        assert capitalised_lowercase_names(corpus) == []

    def test_labels_are_unambiguous(self, corpus: list[Sentence]) -> None:
        assert unambiguous(corpus, type(self).PROBLEMS) == []

    def test_labels_match_the_untouched_text(self, corpus: list[Sentence]) -> None:
        assert unmatched_probes(corpus) == []

    def test_every_planted_surface_is_in_its_item(self, corpus: list[Sentence]) -> None:
        assert surfaces_not_in_text(corpus) == []

    def test_identity_numbers_are_valid_of_their_kind(self, corpus: list[Sentence]) -> None:
        assert invalid_identity_numbers(corpus) == []

    def test_problems_sees_what_would_make_a_label_ambiguous(self) -> None:
        problems = type(self).PROBLEMS
        sten = name_item("word_name", "Sten", "swedish")
        place = LookAlike("place", "Älta", True)
        assert problems(Sentence("x", "Sten hittade en sten i Älta.", (sten,), (place,)))
        assert problems(Sentence("x", "Sten hittade glas i Älta.", (sten,), (place,))) == []
        time = LookAlike("time", "21.40", True)
        assert problems(Sentence("x", "Sten sågs i Älta 21.40.", (sten,), (place, time)))
        assert problems(Sentence("x", "Sten sågs i Älta kl 21.40.", (sten,), (place, time))) == []
        assert problems(Sentence("x", "Rond 21.40 med Sten i Älta.", (sten,), (place, time))) == []
        phone = Planted("mobile", "073-555 12 34", (Probe("digits", "1234"),))
        assert problems(Sentence("x", "Ring 073-555 12 34 21.40.", (phone,), (time,)))
        flat = Planted("apartment", "lgh 1203", (Probe("digits", "1203"),))
        date = LookAlike("date", "2025-12-03", True)
        assert problems(Sentence("x", "Inbrott i lgh 1203 den 2025-12-03.", (flat,), (date,)))
        street = LookAlike("street", "Ringvägen", True)
        address = Planted("address", "Ringvägen 12", (Probe("number", "12"),))
        assert problems(Sentence("x", "Klotter på Ringvägen 12.", (address,), (street,)))
        assert problems(Sentence("x", "Klotter på Ringvägen 12 och 12 bilar.", (address,), ()))
        assert problems(Sentence("x", "Klotter på Ringvägen 12.", (address,), ())) == []
        assert problems(Sentence("x", "Bilen stod på Ringvägen 3 timmar.", (), (street,)))
        anna = name_item("first_name", "Anna", "swedish")
        full = name_item("full_name", "Anna Berg", "swedish")
        assert problems(Sentence("x", "Anna Berg ringde, Annas bror med.", (full, anna), ())) == []
        mail = Planted("email", "anna.ek@live.se", (Probe("text", "anna.ek"),))
        assert problems(Sentence("x", "Anna skrev från anna.ek@live.se.", (anna, mail), ()))
        assert problems(Sentence("x", "Tomas skrev.", (anna,), ()))
        assert problems(Sentence("x", "Anna skrev.", (Planted("first_name", "Anna", ()),), ()))
        inga = LookAlike("word", "Inga", True)
        assert problems(
            Sentence("x", "Inga fel, sa Inga.", (name_item("word_name", "Inga", "swedish"),), (inga,))
        )

    def test_unredacted_text_leaks_everything_and_keeps_everything(self, corpus: list[Sentence]) -> None:
        assert not any(p.found(s.text) for s in corpus for p in s.planted)
        assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)

    def test_names_come_from_many_origins(self, corpus: list[Sentence]) -> None:
        names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
        origins = Counter(p.origin for p in names)
        assert len(origins) >= MIN_ORIGINS
        assert origins["swedish"] < len(names) / 2
        swedish_kinds = {p.kind for p in names if p.origin == "swedish"}
        assert swedish_kinds == set(NAME_KINDS)
        foreign_kinds = {p.kind for p in names if p.origin != "swedish"}
        assert foreign_kinds == set(NAME_KINDS)

    def test_name_forms_vary(self, corpus: list[Sentence]) -> None:
        full = [p.surface for s in corpus for p in s.planted if p.kind in ("full_name", "lowercase_name")]
        assert sum(len(f.split()) >= 3 for f in full) >= 30  # three-part names, particles
        assert sum("," in f for f in full) >= 30  # surname first
        assert sum(f.isupper() for f in full) >= 30  # capitals
        assert sum("-" in f for f in full) >= 10  # double names
        assert sum("'" in f for f in full) >= 3  # O'Brien
        assert sum(re.match(r"[A-ZÅÄÖ](?:\.|-[A-ZÅÄÖ]) ", f) is not None for f in full) >= 30  # initials
        assert sum(any(w.lower() in self.NAME_PARTICLES for w in re.split(r"[\s\-]+", f)) for f in full) >= 10
        texts = [s.text for s in corpus]
        names = [(p, s.text) for s in corpus for p in s.planted if p.kind in NAME_KINDS]
        assert sum(re.search(rf"{re.escape(p.surface)}(?:s|')(?!\w)", t) is not None for p, t in names) >= 40
        assert sum(t.lower().startswith(p.surface.lower()) for p, t in names) >= 40  # at a cell's start
        assert sum(t.rstrip(".!? \n").endswith(p.surface) for p, t in names) >= 40  # at a cell's end
        assert sum("\n" in t for t in texts) >= 100  # pasted mails, logs, lists

    def test_plates_use_only_plate_letters(self, corpus: list[Sentence]) -> None:
        for s in corpus:
            for p in s.planted:
                if p.kind not in ("plate", "plate_new"):
                    continue
                letters = p.probes[0].value
                assert (
                    re.fullmatch(f"[{self.PLATE_LETTERS}]{{3}}", letters) and letters not in self.BAD_PLATES
                ), p.surface
                tail = p.probes[1].value
                if p.kind == "plate_new":
                    assert re.fullmatch(rf"[1-9]\d[{self.PLATE_TAIL_LETTERS}]", tail), p.surface
                else:
                    assert re.fullmatch(r"[1-9]\d\d", tail), p.surface

    def test_styles_and_voices_vary(self, corpus: list[Sentence]) -> None:
        voices = Counter(s.source.split("|")[1] for s in corpus)
        styles = Counter(s.source.split("|")[2] for s in corpus)
        assert len(voices) >= 15 and len(styles) >= 14
        assert max(styles.values()) < len(corpus) / 5
