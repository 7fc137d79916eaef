"""Did a measure (insats) work? Difference-in-differences on weekly counts against comparison areas.

For the targeted category in the treated area, compare the weeks before the start with the weeks from
the start (during and after), and do the same for the comparison areas (other areas, same category):

    relative effect = (treated after / treated before) / (comparison after / comparison before) − 1

with 0.5 added to each of the four totals (Haldane correction, so a zero never breaks the ratio).
This is the log-rate difference-in-differences; it equals the interaction estimate of a Poisson model
with area and period effects. The confidence interval and p-value come from a bootstrap over weeks:
weeks are resampled with replacement within the before and the after period, the same weeks for the
treated and the comparison areas (so shocks shared by all areas stay shared), 2 000 times with a fixed
seed; percentile interval. Resampling whole weeks keeps any overdispersion of the real counts, which a
plain Poisson interval would understate. A placebo check on the before period (its first half against
its second half) warns when the areas already drifted apart before the measure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from lagesbild.analysis.change import complete_counts
from lagesbild.errors import UserInputError
from lagesbild.swedish import number, percent
from lagesbild.weeks import week_from_index, week_index, week_span

CAVEAT = "Jämförelsen visar samvariation, inte orsak; andra förändringar under samma period kan påverka."
METHOD = (
    "Skillnad-i-skillnader: förändringen i insatsområdet jämförs med förändringen i jämförelseområdena "
    "under samma veckor. Osäkerheten skattas genom att veckorna dras om slumpmässigt (bootstrap)."
)
DEFAULT_SEED = 20260101
MIN_EVENTS = 10  # fewer incidents in the treated area than this: no verdict
PRETREND_ALPHA = 0.01  # placebo p below this: warn that the areas drifted apart already before


@dataclass(frozen=True)
class MeasureEffect:
    area: str
    category: str
    start_week: str
    before_weeks: tuple[str, ...]
    after_weeks: tuple[str, ...]
    comparison_areas: tuple[str, ...]
    treated_before: float  # mean per week
    treated_after: float
    comparison_before: float  # mean per week, all comparison areas together
    comparison_after: float
    relative_effect: float  # e.g. -0.35 for −35 %
    ci_low: float
    ci_high: float
    p_value: float
    significant: bool
    pretrend_p: float  # placebo test on the before period (small: the areas already drifted apart)
    statement: str
    caveat: str
    method: str
    series: (
        pd.DataFrame
    )  # iso_week, group ("insatsområde"/"jämförelse"), period ("före"/"under/efter"), count


def _log_ratio(tb: np.ndarray, ta: np.ndarray, cb: np.ndarray, ca: np.ndarray) -> np.ndarray:
    return np.log((ta + 0.5) / (tb + 0.5)) - np.log((ca + 0.5) / (cb + 0.5))


def _bootstrap(
    treated: tuple[np.ndarray, np.ndarray],
    comparison: tuple[np.ndarray, np.ndarray],
    draws: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Bootstrap log ratios: weeks resampled within each period, jointly for treated and comparison."""
    (t_before, t_after), (c_before, c_after) = treated, comparison
    ib = rng.integers(0, t_before.size, size=(draws, t_before.size))
    ia = rng.integers(0, t_after.size, size=(draws, t_after.size))
    return _log_ratio(
        t_before[ib].sum(axis=1), t_after[ia].sum(axis=1), c_before[ib].sum(axis=1), c_after[ia].sum(axis=1)
    )


def _two_sided_p(draws: np.ndarray) -> float:
    """Smallest two-sided level at which the percentile interval excludes 0."""
    below = float(np.mean(draws <= 0))
    above = float(np.mean(draws >= 0))
    return float(min(1.0, 2.0 * min(below, above)))


def _p(p_value: float) -> str:
    return "p < 0,001" if p_value < 0.001 else f"p = {number(p_value, 3, trim=True)}"


def _pct(value: float, sign: bool = True) -> str:
    return percent(value, sign=sign) if sign else percent(abs(value))


