"""The map's data in compact form (issue 16: a 100,000-incident map under 1 MB), drawn by
dashboard/map_layers.js.

* Coordinates: whole metres in SWEREF 99 TM (about the 5 decimals in degrees sent before),
  delta-encoded per ring; the browser projects them (`LB.ll`, Lantmäteriet's Gauss-Krüger series).
  Outlines are simplified by `TOLERANCE_M` first, below a pixel at the map's zoom levels.
* Grid cells: integer cell indices and counts, grouped by area; squares are drawn in the browser.
* Popups and tooltips: plain data (names, numbers already formatted by `lagesbild.swedish`, and an
  area × category counts matrix); the browser builds them with textContent, so no text is HTML.

Pure: DataFrames in, JSON-ready lists out. What the map may show is decided before (the privacy gate
of `lagesbild.privacy.shared` and `dashboard.data.map_layers`); nothing here adds or drops a count.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from lagesbild.geo import SWEREF
from lagesbild.swedish import integer, kommun_name, number

TOLERANCE_M = 1.0
# Outlines are simplified to the scale of what the map shows: the extent's diagonal over this many
# (a metre for a kommun, about 85 m for all of Sweden, where a pixel of the first view is ~2 km).
VIEW_DIVISIONS = 20_000
JS_FILE = Path(__file__).with_name("map_layers.js")


@lru_cache(maxsize=1)
def layers_js() -> str:
    js = JS_FILE.read_text(encoding="utf-8")
    if "</script" in js.lower():  # pragma: no cover - guards an edit
        raise RuntimeError("map_layers.js kan inte bäddas in som den är")
    return js


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element (no `</script>`, no `<!--`)."""
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
    )


def _text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _ring(coords: Any) -> list[int]:
    xy = np.rint(np.asarray(coords, float)[:, :2]).astype(np.int64)
    keep = np.ones(len(xy), bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)  # repeated points after rounding
    xy = xy[keep]
    deltas = np.vstack([xy[:1], np.diff(xy, axis=0)])
    return [int(v) for v in deltas.ravel()]


def encode_shape(geom: Any, tolerance: float = TOLERANCE_M) -> list[list[list[int]]]:
    """A (multi)polygon in SWEREF 99 TM as polygons of rings [e0, n0, de1, dn1, ...] in whole metres."""
    if geom is None or geom.is_empty:
        return []
    if tolerance > 0:
        geom = geom.simplify(tolerance, preserve_topology=True)
    out = []
    for part in shapely.get_parts(geom):
        if part.geom_type != "Polygon" or part.is_empty:
            continue
        rings = [_ring(part.exterior.coords)] + [_ring(r.coords) for r in part.interiors]
        out.append([r for r in rings if len(r) >= 6])
    return [p for p in out if p]


def view_tolerance(frame: gpd.GeoDataFrame) -> float:
    """Metres of simplification for outlines shown together with `frame`'s areas (any CRS)."""
    if frame.empty:
        return TOLERANCE_M
    west, south, east, north = _sweref(frame).total_bounds
    return max(TOLERANCE_M, math.hypot(east - west, north - south) / VIEW_DIVISIONS)


