"""Alternative text for the report's charts and maps: what each shows, in words and the numbers behind it.

A screen reader reads the /Alt of a tagged PDF figure instead of the picture (WCAG 1.1.1, PDF/UA 7.3),
so every text here carries the same counts as the bars, cells or points it describes. Built from the
same values the chart is drawn from, never from the picture.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lagesbild.analysis.hotspots import HOT95, HOT99
from lagesbild.swedish import MONTHS_LONG, WEEKDAYS_LONG, integer, number, plural


def _month(month: tuple[int, int]) -> str:
    return f"{MONTHS_LONG[month[1] - 1]} {month[0]}"


def _pairs(labels: Sequence[str], values: Sequence[float], decimals: int = 0) -> str:
    shown = [integer(int(v)) if decimals == 0 else number(v, decimals) for v in values]
    return "; ".join(f"{label}: {value}" for label, value in zip(labels, shown, strict=True))


def trend_alt(weeks: Sequence[str], totals: Sequence[int], current: str) -> str:
    labels = [f"vecka {int(w.split('W')[1])}" + (" (denna vecka)" if w == current else "") for w in weeks]
    return (
        f"Stapeldiagram, totalt antal händelser per vecka under {len(weeks)} veckor. "
        + _pairs(labels, totals)
        + "."
    )


def point_map_alt(area: str, points: pd.DataFrame, located: int, without_point: int) -> str:
    text = f"Karta över {area} med områdets gräns och grannområdena, utan bakgrundskarta. "
    if points.empty:
        text += "Inga händelser med plats denna vecka."
    else:
        counts = points["count"].astype(int)
        spread = counts.value_counts().sort_index()
        parts = [
            plural(int(n), "plats", "platser") + f" med {plural(int(c), 'händelse', 'händelser')}"
            for c, n in spread.items()
        ]
        text += (
            f"{plural(len(points), 'generaliserad plats', 'generaliserade platser')} markerade för "
            f"{plural(located, 'händelse', 'händelser')}: " + ", ".join(parts) + "."
        )
    if without_point:
        text += f" {plural(without_point, 'händelse', 'händelser')} saknar plats och visas inte."
    return text


def paired_bars_alt(
    what: str, months: Sequence[tuple[int, int]], this: Sequence[int], last: Sequence[int] | None
) -> str:
    text = f"Stapeldiagram, {what} per månad. Perioden: " + _pairs([_month(m) for m in months], this) + "."
    if last is not None:
        year_before = [(y - 1, m) for y, m in months]
        text += " Samma månader ett år tidigare: " + _pairs([_month(m) for m in year_before], last) + "."
    return text


def panels_alt(
    panels: Sequence[tuple[str, Sequence[int], Sequence[int] | None]], months: Sequence[tuple[int, int]]
) -> str:
    first, last_month = _month(months[0]), _month(months[-1])
    parts = []
    for title, this, before in panels:
        part = f"{title}: " + ", ".join(integer(int(v)) for v in this)
        if before is not None:
            part += " (i fjol " + ", ".join(integer(int(v)) for v in before) + ")"
        parts.append(part)
    return (
        f"Små stapeldiagram, ett per kategori, antal per månad från {first} till {last_month}. "
        + "; ".join(parts)
        + "."
    )


def ranking_alt(names: Sequence[str], rates: Sequence[float], last_rates: Sequence[float] | None) -> str:
    text = "Liggande stapeldiagram, händelser per 1 000 invånare per område. " + _pairs(names, rates, 1) + "."
    if last_rates is not None:
        text += " Samma period i fjol: " + _pairs(names, last_rates, 1) + "."
    return text


def cell_map_alt(area: str, cells: pd.DataFrame, grid_m: int) -> str:
    busy = cells[cells["count"] > 0] if len(cells) else cells
    text = (
        f"Karta över {area} i rutor på {grid_m} × {grid_m} m, färgade efter antal händelser, utan "
        "bakgrundskarta. "
    )
    if busy.empty:
        return text + "Inga rutor med händelser."
    hot = busy[busy["class"].isin([HOT95, HOT99])]
    text += (
        f"{plural(len(busy), 'ruta', 'rutor')} har händelser, mellan {integer(int(busy['count'].min()))} och "
        f"{integer(int(busy['count'].max()))} per ruta; {plural(len(hot), 'ruta', 'rutor')} är hotspot."
    )
    labels = [str(v) for v in hot["label"].dropna().unique() if str(v)] if "label" in hot else []
    if labels:
        text += " Hotspot vid " + ", ".join(labels) + "."
    return text + " Antalen per plats står i tabellen bredvid."


def heatmap_alt(grid: np.ndarray) -> str:
    step = 24 // grid.shape[1]
    if grid.sum() == 0:
        return "Rutnät veckodag × klockslag: inga händelser med klockslag."
    days = []
    for day, row in enumerate(grid):
        bands = [f"kl. {b * step:02d}–{(b + 1) * step:02d} {int(v)}" for b, v in enumerate(row) if v]
        days.append(f"{WEEKDAYS_LONG[day]}: " + (", ".join(bands) if bands else "inga"))
    return (
        f"Rutnät veckodag × klockslag i band om {step} timmar, antal händelser i varje ruta. "
        + "; ".join(days)
        + "."
    )


def measure_alt(before: tuple[float, float], after: tuple[float, float]) -> str:
    return (
        "Stapeldiagram, medel per vecka före och under/efter insatsen. "
        f"Insatsområdet: före {number(before[0])}, under/efter {number(after[0])}. "
        f"Jämförelseområdena: före {number(before[1])}, under/efter {number(after[1])}."
    )
