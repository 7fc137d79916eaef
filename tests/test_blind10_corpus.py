"""Label checks of the tenth blind corpus (tests/blind10_corpus.py). They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind10_corpus import SIZE, build, frames, problems
from tests.blind10_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind10_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.corpus_checks import (
    capitalised_lowercase_names,
    invalid_identity_numbers,
    surfaces_not_in_text,
    too_few_items,
    unambiguous,
    unmatched_probes,
    word_name_roles,
)
from tests.independent_labels import (
    NAME_KINDS,
    LookAlike,
    Planted,
    Probe,
    Sentence,
    name_item,
)

MIN_FRAMES = 250
MIN_ORIGINS = 25


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_frames_and_every_cell_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert 800 <= SIZE <= 1000
    assert len({s.text for s in corpus}) == SIZE
    uses = Counter(s.source.split("|")[0] for s in corpus)
    assert frames() >= MIN_FRAMES
    assert len(uses) == frames()
    assert min(uses.values()) >= 2


def test_every_harness_kind_has_enough_items(corpus: list[Sentence]) -> None:
    assert too_few_items(corpus) == []


def test_cells_are_whole_cells_with_several_people(corpus: list[Sentence]) -> None:
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


def test_word_names_stand_as_first_names_and_as_surnames_after_a_role(corpus: list[Sentence]) -> None:
    firsts = {n for n, _, _ in WORD_FIRST}
    surnames = {n for n, _ in WORD_SURNAMES}
    words = word_name_roles(corpus, firsts, surnames)
    assert words["first"] >= 40 and words["surname"] >= 40 and words["other"] == 0


def test_lowercase_names_are_lowercase(corpus: list[Sentence]) -> None:
    assert capitalised_lowercase_names(corpus) == []


def test_labels_are_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_labels_match_the_untouched_text(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_every_planted_surface_is_in_its_cell(corpus: list[Sentence]) -> None:
    assert surfaces_not_in_text(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []


def test_problems_sees_what_would_make_a_label_ambiguous() -> None:
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


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    assert not any(p.found(s.text) for s in corpus for p in s.planted)
    assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
    origins = Counter(p.origin for p in names)
    assert len(origins) >= MIN_ORIGINS
    assert min(origins.values()) >= 10
    swedish_kinds = {p.kind for p in names if p.origin == "swedish"}
    assert swedish_kinds == set(NAME_KINDS)
    foreign_kinds = {p.kind for p in names if p.origin != "swedish"}
    assert foreign_kinds == set(NAME_KINDS)


def test_name_forms_vary(corpus: list[Sentence]) -> None:
    full = [p.surface for s in corpus for p in s.planted if p.kind == "full_name"]
    assert sum(len(f.split()) >= 3 for f in full) >= 30  # three-part names
    assert sum("," in f for f in full) >= 10  # surname first, comma
    assert sum(f.isupper() for f in full) >= 10  # capitals
    assert sum("-" in f for f in full) >= 10  # double names


def test_plates_use_only_plate_letters(corpus: list[Sentence]) -> None:
    for s in corpus:
        for p in s.planted:
            if p.kind not in ("plate", "plate_new"):
                continue
            letters = p.probes[0].value
            assert re.fullmatch(f"[{PLATE_LETTERS}]{{3}}", letters) and letters not in BAD_PLATES, p.surface
            tail = p.probes[1].value
            if p.kind == "plate_new":
                assert re.fullmatch(rf"[1-9]\d[{PLATE_TAIL_LETTERS}]", tail), p.surface
            else:
                assert re.fullmatch(r"[1-9]\d\d", tail), p.surface


def test_styles_and_voices_vary(corpus: list[Sentence]) -> None:
    voices = Counter(s.source.split("|")[1] for s in corpus)
    styles = Counter(s.source.split("|")[2] for s in corpus)
    assert len(voices) >= 18 and len(styles) >= 16
    assert max(styles.values()) < len(corpus) / 3
