"""Static figures for the weekly PDF: the area map and the 12-week trend (matplotlib, no tiles).
The period report's figures are in `lagesbild.report.period_charts` and reuse the helpers here.

Figures are drawn with the object API (`Figure` + Agg canvas), never pyplot, so nothing global is
touched and the functions are safe to call from the dashboard's threads. They return small RGB
images (no alpha channel, modest dpi) that fpdf2 embeds compressed.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import shapely
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Bbox
from PIL import Image
from shapely.geometry.base import BaseGeometry

from lagesbild.context import MapContext, context_around

DPI = 150
INK = "#222222"
MUTED = "#9a9a9a"
ACCENT = "#b8322a"
AREA_FILL = "#e9eef4"
AREA_EDGE = "#33506e"
CONTEXT_EDGE = "#9aa6b2"
KOMMUN_EDGE = "#6b5b2b"
CONTEXT_HALO = [patheffects.withStroke(linewidth=1.6, foreground="white")]
# Label order when two would overlap: the kommun first, then places, stations, RegSO names.
LABEL_STYLE = {
    "kommun": {"fontsize": 5.2, "color": KOMMUN_EDGE, "fontweight": "bold"},
    "ort": {"fontsize": 5.6, "color": "#263340", "fontstyle": "italic"},
    "station": {"fontsize": 5.0, "color": INK},
    "regso": {"fontsize": 5.0, "color": "#56636f"},
}


def to_image(fig: Figure) -> Image.Image:
    """The figure drawn at DPI on white, as `savefig(png, dpi=DPI, facecolor="white")` draws it, taken
    from the canvas's pixels instead of through a PNG file (encoding and decoding it again cost more
    than drawing a trend chart)."""
    canvas = FigureCanvasAgg(fig)
    fig.dpi = DPI
    fig.patch.set_facecolor("white")
    canvas.draw()
    # RGB, no alpha: fpdf2 would otherwise add a soft mask and double the image's size.
    return Image.fromarray(np.asarray(canvas.buffer_rgba())).convert("RGB")


def _polygons(geom: BaseGeometry) -> list[BaseGeometry]:
    return list(getattr(geom, "geoms", [geom]))


def draw_area(ax: Axes, geom: BaseGeometry, face: str, edge: str, width: float, z: int) -> None:
    for polygon in _polygons(geom):
        x, y = polygon.exterior.xy
        ax.fill(x, y, facecolor=face, edgecolor=edge, linewidth=width, zorder=z)
        for hole in polygon.interiors:
            hx, hy = hole.xy
            ax.fill(hx, hy, facecolor="white", edgecolor=edge, linewidth=width * 0.7, zorder=z)


def in_view(geoms: Sequence[BaseGeometry], view: tuple[float, float, float, float]) -> list[BaseGeometry]:
    """The geometries whose bounding box reaches into `view` (min x, min y, max x, max y), in their
    order. The axes clip everything outside the view, so the picture is the same; but matplotlib
    computes data limits for every patch added, and a map among 3,363 RegSO areas drew all of them."""
    geoms = list(geoms)
    if not geoms:
        return []
    bounds = shapely.bounds(np.asarray(geoms, dtype=object))  # NaN for empty or missing: never in view
    x0, y0, x1, y1 = view
    hit = (bounds[:, 0] <= x1) & (bounds[:, 2] >= x0) & (bounds[:, 1] <= y1) & (bounds[:, 3] >= y0)
    return [geoms[k] for k in np.flatnonzero(hit)]


def nice_length(span_m: float) -> int:
    """A round scale-bar length of about a quarter of the map's width."""
    target = span_m / 4
    magnitude = 10 ** math.floor(math.log10(max(target, 1.0)))
    for step in (5, 2, 1):
        if step * magnitude <= target:
            return int(step * magnitude)
    return int(magnitude)


