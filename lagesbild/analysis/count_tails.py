"""Tail probabilities of a weekly count against its history: the negative binomial predictive of a
Poisson rate (Jeffreys prior), a binomial tail and the descriptive Anscombe z; scipy.special only."""

from __future__ import annotations

from typing import Any

import numpy as np


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


def binom_sf(x: Any, n: Any, p: float) -> np.ndarray:
    """P(X > x), X ~ Bin(n, p), as the regularised incomplete beta I_p(k + 1, n - k): equal to bdtrc for
    whole n, and NaN where n is NaN (no history) without bdtrc's non-integer-n deprecation warning."""
    from scipy import special

    k = np.floor(x)
    n = np.asarray(n, float)
    inside = np.clip(k, 0, np.maximum(n - 1, 0))  # both beta parameters positive where the value is used
    with np.errstate(invalid="ignore"):
        upper = special.betainc(inside + 1, np.maximum(n - inside, 1.0), p)
    return np.asarray(np.where(k < 0, 1.0, np.where(k >= n, 0.0, upper)), float)


def tails(
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
