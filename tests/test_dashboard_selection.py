"""The dashboard's Selection: one frozen, hashable value that keys the cached reads."""

from __future__ import annotations

import dataclasses

import pytest
import streamlit as st

from dashboard.selection import MapOptions, Selection, names_key


def test_selection_is_frozen_and_hashable() -> None:
    chosen = Selection.of("2026-W40", "2026-W47", ["Älta", "Fisksätra"], sources=["polis"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        chosen.first_week = "2026-W41"  # type: ignore[misc]
    same = Selection.of("2026-W40", "2026-W47", ["Fisksätra", "Älta"], [], ["polis"])
    assert chosen == same and hash(chosen) == hash(same)
    assert len({chosen, same, MapOptions(250)}) == 2
    assert chosen.areas == ("Fisksätra", "Älta") and chosen.categories is None


@pytest.mark.parametrize(
    ("values", "key"),
    [(None, None), ([], None), (["b", "a"], ("a", "b")), (("a",), ("a",)), ({"c", "a"}, ("a", "c"))],
)
def test_names_key_is_order_independent(values: object, key: tuple[str, ...] | None) -> None:
    assert names_key(values) == key  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("shared_view", "reviewed_only", "reviewed"),
    [(False, False, False), (False, True, True), (True, False, True), (True, True, True)],
)
def test_counted_folds_the_shared_view_into_reviewed(
    shared_view: bool, reviewed_only: bool, reviewed: bool
) -> None:
    chosen = Selection("2026-W40", "2026-W47", shared_view=shared_view, reviewed_only=reviewed_only)
    assert chosen.reviewed is reviewed
    assert chosen.counted() == Selection("2026-W40", "2026-W47", reviewed_only=reviewed)


def test_weeks_keeps_the_filters() -> None:
    chosen = Selection.of("2026-W40", "2026-W47", ["Älta"], ["klotter"], reviewed_only=True)
    earlier = chosen.weeks("2025-W40")
    assert (earlier.first_week, earlier.last_week) == ("2025-W40", "2026-W47")
    assert (earlier.areas, earlier.categories, earlier.reviewed_only) == (("Älta",), ("klotter",), True)


def test_equal_selections_hit_the_same_cache_entry() -> None:
    calls: list[Selection] = []

    @st.cache_data(show_spinner=False)
    def read(url: str, selection: Selection) -> int:
        calls.append(selection)
        return len(calls)

    first = read("sqlite://", Selection.of("2026-W40", "2026-W47", ["Älta", "Fisksätra"]))
    again = read("sqlite://", Selection.of("2026-W40", "2026-W47", ["Fisksätra", "Älta"], []))
    other = read("sqlite://", Selection.of("2026-W40", "2026-W47", ["Älta"]))
    reviewed = read("sqlite://", Selection.of("2026-W40", "2026-W47", ["Älta"], reviewed_only=True))
    assert (first, again, other, reviewed) == (1, 1, 2, 3)
    assert len(calls) == 3
    read.clear()
