"""The dashboard's core read side: one cached engine, the reference data (weeks, areas,
categories), the weekly picture, series and the map, as cached reads keyed on the database URL and
their arguments (DataFrames out). The analyses and download images are in `dashboard.analysis_data`,
file import, review and every write in `dashboard.intake`; those import this module, not the reverse.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import pandas as pd
import streamlit as st
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from dashboard.caching import scoped_cache
from dashboard.selection import MAX_POINTS, Names, Selection
from dashboard.selection import names_key as names_key  # pages use it from here
from lagesbild import data_range, period_queries, queries, settings, vocabulary, weekly, weeks
from lagesbild.analysis import completeness
from lagesbild.categories import Taxonomy
from lagesbild.db import database_url, display_url, make_engine
from lagesbild.history_counts import history_counts
from lagesbild.schema_upgrade import OutdatedSchema, open_schema
from lagesbild.swedish import kommun_name
from lagesbild.vocabulary import AreaStatus, Source

LOG = logging.getLogger("lagesbild.dashboard")
EMPTY_MESSAGE = "Ingen data ännu – läs in filer under Importera eller kör `make run`."
SOURCE_LABELS: dict[str, str] = {s: s.value.capitalize() for s in Source}
STATUSES = vocabulary.STATUSES
STATUS_MARKS = {  # Streamlit Markdown
    AreaStatus.GREEN: ":green[●]",
    AreaStatus.YELLOW: ":orange[●]",
    AreaStatus.RED: ":red[●]",
    weekly.INSUFFICIENT: ":gray[●]",
}
# A chip with its text, so the status never depends on colour alone (Streamlit Markdown badges).
STATUS_CHIPS = {
    AreaStatus.GREEN: ":green-badge[● grön]",
    AreaStatus.YELLOW: ":orange-badge[● gul]",
    AreaStatus.RED: ":red-badge[● röd]",
    weekly.INSUFFICIENT: ":gray-badge[● otillräckligt underlag]",
    "ej beslutad": ":gray-badge[ej beslutad]",
}
# Cell colours of the status columns in tables (background, text).
STATUS_CELL = {
    AreaStatus.GREEN: ("#2e7d32", "#ffffff"),
    AreaStatus.YELLOW: ("#f2b705", "#222222"),
    AreaStatus.RED: ("#c62828", "#ffffff"),
    weekly.INSUFFICIENT: ("#757575", "#ffffff"),
}
MEASURE_STATUSES = vocabulary.MEASURE_STATUSES
TTL = 300


# --- engine and caches ---------------------------------------------------------------------------


def db_url() -> str:
    return database_url()


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "checkout", _set_rls_kommun)
    open_schema(engine)  # an outdated schema raises OutdatedSchema: not cached, checked again next run
    return engine


def _set_rls_kommun(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """PostgreSQL row-level security (sql/002_row_level_security.sql): every connection the page takes
    carries the page's kommun in `app.kommun`, as `db.scope_to_kommuner` does for a transaction; no
    kommun chosen sets '' (a restricted role then sees nothing). Committed at once: a later rollback
    must not take the setting with it."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT set_config('app.kommun', %s, false)", (queries.current_kommun() or "",))
    finally:
        cursor.close()
    dbapi_connection.commit()


def engine(url: str | None = None) -> Engine:
    return _engine(url or db_url())


def clear_caches() -> None:
    """Call after every write so that every page shows what is in the database now."""
    st.cache_data.clear()


def safe_url(url: str) -> str:
    return display_url(url)


UNAVAILABLE = (
    "Databasen går inte att nå just nu. Inget har gått förlorat: sidan fungerar igen så snart databasen "
    "svarar (till exempel efter en omstart). Försök igen om en stund."
)


def is_unavailable(exc: DBAPIError) -> bool:
    """A lost or refused connection (a restart, the network, a locked SQLite file), not a bug."""
    return isinstance(exc, OperationalError | InterfaceError) or bool(exc.connection_invalidated)


def show_unavailable(exc: DBAPIError) -> None:
    """The clear message for `is_unavailable` errors, with a button that tries again."""
    LOG.warning("databasen gick inte att nå: %s", exc.orig)
    st.error(UNAVAILABLE, icon="⚠️")
    if st.button("Försök igen", type="primary", key="db-retry"):
        clear_caches()
        st.rerun()


# --- reference: kommuner, weeks, areas, categories -----------------------------------------------


@st.cache_data(ttl=TTL, show_spinner=False)
def kommuner(url: str) -> dict[str, str]:
    """Code -> name of every kommun in the database: not scoped, it decides the session's scope."""
    return queries.kommuner_present(engine(url))


def kommuner_or_none(url: str) -> dict[str, str]:
    """`kommuner`, or {} while the database cannot be read (the page then says why, in Swedish)."""
    try:
        return kommuner(url)
    except (DBAPIError, OutdatedSchema):
        return {}


@scoped_cache(ttl=TTL, show_spinner=False)
def weeks_in_data(url: str) -> list[str]:
    return data_range.weeks_present(engine(url))