def draw_context(ax: Axes, context: MapContext, skip_names: Sequence[str] = ()) -> list[str]:
    """The orientation layer (`lagesbild.context`) on a map in SWEREF 99 TM: RegSO outlines, the
    kommun boundary dashed, stations as dots; names where they do not overlap a name already drawn.
    Drawn under the incidents (z < 3). Returns the names written (for the alt text and tests)."""
    for geom in context.regso.geometry:
        for polygon in _polygons(geom):
            if polygon.geom_type == "Polygon" and not polygon.is_empty:
                x, y = polygon.exterior.xy
                ax.plot(x, y, color=CONTEXT_EDGE, linewidth=0.45, zorder=1.5)
    for geom in context.kommuner.geometry:
        for polygon in _polygons(geom.boundary if geom is not None else geom):
            if polygon is not None and not polygon.is_empty:
                x, y = polygon.xy
                ax.plot(x, y, color=KOMMUN_EDGE, linewidth=1.0, linestyle=(0, (4, 2.5)), zorder=1.6)
    stations = context.places[context.places["kind"] == "station"]
    ax.scatter(
        stations["east"], stations["north"], s=5, c=INK, edgecolors="white", linewidths=0.3, zorder=2.6
    )
    skip = {n.casefold() for n in skip_names}
    candidates: list[tuple[str, float, float, str]] = []
    for kind in ("ort", "station"):
        part = context.places[context.places["kind"] == kind]
        candidates += [
            (kind, e, n, str(t)) for t, e, n in zip(part["name"], part["east"], part["north"], strict=True)
        ]
    named = context.regso.dropna(subset=["label_east", "label_north"])
    candidates += [
        ("regso", e, n, str(t))
        for t, e, n in zip(named["name"], named["label_east"], named["label_north"], strict=True)
    ]
    renderer = FigureCanvasAgg(ax.get_figure(root=True)).get_renderer()
    # The scale bar (bottom left) and the north arrow (top right) of `scale_and_north`, and a legend in
    # the bottom-right corner (the period report's cell map), keep their room.
    frame = ax.bbox
    taken: list[Bbox] = [
        Bbox.from_extents(frame.x0, frame.y0, frame.x0 + 0.34 * frame.width, frame.y0 + 0.09 * frame.height),
        Bbox.from_extents(frame.x1 - 0.1 * frame.width, frame.y1 - 0.2 * frame.height, frame.x1, frame.y1),
        Bbox.from_extents(frame.x1 - 0.2 * frame.width, frame.y0, frame.x1, frame.y0 + 0.12 * frame.height),
    ]
    written: list[str] = []
    for kind, east, north, text in candidates:
        if text.casefold() in skip:
            continue
        offset = (3, 0) if kind == "station" else (0, 0)
        label = ax.annotate(
            text,
            (float(east), float(north)),
            xytext=offset,
            textcoords="offset points",
            ha="left" if kind == "station" else "center",
            va="center",
            zorder=2.7,
            path_effects=CONTEXT_HALO,
            annotation_clip=True,
            **LABEL_STYLE[kind],  # type: ignore[arg-type]
        )
        box = label.get_window_extent(renderer)
        inside = ax.bbox.contains(box.x0 - 3, box.y0 - 3) and ax.bbox.contains(box.x1 + 3, box.y1 + 3)
        if not inside or any(box.overlaps(other) for other in taken):
            label.remove()
            continue
        taken.append(box)
        written.append(text)
        skip.add(text.casefold())  # a place and its RegSO area often share the name: once is enough
    return written


def _view(area_geom: BaseGeometry) -> tuple[float, float, float, tuple[float, float, float, float]]:
    """Centre east, centre north and side (metres) of the square map around an area, and its extent."""
    minx, miny, maxx, maxy = area_geom.bounds
    span = max(maxx - minx, maxy - miny) * 1.3 or 1000.0
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    return cx, cy, span, (cx - span / 2, cy - span / 2, cx + span / 2, cy + span / 2)


