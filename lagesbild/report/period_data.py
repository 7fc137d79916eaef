"""What the tertial and annual report shows, gathered without personal data.

Sources, all reviewed-only and counting each incident once (`duplicate_of IS NULL`): aggregate
queries only — counts per day × area × category, per weekday × hour, per grid cell (the shared
map's generalisation: `LAGESBILD_GRID_M` cells kept inside their own area by
`generalisation.clip_cells`, non-sensitive categories only, kommun centroids never a point), decided
area statuses and reports per organisation. No incident row and no incident text is read.
Insatser and data completeness: `lagesbild.report.period_followup` (free text typed in the dashboard
is redacted there); periods: `lagesbild.report.period_dates`. Page composition:
`lagesbild.report.period`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Engine

from lagesbild import data_range, period_queries, queries, review_queries, settings, weekly
from lagesbild.analysis.change import detect_changes
from lagesbild.analysis.hotspots import HOT95, HOT99, hotspots
from lagesbild.categories import Taxonomy
from lagesbild.errors import UserInputError
from lagesbild.privacy.shared import shared_grid_counts
from lagesbild.reference import load_reference
from lagesbild.report.layout import clean
from lagesbild.report.period_dates import months_of, period_weeks, year_earlier
from lagesbild.report.period_followup import MeasureFollowUp, collect_completeness, collect_measures
from lagesbild.report.week_data import select_areas
from lagesbild.swedish import week_list
from lagesbild.vocabulary import AreaStatus, Flag, ReviewState
from lagesbild.weeks import TZ, week_label, week_range, week_start

HISTORY_WEEKS = 60  # weeks before the period that change detection may use (a year plus its baselines)
TREND_ALPHA = 0.05
TIME_BANDS = 8  # 3-hour bands: 00–03, 03–06, …, 21–24
CELL_COLUMNS = ["area", "east", "north", "count", "class", "label", "geometry"]


# --------------------------------------------------------------------------- data


@dataclass
class AreaPeriod:
    """Everything the two pages of one area show, already safe to share."""

    name: str
    kommun: str
    population: int | None
    geometry: BaseGeometry
    total: int
    last_total: int
    trend: str  # "ökning", "minskning" or "" (against the same period last year)
    trend_p: float
    red_weeks: int
    yellow_weeks: int
    green_weeks: int
    categories: pd.DataFrame  # code, label, sensitive, count, last_year, flag, p
    months: list[tuple[int, int]]
    monthly: pd.DataFrame  # index (year, month) of the period; columns this, last (totals)
    category_monthly: pd.DataFrame  # index category code; columns the period's months; this year's counts
    category_monthly_last: pd.DataFrame  # the same months a year earlier
    changes: list[str]  # Swedish lines on the flagged weeks of the period
    changes_total: int
    cells: pd.DataFrame  # east, north, count, class, label, geometry (hotspot grid, non-sensitive only)
    places: pd.DataFrame  # label, count, share, cells, best
    located: int  # non-sensitive incidents with a point (counted in a grid cell)
    listed: int  # non-sensitive incidents
    landmarks: pd.DataFrame  # name, east, north (public places of the area)
    time_grid: np.ndarray  # 7 weekdays × TIME_BANDS bands
    timed: int
    rated: bool = True  # False when the data begin after the period starts: no rate over empty weeks

    @property
    def rate(self) -> float | None:
        return weekly.per_thousand(self.total, self.population) if self.rated else None

    @property
    def last_rate(self) -> float | None:
        return weekly.per_thousand(self.last_total, self.population)


@dataclass
class PeriodData:
    title: str
    start: dt.date
    end: dt.date
    covered_end: dt.date  # the last day with data (end, unless the report is made during the period)
    last_start: dt.date
    last_end: dt.date  # the same days last year as the period up to covered_end
    weeks: list[str]
    judged_weeks: list[str]  # the period's whole weeks with data: weekly checks and completeness
    kommun: str
    produced: dt.datetime
    grid_m: int
    areas: list[AreaPeriod]  # in order of need (see rank_key)
    other_geometries: dict[str, BaseGeometry]
    has_last_year: bool
    categories: pd.DataFrame  # all chosen areas: code, label, sensitive, count, last_year, flag, p
    measures: list[MeasureFollowUp]
    review: dict[str, int]
    completeness: pd.DataFrame  # organisation, source, expected, reported, missing (week text)
    incomplete_weeks: int
    irregular: int  # organisations that report now and then and are never counted as missing
    sensitive_labels: list[str]
    covered_start: dt.date | None = None  # the first day with data, when later than start; else None
    has_data: bool = True
    notes: list[str] = field(default_factory=list)


def compare(now: int, before: int, days_now: int, days_before: int) -> tuple[str, float]:
    """Rise or fall against the same period last year: exact conditional test of two Poisson counts
    (now | now + before is binomial with the share of days of the period)."""
    n = now + before
    if n == 0:
        return "", 1.0
    p = float(stats.binomtest(now, n, days_now / (days_now + days_before)).pvalue)
    if p < TREND_ALPHA and now * days_before > before * days_now and now >= weekly.MIN_COUNT_FOR_RISE:
        return Flag.RISE.value, p
    if p < TREND_ALPHA and now * days_before < before * days_now:
        return Flag.FALL.value, p
    return "", p


def rank_key(area: AreaPeriod) -> tuple[int, float, int, int]:
    """Most need first: incidents per 1,000 inhabitants, then weeks decided red, then the count."""
    rate = area.rate
    return (rate is None, -(rate or 0.0), -area.red_weeks, -area.total)


def _category_table(
    now: pd.DataFrame, before: pd.DataFrame, taxonomy: Taxonomy, days: tuple[int, int], comparable: bool
) -> pd.DataFrame:
    """Per category: the period, last year, and ökning/minskning when last year can be compared."""
    table = taxonomy.frame().rename(columns={"code": "category"})
    table["count"] = table["category"].map(now.groupby("category")["count"].sum()).fillna(0).astype(int)
    table["last_year"] = (
        table["category"].map(before.groupby("category")["count"].sum()).fillna(0).astype(int)
    )
    table = table[(table["count"] > 0) | (table["last_year"] > 0)].copy()
    tests = [
        compare(int(x), int(y), *days) if comparable else ("", 1.0)
        for x, y in zip(table["count"], table["last_year"], strict=True)
    ]
    table["flag"] = [t[0] for t in tests]
    table["p"] = [t[1] for t in tests]
    table["order"] = range(len(table))
    table = table.sort_values(["count", "last_year", "order"], ascending=[False, False, True])
    return table[["category", "label", "sensitive", "count", "last_year", "flag", "p"]].reset_index(drop=True)


def _changes(changes: pd.DataFrame, area: str, labels: dict[str, str]) -> list[str]:
    """One line per category and direction: the flagged weeks and the latest explanation."""
    part = changes[(changes["area"] == area) & (changes["flag"] != "")]
    lines: list[tuple[int, int, str]] = []
    for (category, flag), rows in part.groupby(["category", "flag"], sort=False):
        rows = rows.sort_values("iso_week")
        latest = rows.iloc[-1]
        head = f"{labels.get(str(category), str(category))}, {flag} ({week_list(list(rows['iso_week']))})"
        text = f"{head}. Senast vecka {int(str(latest['iso_week']).split('W')[1])}: {latest['explanation']}"
        lines.append((0 if flag == Flag.RISE else 1, -len(rows), text))
    return [text for *_, text in sorted(lines)]


def _places(cells: pd.DataFrame, located: int) -> pd.DataFrame:
    columns = ["label", "count", "share", "cells", "best"]
    busy = cells[cells["count"] > 0]
    if busy.empty:
        return pd.DataFrame(columns=columns)
    rank = {HOT99: 0, HOT95: 1}
    grouped = busy.assign(_rank=busy["class"].map(rank).fillna(2)).groupby("label", sort=False)
    places = pd.DataFrame(
        {
            "count": grouped["count"].sum(),
            "cells": grouped.size(),
            "best": grouped["_rank"].min().map({0: HOT99, 1: HOT95}).fillna(""),
        }
    ).reset_index()
    places["share"] = places["count"] / max(located, 1)
    return places.sort_values(["count", "label"], ascending=[False, True])[columns].reset_index(drop=True)


def _time_grid(counts: pd.DataFrame) -> np.ndarray:
    grid = np.zeros((7, TIME_BANDS), dtype=int)
    for row in counts.itertuples(index=False):
        grid[int(row.weekday) - 1, int(row.hour) // (24 // TIME_BANDS)] += int(row.count)
    return grid


@dataclass
class _Context:
    """What every area page is built from (already fetched)."""

    now: pd.DataFrame  # daily counts in the period (up to covered_end)
    before: pd.DataFrame  # daily counts on the same days last year
    days: tuple[int, int]
    has_last_year: bool
    taxonomy: Taxonomy
    months: list[tuple[int, int]]
    changes: pd.DataFrame
    statuses: pd.DataFrame
    grid: pd.DataFrame  # cell counts kept inside their area
    cells: pd.DataFrame  # hotspot grid
    public: pd.DataFrame
    timing: pd.DataFrame


def _monthly(frame: pd.DataFrame, months: list[tuple[int, int]], shift: int) -> pd.DataFrame:
    """Daily counts → category × month of the period (last year's counts moved `shift` years on)."""
    keyed = frame.assign(month=[(d.year + shift, d.month) for d in frame["occurred_date"]])
    wide = keyed.pivot_table(index="category", columns="month", values="count", aggfunc="sum")
    return wide.reindex(columns=months).fillna(0).astype(int)


def _area_page(area: Any, c: _Context) -> AreaPeriod:
    name = str(area.name)
    mine, mine_before = c.now[c.now["area"] == name], c.before[c.before["area"] == name]
    total, last_total = int(mine["count"].sum()), int(mine_before["count"].sum())
    trend, trend_p = compare(total, last_total, *c.days) if c.has_last_year else ("", 1.0)
    table = _category_table(mine, mine_before, c.taxonomy, c.days, c.has_last_year)
    per_category, per_category_before = _monthly(mine, c.months, 0), _monthly(mine_before, c.months, 1)
    status_counts = c.statuses.loc[c.statuses["area"] == name, "status"].value_counts()
    cells = c.cells[c.cells["area"] == name] if len(c.cells) else c.cells
    located = int(c.grid.loc[c.grid["area"] == name, "count"].sum()) if len(c.grid) else 0
    timing = c.timing[c.timing["area"] == name]
    flagged = c.changes[(c.changes["area"] == name) & (c.changes["flag"] != "")]
    return AreaPeriod(
        name=name,
        kommun=str(area.kommun),
        population=int(area.population) if pd.notna(area.population) else None,
        geometry=area.geometry,
        total=total,
        last_total=last_total,
        trend=trend,
        trend_p=trend_p,
        red_weeks=int(status_counts.get(AreaStatus.RED, 0)),
        yellow_weeks=int(status_counts.get(AreaStatus.YELLOW, 0)),
        green_weeks=int(status_counts.get(AreaStatus.GREEN, 0)),
        categories=table,
        months=c.months,
        monthly=pd.DataFrame({"this": per_category.sum(axis=0), "last": per_category_before.sum(axis=0)}),
        category_monthly=per_category,
        category_monthly_last=per_category_before,
        changes=_changes(flagged, name, c.taxonomy.label_of),
        changes_total=len(flagged),
        cells=cells,
        places=_places(cells, located),
        located=located,
        listed=int(mine.loc[~mine["category"].isin(c.taxonomy.sensitive_codes), "count"].sum()),
        landmarks=c.public.loc[c.public["area"] == name, ["name", "east", "north"]].reset_index(drop=True),
        time_grid=_time_grid(timing),
        timed=int(timing["count"].sum()),
    )


def _places_grid(
    engine: Engine, start: dt.date, end: dt.date, chosen: pd.DataFrame, open_codes: list[str], grid_m: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Cell counts of reviewed, non-sensitive incidents with a point, kept inside their own area (as the
    shared map does), the Gi* hotspot grid over them and the public places of the gazetteer."""
    with engine.connect() as conn:
        reference = load_reference(conn)
    public = reference.places[reference.places["public"].fillna(False).astype(bool)]
    names = list(chosen["name"])
    if not open_codes or not names:
        return (
            pd.DataFrame(columns=["area", "east", "north", "count"]),
            pd.DataFrame(columns=CELL_COLUMNS),
            public,
        )
    grid = shared_grid_counts(engine, start, end, grid_m, reference.areas, names, open_codes)
    if grid.empty:
        return grid, pd.DataFrame(columns=CELL_COLUMNS), public
    counts = grid["count"].to_numpy(int)
    points = pd.DataFrame(
        {
            "east": np.repeat(grid["east"].to_numpy(float), counts),
            "north": np.repeat(grid["north"].to_numpy(float), counts),
        }
    )
    cells = hotspots(points, chosen[["name", "geometry"]], cell_size=grid_m, gazetteer=reference.places)
    return grid, cells, public


def collect_period(
    engine: Engine, start: dt.date, end: dt.date, title: str, areas: list[str] | None = None
) -> PeriodData:
    """Gather the period's shareable content from reviewed-only aggregate queries.

    When the data stop before the period ends (a report made during the period), everything is judged
    on the days with data: the same days last year, whole weeks only for the weekly checks and the
    completeness, and the insatser up to the last whole week.
    """
    if end < start:
        raise UserInputError("Periodens slut ligger före dess början")
    grid_m = settings.get_int("grid_m")
    every_area = queries.areas_frame(engine)
    chosen = select_areas(engine, areas)
    names = list(chosen["name"])
    taxonomy = queries.taxonomy(engine)
    weeks = period_weeks(start, end)
    first_in_data, last_in_data = data_range.week_range_in_data(engine)
    history = week_label(week_start(weeks[0]) - dt.timedelta(weeks=HISTORY_WEEKS))
    history = min(max(history, first_in_data or history), weeks[0])
    last_start = year_earlier(start)
    daily = period_queries.daily_counts(
        engine,
        min(week_start(history), last_start),
        max(end, week_range(weeks[-1])[1]),
        areas=names or None,
        reviewed_only=True,
    )
    now = daily[(daily["occurred_date"] >= start) & (daily["occurred_date"] <= end)]
    covered = end
    if last_in_data is not None and week_range(last_in_data)[1] < end and len(now):
        covered = max(now["occurred_date"])
    judged = weeks if covered == end else [w for w in weeks if week_range(w)[1] <= covered]
    # Data that begin inside the period (a kommun that started in week 16): the period's figures
    # cover only the weeks from then on, and the cover says so.
    covered_start = None
    if first_in_data is not None and week_start(first_in_data) > start:
        covered_start = week_start(first_in_data)
        judged = [w for w in judged if w >= first_in_data]
    now = now[now["occurred_date"] <= covered]
    last_end = year_earlier(covered)
    before = daily[(daily["occurred_date"] >= last_start) & (daily["occurred_date"] <= last_end)]
    weekly_counts = daily.groupby(["iso_week", "area", "category"], as_index=False)["count"].sum()
    changes = pd.DataFrame(columns=["iso_week", "area", "category", "flag", "explanation"])
    if not weekly_counts.empty and names and judged:
        changes = detect_changes(
            weekly_counts,
            first_week=history,
            last_week=judged[-1],
            areas=names,
            categories=sorted(set(weekly_counts["category"])),
            labels=taxonomy.label_of,
        )
        changes = changes[changes["iso_week"].isin(set(judged))]
    statuses = period_queries.area_statuses_between(engine, weeks[0], weeks[-1])
    statuses = statuses[statuses["iso_week"].isin(set(weeks))].drop_duplicates(["area", "iso_week"])
    open_codes = taxonomy.open_codes
    grid, cells, public = _places_grid(engine, start, covered, chosen, open_codes, grid_m)
    context = _Context(
        now=now,
        before=before,
        days=((covered - start).days + 1, (last_end - last_start).days + 1),
        has_last_year=first_in_data is not None and week_start(first_in_data) <= last_start,
        taxonomy=taxonomy,
        months=months_of(start, end),
        changes=changes,
        statuses=statuses,
        grid=grid,
        cells=cells,
        public=public,
        timing=period_queries.hour_weekday_counts_between(
            engine, start, covered, areas=names or None, categories=open_codes, reviewed_only=True
        ),
    )
    pages = [_area_page(area, context) for area in chosen.itertuples(index=False)]
    for page in pages:
        page.rated = covered_start is None
    pages.sort(key=rank_key)
    review = review_queries.review_counts_between(engine, start, end, areas=names if areas else None)
    granskad = review["review_status"] == ReviewState.REVIEWED
    completeness, incomplete, irregular = collect_completeness(engine, judged)
    return PeriodData(
        title=clean(title),
        start=start,
        end=end,
        covered_end=covered,
        last_start=last_start,
        last_end=last_end,
        weeks=weeks,
        judged_weeks=judged,
        kommun=clean(settings.get("kommun")),
        produced=dt.datetime.now(TZ),
        grid_m=grid_m,
        areas=pages,
        other_geometries=dict(zip(every_area["name"], every_area.geometry, strict=True)),
        has_last_year=context.has_last_year,
        categories=_category_table(now, before, taxonomy, context.days, context.has_last_year),
        measures=collect_measures(
            engine,
            names,
            list(every_area["name"]),
            start,
            end,
            judged[-1] if judged else None,
            taxonomy.label_of,
        ),
        review={
            "received": int(review["reports"].sum()),
            "duplicates": int(review["duplicates"].sum()),
            "reviewed": int(review.loc[granskad, "reports"].sum()),
            "reviewed_duplicates": int(review.loc[granskad, "duplicates"].sum()),
            "waiting": int(review.loc[review["review_status"] == ReviewState.RECEIVED, "reports"].sum()),
        },
        completeness=completeness,
        incomplete_weeks=incomplete,
        irregular=irregular,
        sensitive_labels=taxonomy.sensitive_labels,
        covered_start=covered_start,
        has_data=bool(len(now)),
    )
