"""dashboard.trend_reads: the kommun scopes the server warms, the series' first week, and that
Trender's first run after a warming computes none of the reads warmed (and computes them for another
selection)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import streamlit as st
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from dashboard import data, trend_reads
from dashboard.selection import Selection
from lagesbild import analysis, queries
from tests.test_dashboard_truth import APP
from tests.test_trend_breakdown import trends_db  # noqa: F401  (the fixture)


@pytest.mark.parametrize(
    ("in_database", "login_off", "limit", "scopes"),
    [
        ([], True, 8, [None]),
        (["0182", "0480"], True, 8, [None]),  # login off: every page opens on "all kommuner"
        (["0480", "0182"], False, 8, ["0182", "0480"]),  # login on: each user's own, by code
        (["0480", "0182", "0180"], False, 2, ["0180", "0182"]),
        (["0182", ""], False, 8, ["0182"]),
        ([], False, 8, []),
    ],
)
def test_first_scopes(in_database: list[str], login_off: bool, limit: int, scopes: list[str | None]) -> None:
    assert trend_reads.first_scopes(in_database, login_off, limit) == scopes


@pytest.mark.parametrize(
    ("data_from", "first_week", "last_week", "series_from"),
    [
        ("2020-W01", "2026-W22", "2026-W47", "2025-W01"),  # the start of last year comes first
        ("2020-W01", "2026-W01", "2026-W52", "2025-W01"),
        ("2020-W01", "2025-W10", "2026-W47", "2024-W10"),  # a long period: a year before its start
        ("2026-W03", "2026-W22", "2026-W47", "2026-W03"),  # never before the data begin
        ("2020-W01", "2026-W53", "2027-W10", "2025-W52"),  # week 53 a year back is week 52
    ],
)
def test_the_series_begins_a_year_back_not_before_the_data(
    data_from: str, first_week: str, last_week: str, series_from: str
) -> None:
    view = trend_reads.trend_view(data_from, Selection(first_week, last_week), False)
    assert (view.first_week, view.last_week, view.series_from) == (first_week, last_week, series_from)


def _recording(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, calls: list[str]) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def record(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, record)


def _first_run_of_trender() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("views/trender.py")  # a fresh visit to /trender: only that page runs
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_trenders_first_run_after_the_warming_computes_none_of_its_reads(
    trends_db: Engine,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    st.cache_data.clear()
    trend_reads.warm_trender(data.db_url(), None)
    calls: list[str] = []
    # What the cached reads run on a miss: the series' query, the change detection, the completeness.
    _recording(monkeypatch, queries, "weekly_series", calls)
    _recording(monkeypatch, analysis, "detect_changes", calls)
    _recording(monkeypatch, analysis, "week_completeness", calls)
    at = _first_run_of_trender()
    assert calls == []
    assert any("Flaggade förändringar" in h.value for h in at.subheader)

    # Another period is another selection: computed on its first run (its series may share a cache entry:
    # both periods' reads begin where the data begin).
    at.select_slider(key="trend-span").set_value(13).run()
    assert not at.exception, [e.value for e in at.exception]
    assert {"detect_changes", "week_completeness"} <= set(calls)