def area_figure(
    area_geom: BaseGeometry,
    others: Sequence[BaseGeometry],
    size_mm: float,
    fill: str,
    context: bool = True,
) -> tuple[Figure, Axes, tuple[float, float, float]]:
    """A square map figure centred on the area with some margin, neighbouring areas drawn faintly
    for orientation, the area itself on top; returns the figure, its axes and (centre east, centre
    north, side in metres) for `scale_and_north`. `context`: also the orientation layer of the
    kommuner in view (RegSO names, kommun boundary, stations, places; shipped open data only)."""
    inch = size_mm / 25.4
    fig = Figure(figsize=(inch, inch), facecolor="white")
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    cx, cy, span, view = _view(area_geom)
    ax.set_xlim(cx - span / 2, cx + span / 2)
    ax.set_ylim(cy - span / 2, cy + span / 2)
    ax.set_aspect("equal")
    ax.set_axis_off()
    for other in in_view(others, view):
        draw_area(ax, other, "#f6f6f6", "#c8c8c8", 0.6, 1)
    draw_area(ax, area_geom, fill, AREA_EDGE, 1.2, 2)
    if context:
        draw_context(ax, context_around(view))
    return fig, ax, (cx, cy, span)


@dataclass
class _BaseMap:
    """An area's map without the week's points, drawn once: the figure and its pixels."""

    fig: Figure
    ax: Axes
    extent: tuple[float, float, float]
    background: Any  # the canvas's pixels after drawing the base (copy_from_bbox)
    lock: threading.Lock = field(default_factory=threading.Lock)


_BASE_MAPS: OrderedDict[tuple[object, ...], _BaseMap] = OrderedDict()
_BASE_MAPS_LOCK = threading.Lock()
BASE_MAPS_KEPT = 32  # the areas of a few weekly reports; about 1 MB each


def _base_map(
    area_geom: BaseGeometry, others: Sequence[BaseGeometry], size_mm: float, context: bool
) -> _BaseMap:
    """The base of `area_map` (outline, neighbours in view, context layer) for these inputs, drawn at
    DPI, from the cache when the same area was drawn before (the base does not depend on the week)."""
    view = _view(area_geom)[3]
    key = (
        area_geom.wkb, tuple(g.wkb for g in in_view(others, view)), size_mm, context, AREA_FILL, DPI,
    )  # fmt: skip
    with _BASE_MAPS_LOCK:
        found = _BASE_MAPS.get(key)
        if found is not None:
            _BASE_MAPS.move_to_end(key)
            return found
    fig, ax, extent = area_figure(area_geom, others, size_mm, AREA_FILL, context)
    canvas = FigureCanvasAgg(fig)
    fig.dpi = DPI  # as to_image draws
    fig.patch.set_facecolor("white")
    canvas.draw()
    base = _BaseMap(fig, ax, extent, canvas.copy_from_bbox(fig.bbox))
    with _BASE_MAPS_LOCK:
        _BASE_MAPS[key] = base
        while len(_BASE_MAPS) > BASE_MAPS_KEPT:
            _BASE_MAPS.popitem(last=False)
    return base


def area_map(
    area_geom: BaseGeometry,
    others: Sequence[BaseGeometry],
    points: pd.DataFrame,
    size_mm: float = 76.0,
    context: bool = True,
) -> Image.Image:
    """`area_map_figure` as a small RGB image for the PDF and the PNG download.

    The same pixels as `to_image(area_map_figure(...))`: the base map's pixels (`_base_map`, drawn
    once per area) and then the week's points, counts, scale bar and north arrow drawn on top in the
    order a full draw takes them (all above the base: zorder 3 and higher), then removed again."""
    base = _base_map(area_geom, others, size_mm, context)
    with base.lock:
        ax = base.ax
        before = set(ax.get_children())
        _draw_points(ax, points)
        scale_and_north(ax, *base.extent)
        added = [a for a in ax.get_children() if a not in before]
        canvas = base.fig.canvas
        try:
            canvas.restore_region(base.background)  # type: ignore[attr-defined]
            for artist in sorted(added, key=lambda a: a.get_zorder()):
                ax.draw_artist(artist)
            return Image.fromarray(np.asarray(canvas.buffer_rgba())).convert("RGB")  # type: ignore[attr-defined]
        finally:
            for artist in added:
                artist.remove()


