"""Label checks of the fourteenth blind corpus (tests/blind14_corpus.py). They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind14_corpus import NAME_PARTICLES, SIZE, build, frames, problems
from tests.blind14_vocab_names import WORD_FIRST, WORD_SURNAMES
from tests.blind14_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
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
    # A realistic mix (docs/redaction_blind14.md): word names and lowercase names fewer than in corpora 8-13.
    assert too_few_items(corpus, names=1500, lookalikes=1500, hard_names=80) == []


def test_several_people_per_item(corpus: list[Sentence]) -> None:
    several = sum(sum(p.kind in NAME_KINDS for p in s.planted) >= 2 for s in corpus)
    assert several >= len(corpus) / 2


def test_word_names_stand_as_first_names_and_as_surnames(corpus: list[Sentence]) -> None:
    firsts = {n for n, _ in WORD_FIRST}
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


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    assert not any(p.found(s.text) for s in corpus for p in s.planted)
    assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
    origins = Counter(p.origin for p in names)
    assert len(origins) >= MIN_ORIGINS
    assert origins["swedish"] < len(names) / 2
    swedish_kinds = {p.kind for p in names if p.origin == "swedish"}
    assert swedish_kinds == set(NAME_KINDS)
    foreign_kinds = {p.kind for p in names if p.origin != "swedish"}
    assert foreign_kinds == set(NAME_KINDS)


def test_name_forms_vary(corpus: list[Sentence]) -> None:
    full = [p.surface for s in corpus for p in s.planted if p.kind in ("full_name", "lowercase_name")]
    assert sum(len(f.split()) >= 3 for f in full) >= 30  # three-part names, particles
    assert sum("," in f for f in full) >= 30  # surname first
    assert sum(f.isupper() for f in full) >= 30  # capitals
    assert sum("-" in f for f in full) >= 10  # double names
    assert sum("'" in f for f in full) >= 3  # O'Brien
    assert sum(re.match(r"[A-ZÅÄÖ](?:\.|-[A-ZÅÄÖ]) ", f) is not None for f in full) >= 30  # initials
    assert sum(any(w.lower() in NAME_PARTICLES for w in re.split(r"[\s\-]+", f)) for f in full) >= 10
    texts = [s.text for s in corpus]
    names = [(p, s.text) for s in corpus for p in s.planted if p.kind in NAME_KINDS]
    assert sum(re.search(rf"{re.escape(p.surface)}(?:s|')(?!\w)", t) is not None for p, t in names) >= 40
    assert sum(t.lower().startswith(p.surface.lower()) for p, t in names) >= 40  # at a cell's start
    assert sum(t.rstrip(".!? \n").endswith(p.surface) for p, t in names) >= 40  # at a cell's end
    assert sum("\n" in t for t in texts) >= 100  # pasted mails, logs, lists


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
    assert len(voices) >= 15 and len(styles) >= 14
    assert max(styles.values()) < len(corpus) / 5


def test_name_kinds_come_in_a_realistic_mix(corpus: list[Sentence]) -> None:
    """Mostly full and first names, then surnames after a role; fewer nicknames, word and lowercase names."""
    kinds = Counter(p.kind for s in corpus for p in s.planted if p.kind in NAME_KINDS)
    total = sum(kinds.values())
    assert kinds["full_name"] + kinds["first_name"] >= 0.7 * total
    hard = ("nickname", "word_name", "lowercase_name")
    assert kinds["surname_after_role"] > max(kinds[k] for k in hard)
    assert all(0.02 * total <= kinds[k] <= 0.1 * total for k in hard)


def test_text_comes_as_systems_write_it(corpus: list[Sentence]) -> None:
    texts = [s.text for s in corpus]
    assert sum("Ã" in t for t in texts) >= 40  # UTF-8 read as Windows-1252
    assert sum(re.search(r"\w\?\w", t) is not None for t in texts) >= 40  # å, ä, ö lost to `?`
    assert sum("\t" in t for t in texts) >= 20 and sum(t.count(";") >= 3 for t in texts) >= 40  # Excel rows
    assert sum("§" in t for t in texts) >= 40  # numbered minutes