def _sweref(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return frame if frame.crs is not None and frame.crs.to_epsg() == 3006 else frame.to_crs(SWEREF)


def area_payload(
    areas: gpd.GeoDataFrame,
    area_counts: pd.DataFrame | None = None,
    status: Mapping[str, str] | None = None,
    period: str = "",
    status_colours: Mapping[str, str] | None = None,
    tolerance: float | None = None,
    name_points: bool = True,
) -> dict[str, Any]:
    """Areas with their outline, label and popup data: {categories, facts (labels), areas: [name,
    kommun, facts [label index, text, ...], counts [category index, n, ...] (most first), colour, shape,
    label point [east, north] in metres]}.

    `area_counts`: area, category_label, count and optionally sensitive — this is the only place
    where sensitive categories appear on a shared map: as a count for the whole area. `tolerance`:
    metres of outline simplification (default: `view_tolerance(areas)`). `name_points=False`: no name
    point (the names are written by the decluttered orientation layer instead)."""
    categories: list[str] = []
    tolerance = view_tolerance(areas) if tolerance is None else tolerance
    per_area: dict[str, list[tuple[str, int]]] = {}
    if area_counts is not None and not area_counts.empty:
        frame = area_counts.sort_values("count", ascending=False, kind="stable")
        # Unknown (a label outside the taxonomy) counts as sensitive: fail closed, as before.
        sensitive = (
            frame["sensitive"].map(lambda v: True if pd.isna(v) else bool(v))
            if "sensitive" in frame.columns
            else pd.Series(False, index=frame.index)
        )
        for name, label, count, hidden in zip(
            frame["area"], frame["category_label"], frame["count"], sensitive, strict=True
        ):
            text = _text(label) + (" (endast per område)" if hidden else "")
            per_area.setdefault(str(name), []).append((text, int(count)))
    index: dict[str, int] = {}
    rows = []
    for _, area in _sweref(areas).iterrows():
        name = str(area["name"])
        counts: list[int] = []
        for label, count in per_area.get(name, []):
            if label not in index:
                index[label] = len(categories)
                categories.append(label)
            counts += [index[label], count]
        total = sum(counts[1::2])
        facts: list[int | str] = [0, str(total)]
        population = area.get("population")
        if population and not pd.isna(population):
            facts += [1, integer(population), 2, number(1000 * total / float(population))]
        state = status.get(name) if status else None
        if state:
            facts += [3, str(state)]
        colour = (status_colours or {}).get(str(state)) if state else None
        kommun = kommun_name(area["kommun"]) if area.get("kommun") else ""
        # The name's point, inside the area: a label placed once, not a tooltip Leaflet measures again
        # at every move (at 900 areas that measuring was most of the map's first draw).
        point = area.geometry.representative_point() if name_points and not area.geometry.is_empty else None
        where = [round(point.x), round(point.y)] if point is not None else []
        rows.append([name, kommun, facts, counts, colour, encode_shape(area.geometry, tolerance), where])
    labels = ["Händelser" + (f" {period}" if period else ""), "Invånare", "Per 1 000 invånare", "Status"]
    return {"categories": categories, "facts": labels, "areas": rows}


def cell_payload(
    cells: pd.DataFrame, cell_m: int, shape: str, uppers: Sequence[int], spread: Sequence[int]
) -> dict[str, Any]:
    """Grid cells grouped by area: `square` as cell indices (east // cell_m), `circle` (the shared
    view's cells moved inside their area) as whole metres; both delta-encoded with the count."""
    names_col = cells["area"].map(_text) if "area" in cells.columns else pd.Series("", index=cells.index)
    east = cells["east"].to_numpy(float)
    north = cells["north"].to_numpy(float)
    if shape == "square":
        e = np.floor(east / cell_m).astype(np.int64)
        n = np.floor(north / cell_m).astype(np.int64)
    else:
        e, n = np.rint(east).astype(np.int64), np.rint(north).astype(np.int64)
    frame = pd.DataFrame(
        {"name": names_col.to_numpy(), "e": e, "n": n, "count": cells["count"].to_numpy(np.int64)}
    ).sort_values(["name", "n", "e"], kind="stable")
    names = list(dict.fromkeys(frame["name"]))
    runs = [[names.index(k), int(v)] for k, v in frame.groupby("name", sort=False).size().items()]
    de = np.diff(frame["e"].to_numpy(), prepend=0)
    dn = np.diff(frame["n"].to_numpy(), prepend=0)
    flat = np.column_stack([de, dn, frame["count"].to_numpy()]).ravel()
    return {
        "shape": shape,
        "size": int(cell_m),
        "names": names,
        "runs": runs,
        "g": [int(v) for v in flat],
        "uppers": [int(u) for u in uppers],
        "spread": [int(s) for s in spread],
        "top": max(int(frame["count"].max()), 1) if len(frame) else 1,
    }


def hotspot_payload(
    cells: gpd.GeoDataFrame, classes: Sequence[str], colours: Sequence[str], cell_m: int
) -> dict[str, Any]:
    """Significant Gi* cells: [class index, count, label, trend, cell e, cell n, shape or None]; the
    shape only where the cell is clipped by its area's boundary (else the browser draws the square)."""
    frame = _sweref(cells)
    # Only the classes drawn, so that the page names no class it does not show.
    present = [c for c in classes if c in set(frame["class"].astype(str))]
    colours = [colour for c, colour in zip(classes, colours, strict=True) if c in present]
    classes = present
    rows = []
    missing = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    labels = frame["label"] if "label" in frame.columns else missing
    trends = frame["emerging"] if "emerging" in frame.columns else missing
    for cls, count, label, trend, ce, cn, geom in zip(
        frame["class"].astype(str),
        frame["count"].astype(int),
        labels,
        trends,
        frame["cell_e"].astype(int),
        frame["cell_n"].astype(int),
        frame.geometry,
        strict=True,
    ):
        whole = (
            geom is not None and abs(geom.area - cell_m * cell_m) < 1.0 and len(shapely.get_parts(geom)) == 1
        )
        rows.append(
            [
                classes.index(cls),
                int(count),
                _text(label),
                _text(trend),
                int(ce),
                int(cn),
                None if whole else encode_shape(geom),
            ]
        )
    return {"cells": rows, "size": int(cell_m), "classes": list(classes), "colours": list(colours)}


def point_payload(points: pd.DataFrame) -> dict[str, Any]:
    """Individual incidents (internal view only): [east, north, category, when, area, place, source,
    description], positions in whole metres."""
    pts = points.dropna(subset=["east", "north"])
    rows = []
    for row in pts.itertuples(index=False):
        when = getattr(row, "occurred_at", None)
        if isinstance(when, pd.Timestamp | dt.datetime):
            when = pd.Timestamp(when).tz_convert("Europe/Stockholm").strftime("%Y-%m-%d %H:%M")
        rows.append(
            [
                round(float(row.east)),
                round(float(row.north)),
                *(_text(getattr(row, f, None)) for f in ("category_label",)),
                _text(when),
                *(_text(getattr(row, f, None)) for f in ("area", "place", "source", "description")),
            ]
        )
    return {"points": rows}
