"""Veckans lägesbild's table and status, made fast for the national scale (bench/RESULTS.md, Stop 25),
give the same frames as before to the last bit: checked against the previous implementation (pandas'
pivot table, one dict per row, one look-up per area), kept here as the reference, on small tables with
what could tell them apart: Swedish letters, ties, duplicate cells, weeks outside the history, weeks
without data, areas without rows, a repeated area, an empty table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import pytest

from lagesbild import weekly
from lagesbild.vocabulary import AreaStatus, Flag
from lagesbild.weeks import previous_weeks, shift_week

WEEK = "2026-W20"
AREAS = ["Älta", "Ösby", "Zinkensdamm", "Åby", "Aby", "Brandkärr"]
CATEGORIES = ["vald_hot", "klotter", "skadegorelse", "anlagd_brand", "ran", "samling"]


def reference_table(counts: pd.DataFrame, week: str, previous: list[str], covered: Any) -> pd.DataFrame:
    """`area_category_table` as it was before Stop 25 (pivot table, explanations from dicts)."""
    dispersion_weeks = previous_weeks(week, weekly.DISPERSION_WEEKS)
    season = [shift_week(week, -52 + d) for d in range(-2, 3)]
    all_weeks = list(dict.fromkeys([*dispersion_weeks, *previous, *season, week]))
    wide = counts.pivot_table(
        index=["area", "category"], columns="iso_week", values="count", aggfunc="sum", fill_value=0
    )
    wide = wide.reindex(columns=all_weeks, fill_value=0).astype(float)
    have = set(counts["iso_week"]) if covered is None else set(covered)

    def block(wlist: list[str]) -> np.ndarray:
        mask = np.array([w in have for w in wlist])
        return np.where(mask[None, :], wide[wlist].to_numpy(float), np.nan)

    base = block(previous)
    k = np.sum(np.isfinite(base), axis=1).astype(float)
    total = np.nansum(base, axis=1)
    phi = weekly.dispersion(block(dispersion_weeks))
    x = wide[week].to_numpy(float)
    p_high, p_low = weekly.tails(x, total, np.where(k >= 2, k, 0), phi)
    seas = block(season)
    complete = np.all(np.isfinite(seas), axis=1)
    s_high, s_low = weekly.tails(x, np.nansum(seas, axis=1), np.where(complete, seas.shape[1], 0), phi)
    with np.errstate(invalid="ignore"):
        rise = (p_high < weekly.ALPHA) & (x >= weekly.MIN_COUNT_FOR_RISE)
        fall = p_low < weekly.ALPHA
        veto_up = rise & complete & (s_high >= weekly.SEASONAL_ALPHA)
        veto_down = fall & complete & (s_low >= weekly.SEASONAL_ALPHA)
    flags = np.where(rise & ~veto_up, Flag.RISE.value, np.where(fall & ~veto_down, Flag.FALL.value, ""))
    table = pd.DataFrame(
        {
            "count": x,
            "last_week": wide[previous[-1]].to_numpy(float),
            "mean_4w": wide[previous].to_numpy(float).mean(axis=1),
            "baseline": np.where(k > 0, total / np.maximum(k, 1), np.nan),
            "baseline_weeks": k.astype(int),
            "dispersion": phi,
            "p_high": p_high,
            "p_low": p_low,
            "flag": flags,
            "seasonal_veto": veto_up | veto_down,
        },
        index=wide.index,
    ).reset_index()
    table["explanation"] = [weekly.explain(r) for r in table.to_dict("records")]
    table = table[[*weekly.COLUMNS, "baseline"]]
    return table.sort_values(["area", "count"], ascending=[True, False]).reset_index(drop=True)


def reference_status(
    table: pd.DataFrame, areas: list[str], labels: Mapping[str, str], insufficient: Mapping[str, str]
) -> pd.DataFrame:
    """`suggested_status` as it was before Stop 25 (one look-up and one tail per area)."""
    grouped = table.groupby("area", sort=False)
    totals = grouped[["count", "mean_4w"]].sum()
    base = grouped.agg(baseline=("baseline", "sum"), weeks=("baseline_weeks", "max"))
    rising = table[table["flag"] == Flag.RISE].groupby("area", sort=False)["category"].agg(list)
    every = int(table["baseline_weeks"].max()) if len(table) else 0
    rows = []
    for area in areas:
        total = float(totals.at[area, "count"]) if area in totals.index else 0.0
        mean = float(totals.at[area, "mean_4w"]) if area in totals.index else 0.0
        k = int(base.at[area, "weeks"]) if area in base.index else every
        baseline = float(base.at[area, "baseline"]) if area in base.index else 0.0
        p_total = float(weekly.tails(total, baseline * k, k if k >= 2 else 0)[0])
        rises: list[str] = rising.get(area, [])
        if weekly.SERIOUS.intersection(rises) or p_total < weekly.TOTAL_RED:
            status = AreaStatus.RED.value
        elif rises or p_total < weekly.TOTAL_YELLOW:
            status = AreaStatus.YELLOW.value
        elif area in insufficient or k < 2:
            status = weekly.INSUFFICIENT
        else:
            status = AreaStatus.GREEN.value
        if k >= 2:
            reason = (
                f"{weekly._events(total)} mot i snitt {weekly.number(baseline)} {weekly._weeks_before(k)}; "
                f"så här många eller fler händer {weekly.chance_text(p_total)} med samma nivå"
            )
        else:
            reason = f"{weekly._events(total)}; för få veckor med data innan för att jämföra"
        if rises:
            reason += "; ovanligt många: " + ", ".join(labels.get(c, c) for c in rises)
        if area in insufficient:
            reason += f"; {insufficient[area]}"
        rows.append({"area": area, "status": status, "total": total, "mean_4w": mean, "p_high": p_total,
                     "reason": reason})  # fmt: skip
    return pd.DataFrame(rows, columns=["area", "status", "total", "mean_4w", "p_high", "reason"])


def random_counts(seed: int, weeks: list[str], level: float = 3.0) -> pd.DataFrame:
    """Counts per week, area and category (only non-zero cells, shuffled), bursts in some series, a
    few cells given twice (summed), some in a week outside the history."""
    rng = np.random.default_rng(seed)
    rows: list[tuple[str | None, str | None, str | None, int | None]] = []
    for area in AREAS[:-1]:  # Brandkärr: no rows at all
        for category in CATEGORIES:
            mean = level * rng.uniform(0.1, 2.0)
            for week in weeks:
                n = int(rng.poisson(mean * (8 if rng.uniform() < 0.03 else 1)))
                if n:
                    rows.append((week, area, category, n))
    # A rise (Älta, rån) and a fall (Åby, klotter) this week, whatever the draws.
    rows = [r for r in rows if (r[1], r[2]) not in {("Älta", "ran"), ("Åby", "klotter")}]
    rows += [(w, "Älta", "ran", 1) for w in weeks[:-1]] + [(WEEK, "Älta", "ran", 15)]
    rows += [(w, "Åby", "klotter", 40) for w in weeks[:-1]]
    rows += [(weeks[-1], "Aby", "klotter", 2), (shift_week(WEEK, 1), "Ösby", "samling", 5)]
    # Rows a frame from elsewhere may have: a missing key, a missing count.
    rows += [(WEEK, None, "klotter", 3), (None, "Aby", "ran", 4), (WEEK, "Aby", None, 1)]
    rows += [(WEEK, "Ösby", "ran", None), (weeks[0], "Zinkensdamm", "ny_kategori", None)]
    frame = pd.DataFrame(rows, columns=["iso_week", "area", "category", "count"])
    return frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("history", ["full", "begins_late", "no_season"])
def test_table_and_status_are_those_of_the_previous_implementation(seed: int, history: str) -> None:
    weeks = weekly.history_weeks(WEEK)
    if history == "begins_late":  # the data begin 6 weeks back: no season, short dispersion series
        weeks = previous_weeks(WEEK, 6) + [WEEK]
    counts = random_counts(seed, weeks, level=[0.3, 3.0, 30.0][seed % 3])
    covered = None if history == "no_season" else weeks
    if history == "no_season":
        counts = counts[counts["iso_week"] >= previous_weeks(WEEK, 12)[0]]
    previous = previous_weeks(WEEK, 4)
    table = weekly.area_category_table(counts, WEEK, previous, covered=covered)
    expected = reference_table(counts, WEEK, previous, covered)
    pd.testing.assert_frame_equal(table, expected, check_exact=True)
    areas = ["Brandkärr", *AREAS, "Ösby"]  # one without rows, one twice
    labels = {"vald_hot": "Våld och hot", "klotter": "Klotter"}
    insufficient = {"Ösby": "rapport saknas från X"}
    status = weekly.suggested_status(table, areas, labels, insufficient=insufficient)
    expected_status = reference_status(table, areas, labels, insufficient)
    pd.testing.assert_frame_equal(status, expected_status, check_exact=True)
    assert {Flag.RISE.value, Flag.FALL.value} <= set(table["flag"])  # not only "inom det vanliga"


def test_dispersion_is_summed_in_the_pivot_tables_order() -> None:
    """numpy sums a row in a different order in a column-major array: φ then differs in the last bit
    (17 % of the national cells did). The table's rows are summed as the pivot table's were."""
    counts = random_counts(11, weekly.history_weeks(WEEK), level=30.0)
    table = weekly.area_category_table(counts, WEEK)
    expected = reference_table(counts, WEEK, previous_weeks(WEEK, 4), None)
    assert table["dispersion"].to_numpy().tobytes() == expected["dispersion"].to_numpy().tobytes()


def test_empty_counts_give_the_empty_table_and_a_status_for_every_area() -> None:
    empty = pd.DataFrame(columns=["iso_week", "area", "category", "count"])
    table = weekly.area_category_table(empty, WEEK)
    assert table.empty and list(table.columns) == [*weekly.COLUMNS, "baseline"]
    status = weekly.suggested_status(table, ["Åby", "Aby"], insufficient={"Aby": "ingen rapport"})
    expected = reference_status(table, ["Åby", "Aby"], {}, {"Aby": "ingen rapport"})
    pd.testing.assert_frame_equal(status, expected)
    assert list(status["status"]) == [weekly.INSUFFICIENT, weekly.INSUFFICIENT]


def test_the_rows_keep_the_category_order_within_equal_counts() -> None:
    """Sorted by area, then count (descending); equal counts stay in category order, as before."""
    counts = pd.DataFrame(
        [(WEEK, "Åby", c, 2) for c in ("vald_hot", "klotter", "ran")] + [(WEEK, "Aby", "samling", 1)],
        columns=["iso_week", "area", "category", "count"],
    )
    table = weekly.area_category_table(counts, WEEK)
    assert list(zip(table["area"], table["category"], strict=True)) == [
        ("Aby", "samling"), ("Åby", "klotter"), ("Åby", "ran"), ("Åby", "vald_hot"),
    ]  # fmt: skip
