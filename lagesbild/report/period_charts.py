"""Static figures for the tertial and annual report (matplotlib object API, no tiles, RGB images).

Ranking of areas, this period against the same period last year per month (total and per category),
the hotspot grid of an area, the weekday × time-of-day pattern and a measure's before/after means.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter
from PIL import Image
from shapely.geometry.base import BaseGeometry

from lagesbild.analysis.hotspots import HOT95, HOT99
from lagesbild.report.charts import (
    ACCENT,
    INK,
    MUTED,
    area_figure,
    draw_area,
    integer_locator,
    scale_and_north,
    to_image,
)
from lagesbild.swedish import MINUS, WEEKDAYS_SHORT, month_name, number

THIS = "#33506e"
LAST = "#b9c7d6"
HEAT = LinearSegmentedColormap.from_list("lagesbild_heat", ["#ffffff", "#f6c8a8", "#d9622b", "#8c1d18"])
HALO = [patheffects.withStroke(linewidth=1.8, foreground="white")]


def _figure(size_mm: tuple[float, float]) -> Figure:
    return Figure(figsize=(size_mm[0] / 25.4, size_mm[1] / 25.4), facecolor="white")


def _comma(value: float, _position: int) -> str:
    """Swedish tick labels: decimal comma, unicode minus."""
    return f"{value:g}".replace(".", ",").replace("-", MINUS)


def _plain(ax: Axes, fontsize: float = 5.5) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(_comma))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)
    ax.tick_params(axis="y", labelsize=fontsize, colors=INK, length=2)
    ax.tick_params(axis="x", labelsize=fontsize, colors=INK, length=0, pad=2)
    ax.grid(axis="y", color="#e3e3e3", linewidth=0.5, zorder=0)


def _paired_bars(
    ax: Axes,
    this: Sequence[float],
    last: Sequence[float] | None,
    labels: Sequence[str],
    fontsize: float = 5.5,
    values: bool = True,
) -> None:
    positions = np.arange(len(this), dtype=float)
    width = 0.4 if last is not None else 0.7
    if last is not None:
        ax.bar(positions - width / 2, list(last), width=width, color=LAST, zorder=2)
        ax.bar(positions + width / 2, list(this), width=width, color=THIS, zorder=2)
    else:
        ax.bar(positions, list(this), width=width, color=THIS, zorder=2)
    top = max([*this, *(last or []), 1])
    ax.set_ylim(0, top * 1.22 + 0.5)
    ax.yaxis.set_major_locator(integer_locator(top))
    ax.set_xticks(positions)
    ax.set_xticklabels(labels)
    _plain(ax, fontsize)
    if values and len(this) <= 12:
        for x, value in zip(positions, this, strict=True):
            ax.text(
                x + (width / 2 if last is not None else 0),
                value + top * 0.02,
                str(int(value)),
                ha="center",
                va="bottom",
                fontsize=fontsize - 1,
                color=INK,
            )


def month_labels(months: Sequence[tuple[int, int]]) -> list[str]:
    return [month_name(m, short=True) for _, m in months]


def month_chart(
    months: Sequence[tuple[int, int]],
    this: Sequence[int],
    last: Sequence[int] | None,
    size_mm: tuple[float, float],
) -> Image.Image:
    """Total per month: this period (dark) beside the same months last year (light)."""
    fig = _figure(size_mm)
    ax = fig.add_axes((0.1, 0.14, 0.88, 0.8))
    _paired_bars(ax, this, last, month_labels(months))
    return to_image(fig)


def category_panels(
    panels: Sequence[tuple[str, Sequence[int], Sequence[int] | None]],
    months: Sequence[tuple[int, int]],
    size_mm: tuple[float, float],
    columns: int = 3,
) -> Image.Image:
    """Small multiples: one panel per category, per month, this period beside last year."""
    fig = _figure(size_mm)
    rows = max(1, -(-len(panels) // columns))
    labels = month_labels(months) if len(months) <= 6 else [m[0] for m in month_labels(months)]
    for k, (title, this, last) in enumerate(panels):
        row, col = divmod(k, columns)
        left = 0.05 + col * (0.95 / columns)
        height = 0.92 / rows
        bottom = 1 - (row + 1) * height + 0.06 * height
        ax = fig.add_axes((left, bottom + 0.12 * height, 0.95 / columns - 0.06, height * 0.66))
        _paired_bars(ax, this, last, labels, fontsize=5, values=False)
        ax.set_title(
            title if len(title) <= 38 else title[:36] + "…", fontsize=6, color=INK, loc="left", pad=2
        )
    return to_image(fig)


def ranking_chart(
    names: Sequence[str],
    rates: Sequence[float],
    last_rates: Sequence[float] | None,
    size_mm: tuple[float, float],
) -> Image.Image:
    """Incidents per 1,000 inhabitants per area (most first), with last year's rate as a light bar."""
    fig = _figure(size_mm)
    ax = fig.add_axes((0.2, 0.12, 0.76, 0.84))
    positions = np.arange(len(names), dtype=float)[::-1]
    height = 0.38 if last_rates is not None else 0.6
    if last_rates is not None:
        ax.barh(
            positions - height / 2,
            list(last_rates),
            height=height,
            color=LAST,
            zorder=2,
            label="samma period i fjol",
        )
    ax.barh(
        positions + (height / 2 if last_rates is not None else 0),
        list(rates),
        height=height,
        color=THIS,
        zorder=2,
        label="perioden",
    )
    ax.set_yticks(positions)
    ax.set_yticklabels(list(names), fontsize=6.5, color=INK)
    ax.tick_params(axis="x", labelsize=5.5, colors=INK, length=2)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e3e3e3", linewidth=0.5, zorder=0)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.xaxis.set_major_formatter(FuncFormatter(_comma))
    ax.set_xlabel("händelser per 1 000 invånare", fontsize=5.5, color=INK)
    if last_rates is not None:
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(handles[::-1], labels[::-1], fontsize=5.5, frameon=False, loc="lower right")
    return to_image(fig)


