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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from lagesbild import weekly
from lagesbild.errors import UserInputError
from lagesbild.swedish import number
from lagesbild.vocabulary import Flag
from lagesbild.weeks import week_from_index, week_index, week_span

RISE = Flag.RISE
FALL = Flag.FALL


@dataclass(frozen=True)
class ChangeParams:
    """Parameters of :func:`detect_changes` (defaults are the documented, calibrated ones)."""

    baseline_weeks: int = 4  # k: "normalt" = the mean of the previous k weeks
    alpha: float = 0.005  # single-week alarm when the chance of a week this extreme is below this
    cusum_k: float = 0.5  # CUSUM reference value (half a standard deviation)
    cusum_h: float = 3.5  # CUSUM decision limit
    reference_weeks: int = 12  # CUSUM reference window …
    reference_gap: int = 2  # … ending this many weeks before the week judged
    seasonal: bool = True
    seasonal_halfwidth: int = 2  # same ISO week ±2 a year earlier
    seasonal_alpha: float = 0.1  # a change must also be unusual against last year's season at this level
    peak_alpha: float = 0.005  # a week in last year's window counts as a peak below this chance
    above_peak_alpha: float = 0.05  # … and this week must then be above that peak at this level
    min_count_rise: int = weekly.MIN_COUNT_FOR_RISE  # no "ökning" for a rise to 1 or 2


DEFAULT_PARAMS = ChangeParams()

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


# --- Swedish wording --------------------------------------------------------------------------------


def once_in(p: float) -> str:
    """'ungefär en gång på 200 veckor' for a chance p per week."""
    if not np.isfinite(p) or p <= 0 or p < 1e-4:
        return "mer sällan än en gång på 10\u00a0000 veckor"
    n = 1.0 / p
    if n < 2:
        return "nästan varje vecka"
    if n < 10:
        nice = float(round(n))
    else:
        scale = 10.0 ** int(np.floor(np.log10(n)))
        nice = round(n / scale * 2) / 2 * scale  # 10, 15, 20, 25 … 100, 150, 200 …
    return f"ungefär en gång på {number(nice, 0, trim=True)} veckor"


_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def in_words(n: int) -> str:
    """'fyra' for 4 (numbers up to twelve are written as words in Swedish running text)."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _last_weeks(n: int) -> str:
    return "den senaste veckan" if n == 1 else f"de senaste {in_words(n)} veckorna"


def _range(low: float, high: float) -> str:
    return (
        number(low, 0, trim=True)
        if low == high
        else f"{number(low, 0, trim=True)}–{number(high, 0, trim=True)}"
    )


# --- statistics -------------------------------------------------------------------------------------


# The negative binomial and binomial tails from scipy.special (scipy.stats alone took 1.4 s to import on
# the dashboard's first page): the regularised incomplete beta function, as in the textbooks, with
# scipy.stats' conventions outside the support (no mass below 0). tests/test_change_special.py checks
# them against scipy.stats.
def _nbinom_cdf(x: Any, n: Any, p: Any) -> np.ndarray:
    """P(X ≤ x), X ~ NB(n, p) counting failures before the n-th success."""
    from scipy import special  # where used: pages that compute no tail skip its import

    k = np.floor(x)
    return np.asarray(np.where(k < 0, 0.0, special.betainc(n, np.maximum(k, 0) + 1, p)), float)


def _nbinom_sf(x: Any, n: Any, p: Any) -> np.ndarray:
    """P(X > x)."""
    from scipy import special

    k = np.floor(x)
    return np.asarray(np.where(k < 0, 1.0, special.betaincc(n, np.maximum(k, 0) + 1, p)), float)


def _nbinom_pmf(x: Any, n: Any, p: Any) -> np.ndarray:
    from scipy import special

    k = np.maximum(np.asarray(x, float), 0)
    log_pmf = (
        special.gammaln(n + k) - special.gammaln(k + 1) - special.gammaln(n)
        + special.xlogy(n, p) + special.xlog1py(k, -np.asarray(p, float))
    )  # fmt: skip
    x = np.asarray(x, float)
    outside = (x < 0) | ((np.floor(x) != x) & ~np.isnan(x))
    return np.asarray(np.where(outside, 0.0, np.exp(log_pmf)), float)


def _binom_sf(x: Any, n: Any, p: float) -> np.ndarray:
    """P(X > x), X ~ Bin(n, p), as the regularised incomplete beta I_p(k + 1, n - k): equal to bdtrc for
    whole n, and NaN where n is NaN (no history) without bdtrc's non-integer-n deprecation warning."""
    from scipy import special

    k = np.floor(x)
    n = np.asarray(n, float)
    inside = np.clip(k, 0, np.maximum(n - 1, 0))  # both beta parameters positive where the value is used
    with np.errstate(invalid="ignore"):
        upper = special.betainc(inside + 1, np.maximum(n - inside, 1.0), p)
    return np.asarray(np.where(k < 0, 1.0, np.where(k >= n, 0.0, upper)), float)


