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
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

# scipy.special, scipy.sparse and scipy.spatial are imported where used: the dashboard's pages import
# this module but most compute no hotspots, and scipy.spatial alone is a large share of start-up.
from shapely.geometry import box

from lagesbild.errors import UserInputError
from lagesbild.weeks import week_from_index, week_index, week_span

if TYPE_CHECKING:
    from libpysal.weights import W

SWEREF = "EPSG:3006"
HOT99 = "hotspot 99 %"
HOT95 = "hotspot 95 %"
NOT_SIGNIFICANT = "ej signifikant"
COLD95 = "coldspot 95 %"
COLD99 = "coldspot 99 %"
CLASSES = (HOT99, HOT95, NOT_SIGNIFICANT, COLD95, COLD99)

# Emerging-hotspot classes (see emerging_hotspots)
NEW = "ny"
INTENSIFYING = "intensifierande"
PERSISTENT = "ihållande"
DIMINISHING = "avtagande"
SPORADIC = "sporadisk"
NO_PATTERN = "inget mönster"
EMERGING_CLASSES = (NEW, INTENSIFYING, PERSISTENT, DIMINISHING, SPORADIC, NO_PATTERN)

DEFAULT_SEED = 20260101
Inference = Literal["total", "conditional"]


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


def _grid_weights(cell_e: np.ndarray, cell_n: np.ndarray, radius_cells: float) -> W:
    """Binary weights: neighbours are cells whose centres lie within radius_cells (cell units)."""
    from libpysal.weights import W  # imported on use: libpysal takes a second to import

    pos = {(int(e), int(n)): k for k, (e, n) in enumerate(zip(cell_e, cell_n, strict=True))}
    r = int(math.floor(radius_cells + 1e-9))
    offsets = [
        (a, b)
        for a in range(-r, r + 1)
        for b in range(-r, r + 1)
        if (a or b) and a * a + b * b <= radius_cells**2 + 1e-9
    ]
    neighbours: dict[int, list[int]] = {}
    for (e, n), k in pos.items():
        neighbours[k] = [pos[(e + a, n + b)] for a, b in offsets if (e + a, n + b) in pos]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return W(neighbours, silence_warnings=True)


