"""The map of a view that covers many kommuner: kommun totals instead of every area (issue 16).

All of Sweden's 3,363 RegSO areas cost about 560 bytes each even simplified (3.1 MB with 100,000
incidents, 8 s to draw), and at that scale a RegSO area is a few pixels. So, as police.uk and CompStat
maps do, a view over many kommuner shows one polygon per kommun, coloured by its count, with the counts
per category in its popup, and coarse grid cells in a layer that is off at first. Choosing a kommun
("Zooma till") gives the detailed map of its areas (`dashboard.map_page`).

The rule (`kommun_view`): more than `KOMMUN_VIEW_AREAS` areas of more than one kommun. No kommun has
that many (Stockholm has the most RegSO areas: 147), so a single kommun is always drawn in detail.

The counts are the detailed map's own: the area × category counts that map would show (already
through the privacy gate: `dashboard.data.map_layers`, `lagesbild.privacy.shared`) summed per kommun,
and the same grid cells summed into coarser cells. Nothing is added or dropped: a kommun's total is
the sum of its areas' totals, the cells' sum is the detailed cells' sum. A sensitive category stays an
area-level count (a kommun is a larger area), labelled as on the detailed map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import MacroElement
from folium.template import Template

from dashboard import map_data, maps
from dashboard.map_context import ContextLayer, FitView, context_payload
from lagesbild.context import MapContext, kommun_context
from lagesbild.geo import SWEREF, WGS84
from lagesbild.swedish import integer, kommun_name

# More areas than any one kommun has (Stockholm: 147 RegSO areas), of more than one kommun.
KOMMUN_VIEW_AREAS = 200
KOMMUN_LAYER = "Kommuner"
# Coarse cells: the smallest of these at least the view's diagonal / CELL_DIVISIONS (10 km for all
# of Sweden, about 4 px in the first view; 250 m cells would be a tenth of a pixel).
COARSE_CELLS_M = (1_000, 2_000, 5_000, 10_000, 20_000)
CELL_DIVISIONS = 200


def kommun_view(areas: pd.DataFrame) -> bool:
    """Whether a map of these areas shows kommun totals (see the module doc). An area without a kommun
    code cannot be summed into a kommun: then the areas are drawn."""
    if len(areas) <= KOMMUN_VIEW_AREAS or "kommun_code" not in areas.columns:
        return False
    codes = areas["kommun_code"]
    return bool(codes.notna().all()) and codes.astype(str).nunique() > 1


def detail_areas(areas: gpd.GeoDataFrame, focus: Sequence[str] | None) -> gpd.GeoDataFrame:
    """The areas of the kommuner the `focus` areas lie in ("Zooma till" a kommun or an area): what a
    detailed map shows when the whole selection is a kommun view; all areas without a focus."""
    if not focus or "kommun_code" not in areas.columns:
        return areas
    codes = set(areas.loc[areas["name"].isin(list(focus)), "kommun_code"].dropna().astype(str))
    return areas[areas["kommun_code"].astype(str).isin(codes)] if codes else areas


def coarse_cell_m(areas: gpd.GeoDataFrame) -> int:
    if areas.empty:
        return COARSE_CELLS_M[0]
    west, south, east, north = _sweref(areas).total_bounds
    wanted = math.hypot(east - west, north - south) / CELL_DIVISIONS
    return next((m for m in COARSE_CELLS_M if m >= wanted), COARSE_CELLS_M[-1])


def _sweref(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return frame if frame.crs is not None and frame.crs.to_epsg() == 3006 else frame.to_crs(SWEREF)


@dataclass(frozen=True)
class KommunTotals:
    """kommuner: name ("Nacka kommun"), code, areas (how many), population (NaN unless every area
    has one), geometry (SWEREF 99 TM). counts: area (the kommun's name), category_label, count,
    sensitive. cells: area (kommun name), cell_e, cell_n, count, east, north in `cell_m` cells."""

    kommuner: gpd.GeoDataFrame
    counts: pd.DataFrame
    cells: pd.DataFrame
    cell_m: int


def kommun_totals(
    areas: gpd.GeoDataFrame,
    area_counts: pd.DataFrame | None,
    cells: pd.DataFrame | None,
    outlines: gpd.GeoDataFrame | None = None,
) -> KommunTotals:
    """The areas' counts and cells summed per kommun (pure). `outlines`: code, geometry of kommun
    boundaries (the shipped ones, `lagesbild.context`); a kommun without one gets the union of its
    areas."""
    frame = _sweref(areas)
    codes = frame["kommun_code"].astype(str)
    short = frame["kommun"] if "kommun" in frame.columns else codes
    names = {
        c: kommun_name(str(s)) if isinstance(s, str) and s else c for c, s in zip(codes, short, strict=True)
    }
    shipped = {}
    if outlines is not None and not outlines.empty:
        shipped = dict(zip(outlines["code"].astype(str), _sweref(outlines).geometry, strict=True))
    population = pd.to_numeric(frame["population"], errors="coerce") if "population" in frame else None
    rows = []
    for code, part in frame.groupby(codes, sort=True):
        people = population[part.index] if population is not None else None
        known = people is not None and bool(people.notna().all()) and bool((people > 0).all())
        geometry = shipped.get(str(code))
        if geometry is None:
            geometry = shapely.union_all(part.geometry.to_numpy())
        rows.append(
            {
                "name": names[str(code)],
                "code": str(code),
                "areas": len(part),
                "population": float(people.sum()) if known and people is not None else np.nan,
                "geometry": geometry,
            }
        )
    kommuner = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=["name", "code", "areas", "population", "geometry"]),
        geometry="geometry",
        crs=SWEREF,
    )
    kommun_of = dict(zip(frame["name"].astype(str), codes.map(names), strict=True))
    counts = pd.DataFrame(columns=["area", "category_label", "count", "sensitive"])
    if area_counts is not None and not area_counts.empty:
        known_areas = area_counts[area_counts["area"].astype(str).isin(kommun_of)]
        # Unknown sensitivity counts as sensitive (fail closed, as `map_data.area_payload` does).
        sensitive = (
            known_areas["sensitive"].map(lambda v: True if pd.isna(v) else bool(v))
            if "sensitive" in known_areas.columns
            else pd.Series(False, index=known_areas.index)
        )
        counts = (
            pd.DataFrame(
                {
                    "area": known_areas["area"].astype(str).map(kommun_of),
                    "category_label": known_areas["category_label"].map(
                        lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
                    ),
                    "count": known_areas["count"].astype(np.int64),
                    "sensitive": sensitive.astype(bool),
                }
            )
            .groupby(["area", "category_label", "sensitive"], as_index=False, sort=True)["count"]
            .sum()
        )
    cell_m = coarse_cell_m(frame)
    coarse = pd.DataFrame(columns=["area", "cell_e", "cell_n", "count", "east", "north"])
    if cells is not None and not cells.empty:
        area_names = cells["area"] if "area" in cells.columns else pd.Series("", index=cells.index)
        binned = pd.DataFrame(
            {
                "area": area_names.map(lambda a: kommun_of.get(str(a), "") if isinstance(a, str) else ""),
                "cell_e": np.floor(cells["east"].to_numpy(float) / cell_m).astype(np.int64),
                "cell_n": np.floor(cells["north"].to_numpy(float) / cell_m).astype(np.int64),
                "count": cells["count"].to_numpy(np.int64),
            }
        )
        coarse = binned.groupby(["area", "cell_e", "cell_n"], as_index=False, sort=True)["count"].sum()
        coarse["east"] = (coarse["cell_e"] + 0.5) * cell_m
        coarse["north"] = (coarse["cell_n"] + 0.5) * cell_m
    return KommunTotals(kommuner, counts, coarse, cell_m)


def notice_text(kommuner: int, areas: int) -> str:
    return (
        f"Kartan visar summor per kommun ({integer(kommuner)} kommuner, {integer(areas)} områden). "
        "Välj en kommun under ”Zooma till” för att se dess områden och rutor."
    )


class Notice(MacroElement):
    """A short text in the top-right corner, above the layer list (DOM text, not HTML); the initial
    view is fitted beside it (`FitView` pads by the right-hand controls)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var notice = L.control({position: "topright"});
                notice.onAdd = function () {
                    var div = L.DomUtil.create("div", "lb-notice");
                    div.setAttribute("role", "note");
                    div.textContent = {{ this.text }};
                    return div;
                };
                notice.addTo({{ this._parent.get_name() }});
            })();
        {% endmacro %}
        """
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Notice"
        self.text = map_data.script_json(text)


def build_kommun_map(
    areas: gpd.GeoDataFrame,
    cells: pd.DataFrame | None = None,
    area_counts: pd.DataFrame | None = None,
    shared: bool = False,
    period: str = "",
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    focus: Sequence[str] | None = None,
) -> folium.Map:
    """The map of a kommun view: kommun polygons coloured by their total (popups: counts per category),
    the kommun names and places for orientation, coarse cells (a layer off at first) and the notice."""
    fmap = maps.base_map(tile_url, tile_attribution)
    codes = tuple(sorted({str(c) for c in areas["kommun_code"].dropna()}))
    context = kommun_context(codes)
    totals = kommun_totals(areas, area_counts, cells, context.kommuner)
    tolerance = map_data.view_tolerance(areas)
    # Orientation: the kommun names (decluttered) and the places; no RegSO outlines at this scale.
    places = context.places[context.places["kind"] == "ort"]
    names = totals.kommuner[["name", "geometry"]]
    orientation = MapContext(context.regso.iloc[0:0], names, places)
    context_layer = ContextLayer(context_payload(orientation, (), tolerance, borders=False))
    context_layer.add_to(fmap)
    payload = map_data.area_payload(
        totals.kommuner.assign(kommun=None), totals.counts, None, period, None, tolerance, name_points=False
    )
    sums = pd.Series([sum(row[3][1::2]) for row in payload["areas"]], dtype=float)
    classes, legend = maps.count_classes(sums)
    for row, area_count, cls in zip(payload["areas"], totals.kommuner["areas"], classes, strict=True):
        row[1] = f"Summa för {integer(area_count)} områden"
        row.append(maps.PALETTE[int(cls)])
    maps.DataLayer(
        "areas",
        payload,
        len(totals.kommuner),
        KOMMUN_LAYER,
        {
            "color": "#1f4e79",
            "weight": 1,
            "fillColor": "#ffffff",
            "fillOpacity": 0.6,
            "className": "lb-kommun",
        },
    ).add_to(fmap)
    title = "Händelser per kommun" + (f" {period}" if period else "")
    legend_parts = [f"<b>{maps.esc(title)}</b><br>" + "<br>".join(legend)] if legend else []
    if not totals.cells.empty:
        uppers, spread, cell_legend = maps.class_breaks(totals.cells["count"])
        name = f"Händelser per ruta ({integer(totals.cell_m // 1000)} km)"
        maps.DataLayer(
            "cells",
            map_data.cell_payload(totals.cells, totals.cell_m, "square", uppers, spread),
            len(totals.cells),
            name,
            {"color": "#5a3d2b", "weight": 0.6, "fillOpacity": 0.75, "opacity": 0.8},
            list(maps.PALETTE),
            show=False,
        ).add_to(fmap)
        legend_parts.append(f"<b>{maps.esc(name)}</b> (i lagerlistan)<br>" + "<br>".join(cell_legend))
    if shared:
        legend_parts.append(
            "Delad vy: granskade händelser; känsliga<br>kategorier bara som antal per område."
        )
    fmap.add_child(maps.Legend("<br>".join(legend_parts)))
    fmap.add_child(Notice(notice_text(len(totals.kommuner), len(areas))))
    folium.LayerControl(position="topright", collapsed=False).add_to(fmap)
    framed = areas[areas["name"].isin(list(focus))] if focus else areas
    west, south, east, north = (framed if len(framed) else areas).to_crs(WGS84).total_bounds
    fmap.add_child(FitView([[float(south), float(west)], [float(north), float(east)]], context_layer))
    return fmap
