"""The square grid of the hotspot analysis: cells aligned on multiples of the cell size (cell =
floor(east / size), floor(north / size), the binning of :func:`lagesbild.queries.grid_counts`), clipped
to each area polygon, and the incidents counted in them (a point counts in the area whose polygon
contains it)."""

from __future__ import annotations

import math
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import box

SWEREF = "EPSG:3006"


def grid_cells(areas: gpd.GeoDataFrame, cell_size: float = 250.0, name_col: str = "name") -> gpd.GeoDataFrame:
    """Square cells of each area clipped to its polygon: area, cell_e, cell_n (integer cell indices),
    east, north (centre of the full square) and geometry (the square ∩ the polygon, EPSG:3006)."""
    frames = []
    for name, polygon in zip(areas[name_col], areas.geometry, strict=True):
        if polygon is None or polygon.is_empty:
            continue
        minx, miny, maxx, maxy = polygon.bounds
        ie = np.arange(math.floor(minx / cell_size), math.ceil(maxx / cell_size))
        jn = np.arange(math.floor(miny / cell_size), math.ceil(maxy / cell_size))
        ge, gn = (g.ravel() for g in np.meshgrid(ie, jn, indexing="ij"))
        squares = shapely.box(ge * cell_size, gn * cell_size, (ge + 1) * cell_size, (gn + 1) * cell_size)
        clipped = _clip(squares, polygon)
        keep = shapely.area(clipped) > 0
        frames.append(
            gpd.GeoDataFrame(
                {
                    "area": name,
                    "cell_e": ge[keep],
                    "cell_n": gn[keep],
                    "east": (ge[keep] + 0.5) * cell_size,
                    "north": (gn[keep] + 0.5) * cell_size,
                },
                geometry=clipped[keep],
                crs=SWEREF,
            )
        )
    if not frames:
        return gpd.GeoDataFrame(
            {"area": [], "cell_e": [], "cell_n": [], "east": [], "north": []}, geometry=[], crs=SWEREF
        )
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=SWEREF)


def _clip(squares: np.ndarray, polygon: Any) -> np.ndarray:
    """Each square ∩ the polygon. Most squares lie wholly inside or outside a real area: only those on
    its boundary are intersected (GEOS per square was most of a map's hotspot time). The same shapes
    as `shapely.intersection` for all of them (tests/test_analysis_hotspots.py)."""
    shapely.prepare(polygon)
    inside = shapely.contains_properly(polygon, squares)
    boundary = ~inside & shapely.intersects(polygon, squares)
    out = np.full(len(squares), shapely.Polygon(), dtype=object)
    out[inside] = squares[inside]
    out[boundary] = shapely.intersection(squares[boundary], polygon)
    return out


def points_in_areas(incidents: pd.DataFrame, areas: gpd.GeoDataFrame, name_col: str = "name") -> pd.Series:
    """The area whose polygon contains each incident point (None outside every area or without a point)."""
    east = pd.to_numeric(incidents["east"], errors="coerce").to_numpy(float)
    north = pd.to_numeric(incidents["north"], errors="coerce").to_numpy(float)
    out = np.full(len(incidents), None, dtype=object)
    assigned = ~(np.isfinite(east) & np.isfinite(north))
    for name, polygon in zip(areas[name_col], areas.geometry, strict=True):
        if polygon is None or polygon.is_empty:
            continue
        inside = np.zeros(len(incidents), dtype=bool)
        inside[~assigned] = shapely.contains_xy(polygon, east[~assigned], north[~assigned])
        out[inside] = name
        assigned |= inside
    return pd.Series(out, index=incidents.index, name="area")


def count_cells(
    incidents: pd.DataFrame,
    areas: gpd.GeoDataFrame,
    cell_size: float = 250.0,
    name_col: str = "name",
    cells: gpd.GeoDataFrame | None = None,
) -> gpd.GeoDataFrame:
    """The grid of :func:`grid_cells` with ``count``: incidents whose point lies in the cell and area."""
    cells = grid_cells(areas, cell_size, name_col) if cells is None else cells.copy()
    area = points_in_areas(incidents, areas, name_col)
    pts = pd.DataFrame(
        {
            "area": area,
            "cell_e": np.floor(pd.to_numeric(incidents["east"], errors="coerce") / cell_size),
            "cell_n": np.floor(pd.to_numeric(incidents["north"], errors="coerce") / cell_size),
        }
    ).dropna()
    counts = pts.astype({"cell_e": np.int64, "cell_n": np.int64}).value_counts().rename("count").reset_index()
    cells = cells.merge(counts, on=["area", "cell_e", "cell_n"], how="left")
    cells["count"] = cells["count"].fillna(0).astype(np.int64)
    return cells


def cell_polygon(cell_e: int, cell_n: int, cell_size: float) -> shapely.Geometry:
    """The full square of a cell (before clipping)."""
    return box(cell_e * cell_size, cell_n * cell_size, (cell_e + 1) * cell_size, (cell_n + 1) * cell_size)