def default_week(available: list[str], now: dt.datetime | None = None, url: str | None = None) -> str:
    """The last complete week (completeness.last_complete_week: over, and every weekly reporter in or
    over by the grace period), else the newest week in the data."""
    if url is not None and available:
        chosen = last_complete_week(url, tuple(available[-12:]), now)
        if chosen:
            return chosen
    last_complete = weeks.last_complete_week(now)
    return last_complete if last_complete in available else available[-1]


@scoped_cache(ttl=TTL, show_spinner=False)
def _reports_for(url: str, week_list: tuple[str, ...]) -> pd.DataFrame:
    """Cached: Veckans lägesbild reads the same weeks' reports twice when a reporter is missing (the
    basis, then the basis named through the privacy gate), 0.2 s each nationally."""
    return queries.reporting_organisations(engine(url), list(week_list))


@scoped_cache(ttl=TTL, show_spinner=False)
def last_complete_week(url: str, candidates: tuple[str, ...], now: dt.datetime | None = None) -> str | None:
    span = sorted({*candidates, *weeks.previous_weeks(candidates[0], completeness.LOOKBACK_WEEKS)})
    return completeness.last_complete_week(
        _reports_for(url, tuple(span)),
        list(candidates),
        now=now or dt.datetime.now(weeks.TZ),
        grace_days=settings.get_int("complete_grace_days"),
    )


@scoped_cache(ttl=TTL, show_spinner=False)
def week_basis(
    url: str, week: str, shared_view: bool = False
) -> tuple[completeness.WeekBasis, tuple[str, ...]]:
    """(the week's basis, the weeks with any report among those a weekly baseline looks at).
    `shared_view`: the missing reporters are named as the privacy gate allows."""
    span = sorted({*weekly.history_weeks(week), *weeks.previous_weeks(week, completeness.LOOKBACK_WEEKS)})
    reports = _reports_for(url, tuple(span))
    covered = tuple(sorted(str(w) for w in reports.loc[reports["count"] > 0, "iso_week"].unique()))
    basis = completeness.week_basis(
        reports, week, now=dt.datetime.now(weeks.TZ), grace_days=settings.get_int("complete_grace_days")
    )
    if shared_view:
        from lagesbild.privacy import shared  # the gate's rules load where a shared view needs them

        basis = basis.named(shared.shared_reporter_names(reports, shared.reporter_register(engine(url))))
    return basis, covered


@scoped_cache(ttl=TTL, show_spinner=False)
def areas(url: str) -> gpd.GeoDataFrame:
    return queries.areas_frame(engine(url)).sort_values("name").reset_index(drop=True)


def area_names(url: str) -> list[str]:
    return [str(n) for n in areas(url)["name"]]


def map_views(url: str, chosen: Names) -> dict[str, tuple[str, ...]]:
    """Where the map can open: all chosen areas (first, the default: no chosen area is out of view),
    each kommun of them, or one area."""
    frame = areas(url)
    frame = frame[frame["name"].isin(chosen)] if chosen else frame
    kommuner = {kommun_name(k): tuple(sorted(part["name"])) for k, part in frame.groupby("kommun")}
    views = {"Alla valda områden": tuple(sorted(frame["name"]))}
    if len(kommuner) > 1:
        views.update(kommuner)
    views.update({str(name): (str(name),) for name in frame["name"]})
    return views


@scoped_cache(ttl=TTL, show_spinner=False)
def taxonomy(url: str) -> Taxonomy:
    """The database's categories: labels, order, and which are sensitive (as the reports see them)."""
    return queries.taxonomy(engine(url))


def categories(url: str) -> pd.DataFrame:
    return taxonomy(url).frame()


def category_label_map(url: str) -> dict[str, str]:
    return taxonomy(url).label_of


# --- the weekly picture --------------------------------------------------------------------------


