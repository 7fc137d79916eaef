"""Cached analyses for the dashboard (`lagesbild.analysis`): reporting completeness, change
detection, hotspots (Gi* and emerging), near repeats and measure effects, each cached on its inputs
like the reads in `dashboard.data`, whose engine, caches and series they build on; and the images
offered for download on the presentation page (chart PNGs, the shared map of one area).
`dashboard.data.clear_caches` clears these caches too (`st.cache_data.clear` is global).
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import pandas as pd

from dashboard import trends
from dashboard.caching import scoped_cache
from dashboard.data import (
    TTL,
    Names,
    Selection,
    area_names,
    areas,
    category_label_map,
    engine,
    map_layers,
    weekly_series,
    weeks_in_data,
)
from lagesbild import analysis, queries, reporters, settings, weeks
from lagesbild.context import CAPTION as CONTEXT_CAPTION
from lagesbild.errors import LagesbildError
from lagesbild.geo import SWEREF
from lagesbild.reference import load_reference
from lagesbild.vocabulary import AREA_LEVEL

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


@scoped_cache(ttl=TTL, show_spinner=False)
def week_completeness(
    url: str, first_week: str, last_week: str, source_list: Names = None, shared_view: bool = False
) -> pd.DataFrame:
    """Per week of the period: expected and missing reporters (`trends.expected_reporters`: regular
    reporters, min_share 0.8, expected up to four weeks after their last report). `shared_view`: the
    reporters are named as the gate allows (registered name or source label)."""
    span = trends.week_list(history_from(url, first_week, 104), last_week)
    reports = queries.reporting_organisations(engine(url), span)
    # The kommun's reporters register, when it keeps one, says who is expected; else regular reporters.
    registered = reporters.expected_reporters(engine(url), queries.current_kommun())
    if shared_view:
        from lagesbild.privacy import shared  # the gate's rules load where a shared view needs them

        register = shared.reporter_register(engine(url))
        reports = shared.shared_reporters(reports, register)
        reports = reports.groupby(["organisation", "source", "iso_week"], as_index=False)["count"].sum()
        registered = shared.shared_reporters(registered, register)
    registered = registered.drop(columns=["kommun"], errors="ignore").drop_duplicates(
        ["organisation", "source"]
    )
    if source_list:
        reports = reports[reports["source"].isin(source_list)]
    if source_list and not registered.empty:
        registered = registered[registered["source"].isin(source_list)]
    expected = registered if not registered.empty else trends.expected_reporters(reports, last_week)
    return analysis.week_completeness(reports, first_week=first_week, last_week=last_week, expected=expected)


@scoped_cache(ttl=TTL, show_spinner=False)
def changes(url: str, selection: Selection) -> pd.DataFrame:
    """`analysis.detect_changes` per area × category, judged with up to a year of history before
    the selection's first week; only the rows of the period are returned."""
    selection = selection.counted()
    start = history_from(url, selection.first_week)
    series = weekly_series(url, selection.weeks(start))
    counts = series.groupby(["iso_week", "area", "category"], as_index=False)["count"].sum()
    if counts.empty:
        return pd.DataFrame(columns=analysis.change.COLUMNS)
    return analysis.detect_changes(
        counts,
        first_week=start,
        last_week=selection.last_week,
        labels=category_label_map(url),
        report_from=selection.first_week,
    )


@scoped_cache(ttl=TTL, show_spinner=False)
def places(url: str) -> pd.DataFrame:
    """The gazetteer (public places name hotspots; non-public never do)."""
    with engine(url).connect() as conn:
        return load_reference(conn).places


@scoped_cache(ttl=TTL, show_spinner=False)
def analysis_incidents(url: str, selection: Selection) -> pd.DataFrame:
    """Incidents with a real point for hotspots and near repeats. Shared view: reviewed only and no
    sensitive categories. Points that only stand for an area or a kommun are left out."""
    start, end = weeks.week_start(selection.first_week), weeks.week_range(selection.last_week)[1]
    frame = queries.incident_list(
        engine(url),
        start,
        end,
        selection.areas,
        selection.categories,
        selection.sources,
        selection.reviewed,
    )
    frame = frame[frame["east"].notna() & frame["north"].notna()]
    frame = frame[~frame["location_precision"].isin(AREA_LEVEL)]
    if selection.shared_view:
        from lagesbild.privacy import shared

        frame = shared.shared_points(frame)
    columns = ["east", "north", "iso_week", "category", "category_label", "occurred_at"]
    return frame[columns].reset_index(drop=True)


def _chosen_areas(url: str, area_list: Names) -> gpd.GeoDataFrame:
    frame = areas(url)
    return frame[frame["name"].isin(area_list)] if area_list else frame


# Gi* tests every cell of the chosen areas, empty ones too, with HOTSPOT_PERMUTATIONS permutations;
# its time grows with the cells (issue 16: 27,000 cells took two minutes). Above this many the map and
# the lists leave hotspots out and say why, so that a page never waits minutes for them.
HOTSPOT_MAX_CELLS = 5_000


def hotspot_grid_size(url: str, area_list: Names, cell_m: int) -> int:
    """About how many grid cells a hotspot analysis of the areas tests: per area its surface in
    cells plus its boundary in cell sides (the cells the boundary cuts), without building the grid."""
    geometry = _chosen_areas(url, area_list).to_crs(SWEREF).geometry
    return int(round(float((geometry.area / cell_m**2 + geometry.length / cell_m).sum())))


def hotspots_capped(url: str, area_list: Names, cell_m: int) -> bool:
    """Whether the areas have too many cells for a hotspot analysis on a page (`HOTSPOT_MAX_CELLS`)."""
    return hotspot_grid_size(url, area_list, cell_m) > HOTSPOT_MAX_CELLS


