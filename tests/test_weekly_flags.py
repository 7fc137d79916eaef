"""The weekly flags: exact tails checked against independent sums, never 0 against 1.0 or 1 against 0,
weeks before the data begin left out, overdispersion and season, the insufficient-basis status."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import special

from lagesbild import weekly
from lagesbild.weeks import previous_weeks, shift_week

WEEK = "2026-W20"


def frame(series: dict[str, int], week_counts: dict[str, int] | None = None, area: str = "A") -> pd.DataFrame:
    """counts: {week: count} for klotter in `area`."""
    rows = [(w, area, "klotter", n) for w, n in series.items()]
    return pd.DataFrame(rows, columns=["iso_week", "area", "category", "count"])


def nb_sf_by_sum(x: int, size: float, p: float) -> float:
    """P(X ≥ x) of NB(size, p) as 1 minus the sum of its pmf, written from the textbook formula."""
    total = 0.0
    for j in range(x):
        log_pmf = math.lgamma(j + size) - math.lgamma(size) - math.lgamma(j + 1)
        total += math.exp(log_pmf + size * math.log(p) + j * math.log(1 - p))
    return 1.0 - total


@pytest.mark.parametrize(("x", "total", "weeks"), [(0, 4, 4), (8, 4, 4), (3, 0, 4), (12, 16, 4), (5, 40, 8)])
def test_tails_are_the_negative_binomial_predictive(x: int, total: int, weeks: int) -> None:
    high, low = weekly.tails(x, total, weeks)
    p = weeks / (weeks + 1)
    assert float(high) == pytest.approx(nb_sf_by_sum(x, total + 0.5, p), rel=1e-9, abs=1e-12)
    assert float(low) == pytest.approx(1 - nb_sf_by_sum(x + 1, total + 0.5, p), rel=1e-9, abs=1e-12)


def test_tails_become_the_poisson_tail_with_a_long_baseline() -> None:
    for x, mean in [(0, 1.0), (5, 1.0), (8, 1.0), (20, 12.0)]:
        high, low = weekly.tails(x, mean * 1e7, 1e7)
        assert float(high) == pytest.approx(float(special.pdtrc(max(x - 1, 0), mean)) if x else 1.0, rel=1e-4)
        assert float(low) == pytest.approx(float(special.pdtr(x, mean)), rel=1e-4)
        p_high, p_low = weekly.poisson_tails(x, mean)
        assert float(p_high) == pytest.approx(float(high), rel=1e-4)


def controlled(last: int, per_week: int = 1, weeks: int = 12) -> pd.DataFrame:
    prev = previous_weeks(WEEK, weeks)
    return weekly.area_category_table(
        frame({**dict.fromkeys(prev, per_week), WEEK: last}), WEEK, covered=[*prev, WEEK]
    )


def test_zero_against_one_is_not_a_decrease() -> None:
    row = controlled(0).iloc[0]
    assert row["flag"] == ""
    assert row["p_low"] == pytest.approx(0.8**4.5)  # about 37 %
    assert row["explanation"] == "0 denna vecka mot i snitt 1,0 de 4 veckorna innan: inom det vanliga."


def test_one_against_zero_is_not_a_rise() -> None:
    assert controlled(1, per_week=0).iloc[0]["flag"] == ""
    assert controlled(2, per_week=0).iloc[0]["flag"] == ""


def test_eight_against_one_is_a_clear_rise_in_plain_swedish() -> None:
    row = controlled(8).iloc[0]
    assert row["flag"] == "ökning"
    assert row["p_high"] < 0.001
    assert row["explanation"] == (
        "8 denna vecka mot i snitt 1,0 de 4 veckorna innan: ovanligt många. Så här många eller fler "
        "händer ungefär 1 vecka av 2\u00a0500 med samma nivå."
    )


def test_weeks_before_the_data_begin_are_not_zeros() -> None:
    # Data begin two weeks before WEEK: the baseline is those two weeks, not four with two zeros.
    prev = previous_weeks(WEEK, 2)
    table = weekly.area_category_table(frame({prev[0]: 4, prev[1]: 4, WEEK: 6}), WEEK, covered=[*prev, WEEK])
    row = table.iloc[0]
    assert (row["baseline_weeks"], row["baseline"]) == (2, 4.0)
    assert "mot i snitt 4,0 de 2 veckorna innan" in row["explanation"]
    # One week of data before is too little to judge: no flag, whatever the count.
    one = weekly.area_category_table(frame({prev[1]: 0, WEEK: 9}), WEEK, covered=[prev[1], WEEK])
    assert one.iloc[0]["flag"] == ""
    assert "för få veckor med data innan" in one.iloc[0]["explanation"]


def test_a_bursty_series_needs_a_bigger_jump() -> None:
    prev = previous_weeks(WEEK, 12)
    steady = dict.fromkeys(prev, 4)
    bursty = dict(zip(prev, [0, 9, 1, 8, 0, 10, 2, 7, 0, 4, 4, 4], strict=True))
    for name, history, expected in [("jämn", steady, "ökning"), ("ryckig", bursty, "")]:
        table = weekly.area_category_table(frame({**history, WEEK: 12}), WEEK, covered=[*prev, WEEK])
        assert table.iloc[0]["flag"] == expected, name
    assert weekly.dispersion(np.array([[4.0] * 12]))[0] == 1.0
    assert weekly.dispersion(np.array([list(bursty.values())], float))[0] > 2


def test_last_years_season_vetoes_a_recurring_peak() -> None:
    prev = previous_weeks(WEEK, 12)
    season = [shift_week(WEEK, -52 + d) for d in range(-2, 3)]
    history = {**dict.fromkeys(prev, 2), WEEK: 9}
    table = weekly.area_category_table(frame(history), WEEK, covered=[*prev, WEEK])
    assert table.iloc[0]["flag"] == "ökning"  # no year of history: judged on the weeks before only
    peak = {**history, **dict(zip(season, [7, 9, 10, 8, 9], strict=True))}
    table = weekly.area_category_table(frame(peak), WEEK, covered=[*prev, *season, WEEK])
    assert table.iloc[0]["flag"] == ""
    assert "samma tid förra året" in table.iloc[0]["explanation"]


def test_history_weeks_cover_the_baseline_and_the_season() -> None:
    got = weekly.history_weeks(WEEK)
    assert got[-1] == WEEK and set(previous_weeks(WEEK, 12)) <= set(got)
    assert {shift_week(WEEK, -54), shift_week(WEEK, -50)} <= set(got)


def test_status_is_never_green_without_a_basis() -> None:
    prev = previous_weeks(WEEK, 4)
    table = weekly.area_category_table(
        frame({**dict.fromkeys(prev, 1), WEEK: 0}), WEEK, covered=[*prev, WEEK]
    )
    status = weekly.suggested_status(table, ["A", "B"]).set_index("area")
    assert status.at["A", "status"] == "grön"
    assert status.at["B", "status"] == "grön"  # no events in any covered week: a quiet area is green
    missing = {"A": "rapport saknas från Polisen"}
    status = weekly.suggested_status(table, ["A"], insufficient=missing).set_index("area")
    assert status.at["A", "status"] == weekly.INSUFFICIENT == "otillräckligt underlag"
    assert status.at["A", "reason"].endswith("; rapport saknas från Polisen")
    empty = weekly.area_category_table(frame({}), WEEK, covered=[])
    assert set(weekly.suggested_status(empty, ["A", "B"])["status"]) == {weekly.INSUFFICIENT}


def test_a_rise_in_an_incomplete_week_is_still_shown() -> None:
    prev = previous_weeks(WEEK, 4)
    table = weekly.area_category_table(
        frame({**dict.fromkeys(prev, 1), WEEK: 8}), WEEK, covered=[*prev, WEEK]
    )
    status = weekly.suggested_status(table, ["A"], insufficient={"A": "veckan är inte komplett"})
    assert status["status"].iloc[0] in {"gul", "röd"}


def test_chance_text() -> None:
    assert weekly.chance_text(0.005) == "ungefär 1 vecka av 200"
    assert weekly.chance_text(0.37) == "ungefär 1 vecka av 3"
    assert weekly.chance_text(0.6) == "minst varannan vecka"
    assert weekly.chance_text(1e-6) == "mer sällan än 1 vecka av 10\u00a0000"
