"""The label checks every blind corpus from the eighth on runs, written once (issue 14). They never call
the redaction.

A corpus's test module subclasses one of three classes as a ``Test…`` class: :class:`LabelChecks` (corpora
8 and 9), :class:`NameLabelChecks`, which adds the checks of word names, lowercase names and name forms
(corpora 10 and 11), or :class:`BlindCorpusChecks`, which adds several people per item and the examples
of ``problems`` (corpora 12-14). It sets what the checks read from its corpus: ``BUILD``, ``SIZE``,
``FRAMES`` and ``PROBLEMS`` (tests/blindN_corpus.py), its word names and name particles, its plate
letters; and the thresholds where its corpus was written to other sizes and mixes than the twelfth's.
The same checks were copies in seven modules (stop 24's last read).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
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


class LabelChecks:
    """The checks of every blind corpus from the eighth on."""

    BUILD: ClassVar[Callable[[], Sequence[Sentence]]]
    SIZE: ClassVar[int]
    FRAMES: ClassVar[Callable[[], int]]
    PROBLEMS: ClassVar[Callable[[Sentence], list[str]]]
    BAD_PLATES: ClassVar[Iterable[str]]
    PLATE_LETTERS: ClassVar[str]
    PLATE_TAIL_LETTERS: ClassVar[str]
    SIZE_RANGE: ClassVar[tuple[int, int]] = (900, 1100)
    MIN_FRAMES: ClassVar[int] = 150
    MIN_FRAME_USES: ClassVar[int] = 4
    # `too_few_items`' least numbers: names and look-alikes in all, word and lowercase names each
    MIN_NAMES: ClassVar[int] = 1500
    MIN_LOOKALIKES: ClassVar[int] = 1200
    MIN_HARD_NAMES: ClassVar[int] = 120
    MIN_ORIGINS: ClassVar[int] = 25
    MIN_NAMES_PER_ORIGIN: ClassVar[int] = 0
    REQUIRED_ORIGINS: ClassVar[frozenset[str]] = frozenset()
    PLATE_FIRST_DIGIT: ClassVar[str] = "[1-9]"  # the first of a plate's digits
    MIN_VOICES: ClassVar[int] = 15
    MIN_STYLES: ClassVar[int] = 14
    STYLE_SHARE_ONE_IN: ClassVar[int] = 5  # no style in as many as one item in this many

    @pytest.fixture(scope="class")
    @classmethod
    def corpus(cls) -> list[Sentence]:
        return list(cls.BUILD())

    def test_build_is_deterministic(self, corpus: list[Sentence]) -> None:
        assert list(type(self).BUILD()) == corpus

    def test_size_frames_and_every_item_distinct(self, corpus: list[Sentence]) -> None:
        size = self.SIZE
        assert len(corpus) == size
        assert self.SIZE_RANGE[0] <= size <= self.SIZE_RANGE[1]
        assert len({s.text for s in corpus}) == size
        uses = Counter(s.source.split("|")[0] for s in corpus)
        frames = type(self).FRAMES()
        assert frames >= self.MIN_FRAMES
        assert len(uses) == frames
        assert min(uses.values()) >= self.MIN_FRAME_USES

    def test_every_harness_kind_has_enough_items(self, corpus: list[Sentence]) -> None:
        assert (
            too_few_items(
                corpus, names=self.MIN_NAMES, lookalikes=self.MIN_LOOKALIKES, hard_names=self.MIN_HARD_NAMES
            )
            == []
        )

    def test_labels_are_unambiguous(self, corpus: list[Sentence]) -> None:
        assert unambiguous(corpus, type(self).PROBLEMS) == []

    def test_labels_match_the_untouched_text(self, corpus: list[Sentence]) -> None:
        assert unmatched_probes(corpus) == []

    def test_identity_numbers_are_valid_of_their_kind(self, corpus: list[Sentence]) -> None:
        assert invalid_identity_numbers(corpus) == []

    def test_unredacted_text_leaks_everything_and_keeps_everything(self, corpus: list[Sentence]) -> None:
        assert not any(p.found(s.text) for s in corpus for p in s.planted)
        assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)

    def test_names_come_from_many_origins(self, corpus: list[Sentence]) -> None:
        names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
        origins = Counter(p.origin for p in names)
        assert len(origins) >= self.MIN_ORIGINS
        assert min(origins.values()) >= self.MIN_NAMES_PER_ORIGIN
        assert self.REQUIRED_ORIGINS <= set(origins)
        assert origins["swedish"] < len(names) / 2
        swedish_kinds = {p.kind for p in names if p.origin == "swedish"}
        assert swedish_kinds == set(NAME_KINDS)
        foreign_kinds = {p.kind for p in names if p.origin != "swedish"}
        assert foreign_kinds == set(NAME_KINDS)

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
                    assert re.fullmatch(rf"{self.PLATE_FIRST_DIGIT}\d[{self.PLATE_TAIL_LETTERS}]", tail), (
                        p.surface
                    )
                else:
                    assert re.fullmatch(rf"{self.PLATE_FIRST_DIGIT}\d\d", tail), p.surface

    def test_styles_and_voices_vary(self, corpus: list[Sentence]) -> None:
        voices = Counter(s.source.split("|")[1] for s in corpus)
        styles = Counter(s.source.split("|")[2] for s in corpus)
        assert len(voices) >= self.MIN_VOICES and len(styles) >= self.MIN_STYLES
        assert max(styles.values()) < len(corpus) / self.STYLE_SHARE_ONE_IN


class NameLabelChecks(LabelChecks):
    """And the checks of word names, lowercase names and the forms of names, from the tenth corpus on."""

    WORD_FIRST: ClassVar[Iterable[tuple[str, ...]]]  # (name, …): with its origin, and in 10 and 11 its gender
    WORD_SURNAMES: ClassVar[Iterable[tuple[str, ...]]]
    NAME_PARTICLES: ClassVar[Iterable[str]] = ()
    # The least number of names (of FORM_KINDS) in each form; of names (of any name kind) with a genitive
    # and at a cell's start and end; of cells with a line break. A form a corpus was not written to is left
    # out of its NAME_FORMS.
    FORM_KINDS: ClassVar[tuple[str, ...]] = ("full_name", "lowercase_name")
    NAME_FORMS: ClassVar[Mapping[str, int]] = {
        "three parts": 30,  # particles too
        "surname first": 30,
        "capitals": 30,
        "double names": 10,
        "apostrophe": 3,  # O'Brien
        "initials": 30,
        "particles": 10,
        "genitive": 40,
        "at a cell's start": 40,
        "at a cell's end": 40,
        "line breaks": 100,  # pasted mails, logs, lists
    }

    def test_word_names_stand_as_first_names_and_as_surnames(self, corpus: list[Sentence]) -> None:
        firsts = {entry[0] for entry in self.WORD_FIRST}
        surnames = {entry[0] for entry in self.WORD_SURNAMES}
        words = word_name_roles(corpus, firsts, surnames)
        assert words["first"] >= 40 and words["surname"] >= 40 and words["other"] == 0

    def test_lowercase_names_are_lowercase(self, corpus: list[Sentence]) -> None:
        assert capitalised_lowercase_names(corpus) == []

    def test_every_planted_surface_is_in_its_item(self, corpus: list[Sentence]) -> None:
        assert surfaces_not_in_text(corpus) == []

    def test_name_forms_vary(self, corpus: list[Sentence]) -> None:
        full = [p.surface for s in corpus for p in s.planted if p.kind in self.FORM_KINDS]
        texts = [s.text for s in corpus]
        names = [(p, s.text) for s in corpus for p in s.planted if p.kind in NAME_KINDS]
        found = {
            "three parts": sum(len(f.split()) >= 3 for f in full),
            "surname first": sum("," in f for f in full),
            "capitals": sum(f.isupper() for f in full),
            "double names": sum("-" in f for f in full),
            "apostrophe": sum("'" in f for f in full),
            "initials": sum(re.match(r"[A-ZÅÄÖ](?:\.|-[A-ZÅÄÖ]) ", f) is not None for f in full),
            "particles": sum(
                any(w.lower() in self.NAME_PARTICLES for w in re.split(r"[\s\-]+", f)) for f in full
            ),
            "genitive": sum(
                re.search(rf"{re.escape(p.surface)}(?:s|')(?!\w)", t) is not None for p, t in names
            ),
            "at a cell's start": sum(t.lower().startswith(p.surface.lower()) for p, t in names),
            "at a cell's end": sum(t.rstrip(".!? \n").endswith(p.surface) for p, t in names),
            "line breaks": sum("\n" in t for t in texts),
        }
        for form, least in self.NAME_FORMS.items():
            assert found[form] >= least, (form, found[form])


class BlindCorpusChecks(NameLabelChecks):
    """And several people per item and the examples of ``problems``, from the twelfth corpus on."""

    def test_several_people_per_item(self, corpus: list[Sentence]) -> None:
        several = sum(sum(p.kind in NAME_KINDS for p in s.planted) >= 2 for s in corpus)
        assert several >= len(corpus) / 2

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


class RealisticNameMix:
    """A corpus whose name kinds come as they occur in real weekly reports (blind 14 on): mostly full and
    first names, then surnames after a role; fewer nicknames, word names and lowercase names."""

    MIN_NAMES_IN_MIX: ClassVar[int] = 0  # at least this many names in all

    def test_name_kinds_come_in_a_realistic_mix(self, corpus: list[Sentence]) -> None:
        """Mostly full and first names, then surnames after a role; fewer nicknames, word and lowercase
        names."""
        kinds = Counter(p.kind for s in corpus for p in s.planted if p.kind in NAME_KINDS)
        total = sum(kinds.values())
        assert total >= self.MIN_NAMES_IN_MIX
        assert kinds["full_name"] + kinds["first_name"] >= 0.7 * total
        hard = ("nickname", "word_name", "lowercase_name")
        assert kinds["surname_after_role"] > max(kinds[k] for k in hard)
        assert all(0.02 * total <= kinds[k] <= 0.1 * total for k in hard)