@scoped_cache(ttl=TTL, show_spinner=False)
def hotspot_cells(url: str, selection: Selection, cell_m: int) -> gpd.GeoDataFrame:
    """Gi* per cell of each area over the period (`analysis.hotspots`, 499 permutations), named by the
    nearest public place, with the emerging-hotspot class over slices of the period (`emerging`, empty
    for periods shorter than three weeks). `area_n` is the area's number of incidents with a point;
    in an area with fewer than MIN_HOTSPOT_INCIDENTS no cell is classed (all "ej signifikant")."""
    incidents = analysis_incidents(url, selection)
    chosen = _chosen_areas(url, selection.areas)
    grid = analysis.grid_cells(chosen, cell_m)  # one clipped grid for the period and every slice
    cells = analysis.hotspots(
        incidents,
        chosen,
        cell_size=cell_m,
        permutations=HOTSPOT_PERMUTATIONS,
        gazetteer=places(url),
        cells=grid,
    )
    first_week, last_week = selection.first_week, selection.last_week
    n_weeks = len(trends.week_list(first_week, last_week))
    cells["emerging"] = ""
    if n_weeks >= 3 and len(incidents):
        emerging = analysis.emerging_hotspots(
            incidents,
            chosen,
            weeks=(first_week, last_week),
            slice_weeks=max(1, n_weeks // 6),
            cell_size=cell_m,
            permutations=EMERGING_PERMUTATIONS,
            cells=grid,
        )
        key = ["area", "cell_e", "cell_n"]
        found = cells[key].merge(emerging[[*key, "emerging"]], on=key, how="left")["emerging"]
        cells["emerging"] = found.fillna("").to_numpy()
    cells["area_n"] = cells.groupby("area")["count"].transform("sum").astype(int)
    sparse = cells["area_n"] < MIN_HOTSPOT_INCIDENTS
    cells.loc[sparse, "class"] = "ej signifikant"
    cells.loc[sparse, "emerging"] = ""
    return cells


@scoped_cache(ttl=TTL, show_spinner=False)
def near_repeat(url: str, selection: Selection) -> tuple[pd.DataFrame, analysis.KnoxResult]:
    """Repeat shares per category (200 m; 7 and 14 days) and a Knox test (199 permutations)."""
    incidents = analysis_incidents(url, selection)
    shares = analysis.repeat_share(
        incidents, distance=REPEAT_DISTANCE_M, days=(7, REPEAT_DAYS), category_col="category_label"
    )
    knox = analysis.knox_test(incidents, distance=REPEAT_DISTANCE_M, days=REPEAT_DAYS, permutations=199)
    return shares, knox


MIN_WEEKS_BEFORE = 4


@scoped_cache(ttl=TTL, show_spinner=False)
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
    series = weekly_series(
        url, Selection(weeks.shift_week(start_week, -weeks_before), end, categories=(category,))
    )
    counts = series.groupby(["iso_week", "area", "category"], as_index=False)["count"].sum()
    try:
        return analysis.evaluate_measure(
            counts,
            area=area,
            category=category,
            start_week=start_week,
            end_week=end,
            weeks_before=weeks_before,
            comparison_areas=others,
            labels=category_label_map(url),
        )
    except LagesbildError as exc:
        return str(exc)


# --- images for download (presentation) ----------------------------------------------------------


@scoped_cache(show_spinner=False, max_entries=64)
def chart_png(spec: str) -> bytes | None:
    """A PNG of a Vega-Lite spec (JSON), rendered on the server; None without vl-convert."""
    from dashboard import charts  # vl-convert: only when a PNG is asked for

    return charts.spec_to_png(spec)


@scoped_cache(ttl=TTL, show_spinner=False, max_entries=16)
def area_map_png(url: str, area: str, first_week: str, last_week: str) -> bytes:
    """The shared view of one area (generalised cells, reviewed only) as a PNG, drawn with matplotlib."""
    from lagesbild.report import charts as report_charts  # matplotlib: only for this PNG

    grid_m = settings.get_int("grid_m")
    layers = map_layers(url, Selection(first_week, last_week, (area,), shared_view=True), grid_m)
    frame = areas(url)
    geom = frame.loc[frame["name"] == area].geometry.iloc[0]
    others = list(frame.loc[frame["name"] != area].geometry)
    image = report_charts.area_map(geom, others, layers.cells, size_mm=150.0)
    period = f"vecka {int(first_week[-2:])}–{int(last_week[-2:])}, {weeks.parse_week(last_week)[0]}"
    subtitle = (
        f"{layers.in_view} granskade händelser med plats, generaliserade till rutor om {grid_m} m.\n"
        f"Känsliga kategorier visas inte på kartan. {CONTEXT_CAPTION}"
    )
    return titled_png(image, f"{area}: händelser {period}", subtitle)


def titled_png(image: Any, title: str, subtitle: str = "") -> bytes:
    """A PIL image (e.g. `report_charts.area_map`) under a title, as PNG bytes (matplotlib, no pyplot)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 150
    width, height = image.size
    head = 60 + 32 * (subtitle.count("\n") + 1) if subtitle else 60
    fig = Figure(figsize=(width / dpi, (height + head) / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.0, 0.0, 1.0, height / (height + head)))
    ax.imshow(image)
    ax.set_axis_off()
    fig.text(0.03, 1 - 28 / (height + head), title, fontsize=13, fontweight="bold", va="center", color="#222")
    if subtitle:
        fig.text(
            0.03, 1 - 52 / (height + head), subtitle, fontsize=8.5, va="top", color="#555", linespacing=1.5
        )
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
