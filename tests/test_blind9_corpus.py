"""Label checks of the ninth blind corpus (tests/blind9_corpus.py). They never call the redaction."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.blind9_corpus import SIZE, build, frames, problems
from tests.blind9_vocab_places import BAD_PLATES, PLATE_LETTERS, PLATE_TAIL_LETTERS
from tests.corpus_checks import invalid_identity_numbers, too_few_items, unambiguous, unmatched_probes
from tests.independent_labels import (
    NAME_KINDS,
    LookAlike,
    Planted,
    Probe,
    Sentence,
    name_item,
)

MIN_FRAMES = 300
MIN_ORIGINS = 25


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return build()


def test_build_is_deterministic(corpus: list[Sentence]) -> None:
    assert build() == corpus


def test_size_and_every_sentence_distinct(corpus: list[Sentence]) -> None:
    assert len(corpus) == SIZE
    assert 900 <= SIZE <= 1000
    assert len({s.text for s in corpus}) == SIZE


def test_every_frame_is_used_at_least_twice(corpus: list[Sentence]) -> None:
    uses = Counter(s.source.split("|")[0] for s in corpus)
    assert frames() >= MIN_FRAMES
    assert len(uses) == frames()
    assert min(uses.values()) >= 2


def test_every_harness_kind_has_enough_items(corpus: list[Sentence]) -> None:
    assert too_few_items(corpus) == []


def test_labels_are_unambiguous(corpus: list[Sentence]) -> None:
    assert unambiguous(corpus, problems) == []


def test_labels_match_the_untouched_text(corpus: list[Sentence]) -> None:
    assert unmatched_probes(corpus) == []


def test_identity_numbers_are_valid_of_their_kind(corpus: list[Sentence]) -> None:
    assert invalid_identity_numbers(corpus) == []


def test_unredacted_text_leaks_everything_and_keeps_everything(corpus: list[Sentence]) -> None:
    assert not any(p.found(s.text) for s in corpus for p in s.planted)
    assert all(look.kept(s.text) for s in corpus for look in s.lookalikes)


def test_problems_sees_a_probe_outside_its_item() -> None:
    item = name_item("word_name", "Björk", "swedish")
    place = LookAlike("place", "Gottsunda", True)
    assert problems(Sentence("x", "Björk såg en björk falla i Gottsunda.", (item,), (place,)))
    assert problems(Sentence("x", "Björk och Björk i Gottsunda.", (item,), (place,)))
    assert problems(Sentence("x", "Vaktmästare Björk i Gottsunda.", (item,), ())) == []


def test_problems_sees_nested_and_missing_lookalikes() -> None:
    item = name_item("first_name", "Amra", "bosnian")
    place = LookAlike("place", "Fisksätra", True)
    library = LookAlike("institution", "Fisksätra bibliotek", True)
    assert problems(Sentence("x", "Amra gick till Fisksätra bibliotek.", (item,), (place, library)))
    assert problems(Sentence("x", "Amra gick till biblioteket.", (item,), (place,)))
    assert problems(Sentence("x", "Amra gick till Fisksätra bibliotek.", (item,), (library,))) == []


def test_problems_sees_a_lookalike_inside_a_planted_item() -> None:
    prop = Planted("property", "Brandkärr 4:12", (Probe("number", "4:12"),))
    place = LookAlike("place", "Brandkärr", True)
    assert problems(Sentence("x", "Fastigheten Brandkärr 4:12 ligger i Brandkärr.", (prop,), (place,)))
    assert problems(Sentence("x", "Fastigheten Brandkärr 4:12 ligger i Ribby.", (prop,), ())) == []


def test_problems_sees_numbers_that_read_as_one() -> None:
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


def test_problems_sees_a_place_next_to_a_name() -> None:
    item = name_item("first_name", "Erik", "swedish")
    place = LookAlike("place", "Mora", True)
    assert problems(Sentence("x", "Det var Erik Mora som ringde.", (item,), (place,)))
    assert problems(Sentence("x", "Det var Erik från Mora som ringde.", (item,), (place,))) == []
    word = LookAlike("word", "Hej", True)
    assert problems(Sentence("x", "Hej Erik, ring mig.", (item,), (word,))) == []


def test_names_come_from_many_origins(corpus: list[Sentence]) -> None:
    names = [p for s in corpus for p in s.planted if p.kind in NAME_KINDS]
    origins = Counter(p.origin for p in names)
    assert len(origins) >= MIN_ORIGINS
    assert min(origins.values()) >= 10
    assert {"swedish", "finnish", "sami"} <= set(origins)
    assert {p.kind for p in names if p.origin == "swedish"} == set(NAME_KINDS)


def test_names_come_in_every_form(corpus: list[Sentence]) -> None:
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


def test_plates_use_only_plate_letters(corpus: list[Sentence]) -> None:
    for s in corpus:
        for p in s.planted:
            if p.kind not in ("plate", "plate_new"):
                continue
            letters = p.probes[0].value
            assert re.fullmatch(f"[{PLATE_LETTERS}]{{3}}", letters) and letters not in BAD_PLATES, p.surface
            tail = p.probes[1].value
            if p.kind == "plate_new":
                assert re.fullmatch(f"\\d\\d[{PLATE_TAIL_LETTERS}]", tail), p.surface
            else:
                assert re.fullmatch(r"\d{3}", tail), p.surface


def test_styles_and_voices_vary(corpus: list[Sentence]) -> None:
    voices = Counter(s.source.split("|")[1] for s in corpus)
    styles = Counter(s.source.split("|")[2] for s in corpus)
    assert len(voices) >= 25 and len(styles) >= 15
    assert max(styles.values()) < len(corpus) / 3
