"""Pure computations behind Trender's split chart and CompStat table: a stable style per area (or
category, or source), the top N categories plus "Övriga", zero weeks filled in, and CompStat with
percentage changes. DataFrames in, DataFrames out."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.trends import same_week_last_year, short_week
from lagesbild import weeks
from lagesbild.swedish import MISSING, percent

# Okabe & Ito's colour-blind safe palette without its yellow (1.1:1 on white), darkest first. The
# series also differ by dash and point shape (WCAG 1.4.1): 8 colours × 6 dashes give 24 distinct
# combinations before one repeats.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#E69F00", "#56B4E9", "#882255"]
DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [1, 3], [10, 4]]
SHAPES = ["circle", "square", "triangle-up", "diamond", "cross", "triangle-down"]
OTHER = "Övriga"
OTHER_STYLE = ("#757575", [3, 3], "stroke")
TOP_N = 5


@dataclass(frozen=True)
class Styles:
    """Scale domains and ranges for colour, dash and shape, in the legend's order."""

    domain: list[str]
    colours: list[str]
    dashes: list[list[int]]
    shapes: list[str]


def stable_styles(universe: list[str], shown: list[str]) -> Styles:
    """A style per shown name from its position in `universe` (every area of the kommun, every
    category of the taxonomy, sorted once): the same area keeps its colour, dash and shape whatever
    else is selected. Names outside the universe follow it in their own order; "Övriga" is grey."""
    order = list(dict.fromkeys([*universe, *sorted(n for n in shown if n not in universe and n != OTHER)]))
    position = {name: i for i, name in enumerate(order)}
    domain = sorted((n for n in shown if n != OTHER), key=lambda n: position[n])
    colours = [PALETTE[position[n] % len(PALETTE)] for n in domain]
    dashes = [DASHES[position[n] % len(DASHES)] for n in domain]
    shapes = [SHAPES[position[n] % len(SHAPES)] for n in domain]
    if OTHER in shown:
        domain.append(OTHER)
        colours.append(OTHER_STYLE[0])
        dashes.append(list(OTHER_STYLE[1]))
        shapes.append(OTHER_STYLE[2])
    return Styles(domain, colours, dashes, shapes)


def top_n(frame: pd.DataFrame, dimension: str, n: int = TOP_N) -> pd.DataFrame:
    """The `n` largest groups of `dimension` over the whole frame keep their name; the rest become
    "Övriga" (summed per week). Ties go by name, so the choice does not depend on row order."""
    totals = frame.groupby(dimension)["count"].sum()
    ranked = sorted(totals.index, key=lambda name: (-int(totals[name]), str(name)))
    if len(ranked) <= n + 1:  # "Övriga" for a single group would only hide its name
        return frame.copy()
    keep = set(ranked[:n])
    return frame.assign(**{dimension: frame[dimension].where(frame[dimension].isin(keep), OTHER)})


def fill_weeks(frame: pd.DataFrame, dimension: str, first_week: str, last_week: str) -> pd.DataFrame:
    """Counts per week and group with every week from `first_week` to `last_week` (the part of the
    period the data covers) present: a week without events is a 0, not a gap the line jumps over.
    Columns: iso_week, week_start, Vecka, the dimension, count."""
    columns = ["iso_week", "week_start", "Vecka", dimension, "count"]
    if frame.empty or first_week > last_week:
        return pd.DataFrame(columns=columns)
    summed = frame.groupby(["iso_week", dimension])["count"].sum()
    span = weeks.week_span(first_week, last_week)
    groups = sorted(set(frame[dimension]), key=lambda g: (g == OTHER, str(g)))
    full = summed.reindex(
        pd.MultiIndex.from_product([span, groups], names=["iso_week", dimension]), fill_value=0
    )
    out = full.reset_index()
    out["count"] = out["count"].astype(int)
    out["week_start"] = [pd.Timestamp(weeks.week_start(w)) for w in out["iso_week"]]
    out["Vecka"] = out["iso_week"].map(short_week)
    return out[columns]


# --- CompStat ---------------------------------------------------------------------------------------


def change_text(now: float | None, before: float | None) -> str:
    """The change from `before` to `now` as a Swedish percentage ('+25 %', '−40 %', '±0 %'); "–"
    where there is no base: nothing before (a rise from 0 has no percentage) or no data."""
    if now is None or before is None or pd.isna(now) or pd.isna(before) or before == 0:
        return MISSING
    return percent((float(now) - float(before)) / float(before), sign=True)


def _sum(series: pd.DataFrame, first: str, last: str) -> pd.Series:
    part = series[(series["iso_week"] >= first) & (series["iso_week"] <= last)]
    return part.groupby("category_label")["count"].sum()


def compstat(series: pd.DataFrame, week: str, data_from: str | None) -> pd.DataFrame:
    """CompStat per category and in total: this week against the week before and the same week last
    year, the last 4 weeks (28 days) against the 4 weeks before, and the year to date against the same
    weeks last year, each with its change in per cent. A comparison the data does not reach back to
    is empty (`pd.NA`, "–"), never a 0; a change from 0 has no percentage ("–")."""
    year, _ = weeks.parse_week(week)
    four_from = weeks.shift_week(week, -3)
    comparisons = [  # name, (first, last) now, name of the base, (first, last) of the base
        ("Veckan", (week, week), "Förra veckan", (weeks.shift_week(week, -1),) * 2),
        ("Veckan", (week, week), "Samma vecka i fjol", (same_week_last_year(week),) * 2),
        (
            "4 veckor",
            (four_from, week),
            "4 veckor före",
            (weeks.shift_week(week, -7), weeks.shift_week(week, -4)),
        ),
        (
            "Hittills i år",
            (f"{year}-W01", week),
            "Samma period i fjol",
            (f"{year - 1}-W01", same_week_last_year(week)),
        ),
    ]
    labels = sorted(set(series["category_label"])) if len(series) else []
    table = pd.DataFrame(index=pd.Index([*labels, "Totalt"], name="Kategori"))

    def counts(first: str, last: str) -> list[int]:
        part = _sum(series, first, last).reindex(labels, fill_value=0)
        return [*(int(v) for v in part), int(part.sum())]

    for name, (first, last), base_name, (base_first, base_last) in comparisons:
        if name not in table:
            table[name] = pd.array(counts(first, last), dtype="Int64")
        reached = data_from is not None and base_first >= data_from
        table[base_name] = pd.array(
            counts(base_first, base_last) if reached else [pd.NA] * len(table), dtype="Int64"
        )
        table[f"{name} mot {base_name.lower()}"] = [
            change_text(None if pd.isna(n) else n, None if pd.isna(b) else b)
            for n, b in zip(table[name], table[base_name], strict=True)
        ]
    return table.reset_index()
