"""Hotspots on a square grid: Getis-Ord Gi*, emerging hotspots over time and a kernel density surface.

Points are SWEREF 99 TM (EPSG:3006) ``east``/``north``. The grid is aligned on multiples of the cell
size (cell = floor(east / size), floor(north / size)), the same binning as
:func:`lagesbild.queries.grid_counts`, and clipped to each area polygon: every area is analysed on
its own, with its own cells, and a point counts in the area whose polygon contains it.

Gi* (esda.G_Local, ``star=True``, binary weights: a cell and its neighbours within ``distance``,
by default 1.5 cells = the 3 × 3 block) compares the count of a neighbourhood with the whole area;
``gi_z`` is Getis and Ord's analytic z. ``p`` is a two-sided pseudo p-value from permutations with a
fixed seed: by default *total* randomisation (all cell counts shuffled over the area's cells, the null
of Getis and Ord's own moments), or esda's *conditional* randomisation with ``inference="conditional"``.
The class is ``hotspot 99 %`` (z > 0, p < 0.01), ``hotspot 95 %`` (p < 0.05), ``coldspot …`` likewise
for z < 0, else ``ej signifikant``. With ``fdr=True`` the p-values of an area are Benjamini–Hochberg
adjusted first.

The parts: `grid` (the clipped grid and the counts), `gi_star` (the statistic and the classes),
`density` (the kernel density surface); this module runs them per area and over time slices.
"""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd

from lagesbild.analysis.density import kernel_density
from lagesbild.analysis.gi_star import (
    CLASSES,
    COLD95,
    COLD99,
    DEFAULT_SEED,
    HOT95,
    HOT99,
    NOT_SIGNIFICANT,
    Inference,
    bh,
    classify,
    gi_star,
)
from lagesbild.analysis.grid import SWEREF, cell_polygon, count_cells, grid_cells, points_in_areas
from lagesbild.weeks import week_from_index, week_index, week_span

# Emerging-hotspot classes (see emerging_hotspots)
NEW = "ny"
INTENSIFYING = "intensifierande"
PERSISTENT = "ihållande"
DIMINISHING = "avtagande"
SPORADIC = "sporadisk"
NO_PATTERN = "inget mönster"
EMERGING_CLASSES = (NEW, INTENSIFYING, PERSISTENT, DIMINISHING, SPORADIC, NO_PATTERN)


def hotspots(
    incidents: pd.DataFrame,
    areas: gpd.GeoDataFrame,
    *,
    cell_size: float = 250.0,
    distance: float | None = None,
    permutations: int = 999,
    seed: int = DEFAULT_SEED,
    fdr: bool = False,
    inference: Inference = "total",
    weeks: tuple[str, str] | None = None,
    gazetteer: pd.DataFrame | None = None,
    name_col: str = "name",
    cells: gpd.GeoDataFrame | None = None,
) -> gpd.GeoDataFrame:
    """Gi* hotspots per area on a square grid.

    ``incidents``: ``east``, ``north`` (SWEREF 99 TM) and, when ``weeks=(first, last)`` selects the
    period, ``iso_week``. ``areas``: polygons in EPSG:3006 with their name in ``name_col``.
    ``distance``: neighbourhood radius in metres (default 1.5 × cell size, the 3 × 3 block).
    ``gazetteer`` (name, east, north, public[, area]) adds ``label`` ("nära Fisksätra centrum").
    ``cells``: the grid of :func:`grid_cells` for these areas and cell size when the caller has it
    (clipping squares to real area polygons is the costly part; the emerging slices share one grid).

    Returns one row per cell: area, cell_e, cell_n, east, north, count, gi_z (analytic Gi* z),
    z_sim (permutation z), p (two-sided pseudo p), class[, label], geometry (the clipped cell, EPSG:3006).
    A hotspot needs both z > 0 and p below the level; a coldspot both z < 0.
    """
    if weeks is not None:
        selected = set(week_span(*weeks))
        incidents = incidents[incidents["iso_week"].isin(selected)]
    cells = count_cells(incidents, areas, cell_size, name_col, cells)
    radius = (distance if distance is not None else 1.5 * cell_size) / cell_size
    cells["gi_z"] = 0.0
    cells["z_sim"] = 0.0
    cells["p"] = 1.0
    for _, part in cells.groupby("area", sort=False):
        z, z_sim, p = gi_star(
            part["count"].to_numpy(),
            part["cell_e"].to_numpy(),
            part["cell_n"].to_numpy(),
            radius_cells=radius,
            permutations=permutations,
            seed=seed,
            inference=inference,
        )
        if fdr:
            p = bh(p)
        cells.loc[part.index, "gi_z"] = z
        cells.loc[part.index, "z_sim"] = z_sim
        cells.loc[part.index, "p"] = p
    cells["class"] = classify(cells["gi_z"].to_numpy(), cells["p"].to_numpy(), cells["z_sim"].to_numpy())
    if gazetteer is not None:
        cells["label"] = place_labels(cells, gazetteer)
    columns = ["area", "cell_e", "cell_n", "east", "north", "count", "gi_z", "z_sim", "p", "class"]
    columns += ["label"] if gazetteer is not None else []
    return gpd.GeoDataFrame(cells[[*columns, "geometry"]], geometry="geometry", crs=SWEREF)


