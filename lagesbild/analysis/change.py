"""Change detection on weekly counts per area × category (beyond CompStat's % changes).

Each series (area × category) is completed over the full week range (a missing cell is 0) and each
week is judged three ways:

1. **This week against the last 4 weeks** (``baseline``). The count is compared with the predictive
   distribution of a Poisson count whose rate is only known through the 4 previous weeks (negative
   binomial with size S + ½ and p = k/(k+1), S = the 4-week sum: the Jeffreys posterior predictive).
   That gives ``p_high``/``p_low``: how often a week at least this high/low happens by chance, with the
   uncertainty of a 4-week mean included. A week with ``p_high < 0.005`` (once in 200 weeks) is a
   single-week alarm. ``z`` is the descriptive Anscombe score 2(√x − √μ) (:func:`anscombe_z`); it
   drives no flag.
2. **A one-sided CUSUM** in each direction on standardised residuals (mid-p normal scores of the same
   predictive distribution, but against a steadier reference: the 12 weeks that ended 2 weeks before,
   leaving out weeks that were single-week alarms, so that neither a step nor a one-off peak leaks into
   the reference at once). CUSUM⁺ = max(0, CUSUM⁺ + r − 0.5), alarm when it exceeds 3.5, then restart
   from 0. It finds sustained moderate changes that no single week shows.
3. **A seasonal check** once a year of history exists: the same ISO weeks ±2 a year earlier
   (``baseline_seasonal``). A change is not flagged when the week is not unusual against that window
   (p ≥ 0.1 with the same predictive method), and a rise is not flagged when that window held a clear
   peak (for example Valborg or nyår) and this week is not clearly above it (conditional binomial
   test, p ≥ 0.05). Such weeks get ``seasonal_veto`` and an explanation that says so.

Flags: ``ökning`` (only when the count is at least 3), ``minskning``. See docs/analysis.md for the
measured false-alarm and detection rates.

The parts: `change_params` (parameters and flags), `count_tails` (the predictive tail probabilities),
`change_season` (last year's window), `change_wording` (the Swedish explanations).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from lagesbild.analysis.change_params import DEFAULT_PARAMS, FALL, RISE, ChangeParams
from lagesbild.analysis.change_season import last_year_season
from lagesbild.analysis.change_wording import explain, explain_rows, once_in
from lagesbild.analysis.count_tails import anscombe_z, tails
from lagesbild.errors import UserInputError
from lagesbild.weeks import week_from_index, week_index, week_span

COLUMNS = [
    "iso_week",
    "area",
    "category",
    "count",
    "baseline",
    "baseline_low",
    "baseline_high",
    "baseline_seasonal",
    "seasonal_low",
    "seasonal_peak",
    "reference",
    "z",
    "z_seasonal",
    "p_high",
    "p_low",
    "cusum_up",
    "cusum_down",
    "run_weeks",
    "run_mean",
    "flag",
    "rule",
    "seasonal_veto",
    "explanation",
]


def complete_counts(
    counts: pd.DataFrame,
    *,
    first_week: str | None = None,
    last_week: str | None = None,
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    keys: Sequence[str] = ("area", "category"),
) -> pd.DataFrame:
    """A wide frame: one row per series (index = keys), one column per ISO week, missing cells 0.

    Series are those present in ``counts``; with ``areas`` and ``categories`` the full product.
    """
    keys = list(keys)
    data = counts[[*keys, "iso_week", "count"]]
    if first_week is None or last_week is None:
        if data.empty:
            raise UserInputError("Inga veckor att analysera: ange first_week och last_week")
        idx = week_index(data["iso_week"].to_numpy())
        first_week = first_week or week_from_index(int(idx.min()))
        last_week = last_week or week_from_index(int(idx.max()))
    weeks = week_span(first_week, last_week)
    wide = data[data["iso_week"].isin(weeks)].pivot_table(
        index=keys, columns="iso_week", values="count", aggfunc="sum", fill_value=0
    )
    if areas is not None and categories is not None and keys == ["area", "category"]:
        full = pd.MultiIndex.from_product([list(areas), list(categories)], names=keys)
        wide = wide.reindex(full.union(wide.index) if not wide.empty else full, fill_value=0)
    wide = wide.reindex(columns=weeks, fill_value=0).astype(float)
    wide.columns.name = "iso_week"
    return wide


def _window_sums(cum: np.ndarray, end: np.ndarray, length: int) -> np.ndarray:
    """Sum of `length` weeks ending just before column `end` (NaN where history is too short)."""
    out = np.full((cum.shape[0], end.size), np.nan)
    ok = end - length >= 0
    out[:, ok] = cum[:, end[ok]] - cum[:, end[ok] - length]
    return out


def detect_changes(
    counts: pd.DataFrame,
    *,
    first_week: str | None = None,
    last_week: str | None = None,
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    params: ChangeParams = DEFAULT_PARAMS,
    labels: Mapping[str, str] | None = None,
    report_from: str | None = None,
) -> pd.DataFrame:
    """Per area × category × week: baselines, z, control statistics, flag and a Swedish explanation.

    ``counts`` is long: ``iso_week, area, category, count`` (missing cells mean 0). The week range is
    the data's unless ``first_week``/``last_week`` are given; ``areas`` + ``categories`` complete the
    series to their full product. ``labels`` maps category codes to the names used in explanations.
    ``report_from``: only the rows of this week and later are returned (the weeks before are history
    for the baselines; their explanations, half the time of a year's history, are not written).
    Output columns: see ``COLUMNS``.
    """
    wide = complete_counts(
        counts, first_week=first_week, last_week=last_week, areas=areas, categories=categories
    )
    if wide.empty:
        return pd.DataFrame(columns=COLUMNS)
    weeks = [str(w) for w in wide.columns]
    x = wide.to_numpy(float)
    n_series, n_weeks = x.shape
    cum = np.concatenate([np.zeros((n_series, 1)), np.cumsum(x, axis=1)], axis=1)
    cols = np.arange(n_weeks)
    k = params.baseline_weeks

    # 1. This week against the previous k weeks ("normalt").
    base_sum = _window_sums(cum, cols, k)
    baseline = base_sum / k
    lows = np.full_like(x, np.nan)
    highs = np.full_like(x, np.nan)
    if n_weeks > k:
        windows = np.lib.stride_tricks.sliding_window_view(x, k, axis=1)[:, : n_weeks - k]
        lows[:, k:] = windows.min(axis=2)
        highs[:, k:] = windows.max(axis=2)
    p_high, p_low, _ = tails(x, base_sum, k)
    z = anscombe_z(x, baseline)

    # 2. Residuals against the steadier CUSUM reference: `reference_weeks` weeks ending `reference_gap`
    # weeks earlier, leaving out weeks that were single-week extremes themselves (a one-off peak must not
    # make the following weeks look low for three months).
    with np.errstate(invalid="ignore"):
        extreme = (p_high < params.alpha) | (p_low < params.alpha)
    kept = (~extreme).astype(float)
    cum_x = np.concatenate([np.zeros((n_series, 1)), np.cumsum(x * kept, axis=1)], axis=1)
    cum_n = np.concatenate([np.zeros((n_series, 1)), np.cumsum(kept, axis=1)], axis=1)
    ref_end = cols - params.reference_gap
    valid = ref_end >= params.reference_weeks
    ref_sum = np.full_like(x, np.nan)
    ref_n = np.full_like(x, np.nan)
    ref_sum[:, valid] = _window_sums(cum_x, ref_end[valid], params.reference_weeks)
    ref_n[:, valid] = _window_sums(cum_n, ref_end[valid], params.reference_weeks)
    _, _, r_ref = tails(x, ref_sum, np.nan_to_num(ref_n))

    # 3. Last year's season.
    season = last_year_season(x, weeks, params)

    # A week is high only if it is high for both views; a week like last year's peak adds nothing.
    r_up = np.where(
        season.peak_veto, np.fmin(np.fmin(r_ref, season.score), 0.0), np.fmin(r_ref, season.score)
    )
    r_down = np.fmax(r_ref, season.score)
    single_up = (p_high < params.alpha) & (x >= params.min_count_rise)
    single_down = p_low < params.alpha
    # NaN (no history a year back) compares False, so no seasonal check applies.
    season_blocks_up = (season.p_high >= params.seasonal_alpha) | season.peak_veto
    season_blocks_down = season.p_low >= params.seasonal_alpha

    up = np.zeros(n_series)
    down = np.zeros(n_series)
    up_start = np.zeros(n_series, dtype=np.int64)
    down_start = np.zeros(n_series, dtype=np.int64)
    rows = np.arange(n_series)
    cusum_up = np.full_like(x, np.nan)
    cusum_down = np.full_like(x, np.nan)
    run_weeks = np.full_like(x, np.nan)
    run_mean = np.full_like(x, np.nan)
    flag = np.full(x.shape, "", dtype=object)
    rule = np.full(x.shape, "", dtype=object)
    veto = np.zeros_like(x, dtype=bool)
    for t in range(n_weeks):
        have = np.isfinite(r_up[:, t])
        new_up = np.where(have, np.maximum(0.0, up + np.nan_to_num(r_up[:, t]) - params.cusum_k), up)
        new_down = np.where(have, np.maximum(0.0, down - np.nan_to_num(r_down[:, t]) - params.cusum_k), down)
        up_start = np.where((up == 0) & (new_up > 0), t, up_start)
        down_start = np.where((down == 0) & (new_down > 0), t, down_start)
        up, down = new_up, new_down
        cusum_up[:, t] = np.where(have, up, np.nan)
        cusum_down[:, t] = np.where(have, down, np.nan)
        with np.errstate(invalid="ignore"):
            trend_up = (up > params.cusum_h) & (x[:, t] >= params.min_count_rise) & (x[:, t] > baseline[:, t])
            trend_down = (down > params.cusum_h) & (x[:, t] < baseline[:, t])
        raw_up = single_up[:, t] | trend_up
        raw_down = (single_down[:, t] | trend_down) & ~raw_up
        is_up = raw_up & ~season_blocks_up[:, t]
        is_down = raw_down & ~season_blocks_down[:, t]
        veto[:, t] = (raw_up & ~is_up) | (raw_down & ~is_down)
        for mask, name, single, start in (
            (is_up, RISE, single_up[:, t], up_start),
            (is_down, FALL, single_down[:, t], down_start),
        ):
            flag[mask, t] = name
            rule[mask & single, t] = "vecka"
            trend = mask & ~single
            rule[trend, t] = "trend"
            length = t + 1 - start[trend]
            run_weeks[trend, t] = length
            run_mean[trend, t] = (cum[rows[trend], t + 1] - cum[rows[trend], start[trend]]) / length
        # An alarm (or a week explained by the season) starts the count afresh.
        up[raw_up] = 0.0
        down[raw_down] = 0.0

    index = wide.index.to_frame(index=False)
    out = pd.DataFrame(
        {
            "iso_week": np.tile(np.asarray(weeks, dtype=object), n_series),
            "area": np.repeat(index["area"].to_numpy(), n_weeks),
            "category": np.repeat(index["category"].to_numpy(), n_weeks),
            "count": x.ravel(),
            "baseline": baseline.ravel(),
            "baseline_low": lows.ravel(),
            "baseline_high": highs.ravel(),
            "baseline_seasonal": season.mean.ravel(),
            "seasonal_low": season.low.ravel(),
            "seasonal_peak": season.peak.ravel(),
            "reference": (ref_sum / np.where(ref_n > 0, ref_n, np.nan)).ravel(),
            "z": z.ravel(),
            "z_seasonal": season.z.ravel(),
            "p_high": p_high.ravel(),
            "p_low": p_low.ravel(),
            "cusum_up": cusum_up.ravel(),
            "cusum_down": cusum_down.ravel(),
            "run_weeks": run_weeks.ravel(),
            "run_mean": run_mean.ravel(),
            "flag": flag.ravel(),
            "rule": rule.ravel(),
            "seasonal_veto": veto.ravel(),
        }
    )
    if report_from is not None:
        out = out[out["iso_week"] >= report_from].reset_index(drop=True)
    out["explanation"] = explain_rows(out, dict(labels or {}), params)
    return out[COLUMNS]


def week_table(changes: pd.DataFrame, week: str) -> pd.DataFrame:
    """The rows of one week: flagged series first (ökning, minskning), then by area and count."""
    part = changes[changes["iso_week"] == week]
    order = part["flag"].map({RISE: 0, FALL: 1}).fillna(2)
    part = part.assign(_order=order).sort_values(["_order", "area", "count"], ascending=[True, True, False])
    return part.drop(columns="_order").reset_index(drop=True)


def flag_rate(changes: pd.DataFrame, direction: str = RISE, burn_in: int = 0) -> float:
    """Flagged weeks per judged week (weeks with a baseline), skipping `burn_in` judged weeks per series."""
    judged = changes[changes["baseline"].notna()]
    if burn_in:
        rank = judged.groupby(["area", "category"]).cumcount()
        judged = judged[rank >= burn_in]
    if judged.empty:
        return float("nan")
    return float((judged["flag"] == direction).mean())


__all__ = [
    "COLUMNS",
    "DEFAULT_PARAMS",
    "FALL",
    "RISE",
    "ChangeParams",
    "anscombe_z",
    "complete_counts",
    "detect_changes",
    "explain",
    "flag_rate",
    "once_in",
    "week_table",
]
