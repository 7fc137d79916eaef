"""Presentationsläge's three views (the weekly trend, this week's categories, the shared map) and their
PNG downloads, each built only when it is asked for: the page draws the one view on screen, and a PNG
is drawn when its button is clicked (Streamlit runs a callable `data` on its own thread, so the
callables carry the page's kommun and take it up again, as `dashboard.downloads` does).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import analysis_data, data, trends
from dashboard.downloads import in_kommun
from dashboard.selection import Selection
from lagesbild import weeks

TREND_HEIGHT = 250
CATEGORY_HEIGHT = 225
FLAG_LINE = 30
MAX_FLAG_LINES = 3  # more would push the chart off a 720-pixel screen


@dataclass(frozen=True)
class Shown:
    """What the presentation shows: one area, one week, a trend over `span` weeks, reviewed or all."""

    url: str
    area: str
    week: str
    span: int
    reviewed: bool

    @property
    def first_week(self) -> str:
        return weeks.shift_week(self.week, -(self.span - 1))

    @property
    def map_from(self) -> str:
        return weeks.shift_week(self.week, -3)

    def selection(self) -> Selection:
        return Selection(self.first_week, self.week, (self.area,), reviewed_only=self.reviewed)


@dataclass(frozen=True)
class Trend:
    """The trend view: the weekly series (empty: no incidents), this week's flagged changes, the chart
    (None without incidents) and how many flags did not fit below it."""

    series: pd.DataFrame
    flags: pd.DataFrame
    chart: Any
    more: int


def trend_series(shown: Shown) -> pd.DataFrame:
    """The area's weekly counts over the span and a year before it (the flags' seasonal check)."""
    history = analysis_data.history_from(shown.url, shown.first_week, 53)
    return data.weekly_series(shown.url, shown.selection().weeks(history))


def trend(shown: Shown) -> Trend:
    """The area's incidents per week over the span with this week's flags (cached reads), as a chart."""
    from dashboard import charts

    url, week, first_week = shown.url, shown.week, shown.first_week
    series = trend_series(shown)
    changes = analysis_data.changes(url, shown.selection())
    this_week = changes[(changes["iso_week"] == week) & (changes["flag"] != "")] if len(changes) else changes
    shown_flags = this_week.head(MAX_FLAG_LINES)
    more = len(this_week) - len(shown_flags)
    if series.empty:
        return Trend(series, shown_flags, None, more)
    available = data.weeks_in_data(url)
    totals = trends.weekly_totals(series, first_week, week, available[0] if available else first_week)
    bands = trends.incomplete_weeks(analysis_data.week_completeness(url, first_week, week), first_week, week)
    markers = trends.seasonal_markers(weeks.week_start(first_week), weeks.week_range(week)[1])
    flags = trends.flag_markers(changes, totals)
    # Each flag spelt out below takes a line: the chart gives up the room (fits 720 pixels).
    height = max(TREND_HEIGHT - FLAG_LINE * (len(shown_flags) + (more > 0)), 150)
    chart = charts.trend_chart(totals, markers, flags, bands, height, legend_orient="right")
    return Trend(series, shown_flags, chart, more)


def categories(shown: Shown) -> tuple[pd.DataFrame, Any]:
    """(this week per category against the 4-week mean, its chart; None when there is nothing)."""
    from dashboard import charts

    table, _ = data.weekly_picture(shown.url, shown.week, (shown.area,), shown.reviewed)
    comparison = trends.category_comparison(table, shown.area, data.category_label_map(shown.url))
    return comparison, None if comparison.empty else charts.category_chart(comparison, height=CATEGORY_HEIGHT)


def trend_title(shown: Shown) -> str:
    return f"{shown.area}: händelser per vecka"


def categories_title(shown: Shown) -> str:
    return f"{shown.area}: {weeks.human_week(shown.week)} per kategori"


def _png(chart: Any, title: str) -> bytes:
    from dashboard import charts

    png = analysis_data.chart_png(charts.to_spec(chart, title=title))
    if png is None:
        raise RuntimeError("PNG-export kräver paketet vl-convert-python på servern.")
    return png


def trend_png(shown: Shown, kommun: str | None = None) -> bytes:
    """The trend as a PNG drawn on the server (vl-convert); no incidents: the empty chart's title."""
    with in_kommun(kommun, None):
        chart = trend(shown).chart
        if chart is None:
            raise RuntimeError(f"Inga händelser i {shown.area} under perioden.")
        return _png(chart, trend_title(shown))


def categories_png(shown: Shown, kommun: str | None = None) -> bytes:
    with in_kommun(kommun, None):
        _, chart = categories(shown)
        if chart is None:
            raise RuntimeError("Inga händelser denna vecka eller de fyra veckorna innan.")
        return _png(chart, categories_title(shown))


def map_png(shown: Shown, kommun: str | None = None) -> bytes:
    """The shared view of the area over the last four weeks, drawn with matplotlib."""
    with in_kommun(kommun, None):
        return analysis_data.area_map_png(shown.url, shown.area, shown.map_from, shown.week)


def deferred(build: Any, shown: Shown, kommun: str | None) -> functools.partial[bytes]:
    """A no-argument callable for `st.download_button(data=…)`: the PNG is drawn on click."""
    return functools.partial(build, shown, kommun)


def on_screen(chart: Any) -> Any:
    """The chart in the projector's large type (the PNGs keep the normal type)."""
    from dashboard import charts

    return charts.large_type(chart)
