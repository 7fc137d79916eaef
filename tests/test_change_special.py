"""The tails in lagesbild.analysis.change come from scipy.special (scipy.stats is slow to import on the
dashboard's first page); they must agree with scipy.stats, inside and outside the support."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import stats

from lagesbild.analysis import count_tails as tails

X = np.array([-3.0, -1.0, 0.0, 1.0, 2.0, 3.0, 7.0, 15.0, 40.0, 250.0, np.nan])
N = np.array([0.5, 1.5, 4.5, 30.5, 900.5])
P = np.array([0.5, 0.75, 52 / 53, 0.995])


@pytest.mark.parametrize("p", P)
@pytest.mark.parametrize("n", N)
def test_negative_binomial_tails_as_scipy_stats(n: float, p: float) -> None:
    np.testing.assert_allclose(tails._nbinom_sf(X, n, p), stats.nbinom.sf(X, n, p), rtol=1e-9, atol=1e-300)
    np.testing.assert_allclose(tails._nbinom_cdf(X, n, p), stats.nbinom.cdf(X, n, p), rtol=1e-9, atol=1e-300)
    np.testing.assert_allclose(tails._nbinom_pmf(X, n, p), stats.nbinom.pmf(X, n, p), rtol=1e-9, atol=1e-300)


def test_binomial_upper_tail_as_scipy_stats() -> None:
    k = np.array([-1.0, 0.0, 1.0, 2.0, 5.0, 9.0, 10.0, 11.0, 40.0])
    for n in (0.0, 1.0, 10.0, 60.0):
        np.testing.assert_allclose(
            tails.binom_sf(k, n, 0.5), stats.binom.sf(k, n, 0.5), rtol=1e-9, atol=1e-300
        )


def test_binomial_upper_tail_on_arrays_with_missing_history_warns_nothing() -> None:
    """The peak veto passes arrays of n with NaN where an area has no history: NaN out, no warning
    (bdtrc warned once per call, about 38,000 times in the suite)."""
    k = np.array([-1.0, 0.0, 3.0, 4.0, 7.0, 2.0])
    n = np.array([3.0, np.nan, 8.0, 4.0, 30.0, np.nan])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = tails.binom_sf(k, n, 0.5)
    expected = stats.binom.sf(k, np.nan_to_num(n), 0.5)
    np.testing.assert_allclose(got[~np.isnan(n)], expected[~np.isnan(n)], rtol=1e-9)
    assert np.isnan(got[np.isnan(n)]).all()


def test_broadcast_arrays_as_in_tails() -> None:
    x = np.array([[0.0, 3.0, 12.0], [1.0, 0.0, 5.0]])
    total = np.array([[4.0, 10.0, 60.0], [0.0, 2.0, 30.0]])
    high, low, score = tails.tails(x, total, 52)
    n, p = total + 0.5, 52 / 53
    np.testing.assert_allclose(high, stats.nbinom.sf(x - 1, n, p), rtol=1e-9)
    np.testing.assert_allclose(low, stats.nbinom.cdf(x, n, p), rtol=1e-9)
    mid = stats.nbinom.cdf(x, n, p) - 0.5 * stats.nbinom.pmf(x, n, p)
    np.testing.assert_allclose(score, stats.norm.ppf(np.clip(mid, 1e-12, 1 - 1e-12)), rtol=1e-9)
