"""A Gaussian kernel density surface of incident points on a regular grid, for maps."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import shapely

# scipy.spatial is imported where used: it is a large share of the dashboard's start-up.


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
