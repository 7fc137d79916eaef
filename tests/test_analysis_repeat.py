"""Repeat / near-repeat: exact shares on a hand-made example, Knox test on planted chains and on noise."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lagesbild.analysis.repeat import knox_table, knox_test, repeat_share

E0, N0 = 674_000.0, 6_574_000.0
START = pd.Timestamp("2024-01-01", tz="Europe/Stockholm")


def independent(n: int, seed: int, side: float = 5000.0, days: float = 730.0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "east": rng.uniform(E0, E0 + side, n),
            "north": rng.uniform(N0, N0 + side, n),
            "occurred_at": START + pd.to_timedelta(rng.uniform(0, days, n), unit="D"),
            "category": "skadegorelse",
        }
    )


def chains(n_first: int, seed: int, side: float = 5000.0, days: float = 730.0) -> pd.DataFrame:
    """Each first incident is followed by Poisson(3) more within ~60 m and a few days."""
    rng = np.random.default_rng(seed)
    e, n, t = (
        rng.uniform(E0, E0 + side, n_first),
        rng.uniform(N0, N0 + side, n_first),
        rng.uniform(0, days, n_first),
    )
    k = rng.poisson(3, n_first)
    east = np.concatenate([e, np.repeat(e, k) + rng.normal(0, 60, k.sum())])
    north = np.concatenate([n, np.repeat(n, k) + rng.normal(0, 60, k.sum())])
    when = np.concatenate([t, np.repeat(t, k) + rng.exponential(4, k.sum())])
    return pd.DataFrame(
        {
            "east": east,
            "north": north,
            "occurred_at": START + pd.to_timedelta(when, unit="D"),
            "category": "klotter",
        }
    )


def test_repeat_share_on_a_hand_made_example() -> None:
    incidents = pd.DataFrame(
        {
            "east": [0.0, 100.0, 1000.0, 0.0, 50.0, np.nan],
            "north": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            "occurred_at": START + pd.to_timedelta([0, 5, 1, 20, 3, 1], unit="D"),
            "category": ["klotter", "klotter", "klotter", "klotter", "brand", "klotter"],
        }
    )
    out = repeat_share(incidents).set_index("category")
    # klotter: day 0 is followed by day 5 at 100 m (7 and 14 days); day 5 by day 20 only after 15 days;
    # the one 1 km away is never followed; the brand next door is another category; NaN has no point.
    assert out.loc["klotter", "n"] == 4
    assert out.loc["klotter", "followed_7d"] == 1 and out.loc["klotter", "followed_14d"] == 1
    assert out.loc["klotter", "share_7d"] == pytest.approx(0.25)
    assert out.loc["brand", "followed_14d"] == 0
    assert out.loc["alla", "n"] == 5 and out.loc["alla", "share_14d"] == pytest.approx(0.2)


def test_planted_near_repeat_chains_give_a_small_knox_p_value() -> None:
    data = pd.concat([independent(800, 1), chains(80, 2)], ignore_index=True)
    result = knox_test(data, permutations=199, seed=3)
    assert result.p_value <= 0.01
    assert result.ratio > 2
    assert "oftare än slumpen" in result.explanation
    shares = repeat_share(data).set_index("category")
    assert shares.loc["klotter", "share_7d"] > 5 * shares.loc["skadegorelse", "share_7d"]


def test_independent_events_give_roughly_uniform_knox_p_values() -> None:
    p_values = [knox_test(independent(600, seed), permutations=199, seed=seed).p_value for seed in range(8)]
    assert sum(p < 0.05 for p in p_values) <= 1
    assert 0.2 < float(np.mean(p_values)) < 0.8


def test_knox_is_reproducible_with_a_seed_and_accepts_plain_day_numbers() -> None:
    data = independent(300, 9)
    assert knox_test(data, permutations=99, seed=1) == knox_test(data, permutations=99, seed=1)
    days = data.assign(occurred_at=(data["occurred_at"] - START) / pd.Timedelta(days=1))
    assert (
        knox_test(days, permutations=99, seed=1).observed == knox_test(data, permutations=99, seed=1).observed
    )


def test_knox_table_shows_the_excess_close_in_space_and_time() -> None:
    data = pd.concat([independent(800, 4), chains(80, 5)], ignore_index=True)
    table = knox_table(data, permutations=99, seed=1)
    assert len(table) == 9
    nearest = table.iloc[0]
    assert nearest["distance_to"] == 100 and nearest["days_to"] == 7
    assert nearest["ratio"] > 3 and nearest["p_value"] <= 0.02
    assert table.iloc[-1]["ratio"] < 1.5  # 200–400 m, 14–28 days: close to chance


def test_knox_handles_20000_incidents() -> None:
    # Its speed at this size is a benchmark's job; here it must complete and count every close pair.
    data = independent(20_000, 6, side=10_000.0, days=1460.0)
    result = knox_test(data, permutations=99, seed=1)
    assert result.n == 20_000 and result.space_pairs > 100_000
