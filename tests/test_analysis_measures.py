"""Measure (insats) evaluation by difference-in-differences on planted effects (fixed seeds)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lagesbild.analysis.measures import CAVEAT, evaluate_measure
from lagesbild.weeks import week_span

WEEKS = week_span("2025-W01", "2025-W40")
START = 20  # the measure starts in WEEKS[20]


def simulate(
    seed: int,
    effect: float,
    rates: tuple[float, ...] = (12, 9, 14, 10),
    trend: float = 0.0,
) -> pd.DataFrame:
    """Weekly counts: area A0 is treated from WEEKS[START]; a shared weekly shock hits all areas."""
    rng = np.random.default_rng(seed)
    shock = rng.lognormal(0, 0.15, len(WEEKS))
    t = np.arange(len(WEEKS))
    frames = []
    for i, rate in enumerate(rates):
        lam = rate * shock
        if i == 0:
            lam = lam * np.where(t >= START, 1 + effect, 1.0) * np.exp(trend * t)
        frames.append(
            pd.DataFrame(
                {"iso_week": WEEKS, "area": f"A{i}", "category": "klotter", "count": rng.poisson(lam)}
            )
        )
    counts = pd.concat(frames, ignore_index=True)
    other = counts.assign(category="nedskrapning", count=counts["count"] * 3)  # other categories are ignored
    return pd.concat([counts, other], ignore_index=True)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_planted_minus_40_percent_is_estimated_and_significant(seed: int) -> None:
    result = evaluate_measure(
        simulate(seed, -0.4), area="A0", category="klotter", start_week=WEEKS[START], weeks_before=20,
        labels={"klotter": "Klotter"},
    )  # fmt: skip
    assert result.relative_effect == pytest.approx(-0.4, abs=0.12)
    assert result.ci_low < -0.4 < result.ci_high
    assert result.significant and result.p_value < 0.01
    assert result.statement.startswith("Klotter i A0 minskade med cirka ")
    assert "statistiskt säker" in result.statement
    assert result.caveat == CAVEAT
    assert result.comparison_areas == ("A1", "A2", "A3")
    assert len(result.before_weeks) == 20 and result.after_weeks[0] == WEEKS[START]
    assert result.after_weeks[-1] == WEEKS[-1]
    assert set(result.series["group"]) == {"insatsområde", "jämförelse"}


def test_no_effect_gives_intervals_that_cover_zero() -> None:
    covered, significant = [], []
    for seed in range(40):
        result = evaluate_measure(
            simulate(100 + seed, 0.0), area="A0", category="klotter", start_week=WEEKS[START], draws=1000
        )
        covered.append(result.ci_low <= 0 <= result.ci_high)
        significant.append(result.significant)
    assert np.mean(covered) >= 0.85  # nominal 95 %; measured 0.95
    one = evaluate_measure(simulate(7, 0.0), area="A0", category="klotter", start_week=WEEKS[START])
    assert one.ci_low <= 0 <= one.ci_high and not one.significant
    assert "inte statistiskt säker" in one.statement


def test_end_week_weeks_after_and_explicit_comparison_areas() -> None:
    counts = simulate(5, -0.4)
    result = evaluate_measure(
        counts, area="A0", category="klotter", start_week=WEEKS[START], end_week=WEEKS[35], weeks_after=8,
        weeks_before=10, comparison_areas=["A1", "A0"],
    )  # fmt: skip
    assert result.after_weeks == tuple(WEEKS[START : START + 8])
    assert result.before_weeks == tuple(WEEKS[START - 10 : START])
    assert result.comparison_areas == ("A1",)


def test_a_drift_before_the_measure_is_warned_about() -> None:
    result = evaluate_measure(
        simulate(8, 0.0, trend=0.06), area="A0", category="klotter", start_week=WEEKS[START], weeks_before=20
    )
    assert result.pretrend_p < 0.01
    assert "redan före insatsen" in result.statement


def test_too_few_incidents_give_no_verdict_and_no_comparison_is_an_error() -> None:
    sparse = simulate(9, -0.5, rates=(0.1, 0.1, 0.1))
    result = evaluate_measure(sparse, area="A0", category="klotter", start_week=WEEKS[START])
    assert not result.significant and "för få händelser" in result.statement
    with pytest.raises(ValueError, match="jämförelseområden"):
        evaluate_measure(simulate(1, 0.0, rates=(5,)), area="A0", category="klotter", start_week=WEEKS[START])