def place_labels(
    cells: pd.DataFrame, gazetteer: pd.DataFrame, max_distance: float = 1000.0, same_area: bool = True
) -> pd.Series:
    """'nära <närmaste offentliga plats>' for each cell centre, else the area name.

    Only public places are used (``public`` true). When the gazetteer has an ``area`` column and
    ``same_area`` is set, a place in the cell's own area is preferred (a label never crosses an area
    boundary unless the area has no public place at all).
    """
    public = gazetteer[gazetteer["public"].fillna(False).astype(bool)].dropna(subset=["east", "north"])
    out = pd.Series(cells["area"].astype(object).to_numpy(), index=cells.index, dtype=object)
    if public.empty or cells.empty:
        return out
    groups: list[tuple[pd.Index, pd.DataFrame]] = []
    if same_area and "area" in public.columns:
        for area, part in cells.groupby("area", sort=False):
            local = public[public["area"] == area]
            groups.append((part.index, local if not local.empty else public))
    else:
        groups.append((cells.index, public))
    for index, places in groups:
        from scipy.spatial import cKDTree

        tree = cKDTree(places[["east", "north"]].to_numpy(float))
        dist, nearest = tree.query(cells.loc[index, ["east", "north"]].to_numpy(float))
        names = places["name"].to_numpy(object)[nearest]
        near = dist <= max_distance
        out.loc[index[near]] = ["nära " + str(n) for n in names[near]]
    return out


# --- emerging hotspots -----------------------------------------------------------------------------


def _slices(weeks: Sequence[str], slice_weeks: int) -> list[list[str]]:
    return [list(weeks[i : i + slice_weeks]) for i in range(0, len(weeks), slice_weeks)]


