"""The dashboard's only door to the database: one cached engine, cached reads, and writes that clear
the caches. Every cached read is keyed on the database URL and its arguments (DataFrames out).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import streamlit as st
from shapely.geometry import Point
from sqlalchemy import Engine

from dashboard import charts, trends
from lagesbild import analysis, generalise, maps, queries, settings, shared, weekly, weeks
from lagesbild.db import database_url, display_url, init_db, make_engine, schema_exists
from lagesbild.reference import load_reference

EMPTY_MESSAGE = "Ingen data ännu – läs in filer under Importera eller kör `make run`."
SOURCE_LABELS = {"kommun": "Kommun", "polis": "Polis", "bostadsbolag": "Bostadsbolag"}
STATUSES = ("grön", "gul", "röd")
STATUS_MARKS = {"grön": ":green[●]", "gul": ":orange[●]", "röd": ":red[●]"}  # Streamlit Markdown
MEASURE_STATUSES = queries.MEASURE_STATUSES
TTL = 300

Names = tuple[str, ...] | None


def names_key(values: Any) -> Names:
    """A hashable, order-independent cache key for an optional list of names (None = all)."""
    return tuple(sorted(values)) if values else None


# --- engine and caches ---------------------------------------------------------------------------


def db_url() -> str:
    return database_url()


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    engine = make_engine(url)
    if not schema_exists(engine):
        init_db(engine)
    return engine


def engine(url: str | None = None) -> Engine:
    return _engine(url or db_url())


def clear_caches() -> None:
    """Call after every write so that every page shows what is in the database now."""
    st.cache_data.clear()


def safe_url(url: str) -> str:
    return display_url(url)


# --- reference: weeks, areas, categories ---------------------------------------------------------


@st.cache_data(ttl=TTL, show_spinner=False)
def weeks_in_data(url: str) -> list[str]:
    return queries.weeks_present(engine(url))


def default_week(available: list[str], now: dt.datetime | None = None) -> str:
    """The last complete week if it has data, else the newest week in the data."""
    last_complete = weeks.last_complete_week(now)
    return last_complete if last_complete in available else available[-1]


@st.cache_data(ttl=TTL, show_spinner=False)
def areas(url: str) -> gpd.GeoDataFrame:
    return queries.areas_frame(engine(url)).sort_values("name").reset_index(drop=True)


def area_names(url: str) -> list[str]:
    return [str(n) for n in areas(url)["name"]]


def map_views(url: str, chosen: list[str]) -> dict[str, tuple[str, ...]]:
    """Where the map can open: each kommun of the chosen areas, all of them, or one area."""
    frame = areas(url)
    frame = frame[frame["name"].isin(chosen)] if chosen else frame
    kommuner = {f"{k} kommun": tuple(sorted(part["name"])) for k, part in frame.groupby("kommun")}
    views = kommuner if len(kommuner) > 1 else {}
    views["Alla valda områden"] = tuple(sorted(frame["name"]))
    views.update({str(name): (str(name),) for name in frame["name"]})
    return views


@st.cache_data(ttl=TTL, show_spinner=False)
def categories(url: str) -> pd.DataFrame:
    frame = queries.category_labels(engine(url))
    frame["sensitive"] = frame["sensitive"].astype(bool)
    return frame


def category_label_map(url: str) -> dict[str, str]:
    frame = categories(url)
    return dict(zip(frame["code"], frame["label"], strict=True))


def sensitive_codes(url: str) -> set[str]:
    frame = categories(url)
    return set(frame.loc[frame["sensitive"], "code"])


# --- the weekly picture --------------------------------------------------------------------------


@st.cache_data(ttl=TTL, show_spinner=False)
def week_counts(
    url: str, week_list: tuple[str, ...], area_list: Names = None, reviewed_only: bool = False
) -> pd.DataFrame:
    return queries.week_counts(engine(url), list(week_list), areas=area_list, reviewed_only=reviewed_only)


@st.cache_data(ttl=TTL, show_spinner=False)
def weekly_picture(
    url: str, week: str, area_list: tuple[str, ...], reviewed_only: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per area × category table with labels and flags, suggested status per area with reason)."""
    previous = weeks.previous_weeks(week, 4)
    counts = week_counts(url, (*previous, week), area_list, reviewed_only)
    table = weekly.area_category_table(counts, week, previous)
    labels = category_label_map(url)
    table["category_label"] = table["category"].map(labels).fillna(table["category"])
    suggested = weekly.suggested_status(table, list(area_list), labels)
    return table, suggested