def area_map_figure(
    area_geom: BaseGeometry,
    others: Sequence[BaseGeometry],
    points: pd.DataFrame,
    size_mm: float = 76.0,
    context: bool = True,
) -> Figure:
    """The area outline with the week's generalised incident locations, in SWEREF 99 TM (metres).

    `points` has east, north and count (incidents at that generalised location). Neighbouring areas
    are drawn faintly for orientation with the context layer (`draw_context`); there is no
    background map and no external request.
    """
    fig, ax, extent = area_figure(area_geom, others, size_mm, AREA_FILL, context)
    _draw_points(ax, points)
    scale_and_north(ax, *extent)
    return fig


def _draw_points(ax: Axes, points: pd.DataFrame) -> None:
    """The week's generalised locations (zorder 3) with their counts (zorder 4)."""
    if not points.empty:
        counts = points["count"].astype(float)
        sizes = 18 + 22 * (counts - 1).clip(upper=8)
        ax.scatter(
            points["east"].astype(float),
            points["north"].astype(float),
            s=sizes,
            c=ACCENT,
            alpha=0.85,
            edgecolors="white",
            linewidths=0.6,
            zorder=3,
        )
        for east, north, count in zip(points["east"], points["north"], points["count"], strict=True):
            if int(count) > 1:
                ax.annotate(
                    str(int(count)),
                    (float(east), float(north)),
                    color="white",
                    fontsize=5.5,
                    ha="center",
                    va="center",
                    fontweight="bold",
                    zorder=4,
                )


def scale_and_north(ax: Axes, cx: float, cy: float, span: float) -> None:
    """A scale bar (bottom left) and a north arrow (top right) on a square map of `span` metres."""
    length = nice_length(span)
    x0, y0 = cx - span / 2 + span * 0.04, cy - span / 2 + span * 0.025
    ax.plot([x0, x0 + length], [y0, y0], color=INK, linewidth=1.6, solid_capstyle="butt", zorder=5)
    label = f"{length // 1000} km" if length >= 1000 else f"{length} m"
    ax.text(
        x0 + length / 2, y0 + span * 0.015, label, ha="center", va="bottom", fontsize=6, color=INK, zorder=5
    )
    nx, ny = cx + span / 2 - span * 0.04, cy + span / 2 - span * 0.12
    ax.annotate(
        "N",
        xy=(nx, ny + span * 0.08),
        xytext=(nx, ny),
        ha="center",
        va="center",
        fontsize=6.5,
        color=INK,
        arrowprops={"arrowstyle": "-|>", "color": INK, "linewidth": 0.8},
        zorder=5,
    )


def trend_chart(
    weeks: Sequence[str], totals: Sequence[int], current: str, size_mm: tuple[float, float]
) -> Image.Image:
    """Bars of the total per week (the report's week highlighted)."""
    fig = Figure(figsize=(size_mm[0] / 25.4, size_mm[1] / 25.4), facecolor="white")
    ax = fig.add_axes((0.09, 0.2, 0.89, 0.72))
    positions = list(range(len(weeks)))
    colours = [ACCENT if w == current else "#8aa2ba" for w in weeks]
    ax.bar(positions, list(totals), color=colours, width=0.7, zorder=2)
    ax.set_xticks(positions)
    ax.set_xticklabels([f"v{int(w.split('W')[1])}" for w in weeks], fontsize=5.5, color=INK)
    top = max([*totals, 1])
    ax.set_ylim(0, top * 1.25 + 0.5)
    ax.yaxis.set_major_locator(integer_locator(top))
    ax.tick_params(axis="y", labelsize=5.5, colors=INK, length=2)
    ax.tick_params(axis="x", length=0, pad=2)
    ax.grid(axis="y", color="#e3e3e3", linewidth=0.5, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)
    for x, value in zip(positions, totals, strict=True):
        ax.text(x, value + top * 0.03, str(int(value)), ha="center", va="bottom", fontsize=5, color=INK)
    return to_image(fig)


def integer_locator(top: float) -> MaxNLocator:
    return (
        MaxNLocator(nbins=4, integer=True, min_n_ticks=1) if top > 0 else MaxNLocator(nbins=1, integer=True)
    )
