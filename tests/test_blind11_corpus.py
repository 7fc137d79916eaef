"""Label checks of the eleventh blind corpus (tests/blind11_corpus.py). They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind11_corpus import NAME_PARTICLES, SIZE, build, frames, problems
from tests.blind11_vocab_names import ORIGINS, WORD_FIRST, WORD_SURNAMES
from tests.blind11_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
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

MIN_FRAMES = 220
MIN_ORIGINS = 35


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_frames_and_every_item_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert 900 <= SIZE <= 1100
    assert len({s.text for s in corpus}) == SIZE
    uses = Counter(s.source.split("|")[0] for s in corpus)
    assert frames() >= MIN_FRAMES
    assert len(uses) == frames()
    assert min(uses.values()) >= 4


def test_every_harness_kind_has_enough_items(corpus: list[Sentence]) -> None:
    assert too_few_items(corpus, names=1800, lookalikes=1500) == []


def test_short_cells_and_several_people(corpus: list[Sentence]) -> None:
    short = sum(len(s.text.split()) <= 12 for s in corpus)
    several = sum(sum(p.kind in NAME_KINDS for p in s.planted) >= 2 for s in corpus)
    assert short >= 100
    assert several >= len(corpus) / 2


def test_word_names_stand_as_first_names_and_as_surnames(corpus: list[Sentence]) -> None:
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


def test_every_planted_surface_is_in_its_item(corpus: list[Sentence]) -> None:
    assert surfaces_not_in_text(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []


def test_problems_sees_what_would_make_a_label_ambiguous() -> None:
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


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    assert not any(p.found(s.text) for s in corpus for p in s.planted)
    assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
    origins = Counter(p.origin for p in names)
    assert len(origins) >= MIN_ORIGINS
    assert min(origins[o] for o in ORIGINS) >= 10
    swedish_kinds = {p.kind for p in names if p.origin == "swedish"}
    assert swedish_kinds == set(NAME_KINDS)
    foreign_kinds = {p.kind for p in names if p.origin != "swedish"}
    assert foreign_kinds == set(NAME_KINDS)


def test_name_forms_vary(corpus: list[Sentence]) -> None:
    full = [p.surface for s in corpus for p in s.planted if p.kind in ("full_name", "lowercase_name")]
    assert sum(len(f.split()) >= 3 for f in full) >= 30  # three-part names, particles
    assert sum("," in f for f in full) >= 10  # surname first
    assert sum(f.isupper() for f in full) >= 10  # capitals
    assert sum("-" in f for f in full) >= 10  # double names
    assert sum("'" in f for f in full) >= 5  # O'Brien, D'Souza
    assert sum(re.match(r"[A-ZÅÄÖ](?:\.|-[A-ZÅÄÖ]) ", f) is not None for f in full) >= 10  # initials
    assert sum(any(w.lower() in NAME_PARTICLES for w in re.split(r"[\s\-]+", f)) for f in full) >= 20


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
    assert len(voices) >= 18 and len(styles) >= 14
    assert max(styles.values()) < len(corpus) / 4