@st.cache_data(ttl=TTL, show_spinner=False)
def area_statuses(url: str, week: str) -> pd.DataFrame:
    return queries.area_statuses(engine(url), week)


def status_in_force(url: str, week: str) -> dict[str, str]:
    frame = area_statuses(url, week)
    first = frame.drop_duplicates("area", keep="first")
    return dict(zip(first["area"], first["status"], strict=True))


@st.cache_data(ttl=TTL, show_spinner=False)
def shared_incidents(url: str, start: dt.date, end: dt.date, area_list: Names = None) -> pd.DataFrame:
    return shared.shared_incidents(engine(url), start, end, areas=list(area_list) if area_list else None)


@st.cache_data(ttl=TTL, show_spinner=False)
def upcoming(url: str, start: dt.date, end: dt.date, area_list: Names = None) -> pd.DataFrame:
    return queries.upcoming(engine(url), start, end, areas=area_list)


@st.cache_data(ttl=TTL, show_spinner=False)
def measures(url: str, area_list: Names = None, active_on: dt.date | None = None) -> pd.DataFrame:
    return queries.measures(engine(url), areas=area_list, active_on=active_on)


# --- series, trends and the map ------------------------------------------------------------------


@st.cache_data(ttl=TTL, show_spinner=False)
def weekly_series(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names = None,
    category_list: Names = None,
    source_list: Names = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    frame = queries.weekly_series(
        engine(url), first_week, last_week, areas=area_list, categories=category_list, sources=source_list,
        reviewed_only=reviewed_only,
    )  # fmt: skip
    frame["category_label"] = frame["category"].map(category_label_map(url)).fillna(frame["category"])
    return frame


@st.cache_data(ttl=TTL, show_spinner=False)
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


def map_layers(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names,
    category_list: Names,
    source_list: Names,
    shared_view: bool,
    cell_m: int,
    reviewed_only: bool = False,
) -> MapLayers:
    """What the map shows. Shared view: reviewed only, grid cells of non-sensitive categories moved
    inside their area (`generalise.clip_cells`, cell size `grid_m`), sensitive categories only as
    per-area counts and no points. Internal view: grid cells and, up to `maps.MAX_POINTS`, points."""
    start, end = weeks.week_start(first_week), weeks.week_range(last_week)[1]
    eng = engine(url)
    reviewed = reviewed_only or shared_view
    series = weekly_series(url, first_week, last_week, area_list, category_list, source_list, reviewed)
    cats = categories(url)
    area_counts = (
        series.groupby(["area", "category"], as_index=False)["count"].sum()
        .merge(cats.rename(columns={"code": "category", "label": "category_label"}), on="category", how="left")
    )  # fmt: skip
    if shared_view:
        cell_m = settings.get_int("grid_m")
        sensitive = set(cats.loc[cats["sensitive"], "code"])
        chosen = list(category_list) if category_list else list(cats["code"])
        open_categories = [c for c in chosen if c not in sensitive]
        if not open_categories:
            cells = pd.DataFrame(columns=["cell_e", "cell_n", "area", "count", "east", "north"])
        else:
            cells = queries.grid_counts(
                eng, start, end, cell_m, area_list, open_categories, source_list, True
            )
            cells = generalise.clip_cells(cells, areas(url), cell_m)
        return MapLayers(cells, cell_m, area_counts, None, int(cells["count"].sum()) if len(cells) else 0)
    cells = queries.grid_counts(eng, start, end, cell_m, area_list, category_list, source_list, reviewed)
    in_view = int(cells["count"].sum()) if len(cells) else 0
    points = None
    if 0 < in_view <= maps.MAX_POINTS:
        frame = queries.incident_list(eng, start, end, area_list, category_list, source_list, reviewed)
        points = frame.dropna(subset=["east", "north"])
    return MapLayers(cells, cell_m, area_counts, points, in_view)


@st.cache_data(ttl=TTL, show_spinner=False)
def map_html(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names,
    category_list: Names,
    source_list: Names,
    shared_view: bool,
    cell_m: int,
    reviewed_only: bool,
    show_points: bool,
    focus: Names = None,
    hotspot_layer: bool = False,
) -> tuple[str, int, int, bool]:
    """(map page HTML, incidents in view, features drawn, points shown). `hotspot_layer` adds the
    Gi* cells of `hotspot_cells` (same period, filters and view; shared view: grid_m cells)."""
    layers = map_layers(url, first_week, last_week, area_list, category_list, source_list, shared_view, cell_m, reviewed_only)  # fmt: skip
    chosen = areas(url)
    if area_list:
        chosen = chosen[chosen["name"].isin(area_list)]
    status = status_in_force(url, last_week)
    period = (
        weeks.human_week(last_week).split(" (")[0]
        if first_week == last_week
        else f"v. {first_week[-2:]}–{last_week[-2:]}"
    )
    points = layers.points if show_points else None
    fmap = maps.build_map(
        chosen,
        layers.cells,
        layers.cell_m,
        points,
        layers.area_counts,
        status or None,
        shared_view,
        period,
        focus=list(focus) if focus else None,
        hotspots=hotspot_cells(url, first_week, last_week, area_list, category_list, source_list, shared_view,
                               layers.cell_m, reviewed_only) if hotspot_layer else None,
    )  # fmt: skip
    return maps.render_html(fmap), layers.in_view, maps.feature_count(fmap), points is not None


# --- analysis (lagesbild.analysis), cached on its inputs -----------------------------------------

HISTORY_WEEKS = 60  # change detection's seasonal check looks a year (±2 weeks) back
MIN_HOTSPOT_INCIDENTS = (
    20  # per area and period; fewer: Gi* on a handful of points is noise (docs/analysis.md)
)
HOTSPOT_PERMUTATIONS = 499  # 199 cannot reach p < 0,01 (two-sided, 2/200): no "hotspot 99 %" class
EMERGING_PERMUTATIONS = 199  # emerging classes only need "hot" = 95 %
REPEAT_DISTANCE_M, REPEAT_DAYS = 200, 14


def history_from(url: str, first_week: str, weeks_back: int = HISTORY_WEEKS) -> str:
    available = weeks_in_data(url)
    start = weeks.shift_week(first_week, -weeks_back)
    return max(available[0], start) if available else start


@st.cache_data(ttl=TTL, show_spinner=False)
def week_completeness(url: str, first_week: str, last_week: str, source_list: Names = None) -> pd.DataFrame:
    """Per week of the period: expected and missing reporters (`trends.expected_reporters`: regular
    reporters, min_share 0.8, expected up to four weeks after their last report)."""
    span = trends.week_list(history_from(url, first_week, 104), last_week)
    reports = queries.reporting_organisations(engine(url), span)
    if source_list:
        reports = reports[reports["source"].isin(source_list)]
    expected = trends.expected_reporters(reports, last_week)
    return analysis.week_completeness(reports, first_week=first_week, last_week=last_week, expected=expected)


@st.cache_data(ttl=TTL, show_spinner=False)
def changes(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names = None,
    category_list: Names = None,
    source_list: Names = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    """`analysis.detect_changes` per area × category, judged with up to a year of history before
    `first_week`; only the rows of the period are returned."""
    start = history_from(url, first_week)
    series = weekly_series(url, start, last_week, area_list, category_list, source_list, reviewed_only)
    counts = series.groupby(["iso_week", "area", "category"], as_index=False)["count"].sum()
    if counts.empty:
        return pd.DataFrame(columns=analysis.change.COLUMNS)
    result = analysis.detect_changes(
        counts, first_week=start, last_week=last_week, labels=category_label_map(url)
    )
    return result[result["iso_week"] >= first_week].reset_index(drop=True)


@st.cache_data(ttl=TTL, show_spinner=False)
def places(url: str) -> pd.DataFrame:
    """The gazetteer (public places name hotspots; non-public never do)."""
    with engine(url).connect() as conn:
        return load_reference(conn).places


@st.cache_data(ttl=TTL, show_spinner=False)
def analysis_incidents(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names,
    category_list: Names,
    source_list: Names,
    shared_view: bool,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    """Incidents with a real point for hotspots and near repeats. Shared view: reviewed only and no
    sensitive categories. Points that only stand for an area or a kommun are left out."""
    start, end = weeks.week_start(first_week), weeks.week_range(last_week)[1]
    frame = queries.incident_list(
        engine(url), start, end, area_list, category_list, source_list, reviewed_only or shared_view
    )
    frame = frame[frame["east"].notna() & frame["north"].notna()]
    frame = frame[~frame["location_precision"].isin(generalise.AREA_LEVEL)]
    if shared_view:
        frame = frame[~frame["sensitive"].astype(bool)]
    columns = ["east", "north", "iso_week", "category", "category_label", "occurred_at"]
    return frame[columns].reset_index(drop=True)


def _chosen_areas(url: str, area_list: Names) -> gpd.GeoDataFrame:
    frame = areas(url)
    return frame[frame["name"].isin(area_list)] if area_list else frame


@st.cache_data(ttl=TTL, show_spinner=False)
def hotspot_cells(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names,
    category_list: Names,
    source_list: Names,
    shared_view: bool,
    cell_m: int,
    reviewed_only: bool = False,
) -> gpd.GeoDataFrame:
    """Gi* per cell of each area over the period (`analysis.hotspots`, 499 permutations), named by the
    nearest public place, with the emerging-hotspot class over slices of the period (`emerging`, empty
    for periods shorter than three weeks). `area_n` is the area's number of incidents with a point;
    in an area with fewer than MIN_HOTSPOT_INCIDENTS no cell is classed (all "ej signifikant")."""
    incidents = analysis_incidents(url, first_week, last_week, area_list, category_list, source_list, shared_view, reviewed_only)  # fmt: skip
    chosen = _chosen_areas(url, area_list)
    cells = analysis.hotspots(
        incidents, chosen, cell_size=cell_m, permutations=HOTSPOT_PERMUTATIONS, gazetteer=places(url)
    )
    n_weeks = len(trends.week_list(first_week, last_week))
    cells["emerging"] = ""
    if n_weeks >= 3 and len(incidents):
        emerging = analysis.emerging_hotspots(
            incidents, chosen, weeks=(first_week, last_week), slice_weeks=max(1, n_weeks // 6),
            cell_size=cell_m, permutations=EMERGING_PERMUTATIONS,
        )  # fmt: skip
        key = ["area", "cell_e", "cell_n"]
        found = cells[key].merge(emerging[[*key, "emerging"]], on=key, how="left")["emerging"]
        cells["emerging"] = found.fillna("").to_numpy()
    cells["area_n"] = cells.groupby("area")["count"].transform("sum").astype(int)
    sparse = cells["area_n"] < MIN_HOTSPOT_INCIDENTS
    cells.loc[sparse, "class"] = "ej signifikant"
    cells.loc[sparse, "emerging"] = ""
    return cells


@st.cache_data(ttl=TTL, show_spinner=False)
def near_repeat(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names,
    category_list: Names,
    source_list: Names,
    shared_view: bool,
    reviewed_only: bool = False,
) -> tuple[pd.DataFrame, analysis.KnoxResult]:
    """Repeat shares per category (200 m; 7 and 14 days) and a Knox test (199 permutations)."""
    incidents = analysis_incidents(url, first_week, last_week, area_list, category_list, source_list, shared_view, reviewed_only)  # fmt: skip
    shares = analysis.repeat_share(
        incidents, distance=REPEAT_DISTANCE_M, days=(7, REPEAT_DAYS), category_col="category_label"
    )
    knox = analysis.knox_test(incidents, distance=REPEAT_DISTANCE_M, days=REPEAT_DAYS, permutations=199)
    return shares, knox


MIN_WEEKS_BEFORE = 4


@st.cache_data(ttl=TTL, show_spinner=False)
def measure_effect(
    url: str, area: str, category: str, start_week: str, end_week: str | None, weeks_before: int = 12
) -> analysis.MeasureEffect | str:
    """`analysis.evaluate_measure` against every other area, or the Swedish reason why not."""
    available = weeks_in_data(url)
    if not available or start_week > available[-1]:
        return "Insatsen har inte börjat än, eller så finns inga data från tiden efter starten."
    end = min(end_week, available[-1]) if end_week else available[-1]
    weeks_before = min(weeks_before, len(trends.week_list(available[0], start_week)) - 1)
    if weeks_before < MIN_WEEKS_BEFORE:
        return (
            f"För kort historik före insatsen (färre än {MIN_WEEKS_BEFORE} veckor med data) för att jämföra."
        )
    others = [n for n in area_names(url) if n != area]
    series = weekly_series(url, weeks.shift_week(start_week, -weeks_before), end, None, (category,))
    counts = series.groupby(["iso_week", "area", "category"], as_index=False)["count"].sum()
    try:
        return analysis.evaluate_measure(
            counts, area=area, category=category, start_week=start_week, end_week=end, weeks_before=weeks_before,
            comparison_areas=others, labels=category_label_map(url),
        )  # fmt: skip
    except ValueError as exc:
        return str(exc)


# --- images for download (presentation) ----------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=64)
def chart_png(spec: str) -> bytes | None:
    """A PNG of a Vega-Lite spec (JSON), rendered on the server; None without vl-convert."""
    return charts.spec_to_png(spec)


@st.cache_data(ttl=TTL, show_spinner=False, max_entries=16)
def area_map_png(url: str, area: str, first_week: str, last_week: str) -> bytes:
    """The shared view of one area (generalised cells, reviewed only) as a PNG, drawn with matplotlib."""
    from lagesbild import report_charts

    grid_m = settings.get_int("grid_m")
    layers = map_layers(url, first_week, last_week, (area,), None, None, True, grid_m)
    frame = areas(url)
    geom = frame.loc[frame["name"] == area].geometry.iloc[0]
    others = list(frame.loc[frame["name"] != area].geometry)
    image = report_charts.area_map(geom, others, layers.cells, size_mm=150.0)
    period = f"vecka {int(first_week[-2:])}–{int(last_week[-2:])}, {weeks.parse_week(last_week)[0]}"
    subtitle = (
        f"{layers.in_view} granskade händelser med plats, generaliserade till rutor om {grid_m} m.\n"
        "Känsliga kategorier visas inte på kartan."
    )
    return charts.titled_png(image, f"{area}: händelser {period}", subtitle)


# --- import, review, batches ---------------------------------------------------------------------


@dataclass
class Preview:
    source: str | None = None
    kind: str | None = None
    rows: int = 0
    records: pd.DataFrame = field(default_factory=pd.DataFrame)
    rejected: pd.DataFrame = field(default_factory=pd.DataFrame)
    ignored: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


PREVIEW_COLUMNS = {
    "row": "Rad", "occurred_at": "Tidpunkt", "source_category": "Kategori (källans)", "area_text": "Område",
    "place_text": "Plats", "address": "Adress", "description": "Beskrivning", "organisation": "Rapportör",
    "cost_sek": "Kostnad (kr)", "event_date": "Datum", "title": "Händelse",
}  # fmt: skip


@st.cache_data(ttl=TTL, show_spinner=False, max_entries=20)
def preview_file(content: bytes, name: str, source: str | None) -> Preview:
    """What the reader will make of a file, without touching the database."""
    try:
        from data_ingest.readers.base import FileFormatError
        from data_ingest.readers.detect import read_file
    except ImportError as exc:  # the readers are installed with the ingest package
        return Preview(error=f"Inläsningen av filer är inte tillgänglig: {exc}")
    try:
        read = read_file(io.BytesIO(content), name, source)
    except FileFormatError as exc:
        return Preview(error=str(exc))
    records = read.records[[c for c in PREVIEW_COLUMNS if c in read.records.columns]].head(10).copy()
    if "occurred_at" in records.columns:
        stamps = pd.to_datetime(records["occurred_at"], utc=True).dt.tz_convert(weeks.TZ)
        records["occurred_at"] = stamps.dt.strftime("%Y-%m-%d %H:%M")
    records = records.astype(object).where(records.notna(), "")
    rejected = pd.DataFrame(
        [{"Rad": r.row, "Kolumn": r.column, "Orsak": r.reason, "Värden": str(r.raw)} for r in read.rejected],
        columns=["Rad", "Kolumn", "Orsak", "Värden"],
    )
    return Preview(
        read.source, read.kind, read.rows_total, records.rename(columns=PREVIEW_COLUMNS), rejected,
        len(read.ignored), list(read.warnings),
    )  # fmt: skip


def ingest(fileobj: Any, name: str, source: str | None, imported_by: str | None) -> Any:
    """Commit one uploaded file through the pipeline; raises FileFormatError for unreadable files."""
    from data_ingest.pipeline import ingest_file

    if hasattr(fileobj, "seek"):
        fileobj.seek(0)
    try:
        return ingest_file(engine(), fileobj, name, source=source, imported_by=imported_by or None)
    finally:
        clear_caches()


@st.cache_data(ttl=TTL, show_spinner=False)
def batches(url: str) -> pd.DataFrame:
    frame = queries.batches(engine(url))
    frame["accounted"] = frame["rows"] == frame[["loaded", "duplicates", "ignored", "rejected"]].sum(axis=1)
    return frame


@st.cache_data(ttl=TTL, show_spinner=False)
def rejected(url: str, batch_id: int) -> pd.DataFrame:
    return queries.rejected(engine(url), batch_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def review_queue(url: str) -> pd.DataFrame:
    return queries.review_queue(engine(url))


# --- writes --------------------------------------------------------------------------------------


def save_status(area: str, week: str, status: str, comment: str | None, decided_by: str | None) -> None:
    queries.save_area_status(engine(), area, week, status, comment, decided_by)
    clear_caches()


def mark_reviewed(ids: list[int], descriptions: dict[int, str], actor: str | None = None) -> int:
    count = queries.mark_reviewed(engine(), ids, descriptions, actor)
    clear_caches()
    return count


def add_measure(**values: Any) -> int:
    measure_id = queries.add_measure(engine(), **values)
    clear_caches()
    return measure_id


def update_measure(measure_id: int, status: str, follow_up: str | None) -> None:
    queries.update_measure(engine(), measure_id, status, follow_up)
    clear_caches()


def add_event(**values: Any) -> int:
    event_id = queries.add_upcoming_event(engine(), **values)
    clear_caches()
    return event_id


# --- the web form (Rapportera): one report as a one-row kommun CSV through the file pipeline ----

REPORT_HEADERS = ("Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör", "Lat", "Lon")


def report_csv(values: dict[str, Any]) -> bytes:
    """A kommun EST CSV (`;`, UTF-8) with the standard headers and one row; missing values blank.
    Nothing is checked here: the readers and the normaliser validate it as they do any file."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(REPORT_HEADERS)
    row = []
    for header in REPORT_HEADERS:
        value = values.get(header)
        if value is None or (isinstance(value, float) and pd.isna(value)):
            row.append("")
        elif isinstance(value, float):
            row.append(f"{value:.6f}")
        else:
            # One line per report: a line break inside a field would still be valid CSV, but the
            # row number shown for a rejected row should stay 2.
            row.append(" ".join(str(value).split()))
    writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def submit_report(values: dict[str, Any], submitted_by: str | None, now: dt.datetime | None = None) -> Any:
    """Ingest one web-form report like an uploaded file (source kommun); returns the BatchSummary."""
    stamp = (now or dt.datetime.now(weeks.TZ)).strftime("%Y%m%d-%H%M%S-%f")
    return ingest(
        io.BytesIO(report_csv(values)), f"webbformulär-{stamp}.csv", "kommun", submitted_by or "webbformulär"
    )


@st.cache_data(show_spinner=False, max_entries=32)
def pin_map_html(url: str, lat: float, lon: float) -> str:
    """The areas and one pin (the web form's coordinates) on a self-hosted map."""
    from lagesbild.geo import to_sweref

    east, north = (float(v[0]) for v in to_sweref(np.array([lat]), np.array([lon])))
    pin = pd.DataFrame({"east": [east], "north": [north], "category_label": ["Din markering"],
                        "place": [f"{lat:.5f}, {lon:.5f}"]})  # fmt: skip
    frame = areas(url)
    # Open on the area the pin lies in, or the nearest one, with the pin in view however far off it is.
    distance = frame.geometry.distance(Point(east, north))
    nearest = [str(frame.loc[distance.idxmin(), "name"])] if len(frame) else None
    style = {"radius": 9, "color": "#ffffff", "weight": 2.5, "fillColor": "#c62828", "fillOpacity": 1}
    fmap = maps.build_map(frame, points=pin, focus=nearest, frame_points=True, point_name="Din markering", point_style=style)  # fmt: skip
    return maps.render_html(fmap)


FORM_FIELDS = {"Tid": "Klockslag", "Lat": "Koordinater", "Lon": "Koordinater", "Lat/Lon": "Koordinater",
               "Rapportör": "Rapporterande enhet"}  # fmt: skip


def form_reasons(errors: list[dict[str, Any]]) -> list[str]:
    """The pipeline's reasons for a rejected web-form row, worded for the form: without the file name
    and row number, under the form's field names."""
    import re

    reasons = []
    for error in errors:
        text = re.sub(r"^.*? rad \d+, kolumn [^:]+: ", "", str(error.get("reason", "")))
        field = FORM_FIELDS.get(str(error.get("column") or ""), str(error.get("column") or ""))
        reasons.append(text if not field or text.startswith(field) else f"{field}: {text}")
    return reasons
