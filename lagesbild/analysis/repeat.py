"""Repeat and near-repeat victimisation: how often an incident is followed by another nearby, soon.

- :func:`repeat_share`: per category, the share of incidents followed by another incident of the same
  category within ``distance`` metres and 7 / 14 days (descriptive).
- :func:`knox_test`: the Knox test. Count the pairs of incidents that are close in space (≤ distance)
  *and* in time (≤ days); compare with the same count after shuffling the times among the incidents
  (Monte Carlo permutation, fixed seed). More close–close pairs than under shuffling means that
  incidents attract further incidents nearby in the following days (near repeat).
- :func:`knox_table`: the same per distance band × time band (the Near Repeat Calculator layout).

Pairs close in space are found once with a KD-tree (``cKDTree.query_pairs``, O(n log n + pairs));
each permutation then costs O(pairs), so 20 000 incidents take seconds.
Points are SWEREF 99 TM ``east``/``north``; time is ``occurred_at`` (timestamps) or a number of days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lagesbild.swedish import number

DEFAULT_SEED = 20260101


@dataclass(frozen=True)
class KnoxResult:
    n: int  # incidents with a point and a time
    distance: float  # metres
    days: float
    space_pairs: int  # pairs within `distance`
    observed: int  # pairs within `distance` and `days`
    expected: float  # mean of the permutations
    ratio: float  # observed / expected (> 1: more near repeats than chance)
    p_value: float  # one-sided Monte Carlo p-value, (1 + #{perm ≥ observed}) / (1 + permutations)
    permutations: int
    explanation: str


def _days(values: pd.Series) -> np.ndarray:
    """Days since the first value, for timestamps (tz-aware or not) or plain numbers of days."""
    if pd.api.types.is_numeric_dtype(values):
        return pd.to_numeric(values, errors="coerce").to_numpy(float)
    times = pd.to_datetime(values, utc=True, errors="coerce")
    return ((times - times.min()) / pd.Timedelta(days=1)).to_numpy(float)


def _points_and_times(incidents: pd.DataFrame, time_col: str) -> tuple[np.ndarray, np.ndarray]:
    east = pd.to_numeric(incidents["east"], errors="coerce").to_numpy(float)
    north = pd.to_numeric(incidents["north"], errors="coerce").to_numpy(float)
    t = _days(incidents[time_col]) if len(incidents) else np.zeros(0)
    ok = np.isfinite(east) & np.isfinite(north) & np.isfinite(t)
    return np.column_stack([east[ok], north[ok]]), t[ok]


def _space_pairs(points: np.ndarray, distance: float) -> tuple[np.ndarray, np.ndarray]:
    if len(points) < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    from scipy.spatial import cKDTree  # where used: slow to import, not needed on most pages

    pairs = cKDTree(points).query_pairs(r=distance, output_type="ndarray")
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)


def repeat_share(
    incidents: pd.DataFrame,
    *,
    distance: float = 200.0,
    days: Sequence[float] = (7, 14),
    category_col: str = "category",
    time_col: str = "occurred_at",
) -> pd.DataFrame:
    """Per category (and ``alla`` in total): n and the share of incidents followed by another incident of
    the same category within ``distance`` m and d days (0 < Δt ≤ d; equal times count once, in row order).

    Columns: category, n, followed_<d>d, share_<d>d for each d in ``days``.
    """
    rows = []
    totals = {"n": 0, **{f"followed_{d:g}d": 0 for d in days}}
    for category, part in incidents.groupby(category_col, sort=True):
        pts, t = _points_and_times(part, time_col)
        a, b = _space_pairs(pts, distance)
        dt = t[b] - t[a]
        # the earlier of the two is "followed"; ties go to the first in row order (a < b)
        earlier = np.where(dt >= 0, a, b)
        gap = np.abs(dt)
        row: dict[str, object] = {"category": category, "n": len(t)}
        totals["n"] += len(t)
        for d in days:
            followed = np.unique(earlier[gap <= d]).size
            row[f"followed_{d:g}d"] = followed
            row[f"share_{d:g}d"] = followed / len(t) if len(t) else np.nan
            totals[f"followed_{d:g}d"] += followed
        rows.append(row)
    total: dict[str, object] = {"category": "alla", **totals}
    for d in days:
        total[f"share_{d:g}d"] = totals[f"followed_{d:g}d"] / totals["n"] if totals["n"] else np.nan
    rows.append(total)
    columns = ["category", "n"] + [c for d in days for c in (f"followed_{d:g}d", f"share_{d:g}d")]
    return pd.DataFrame(rows, columns=columns)


def _minutes(t_days: np.ndarray) -> np.ndarray:
    """Whole minutes as int32: exact, compact comparisons in the permutation loop."""
    return np.round(t_days * 1440.0).astype(np.int32)


def _permutation_counts(
    t_days: np.ndarray, a: np.ndarray, b: np.ndarray, days: float, permutations: int, seed: int
) -> np.ndarray:
    """Close-in-time counts among the space pairs (a, b) after each of `permutations` time shuffles."""
    rng = np.random.default_rng(seed)
    t = _minutes(t_days)
    limit = np.int32(round(days * 1440.0))
    order = np.lexsort((b, a))  # sorted pairs: cache-friendly gathers
    a_sorted, b_sorted = a[order].astype(np.intp), b[order].astype(np.intp)
    counts = np.empty(permutations, dtype=np.int64)
    for i in range(permutations):
        shuffled = t[rng.permutation(t.size)]
        gap = shuffled[a_sorted]
        gap -= shuffled[b_sorted]
        np.abs(gap, out=gap)
        counts[i] = np.count_nonzero(gap <= limit)
    return counts


def knox_test(
    incidents: pd.DataFrame,
    *,
    distance: float = 200.0,
    days: float = 14.0,
    permutations: int = 999,
    seed: int = DEFAULT_SEED,
    time_col: str = "occurred_at",
) -> KnoxResult:
    """Knox test for space–time clustering with a Monte Carlo p-value (times shuffled, fixed seed)."""
    pts, t = _points_and_times(incidents, time_col)
    a, b = _space_pairs(pts, distance)
    minutes = _minutes(t)
    observed = int(np.count_nonzero(np.abs(minutes[a] - minutes[b]) <= round(days * 1440.0)))
    if a.size == 0 or permutations <= 0:
        expected = float("nan")
        p_value = 1.0
    else:
        sims = _permutation_counts(t, a, b, days, permutations, seed)
        expected = float(sims.mean())
        p_value = float((1 + np.count_nonzero(sims >= observed)) / (1 + permutations))
    ratio = observed / expected if expected and np.isfinite(expected) and expected > 0 else float("nan")
    return KnoxResult(
        n=int(t.size),
        distance=distance,
        days=days,
        space_pairs=int(a.size),
        observed=observed,
        expected=expected,
        ratio=ratio,
        p_value=p_value,
        permutations=permutations,
        explanation=explain_knox(observed, expected, p_value, distance, days),
    )


def explain_knox(observed: int, expected: float, p_value: float, distance: float, days: float) -> str:
    """Swedish summary of a Knox test."""
    within = f"inom {number(distance, 0, trim=True)} meter och {number(days, 0, trim=True)} dagar"
    if not np.isfinite(expected):
        return f"För få händelser nära varandra för att pröva upprepningsmönster ({within})."
    base = (
        f"{observed} par av händelser {within} från varandra, mot {number(expected, trim=True)} om "
        "tiderna vore slumpade"
    )
    if p_value < 0.05 and observed > expected:
        return (
            f"{base}: händelser följs oftare än slumpen av nya i närheten de närmaste dagarna "
            f"(p = {number(p_value, 3, trim=True)}). Snabba insatser på platsen efter en händelse "
            "kan löna sig."
        )
    return f"{base}: inget tydligt upprepningsmönster (p = {number(p_value, 3, trim=True)})."


def knox_table(
    incidents: pd.DataFrame,
    *,
    distance_bands: Sequence[float] = (0, 100, 200, 400),
    day_bands: Sequence[float] = (0, 7, 14, 28),
    permutations: int = 999,
    seed: int = DEFAULT_SEED,
    time_col: str = "occurred_at",
) -> pd.DataFrame:
    """Knox ratios per distance band × time band (bands are (lo, hi], the first [0, hi]).

    Columns: distance_from, distance_to, days_from, days_to, observed, expected, ratio, p_value.
    """
    d_edges = np.asarray(distance_bands, float)
    t_edges = np.asarray(day_bands, float)
    pts, t = _points_and_times(incidents, time_col)
    a, b = _space_pairs(pts, float(d_edges[-1]))
    dist = np.hypot(*(pts[a] - pts[b]).T) if a.size else np.zeros(0)
    d_band = np.clip(np.searchsorted(d_edges, dist, side="left") - 1, 0, None)
    n_d, n_t = d_edges.size - 1, t_edges.size - 1
    n_cells = n_d * n_t

    def tabulate(times: np.ndarray) -> np.ndarray:
        gap = np.abs(times[a] - times[b])
        t_band = np.clip(np.searchsorted(t_edges, gap, side="left") - 1, 0, None)
        inside = gap <= t_edges[-1]
        return np.bincount(d_band[inside] * n_t + t_band[inside], minlength=n_cells)[:n_cells]

    observed = tabulate(t)
    rng = np.random.default_rng(seed)
    sims = np.empty((permutations, n_cells), dtype=np.int64)
    for i in range(permutations):
        sims[i] = tabulate(t[rng.permutation(t.size)])
    expected = sims.mean(axis=0) if permutations else np.full(n_cells, np.nan)
    p_value = (1 + (sims >= observed).sum(axis=0)) / (1 + permutations)
    rows = []
    for di in range(n_d):
        for ti in range(n_t):
            cell = di * n_t + ti
            rows.append(
                {
                    "distance_from": d_edges[di],
                    "distance_to": d_edges[di + 1],
                    "days_from": t_edges[ti],
                    "days_to": t_edges[ti + 1],
                    "observed": int(observed[cell]),
                    "expected": float(expected[cell]),
                    "ratio": float(observed[cell] / expected[cell]) if expected[cell] > 0 else np.nan,
                    "p_value": float(p_value[cell]),
                }
            )
    return pd.DataFrame(rows)