def emerging_hotspots(
    incidents: pd.DataFrame,
    areas: gpd.GeoDataFrame,
    *,
    weeks: tuple[str, str] | None = None,
    slice_weeks: int = 1,
    cell_size: float = 250.0,
    distance: float | None = None,
    permutations: int = 499,
    seed: int = DEFAULT_SEED,
    trend_alpha: float = 0.05,
    persistent_share: float = 0.9,
    inference: Inference = "total",
    gazetteer: pd.DataFrame | None = None,
    name_col: str = "name",
    cells: gpd.GeoDataFrame | None = None,
) -> gpd.GeoDataFrame:
    """Emerging-hotspot class per cell over time slices of ``slice_weeks`` ISO weeks.

    Gi* is computed per slice (as in :func:`hotspots`); "hot" means hotspot 95 % or 99 % in that slice.
    The trend is Mann–Kendall (Kendall's tau of the cell's Gi* z against time, ``trend_alpha``).
    Classes, checked in this order:

    - ``ny``: hot in the last slice and in no earlier slice;
    - ``intensifierande``: hot in the last slice with a significant upward trend;
    - ``avtagande``: hot in some slice with a significant downward trend;
    - ``ihållande``: hot in at least 90 % of the slices, no significant trend;
    - ``sporadisk``: hot in some slices, none of the above;
    - ``inget mönster``: never hot.

    Returns the grid with count (whole period), n_slices, n_hot, last_hot, trend_tau, trend_p,
    last_z, emerging[, label], geometry.
    """
    if weeks is None:
        idx = week_index(incidents["iso_week"].to_numpy())
        weeks = (week_from_index(int(idx.min())), week_from_index(int(idx.max())))
    slices = _slices(week_span(*weeks), slice_weeks)
    cells = grid_cells(areas, cell_size, name_col) if cells is None else cells
    z_cols, hot_cols, total = [], [], np.zeros(len(cells), dtype=np.int64)
    for number, part in enumerate(slices):
        chosen = incidents[incidents["iso_week"].isin(set(part))]
        spots = hotspots(
            chosen,
            areas,
            cell_size=cell_size,
            distance=distance,
            permutations=permutations,
            seed=seed + number,
            inference=inference,
            name_col=name_col,
            cells=cells,
        )
        spots = cells[["area", "cell_e", "cell_n"]].merge(spots, on=["area", "cell_e", "cell_n"], how="left")
        z_cols.append(spots["gi_z"].fillna(0.0).to_numpy())
        hot_cols.append(spots["class"].isin([HOT95, HOT99]).to_numpy())
        total += spots["count"].fillna(0).to_numpy(np.int64)
    z = np.column_stack(z_cols)
    hot = np.column_stack(hot_cols)
    n_slices = len(slices)
    taus = np.zeros(len(cells))
    ps = np.ones(len(cells))
    if n_slices >= 3:
        from scipy import stats  # only here: scipy.stats is slow to import (see count_tails.py)

        time = np.arange(n_slices)
        for row in range(len(cells)):
            if np.ptp(z[row]) > 0:
                result = stats.kendalltau(time, z[row])
                taus[row] = float(result.statistic)
                ps[row] = float(result.pvalue)
    n_hot = hot.sum(axis=1)
    last_hot = hot[:, -1]
    up = (taus > 0) & (ps < trend_alpha)
    down = (taus < 0) & (ps < trend_alpha)
    label = np.full(len(cells), NO_PATTERN, dtype=object)
    label[n_hot > 0] = SPORADIC
    label[(n_hot >= persistent_share * n_slices) & (n_hot > 0)] = PERSISTENT
    label[(n_hot > 0) & down] = DIMINISHING
    label[last_hot & up] = INTENSIFYING
    label[last_hot & (n_hot == 1) & (n_slices > 1)] = NEW
    out = cells.assign(
        count=total,
        n_slices=n_slices,
        n_hot=n_hot,
        last_hot=last_hot,
        trend_tau=taus,
        trend_p=ps,
        last_z=z[:, -1],
        emerging=label,
    )
    if gazetteer is not None:
        out["label"] = place_labels(out, gazetteer)
    return gpd.GeoDataFrame(out, geometry="geometry", crs=SWEREF)


__all__ = [
    "CLASSES",
    "COLD95",
    "COLD99",
    "DEFAULT_SEED",
    "DIMINISHING",
    "EMERGING_CLASSES",
    "HOT95",
    "HOT99",
    "INTENSIFYING",
    "NEW",
    "NOT_SIGNIFICANT",
    "NO_PATTERN",
    "PERSISTENT",
    "SPORADIC",
    "SWEREF",
    "Inference",
    "cell_polygon",
    "classify",
    "count_cells",
    "emerging_hotspots",
    "gi_star",
    "grid_cells",
    "hotspots",
    "kernel_density",
    "place_labels",
    "points_in_areas",
]
