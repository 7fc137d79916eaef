"""Addresses and properties still missed on the development corpora at stop 34, written here in other
words: a place's name and its house number after `på` or `i`, a block named by an agent noun, a street of a
village (`byväg`) or a field (`gärde`), and a place's allé typed in lowercase. Each house number removed,
and the look-alikes of the same shape kept: halls, lines, days, parks, roads and time ranges."""

from __future__ import annotations

import pytest

from lagesbild.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone", "placeholder"),
    [
        # A place's name and a number that ends the clause, after `på` or `i`: a home's street (fail-closed).
        ("Klotter i trapphuset på Solberga 41.", "41", "[nr]"),
        ("Grannen hörde skrik i Tallbacka 7, ringde 112", "7", "[nr]"),
        ("Mopeder i cykelrummet på Hagaberg 12B\nÅtgärd: lås bytt", "12B", "[nr]"),
        # A block named by an agent noun (`-aren`): a property without its kommun.
        ("Brand i soprummet i Muraren 6, räddningstjänsten på plats", "Muraren 6", "[fastighet]"),
        ("Vattenskada hos Snickaren 22; fönster", "Snickaren 22", "[fastighet]"),
        # A village's or a field's street, the second word in lowercase.
        ("Inbrott i garage Sörby byväg 14 natten till fredag", "14", "[nr]"),
        ("hemma på Rosenlunds gärde 3 med barnen", "3", "[nr]"),
        # A place's allé in lowercase.
        ("hon bor på hagby allé 27, lgh 1102", "27", "[nr]"),
    ],
)
def test_the_house_number_is_removed(text: str, gone: str, placeholder: str) -> None:
    out = redact(text)
    assert out is not None
    assert placeholder in out
    assert f" {gone}" not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bråk vid entrén i Sal 3.", "Sal 3."),
        ("Möte på Plan 2, kommunhuset", "Plan 2,"),
        ("Laget spelar i Division 4 i år", "4 i år"),  # a count after the number
        ("Rån i Sveaparken 2", "Sveaparken 2"),
        ("Ofredande på Roslagsexpressen 8.", "Roslagsexpressen 8."),
        ("Viltolycka på Riksäg 56", "Riksäg 56"),  # a road typed without its v
        ("Larm på fritidsgården i Tallbacka 20-22.", "Tallbacka 20-22."),  # a time range
        ("Öppet hus på Lördag 14.", "Lördag 14."),
        ("Festen i Tallbacka 3 gånger i veckan", "Tallbacka 3 gånger"),
        ("Skadegörelse på Centralstationen 4.", "Centralstationen 4."),
        # In the middle of a clause a place and a number are no address: `i Tallbacka 2 bilar`.
        ("Brand i Tallbacka 2 bilar förstörda", "Tallbacka 2 bilar"),
        ("Det hände på Solberga 4 eller 5 gånger", "Solberga 4 eller"),
    ],
)
def test_a_numbered_look_alike_stays(text: str, kept: str) -> None:
    out = redact(text)
    assert out is not None
    assert kept in out


def test_a_one_word_village_road_still_counts() -> None:
    """`Byvägen 98` and `Byväg 12` are streets on their own, with or without a place before them."""
    for text in ("larm Byvägen 98 A, dörr uppbruten", "gården på byvägen 109 har en bil", "Byväg 12."):
        out = redact(text)
        assert out is not None
        assert "[nr]" in out, text
