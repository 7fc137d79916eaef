"""What the weekly PDF shows, gathered from the shared layer and reviewed-only aggregates.

Incidents come only from `shared.shared_incidents` (reviewed, counted once, redacted, generalised);
counts from aggregate queries with `reviewed_only=True`. Free text typed in the dashboard (status
comments, who decided) is redacted here. Page composition is in `lagesbild.report.week`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
from shapely.geometry.base import BaseGeometry
from sqlalchemy import Engine

from lagesbild import queries, review_queries, settings, weekly
from lagesbild.analysis.completeness import LOOKBACK_WEEKS, WeekBasis, week_basis
from lagesbild.errors import UserInputError
from lagesbild.history_counts import history_counts
from lagesbild.privacy.shared import (
    listable,
    reporter_register,
    shared_events,
    shared_incidents,
    shared_measures,
    shared_reporter_names,
    shared_reporters,
    shared_statuses,
)
from lagesbild.report.layout import clean, free_text
from lagesbild.swedish import date_text, swedish_key
from lagesbild.vocabulary import Flag, ReviewState
from lagesbild.weeks import TZ, parse_week, previous_weeks, week_range

TREND_WEEKS = 12
SOURCE_WEEKS = 8
UPCOMING_DAYS = 14
MAX_NOTABLE = 8


@dataclass
class AreaWeek:
    """Everything one area page shows, already safe to share."""

    name: str
    kommun: str
    population: int | None
    geometry: BaseGeometry
    table: pd.DataFrame  # label, sensitive, count, last_week, mean_4w, flag
    total: int
    last_total: int
    mean_total: float
    status: str
    decided: bool
    status_text: str
    status_note: str
    points: pd.DataFrame  # east, north, count
    without_point: int
    trend: pd.Series  # total per week, TREND_WEEKS weeks ending with the report week
    notable: pd.DataFrame  # date, label, sources, place, description
    listed_total: int
    upcoming: pd.DataFrame  # event_date, title, description, organisation
    measures: pd.DataFrame  # title, category_label, status, start_date, end_date, responsible


@dataclass
class WeeklyData:
    week: str
    kommun: str
    produced: dt.datetime
    grid_m: int
    areas: list[AreaWeek]
    other_geometries: dict[str, BaseGeometry]
    kommun_upcoming: pd.DataFrame
    reporting: pd.DataFrame  # organisation, source, count (this week)
    silent: pd.DataFrame  # organisation, source, last_week
    review: dict[str, int]
    sensitive_labels: list[str]
    basis: WeekBasis | None = None
    notes: list[str] = field(default_factory=list)


def select_areas(engine: Engine, areas: list[str] | None, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """The chosen areas (all when none are named) in order; `frame`: `queries.areas_frame` if already read."""
    frame = queries.areas_frame(engine) if frame is None else frame
    if areas:
        unknown = [a for a in areas if a not in set(frame["name"])]
        if unknown:
            known = ", ".join(sorted(frame["name"], key=swedish_key)) or "inga"
            raise UserInputError(f"Okänt område: {', '.join(unknown)}. Områden i databasen: {known}")
        order = {name: k for k, name in enumerate(dict.fromkeys(areas))}
        frame = frame[frame["name"].isin(order)].copy()
        frame["_order"] = frame["name"].map(order)
    else:
        frame = frame.copy()
        frame["_order"] = frame["name"].map(swedish_key)
    return frame.sort_values("_order").drop(columns="_order").reset_index(drop=True)


def _status(name: str, decided: pd.DataFrame, suggested: pd.DataFrame) -> tuple[str, bool, str, str]:
    row = suggested[suggested["area"] == name].iloc[0]
    reason = f"Underlag: {row['reason']}."
    mine = decided[decided["area"] == name]
    if not mine.empty:
        first = mine.iloc[0]
        status = str(first["status"])
        who = free_text(first["decided_by"])
        when = pd.Timestamp(first["decided_at"]).tz_convert(TZ)
        text = f"Status: {status} – beslutad {date_text(when, short=True)}" + (f" av {who}" if who else "")
        comment = free_text(first["comment"])
        note = (f"Kommentar: {comment}  " if comment else "") + reason
        return status, True, text, note
    status = str(row["status"])
    return status, False, f"Status: {status} – förslag (ej beslutat)", reason


def _notable(part: pd.DataFrame, sensitive: frozenset[str], flagged: set[str]) -> pd.DataFrame:
    """Up to MAX_NOTABLE listable incidents: serious first, then flagged categories, several sources."""
    listed = listable(part)
    listed = listed[~listed["category"].isin(sensitive)].copy()
    listed["rank"] = (
        listed["category"].isin(weekly.SERIOUS).astype(int) * 4
        + listed["category"].isin(flagged).astype(int) * 2
        + listed["sources"].astype(str).str.contains(",").astype(int)
    )
    listed = listed.sort_values(["rank", "date"], ascending=[False, False]).head(MAX_NOTABLE)
    return listed.sort_values("date").reset_index(drop=True)


def basis_weeks(week: str) -> list[str]:
    """The weeks whose reports `basis_of` reads: the baseline's history and the completeness lookback."""
    return sorted({*weekly.history_weeks(week), *previous_weeks(week, LOOKBACK_WEEKS)})


