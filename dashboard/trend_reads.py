"""Trender's reads before its first content (`read`: the weekly series, the change detection and the
week completeness of a selection, all cached) and the server's warming of them (`warm_trender`): after a
start `dashboard.server` reads them, in a quiet moment, for the selection the page opens on
(`trend_defaults`) in each kommun scope a first page can run in (`first_scopes`). Trender's first
visit then finds them in the shared cache (`st.cache_data`, keyed on the selection and the kommun)
instead of computing them (0.2–0.3 s of CPU on the sample data).

The page and the warming call the same `read` with the same defaults (`TREND_SPAN`), and
tests/test_trend_reads.py checks that the page's first run after a warming computes none of them. A
visitor who changes the selection, or comes after the caches' TTL, computes them as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard import analysis_data, data, trends
from dashboard.selection import Selection
from lagesbild import queries, weeks

TREND_SPANS = [8, 13, 26, 52, 104]  # Trender's period picker: weeks up to the chosen week
TREND_SPAN = 26  # and the span it opens on
MAX_SCOPES = 8  # kommuner warmed after a start at most (each ~1 MB of cache and 0.2–0.3 s of CPU)


@dataclass(frozen=True)
class TrendView:
    """What Trender reads for one selection: the period, the weekly series' first week (a year back
    for the comparisons) and the selection itself (its kommun is the one it was made in)."""

    first_week: str
    last_week: str
    series_from: str
    selection: Selection
    shared_view: bool


def trend_view(data_from: str, selection: Selection, shared_view: bool) -> TrendView:
    """The reads of a Trender selection: the series from a year before the period (or the start of
    last year, for year to date), not before the data begin."""
    first_week, last_week = selection.first_week, selection.last_week
    year = weeks.parse_week(last_week)[0]
    series_from = max(data_from, min(trends.same_week_last_year(first_week), f"{year - 1}-W01"))
    return TrendView(first_week, last_week, series_from, selection, shared_view)


@dataclass(frozen=True)
class TrendReads:
    series: pd.DataFrame  # `data.weekly_series` from `series_from` to the last week
    changes: pd.DataFrame  # `analysis_data.changes` of the period
    completeness: pd.DataFrame  # `analysis_data.week_completeness` of the period


def read(url: str, view: TrendView) -> TrendReads | None:
    """The cached reads of a Trender selection; None when the selection has no incidents."""
    selection = view.selection
    series = data.weekly_series(url, selection.weeks(view.series_from))
    if series.empty:
        return None
    changes = analysis_data.changes(url, selection)
    completeness = analysis_data.week_completeness(
        url, view.first_week, view.last_week, selection.sources, view.shared_view
    )
    return TrendReads(series, changes, completeness)


def trend_defaults(url: str) -> TrendView | None:
    """The selection Trender opens on for an internal role (the last complete week, `TREND_SPAN`
    weeks, every area, category and source, reviewed or not) in the current kommun scope; None
    without data."""
    available = data.weeks_in_data(url)
    if not available:
        return None
    last_week = data.default_week(available, url=url)
    first_week = weeks.shift_week(last_week, -(TREND_SPAN - 1))
    return trend_view(available[0], Selection.of(first_week, last_week, data.area_names(url)), False)


def first_scopes(in_database: list[str], login_off: bool, limit: int = MAX_SCOPES) -> list[str | None]:
    """The kommun scopes a first page can open in (`access.kommun_choices`' first choice): without
    login "all kommuner" (None); with login each user's own, so every kommun of the database, by code,
    at most `limit`."""
    if login_off:
        return [None]
    return [*sorted({code for code in in_database if code})[:limit]]


def warm_trender(url: str, kommun: str | None) -> None:
    """Trender's first run's reads for its default selection in one kommun scope."""
    with queries.kommun_scope(kommun):
        view = trend_defaults(url)
        if view is not None:
            read(url, view)