def evaluate_measure(
    counts: pd.DataFrame,
    *,
    area: str,
    category: str,
    start_week: str,
    end_week: str | None = None,
    weeks_before: int = 12,
    weeks_after: int | None = None,
    comparison_areas: Sequence[str] | None = None,
    level: float = 0.95,
    draws: int = 2000,
    seed: int = DEFAULT_SEED,
    labels: Mapping[str, str] | None = None,
) -> MeasureEffect:
    """Difference-in-differences for a measure targeting ``category`` in ``area``.

    ``counts``: long weekly counts ``iso_week, area, category, count`` (missing cells are 0).
    Before = the ``weeks_before`` weeks before ``start_week``; after = ``start_week`` … ``end_week``
    (default: the last week in ``counts``), at most ``weeks_after`` weeks. Comparison areas default to
    every other area in ``counts``.
    """
    data = counts[counts["category"] == category]
    last_in_data = (
        week_from_index(int(week_index(counts["iso_week"].to_numpy()).max())) if len(counts) else None
    )
    end = end_week or last_in_data or start_week
    after = week_span(start_week, end)
    if weeks_after is not None:
        after = after[:weeks_after]
    start_idx = int(week_index([start_week])[0])
    before = [week_from_index(i) for i in range(start_idx - weeks_before, start_idx)]
    if comparison_areas is None:
        comparison_areas = sorted(set(counts["area"]) - {area})
    comparison = [a for a in comparison_areas if a != area]
    if not comparison:
        raise UserInputError("Insatsen kan inte utvärderas: det finns inga jämförelseområden.")
    wide = complete_counts(
        data, first_week=before[0], last_week=after[-1], areas=[area, *comparison], categories=[category]
    ).droplevel("category")
    treated = wide.loc[area]
    control = wide.loc[comparison].sum(axis=0)
    tb, ta = treated[before].to_numpy(float), treated[after].to_numpy(float)
    cb, ca = control[before].to_numpy(float), control[after].to_numpy(float)

    estimate = float(_log_ratio(tb.sum(), ta.sum(), cb.sum(), ca.sum()))
    rng = np.random.default_rng(seed)
    boot = _bootstrap((tb, ta), (cb, ca), draws, rng)
    tail = (1 - level) / 2
    lo, hi = np.quantile(boot, [tail, 1 - tail])
    p_value = _two_sided_p(boot)
    # Placebo on the before period: first half against second half.
    half = len(before) // 2
    pretrend_p = float("nan")
    if half >= 2:
        placebo = _bootstrap((tb[:half], tb[half:]), (cb[:half], cb[half:]), draws, rng)
        pretrend_p = _two_sided_p(placebo)

    enough = tb.sum() + ta.sum() >= MIN_EVENTS and cb.sum() + ca.sum() >= MIN_EVENTS
    significant = bool(enough and (lo > 0 or hi < 0))
    effect = float(np.expm1(estimate))
    ci = (float(np.expm1(lo)), float(np.expm1(hi)))
    name = (labels or {}).get(category, category)
    statement = _statement(name, area, effect, ci, p_value, significant, enough, level, pretrend_p)

    series = pd.concat(
        [
            pd.DataFrame({"iso_week": wide.columns, "group": "insatsområde", "count": treated.to_numpy()}),
            pd.DataFrame({"iso_week": wide.columns, "group": "jämförelse", "count": control.to_numpy()}),
        ],
        ignore_index=True,
    )
    series["period"] = np.where(series["iso_week"].isin(set(before)), "före", "under/efter")
    return MeasureEffect(
        area=area,
        category=category,
        start_week=start_week,
        before_weeks=tuple(before),
        after_weeks=tuple(after),
        comparison_areas=tuple(comparison),
        treated_before=float(tb.mean()),
        treated_after=float(ta.mean()),
        comparison_before=float(cb.mean()),
        comparison_after=float(ca.mean()),
        relative_effect=effect,
        ci_low=ci[0],
        ci_high=ci[1],
        p_value=p_value,
        significant=significant,
        pretrend_p=pretrend_p,
        statement=statement,
        caveat=CAVEAT,
        method=METHOD,
        series=series,
    )


def _statement(
    name: str,
    area: str,
    effect: float,
    ci: tuple[float, float],
    p_value: float,
    significant: bool,
    enough: bool,
    level: float,
    pretrend_p: float,
) -> str:
    if not enough:
        return (
            f"{name} i {area}: för få händelser (färre än {MIN_EVENTS}) för att bedöma om insatsen "
            "gjorde skillnad."
        )
    interval = f"{number(level * 100, 0, trim=True)} % konfidensintervall {_pct(ci[0])} till {_pct(ci[1])}"
    if significant:
        verb = "minskade" if effect < 0 else "ökade"
        text = (
            f"{name} i {area} {verb} med cirka {_pct(effect, sign=False)} jämfört med jämförelseområdena "
            f"({interval}). Skillnaden är statistiskt säker ({_p(p_value)}): "
            "den är för stor för att troligen bero på slumpen."
        )
    else:
        text = (
            f"{name} i {area} förändrades med {_pct(effect)} jämfört med jämförelseområdena ({interval}). "
            "Skillnaden är inte statistiskt säker: den kan bero på slumpen."
        )
    if np.isfinite(pretrend_p) and pretrend_p < PRETREND_ALPHA:
        text += (
            " Obs: redan före insatsen utvecklades området annorlunda än jämförelseområdena, "
            "så tolka resultatet försiktigt."
        )
    return text
