"""Last year's season for change detection: the same ISO weeks ±h a year earlier, how unusual this
week is against them, and whether they held a clear peak this week does not exceed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from lagesbild.analysis.change_params import ChangeParams
from lagesbild.analysis.count_tails import anscombe_z, binom_sf, tails
from lagesbild.weeks import week_index


def _seasonal_lag(weeks: list[str]) -> np.ndarray:
    """Weeks back to the same ISO week number a year earlier (52 or 53)."""
    lags = np.empty(len(weeks), dtype=np.int64)
    for pos, label in enumerate(weeks):
        year, number = int(label[:4]), int(label[-2:])
        last_year_weeks = dt.date(year - 1, 12, 28).isocalendar()[1]
        target = f"{year - 1}-W{min(number, last_year_weeks):02d}"
        lags[pos] = week_index([label])[0] - week_index([target])[0]
    return lags


@dataclass
class Season:
    """Last year's window (same ISO week ±h) per series × week; NaN where there is no such history."""

    mean: np.ndarray
    low: np.ndarray
    peak: np.ndarray
    p_high: np.ndarray
    p_low: np.ndarray
    score: np.ndarray
    z: np.ndarray
    peak_veto: np.ndarray


def last_year_season(x: np.ndarray, weeks: list[str], params: ChangeParams) -> Season:
    """Each series × week of `x` against last year's window: its level, tails and peak veto."""
    nan = np.full_like(x, np.nan)
    out = Season(
        mean=nan.copy(),
        low=nan.copy(),
        peak=nan.copy(),
        p_high=nan.copy(),
        p_low=nan.copy(),
        score=nan.copy(),
        z=nan.copy(),
        peak_veto=np.zeros_like(x, dtype=bool),
    )
    if not params.seasonal:
        return out
    hw = params.seasonal_halfwidth
    width = 2 * hw + 1
    cols = np.arange(len(weeks))
    start = cols - _seasonal_lag(weeks) - hw  # first week of last year's window
    ok = start >= 0
    if not ok.any():
        return out
    win = x[:, start[ok][:, None] + np.arange(width)[None, :]]  # (series, weeks, width)
    total = win.sum(axis=2)
    xs = x[:, ok]
    out.mean[:, ok] = total / width
    out.low[:, ok] = win.min(axis=2)
    peak = win.max(axis=2)
    out.peak[:, ok] = peak
    out.p_high[:, ok], out.p_low[:, ok], out.score[:, ok] = tails(xs, total, width)
    out.z[:, ok] = anscombe_z(xs, total / width)
    # Was the highest week of that window a clear peak against the other weeks of the window?
    peak_p, _, _ = tails(peak, total - peak, width - 1)
    clear_peak = (peak_p < params.peak_alpha) & (peak >= params.min_count_rise)
    # Is this week clearly above last year's peak? With equal rates x | x + y ~ Bin(x + y, ½).
    above_p = binom_sf(xs - 1, xs + peak, 0.5)
    out.peak_veto[:, ok] = clear_peak & (above_p >= params.above_peak_alpha)
    return out