def basis_of(
    engine: Engine, week: str, now: dt.datetime | None = None, reports: pd.DataFrame | None = None
) -> tuple[WeekBasis, list[str]]:
    """The week's basis (who reported, is it complete) and the weeks with any report (the weeks a
    baseline may use), from every report received, reviewed or not. `reports`:
    `queries.reporting_organisations` for `basis_weeks(week)` if already read."""
    if reports is None:
        reports = queries.reporting_organisations(engine, basis_weeks(week))
    covered = sorted(set(reports.loc[reports["count"] > 0, "iso_week"]))
    basis = week_basis(
        reports, week, now=now or dt.datetime.now(TZ), grace_days=settings.get_int("complete_grace_days")
    )
    # Judged on the real reporters, named as the privacy gate allows (the report is a shared output).
    return basis.named(shared_reporter_names(reports, reporter_register(engine))), covered


def collect_weekly(engine: Engine, week: str, areas: list[str] | None = None) -> WeeklyData:
    """Gather the week's shareable content: shared layer and reviewed-only aggregates."""
    parse_week(week)
    start, end = week_range(week)
    grid_m = settings.get_int("grid_m")
    every_area = queries.areas_frame(engine)
    chosen = select_areas(engine, areas, every_area)  # the same frame: read it once
    names = list(chosen["name"])
    taxonomy = queries.taxonomy(engine)
    label_of, sensitive, order = taxonomy.label_of, taxonomy.sensitive_codes, taxonomy.order

    previous = previous_weeks(week, 4)
    read_weeks = basis_weeks(week)
    reports = queries.reporting_organisations(engine, read_weeks)
    basis, covered = basis_of(engine, week, reports=reports)
    counts = history_counts(engine, weekly.history_weeks(week), names or None, reviewed_only=True)
    table = weekly.area_category_table(counts, week, previous, covered=covered)
    reason = basis.reason()
    insufficient = dict.fromkeys(names, reason) if reason else {}
    suggested = weekly.suggested_status(table, names, label_of, insufficient=insufficient)
    decided = shared_statuses(queries.area_statuses(engine, week).drop_duplicates("area", keep="first"))
    trend_weeks = [*previous_weeks(week, TREND_WEEKS - 1), week]
    series = queries.weekly_series(engine, trend_weeks[0], week, areas=names or None, reviewed_only=True)
    trend = series.groupby(["area", "iso_week"])["count"].sum() if not series.empty else pd.Series(dtype=int)
    shared = shared_incidents(engine, start, end, areas=names or None, grid_m=grid_m)
    register = reporter_register(engine)
    upcoming = shared_events(
        queries.upcoming(
            engine,
            end + dt.timedelta(days=1),
            end + dt.timedelta(days=UPCOMING_DAYS),
            areas=names or None,
            reviewed_only=True,
        ),
        register,
    )
    active = shared_measures(queries.measures(engine, areas=names or None, active_on=start))

    pages: list[AreaWeek] = []
    for area in chosen.itertuples(index=False):
        name = str(area.name)
        part = table[table["area"] == name].copy()
        part = part[(part["count"] > 0) | (part["last_week"] > 0) | (part["mean_4w"] > 0)]
        part["label"] = part["category"].map(lambda code: label_of.get(code, code))
        part["sensitive"] = part["category"].isin(sensitive)
        part["order"] = part["category"].map(lambda code: order.get(code, 999))
        part = part.sort_values(["count", "mean_4w", "order"], ascending=[False, False, True])
        flagged = set(part.loc[part["flag"] == Flag.RISE, "category"])
        status, is_decided, status_text, status_note = _status(name, decided, suggested)
        incidents = shared[shared["area"] == name]
        located = incidents[incidents["east"].notna() & incidents["north"].notna()]
        points = (
            located.groupby(["east", "north"]).size().rename("count").reset_index()
            if not located.empty
            else pd.DataFrame(columns=["east", "north", "count"])
        )
        per_week = trend.loc[name] if name in trend.index.get_level_values(0) else pd.Series(dtype=int)
        pages.append(
            AreaWeek(
                name=name,
                kommun=str(area.kommun),
                population=int(area.population) if pd.notna(area.population) else None,
                geometry=area.geometry,
                table=part[["label", "sensitive", "count", "last_week", "mean_4w", "flag"]],
                total=int(part["count"].sum()),
                last_total=int(part["last_week"].sum()),
                mean_total=float(part["mean_4w"].sum()),
                status=status,
                decided=is_decided,
                status_text=status_text,
                status_note=status_note,
                points=points,
                without_point=len(incidents) - len(located),
                trend=per_week.reindex(trend_weeks, fill_value=0).astype(int),
                notable=_notable(incidents, sensitive, flagged),
                listed_total=len(listable(incidents)),
                upcoming=upcoming[upcoming["area"] == name],
                measures=active[active["area"] == name],
            )
        )

    source_weeks = [*previous_weeks(week, SOURCE_WEEKS), week]
    if set(source_weeks) <= set(read_weeks):  # the same rows as a query for these weeks, read once
        sources = reports[reports["iso_week"].isin(source_weeks)].reset_index(drop=True)
    else:
        sources = queries.reporting_organisations(engine, source_weeks)
    orgs = shared_reporters(sources, register)
    now = orgs[orgs["iso_week"] == week].groupby(["organisation", "source"], as_index=False)["count"].sum()
    before = (
        orgs[orgs["iso_week"] != week].groupby(["organisation", "source"], as_index=False)["iso_week"].max()
    )
    silent = before.merge(now[["organisation", "source"]], how="left", indicator=True)
    silent = silent[silent["_merge"] == "left_only"].rename(columns={"iso_week": "last_week"})
    review = review_queries.review_counts(engine, week, areas=names if areas else None)
    review_totals = {
        "received": int(review["reports"].sum()),
        "duplicates": int(review["duplicates"].sum()),
        "reviewed": int(review.loc[review["review_status"] == ReviewState.REVIEWED, "reports"].sum()),
        "reviewed_duplicates": int(
            review.loc[review["review_status"] == ReviewState.REVIEWED, "duplicates"].sum()
        ),
    }
    review_totals["waiting"] = int(
        review.loc[review["review_status"] == ReviewState.RECEIVED, "reports"].sum()
    )
    return WeeklyData(
        week=week,
        kommun=clean(settings.get("kommun")),
        produced=dt.datetime.now(TZ),
        grid_m=grid_m,
        areas=pages,
        other_geometries=dict(zip(every_area["name"], every_area.geometry, strict=True)),
        kommun_upcoming=upcoming[upcoming["area"].isna()],
        reporting=now.sort_values(["source", "organisation"]).reset_index(drop=True),
        silent=silent[["organisation", "source", "last_week"]].sort_values(["source", "organisation"]),
        review=review_totals,
        sensitive_labels=taxonomy.sensitive_labels,
        basis=basis,
    )
