"""Location generalisation for shared outputs (weekly picture, PDF, exports, shared map).

Rules (after police.uk): a published point stands for a public place or a grid cell, never for an
address; it never crosses an area boundary; sensitive categories and reports that only know their
kommun or area are shown at area level, without a point.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, box

from lagesbild.vocabulary import AREA_LEVEL


def _snap_into_area(east: float, north: float, grid_m: int, polygon: object) -> tuple[float, float]:
    """Centre of the grid cell, or, where the cell straddles the boundary, a point inside its part
    of the area — so no point is ever published on the wrong side of an area boundary."""
    cell_e = np.floor(east / grid_m) * grid_m
    cell_n = np.floor(north / grid_m) * grid_m
    centre = Point(cell_e + grid_m / 2, cell_n + grid_m / 2)
    if polygon is None or polygon.contains(centre):  # type: ignore[attr-defined]
        return centre.x, centre.y
    part = polygon.intersection(box(cell_e, cell_n, cell_e + grid_m, cell_n + grid_m))  # type: ignore[attr-defined]
    point = part.representative_point() if not part.is_empty else polygon.representative_point()  # type: ignore[attr-defined]
    return point.x, point.y


def generalise(
    incidents: pd.DataFrame, areas: gpd.GeoDataFrame, places: pd.DataFrame, grid_m: int = 250
) -> pd.DataFrame:
    """Add gen_east, gen_north (None at area level), gen_place (public label) and gen_level.

    `incidents` needs east, north, area, location_precision and sensitive; `places` is the gazetteer
    (name, area, east, north, public).
    """
    polygons = dict(zip(areas["name"], areas.geometry, strict=True))
    public = places[places["public"].astype(bool)] if not places.empty else places
    out = incidents.copy()
    gen_e: list[float | None] = []
    gen_n: list[float | None] = []
    labels: list[str] = []
    levels: list[str] = []
    for row in incidents.itertuples(index=False):
        area = row.area if isinstance(row.area, str) else None
        at_area_level = (
            bool(row.sensitive) or row.location_precision in AREA_LEVEL or pd.isna(row.east) or area is None
        )
        if at_area_level:
            gen_e.append(None)
            gen_n.append(None)
            labels.append(area or "kommunen (ej områdesbestämd)")
            levels.append("område")
            continue
        candidates = public[public["area"] == area]
        nearest_name, nearest_d = None, np.inf
        if not candidates.empty:
            d = np.hypot(
                candidates["east"].to_numpy(float) - row.east, candidates["north"].to_numpy(float) - row.north
            )
            k = int(np.argmin(d))
            nearest_name, nearest_d = str(candidates["name"].iloc[k]), float(d[k])
            if nearest_d <= grid_m / 2:
                gen_e.append(float(candidates["east"].iloc[k]))
                gen_n.append(float(candidates["north"].iloc[k]))
                labels.append(nearest_name)
                levels.append("plats")
                continue
        e, n = _snap_into_area(float(row.east), float(row.north), grid_m, polygons.get(area))
        gen_e.append(e)
        gen_n.append(n)
        labels.append(
            f"{area}, nära {nearest_name}" if nearest_name and nearest_d <= 2 * grid_m else str(area)
        )
        levels.append("ruta")
    out["gen_east"] = pd.array(gen_e, dtype="Float64")
    out["gen_north"] = pd.array(gen_n, dtype="Float64")
    out["gen_place"] = labels
    out["gen_level"] = levels
    return out


def clip_cells(cells: pd.DataFrame, areas: gpd.GeoDataFrame, grid_m: int) -> pd.DataFrame:
    """Grid-cell counts (east, north = cell centre, area) moved inside their area where needed."""
    polygons = dict(zip(areas["name"], areas.geometry, strict=True))
    out = cells.copy()
    moved = [
        _snap_into_area(e - grid_m / 2 + 1e-6, n - grid_m / 2 + 1e-6, grid_m, polygons.get(area))
        for e, n, area in zip(cells["east"], cells["north"], cells["area"], strict=True)
    ]
    out["east"] = [m[0] for m in moved]
    out["north"] = [m[1] for m in moved]
    return out