def _tails(
    x: np.ndarray, total: np.ndarray, weeks: int | np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """P(X ≥ x), P(X ≤ x) and the mid-p normal score of x, for next week's count X given `total` counts
    over `weeks` weeks: the negative binomial predictive of a Poisson rate with a Jeffreys prior
    (size total + ½, p = weeks / (weeks + 1)). NaN where there is no history."""
    from scipy import special

    n = total + 0.5
    p = np.asarray(weeks, float) / (np.asarray(weeks, float) + 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        high = _nbinom_sf(np.asarray(x, float) - 1, n, p)
        low = _nbinom_cdf(np.asarray(x, float), n, p)
        mid = low - 0.5 * _nbinom_pmf(np.asarray(x, float), n, p)
        score = special.ndtri(np.clip(mid, 1e-12, 1 - 1e-12))  # the normal quantile (norm.ppf)
    invalid = ~np.isfinite(total) | ~(np.asarray(weeks, float) > 0)
    invalid = np.broadcast_to(invalid, high.shape)
    for arr in (high, low, score):
        arr[invalid] = np.nan
    return high, low, score


def anscombe_z(current: Any, baseline: Any) -> np.ndarray:
    """z = 2(√x − √μ): a descriptive distance of a count from a mean. It does not drive any flag: for
    small counts it is far from normal (0 against 1.0 gives −2, yet happens 37 % of such weeks)."""
    return np.asarray(2.0 * (np.sqrt(np.asarray(current, float)) - np.sqrt(np.asarray(baseline, float))))


def _window_sums(cum: np.ndarray, end: np.ndarray, length: int) -> np.ndarray:
    """Sum of `length` weeks ending just before column `end` (NaN where history is too short)."""
    out = np.full((cum.shape[0], end.size), np.nan)
    ok = end - length >= 0
    out[:, ok] = cum[:, end[ok]] - cum[:, end[ok] - length]
    return out


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
class _Season:
    """Last year's window (same ISO week ±h) per series × week; NaN where there is no such history."""

    mean: np.ndarray
    low: np.ndarray
    peak: np.ndarray
    p_high: np.ndarray
    p_low: np.ndarray
    score: np.ndarray
    z: np.ndarray
    peak_veto: np.ndarray


def _season(x: np.ndarray, weeks: list[str], params: ChangeParams) -> _Season:
    nan = np.full_like(x, np.nan)
    out = _Season(
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
    out.p_high[:, ok], out.p_low[:, ok], out.score[:, ok] = _tails(xs, total, width)
    out.z[:, ok] = anscombe_z(xs, total / width)
    # Was the highest week of that window a clear peak against the other weeks of the window?
    peak_p, _, _ = _tails(peak, total - peak, width - 1)
    clear_peak = (peak_p < params.peak_alpha) & (peak >= params.min_count_rise)
    # Is this week clearly above last year's peak? With equal rates x | x + y ~ Bin(x + y, ½).
    above_p = _binom_sf(xs - 1, xs + peak, 0.5)
    out.peak_veto[:, ok] = clear_peak & (above_p >= params.above_peak_alpha)
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
    p_high, p_low, _ = _tails(x, base_sum, k)
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
    _, _, r_ref = _tails(x, ref_sum, np.nan_to_num(ref_n))

    # 3. Last year's season.
    season = _season(x, weeks, params)

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
    names = dict(labels or {})
    out["explanation"] = [
        explain(row, names.get(str(row["category"]), str(row["category"])), params)
        for row in out.to_dict("records")
    ]
    return out[COLUMNS]


def explain(row: Mapping[str, Any], label: str, params: ChangeParams = DEFAULT_PARAMS) -> str:
    """One Swedish line a non-statistician understands, for one row of :func:`detect_changes`."""
    head = f"{label} i {row['area']}: {number(row['count'], 0, trim=True)} denna vecka"
    if not np.isfinite(row["baseline"]):
        return (
            f"{head}; för kort historik (färre än {params.baseline_weeks} veckor) för att bedöma förändring."
        )
    normal = (
        f"mot {_range(row['baseline_low'], row['baseline_high'])} per vecka "
        f"de {in_words(params.baseline_weeks)} veckorna innan"
    )
    season = ""
    if np.isfinite(row["seasonal_low"]):
        season = f" och {_range(row['seasonal_low'], row['seasonal_peak'])} samma tid förra året"
    flag, rule = row["flag"], row["rule"]
    if flag and rule == "trend":
        side = "över" if flag == RISE else "under"
        return (
            f"{head}, i snitt {number(row['run_mean'], trim=True)} per vecka "
            f"{_last_weeks(int(row['run_weeks']))} "
            f"mot {number(row['reference'], trim=True)} per vecka tidigare; att ligga {side} det vanliga så "
            "länge "
            "händer sällan av en slump."
        )
    if flag == RISE:
        return f"{head} {normal}{season}; så många händer av en slump {once_in(row['p_high'])}."
    if flag == FALL:
        return f"{head} {normal}{season}; så få händer av en slump {once_in(row['p_low'])}."
    if row["seasonal_veto"]:
        return (
            f"{head} {normal}, men samma tid förra året var det "
            f"{_range(row['seasonal_low'], row['seasonal_peak'])}"
            "; troligen ett återkommande mönster (t.ex. en högtid), ingen ny förändring."
        )
    return f"{head} {normal}{season}; inom det vanliga."


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