def cell_map(
    area_geom: BaseGeometry,
    others: Sequence[BaseGeometry],
    cells: pd.DataFrame,
    landmarks: pd.DataFrame,
    size_mm: float,
) -> Image.Image:
    """The area's grid cells shaded by the number of incidents, Gi* hotspots outlined, public places named."""
    fig, ax, extent = area_figure(area_geom, others, size_mm, "#fbfbfb")
    busy = cells[cells["count"] > 0] if len(cells) else cells
    top = float(busy["count"].max()) if len(busy) else 1.0
    for geometry, count, kind in zip(busy["geometry"], busy["count"], busy["class"], strict=True):
        hot = kind in (HOT95, HOT99)
        colour = to_hex(HEAT(0.15 + 0.85 * float(count) / top))
        draw_area(ax, geometry, colour, INK if hot else "none", 1.1 if hot else 0.0, 3)
    for row in landmarks.itertuples(index=False):
        ax.plot([row.east], [row.north], marker="s", markersize=2.5, color=INK, zorder=4)
        ax.annotate(
            str(row.name),
            (float(row.east), float(row.north)),
            xytext=(3, 2),
            textcoords="offset points",
            fontsize=5.2,
            color=INK,
            zorder=5,
            path_effects=HALO,
        )
    scale_and_north(ax, *extent)
    handles = [
        Patch(facecolor=HEAT(0.3), label="få"),
        Patch(facecolor=HEAT(1.0), label=f"flest ({int(top)})"),
        Patch(facecolor="white", edgecolor=INK, linewidth=1.1, label="hotspot (Gi*)"),
    ]
    ax.legend(handles=handles, fontsize=5, frameon=True, framealpha=0.9, loc="lower right", handlelength=1.2)
    return to_image(fig)


def time_heatmap(grid: np.ndarray, size_mm: tuple[float, float]) -> Image.Image:
    """Weekday × three-hour band, the number of incidents written in each cell."""
    fig = _figure(size_mm)
    ax = fig.add_axes((0.07, 0.2, 0.92, 0.74))
    top = max(int(grid.max()), 1)
    ax.imshow(grid, cmap=HEAT, vmin=0, vmax=top, aspect="auto")
    bands = grid.shape[1]
    step = 24 // bands
    ax.set_xticks(range(bands))
    ax.set_xticklabels([f"{h:02d}–{h + step:02d}" for h in range(0, 24, step)], fontsize=5.5, color=INK)
    ax.set_yticks(range(7))
    ax.set_yticklabels(list(WEEKDAYS_SHORT), fontsize=5.5, color=INK)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    for (day, band), value in np.ndenumerate(grid):
        ax.text(
            band,
            day,
            str(int(value)),
            ha="center",
            va="center",
            fontsize=5,
            color="white" if value > top * 0.6 else INK,
        )
    ax.set_xlabel("klockslag", fontsize=5.5, color=INK)
    return to_image(fig)


def measure_chart(
    before: tuple[float, float], after: tuple[float, float], size_mm: tuple[float, float]
) -> Image.Image:
    """Mean per week before and during/after a measure: the treated area beside the comparison areas."""
    fig = _figure(size_mm)
    groups = (("Insatsområdet", before[0], after[0]), ("Jämförelseområdena", before[1], after[1]))
    for k, (title, b, a) in enumerate(groups):
        ax = fig.add_axes((0.1 + k * 0.5, 0.16, 0.37, 0.7))
        bars = ax.bar([0, 1], [b, a], color=[LAST, ACCENT if k == 0 else THIS], width=0.6, zorder=2)
        top = max(b, a, 0.1)
        ax.set_ylim(0, top * 1.3)
        ax.set_xticks([0, 1])
        ax.set_xticklabels(["före", "under/efter"])
        _plain(ax, 5)
        ax.set_title(title, fontsize=5.8, color=INK, loc="left", pad=3)
        if k == 0:
            ax.set_ylabel("medel per vecka", fontsize=5, color=MUTED, labelpad=1)
        for bar, value in zip(bars, (b, a), strict=True):
            ax.text(
                bar.get_x() + bar.get_width() / 2,
                value + top * 0.03,
                number(value),
                ha="center",
                va="bottom",
                fontsize=5,
                color=INK,
            )
    return to_image(fig)