@scoped_cache(ttl=TTL, show_spinner=False)
def weekly_picture(
    url: str, week: str, area_list: tuple[str, ...], reviewed_only: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per area × category table with labels and flags, suggested status per area with reason)."""
    previous = weeks.previous_weeks(week, 4)
    # The reason names missing reporters; it is shown to every viewer, so through the gate (fail closed).
    # With none missing it names nobody, and the gate (whose module loads the redaction rules, 0.5 s on
    # a fresh server) is not needed: the judgement is the same either way (`WeekBasis.named`).
    basis, covered = week_basis(url, week)
    if basis.missing:
        basis, covered = week_basis(url, week, shared_view=True)
    # queries.week_counts' frame, read packed (lagesbild/history_counts.py: 0.4 s less nationally), and
    # not cached apart: this function's cache holds the result, and a second key hashed the area names.
    counts = history_counts(engine(url), weekly.history_weeks(week), area_list, reviewed_only)
    table = weekly.area_category_table(counts, week, previous, covered=covered)
    labels = category_label_map(url)
    table["category_label"] = table["category"].map(labels).fillna(table["category"])
    reason = basis.reason()
    insufficient = dict.fromkeys(area_list, reason) if reason else {}
    suggested = weekly.suggested_status(table, list(area_list), labels, insufficient=insufficient)
    return table, suggested


@scoped_cache(ttl=TTL, show_spinner=False)
def area_statuses(url: str, week: str) -> pd.DataFrame:
    return queries.area_statuses(engine(url), week)


@scoped_cache(ttl=TTL, show_spinner=False)
def area_statuses_between(url: str, first_week: str, last_week: str) -> pd.DataFrame:
    return period_queries.area_statuses_between(engine(url), first_week, last_week)


def status_in_force(url: str, week: str) -> dict[str, str]:
    frame = area_statuses(url, week)
    first = frame.drop_duplicates("area", keep="first")
    return dict(zip(first["area"], first["status"], strict=True))


@scoped_cache(ttl=TTL, show_spinner=False)
def shared_incidents(url: str, start: dt.date, end: dt.date, area_list: Names = None) -> pd.DataFrame:
    from lagesbild.privacy import shared

    return shared.shared_incidents(engine(url), start, end, areas=list(area_list) if area_list else None)


@scoped_cache(ttl=TTL, show_spinner=False)
def upcoming(
    url: str, start: dt.date, end: dt.date, area_list: Names = None, shared_view: bool = False
) -> pd.DataFrame:
    """Kommande händelser; `shared_view`: through the gate (reviewed only, redacted, registered names)."""
    events = queries.upcoming(engine(url), start, end, areas=area_list, reviewed_only=shared_view)
    if shared_view:
        from lagesbild.privacy import shared

        return shared.shared_events(events, shared.reporter_register(engine(url)))
    return events


@scoped_cache(ttl=TTL, show_spinner=False)
def measures(
    url: str, area_list: Names = None, active_on: dt.date | None = None, shared_view: bool = False
) -> pd.DataFrame:
    frame = queries.measures(engine(url), areas=area_list, active_on=active_on)
    if not shared_view:
        return frame
    from lagesbild.privacy import shared

    return shared.shared_measures(frame)


# --- series, trends and the map ------------------------------------------------------------------


@scoped_cache(ttl=TTL, show_spinner=False)
def weekly_series(url: str, selection: Selection) -> pd.DataFrame:
    """Counts per week, area, category and source of the selection (the view only decides whether
    unreviewed reports count: pass `selection.counted()` to share the cache entry)."""
    frame = queries.weekly_series(
        engine(url),
        selection.first_week,
        selection.last_week,
        areas=selection.areas,
        categories=selection.categories,
        sources=selection.sources,
        reviewed_only=selection.reviewed,
    )
    frame["category_label"] = frame["category"].map(category_label_map(url)).fillna(frame["category"])
    return frame


@scoped_cache(ttl=TTL, show_spinner=False)
def hour_weekday(
    url: str, first_week: str, last_week: str, area_list: Names = None, reviewed_only: bool = False
) -> pd.DataFrame:
    return queries.hour_weekday_counts(
        engine(url), first_week, last_week, areas=area_list, reviewed_only=reviewed_only
    )


@dataclass
class MapLayers:
    cells: pd.DataFrame
    cell_m: int
    area_counts: pd.DataFrame
    points: pd.DataFrame | None
    in_view: int  # incidents with a point in view (the sum of the grid counts)


def map_layers(url: str, selection: Selection, cell_m: int) -> MapLayers:
    """What the map shows. Shared view: reviewed only, grid cells of non-sensitive categories moved
    inside their area (`generalisation.clip_cells`, cell size `grid_m`), sensitive categories only as
    per-area counts and no points. Internal view: grid cells and, up to `MAX_POINTS`, points."""
    start, end = weeks.week_start(selection.first_week), weeks.week_range(selection.last_week)[1]
    area_list, category_list, source_list = selection.areas, selection.categories, selection.sources
    eng = engine(url)
    reviewed = selection.reviewed
    series = weekly_series(url, selection.counted())
    cats = taxonomy(url)
    area_counts = (
        series.groupby(["area", "category"], as_index=False)["count"]
        .sum()
        .merge(
            cats.frame().rename(columns={"code": "category", "label": "category_label"}),
            on="category",
            how="left",
        )
    )
    if selection.shared_view:
        cell_m = settings.get_int("grid_m")
        chosen = list(category_list) if category_list else cats.codes
        open_categories = [c for c in chosen if c not in cats.sensitive_codes]
        from lagesbild.privacy import shared

        cells = shared.shared_grid_counts(
            eng, start, end, cell_m, areas(url), area_list, open_categories, source_list
        )
        return MapLayers(cells, cell_m, area_counts, None, int(cells["count"].sum()) if len(cells) else 0)
    cells = queries.grid_counts(eng, start, end, cell_m, area_list, category_list, source_list, reviewed)
    in_view = int(cells["count"].sum()) if len(cells) else 0
    points = None
    if 0 < in_view <= MAX_POINTS:
        frame = queries.incident_list(eng, start, end, area_list, category_list, source_list, reviewed)
        points = frame.dropna(subset=["east", "north"])
    return MapLayers(cells, cell_m, area_counts, points, in_view)
