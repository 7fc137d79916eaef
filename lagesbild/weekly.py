"""The weekly picture per area: counts this week against last week and the 4-week mean, with
Poisson-aware change flags and a suggested status. Pure functions on DataFrames.

Why not percentages: 2 → 4 incidents is "+100 %" and means nothing. For Poisson counts the
square root stabilises the variance, so z = 2·(√x − √μ) is roughly standard normal when nothing has
changed (x this week, μ the mean of the previous 4 weeks). |z| ≥ 2 is flagged, about 1 week in 20
by chance alone in each cell; we only flag rises with at least 3 incidents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from lagesbild.swedish import number
from lagesbild.vocabulary import AreaStatus, Flag

Z_FLAG = 2.0
MIN_COUNT_FOR_RISE = 3
# A significant rise in these categories makes an area red: serious violence and fire.
SERIOUS = frozenset({"vald_hot", "skjutning_explosion", "anlagd_brand", "ran"})

STATUS_RULES = (
    "Röd: signifikant ökning (z ≥ 2) av våld och hot, rån, anlagd brand eller skjutning/explosion, "
    "eller totalt z ≥ 3. Gul: någon annan signifikant ökning, eller totalt z ≥ 2. Grön: annars. "
    "Förslaget är ett stöd; beslutet fattas av arbetsgruppen."
)


def poisson_z(
    current: np.ndarray | pd.Series | float, baseline: np.ndarray | pd.Series | float
) -> np.ndarray:
    """Anscombe-style z score of a count against a baseline mean."""
    return np.asarray(2.0 * (np.sqrt(np.asarray(current, float)) - np.sqrt(np.asarray(baseline, float))))


def flag(z: float, count: float) -> str:
    if z >= Z_FLAG and count >= MIN_COUNT_FOR_RISE:
        return Flag.RISE.value
    if z <= -Z_FLAG:
        return Flag.FALL.value
    return ""


def explain(row: Mapping[str, Any]) -> str:
    """One line a non-statistician understands."""
    base = f"{row['count']:.0f} denna vecka mot i snitt {number(row['mean_4w'])} de fyra veckorna innan"
    if row["flag"] == Flag.RISE:
        return base + ": ovanligt många, troligen inte slumpen."
    if row["flag"] == Flag.FALL:
        return base + ": ovanligt få."
    return base + ": inom det vanliga."


def area_category_table(counts: pd.DataFrame, week: str, previous: list[str]) -> pd.DataFrame:
    """Per area × category: count, last week, 4-week mean, z, flag and explanation.

    `counts` has iso_week, area, category, count (from queries.week_counts) for `week` and the
    `previous` 4 weeks (oldest first; the last is last week).
    """
    columns = ["area", "category", "count", "last_week", "mean_4w", "z", "flag", "explanation"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    wide = counts.pivot_table(
        index=["area", "category"], columns="iso_week", values="count", aggfunc="sum", fill_value=0
    )
    for w in [week, *previous]:
        if w not in wide.columns:
            wide[w] = 0
    table = pd.DataFrame(
        {
            "count": wide[week],
            "last_week": wide[previous[-1]],
            "mean_4w": wide[previous].mean(axis=1),
        }
    ).reset_index()
    table["z"] = poisson_z(table["count"], table["mean_4w"])
    table["flag"] = [flag(z, n) for z, n in zip(table["z"], table["count"], strict=True)]
    # Records, not DataFrame.apply: one Series per row costs seconds at national scale (bench section 2).
    table["explanation"] = [explain(r) for r in table[["count", "mean_4w", "flag"]].to_dict("records")]
    return table[columns].sort_values(["area", "count"], ascending=[True, False]).reset_index(drop=True)


def suggested_status(
    table: pd.DataFrame, areas: list[str], labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """grön/gul/röd per area from the documented rules, with the reason (category labels if given)."""
    labels = labels or {}
    # Grouped once rather than filtered per area: the same sums, linear in the table at any scale.
    totals = table.groupby("area", sort=False)[["count", "mean_4w"]].sum()
    rising = table[table["flag"] == Flag.RISE].groupby("area", sort=False)["category"].agg(list)
    rows = []
    for area in areas:
        total = float(totals.at[area, "count"]) if area in totals.index else 0.0
        mean = float(totals.at[area, "mean_4w"]) if area in totals.index else 0.0
        total_z = float(poisson_z(total, mean))
        rises: list[str] = rising.get(area, [])
        if SERIOUS.intersection(rises) or total_z >= 3:
            status = AreaStatus.RED.value
        elif rises or total_z >= 2:
            status = AreaStatus.YELLOW.value
        else:
            status = AreaStatus.GREEN.value
        reason = (
            f"{total:.0f} händelser mot i snitt {number(mean)} de fyra veckorna innan (z = {number(total_z)})"
        )
        if rises:
            reason += "; ovanligt många: " + ", ".join(labels.get(c, c) for c in rises)
        rows.append(
            {"area": area, "status": status, "total": total, "mean_4w": mean, "z": total_z, "reason": reason}
        )
    return pd.DataFrame(rows, columns=["area", "status", "total", "mean_4w", "z", "reason"])


def per_thousand(count: float, population: float | None) -> float | None:
    if not population:
        return None
    return 1000.0 * count / population
