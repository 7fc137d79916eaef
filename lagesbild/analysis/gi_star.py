"""Getis-Ord Gi* on the cells of one area, and the hotspot classes.

Binary weights (a cell and its neighbours within a radius); ``gi_z`` is Getis and Ord's analytic z,
``p`` a two-sided pseudo p-value from permutations with a fixed seed, by *total* randomisation (all
cell counts shuffled over the area's cells) or esda's *conditional* randomisation; Benjamini–Hochberg
adjustment for ``fdr=True``."""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING, Literal

import numpy as np

# scipy.special and scipy.sparse, esda and libpysal are imported where used: the dashboard's pages
# import this module but most compute no hotspots.
from lagesbild.errors import UserInputError

if TYPE_CHECKING:
    from libpysal.weights import W

HOT99 = "hotspot 99 %"
HOT95 = "hotspot 95 %"
NOT_SIGNIFICANT = "ej signifikant"
COLD95 = "coldspot 95 %"
COLD99 = "coldspot 99 %"
CLASSES = (HOT99, HOT95, NOT_SIGNIFICANT, COLD95, COLD99)


DEFAULT_SEED = 20260101
Inference = Literal["total", "conditional"]


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


def bh(p: np.ndarray) -> np.ndarray:
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