def _bh(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values."""
    n = p.size
    if n == 0:
        return p
    order = np.argsort(p)
    ranked = p[order] * n / np.arange(1, n + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def classify(z: np.ndarray, p: np.ndarray, z_sim: np.ndarray | None = None) -> np.ndarray:
    """Hotspot class from Gi* z and a two-sided p-value; with ``z_sim`` both z must agree in sign."""
    z = np.asarray(z, float)
    p = np.asarray(p, float)
    zs = z if z_sim is None else np.asarray(z_sim, float)
    hot = (z > 0) & (zs > 0)
    cold = (z < 0) & (zs < 0)
    out = np.full(z.shape, NOT_SIGNIFICANT, dtype=object)
    out[hot & (p < 0.05)] = HOT95
    out[hot & (p < 0.01)] = HOT99
    out[cold & (p < 0.05)] = COLD95
    out[cold & (p < 0.01)] = COLD99
    return out


def _total_randomisation(y: np.ndarray, w: W, permutations: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Permutation z and two-sided pseudo p of Gi* when all counts are shuffled over all cells.

    This is the null of Getis and Ord's own moments: the counts are exchangeable between cells. The
    neighbourhood sums (the cell itself included) of every permutation are one sparse product.
    """
    n = y.size
    from scipy import sparse

    wstar = (w.sparse.tocsr() != 0).astype(float) + sparse.identity(n, format="csr")
    observed = wstar @ y
    rng = np.random.default_rng(seed)
    at_least = np.zeros(n)
    at_most = np.zeros(n)
    total = np.zeros(n)
    total_sq = np.zeros(n)
    batch = max(1, min(permutations, 2_000_000 // max(n, 1)))
    done = 0
    while done < permutations:
        size = min(batch, permutations - done)
        shuffled = rng.permuted(np.repeat(y[:, None], size, axis=1), axis=0)
        sums = np.asarray(wstar @ shuffled)
        at_least += (sums >= observed[:, None] - 1e-9).sum(axis=1)
        at_most += (sums <= observed[:, None] + 1e-9).sum(axis=1)
        total += sums.sum(axis=1)
        total_sq += (sums**2).sum(axis=1)
        done += size
    mean = total / permutations
    sd = np.sqrt(np.maximum(total_sq / permutations - mean**2, 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        z_sim = np.where(sd > 0, (observed - mean) / sd, 0.0)
    p = np.minimum(1.0, 2.0 * (np.minimum(at_least, at_most) + 1) / (permutations + 1))
    return z_sim, p


def gi_star(
    counts: np.ndarray,
    cell_e: np.ndarray,
    cell_n: np.ndarray,
    *,
    radius_cells: float = 1.5,
    permutations: int = 999,
    seed: int = DEFAULT_SEED,
    inference: Inference = "total",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gi* for the cells of one area: analytic z (esda, Getis–Ord), permutation z and two-sided pseudo p.

    ``inference="total"`` (default): the counts are shuffled over all cells, the cell's own count
    included (Getis and Ord's null; a very busy cell is a hotspot together with its neighbours).
    ``inference="conditional"``: esda's conditional randomisation (``p_sim``), which keeps the cell's
    own count fixed and only asks whether its neighbours are unusually high given that count, so the
    busiest cell of a cluster can come out "ej signifikant" while its neighbours are hotspots.
    The p-value is two-sided: 2 × the folded one-sided p, capped at 1. Without permutations the normal
    p of the analytic z is used. Where Gi* is undefined (all counts equal): z = 0, p = 1.
    """
    if inference not in ("total", "conditional"):
        raise UserInputError(f"Okänd inferens {inference!r}: välj 'total' eller 'conditional'")
    y = np.asarray(counts, float)
    n = y.size
    if n < 3 or np.all(y == y[0]):
        return np.zeros(n), np.zeros(n), np.ones(n)
    w = _grid_weights(cell_e, cell_n, radius_cells)
    from esda.getisord import G_Local

    conditional = inference == "conditional" and permutations > 0
    with warnings.catch_warnings():
        # esda announces a change of its default alternative; we fold the directed p ourselves.
        warnings.simplefilter("ignore")
        g = G_Local(
            y,
            w,
            transform="B",
            star=True,
            permutations=permutations if conditional else 0,
            seed=seed,
            n_jobs=1,
        )
    z = np.nan_to_num(np.asarray(g.Zs, float))
    if conditional:
        return z, np.nan_to_num(np.asarray(g.z_sim, float)), np.minimum(1.0, 2.0 * np.asarray(g.p_sim, float))
    if permutations > 0:
        z_sim, p = _total_randomisation(y, w, permutations, seed)
        return z, z_sim, p
    from scipy import special

    return z, z, 2.0 * special.ndtr(-np.abs(z))  # norm.sf, without importing scipy.stats


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
            p = _bh(p)
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
        from scipy import stats  # only here: scipy.stats is slow to import (see change.py)

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


# --- kernel density ---------------------------------------------------------------------------------


def kernel_density(
    incidents: pd.DataFrame,
    *,
    bandwidth: float = 200.0,
    cell_size: float = 50.0,
    within: shapely.Geometry | None = None,
    bounds: tuple[float, float, float, float] | None = None,
) -> pd.DataFrame:
    """Gaussian kernel density of incident points on a regular grid, for maps.

    Returns ``east, north`` (cell centres, EPSG:3006) and ``density`` in incidents per km² (the
    Gaussian kernel with standard deviation ``bandwidth`` metres, cut at 4 bandwidths). The grid
    covers ``bounds``, else ``within``'s bounds (and keeps only centres inside ``within``), else the
    points padded by 3 bandwidths. Use ``attrs['cell_size']`` to pivot it into an image.
    """
    east = pd.to_numeric(incidents["east"], errors="coerce").to_numpy(float)
    north = pd.to_numeric(incidents["north"], errors="coerce").to_numpy(float)
    ok = np.isfinite(east) & np.isfinite(north)
    pts = np.column_stack([east[ok], north[ok]])
    if bounds is None:
        if within is not None:
            bounds = within.bounds
        elif len(pts):
            pad = 3 * bandwidth
            bounds = (
                pts[:, 0].min() - pad,
                pts[:, 1].min() - pad,
                pts[:, 0].max() + pad,
                pts[:, 1].max() + pad,
            )
        else:
            return pd.DataFrame({"east": [], "north": [], "density": []})
    minx, miny, maxx, maxy = bounds
    ge = (np.arange(math.floor(minx / cell_size), math.ceil(maxx / cell_size)) + 0.5) * cell_size
    gn = (np.arange(math.floor(miny / cell_size), math.ceil(maxy / cell_size)) + 0.5) * cell_size
    gx, gy = (g.ravel() for g in np.meshgrid(ge, gn, indexing="ij"))
    if within is not None:
        keep = shapely.contains_xy(within, gx, gy)
        gx, gy = gx[keep], gy[keep]
    density: np.ndarray = np.zeros(gx.size)
    if len(pts) and gx.size:
        grid = np.column_stack([gx, gy])
        from scipy.spatial import cKDTree

        hits = cKDTree(grid).query_ball_point(pts, 4 * bandwidth)
        lengths = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
        if lengths.sum():
            cell = np.concatenate([np.asarray(h, dtype=np.int64) for h in hits])
            point = np.repeat(np.arange(len(pts)), lengths)
            d2 = ((grid[cell] - pts[point]) ** 2).sum(axis=1)
            kernel = np.exp(-0.5 * d2 / bandwidth**2) / (2 * np.pi * bandwidth**2)
            density = np.bincount(cell, weights=kernel, minlength=gx.size) * 1e6
    frame = pd.DataFrame({"east": gx, "north": gy, "density": density})
    frame.attrs["cell_size"] = cell_size
    frame.attrs["bandwidth"] = bandwidth
    return frame


def cell_polygon(cell_e: int, cell_n: int, cell_size: float) -> shapely.Geometry:
    """The full square of a cell (before clipping)."""
    return box(cell_e * cell_size, cell_n * cell_size, (cell_e + 1) * cell_size, (cell_n + 1) * cell_size)
