"""Inline SVG figures for the static snapshot: an area map and a weekly bar chart.

SVG instead of images so that the page stays one self-contained file, scales when zoomed, and carries
its own text alternative (`role="img"` with a title and a description stating the numbers). The same
numbers are also in a table beside each figure, reachable by keyboard and screen reader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

import pandas as pd
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from lagesbild.report.week_data import AreaWeek

MAP_PX = 360
CHART_W, CHART_H = 360, 160
FILL = {"grön": "#cfe8d5", "gul": "#fbeaa8", "röd": "#f3c1c1"}
EDGE = "#1d3557"
POINT = "#7a1fa2"


def _rings(geometry: BaseGeometry) -> list[list[tuple[float, float]]]:
    polygons: list[Polygon] = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    rings = []
    for polygon in polygons:
        if isinstance(polygon, Polygon):
            rings.append(list(polygon.exterior.coords))
            rings.extend(list(hole.coords) for hole in polygon.interiors)
    return rings


def _path(geometry: BaseGeometry, to_px: Callable[[float, float], tuple[float, float]]) -> str:
    parts = []
    for ring in _rings(geometry):
        pts = [to_px(x, y) for x, y in ring]
        parts.append("M" + "L".join(f"{px:.1f},{py:.1f}" for px, py in pts) + "Z")
    return "".join(parts)


def area_map_svg(area: AreaWeek, others: Mapping[str, BaseGeometry], label_id: str) -> str:
    """The area (fill by status, name and status written on it), its neighbours faintly, and the week's
    generalised locations as circles with their counts, labelled by the element `label_id`.
    Coordinates: SWEREF 99 TM metres."""
    minx, miny, maxx, maxy = area.geometry.bounds
    pad = max(maxx - minx, maxy - miny) * 0.06 + 50
    minx, miny, maxx, maxy = minx - pad, miny - pad, maxx + pad, maxy + pad
    scale = MAP_PX / max(maxx - minx, maxy - miny)
    width, height = (maxx - minx) * scale, (maxy - miny) * scale

    def to_px(x: float, y: float) -> tuple[float, float]:
        return (x - minx) * scale, (maxy - y) * scale

    view = Polygon([(minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy)])
    neighbours = "".join(
        f'<path d="{_path(g.intersection(view), to_px)}" fill="#f2f2f2" stroke="#9a9a9a" stroke-width="1"/>'
        for name, g in others.items()
        if name != area.name and g is not None and g.intersects(view) and not g.intersection(view).is_empty
    )
    fill = FILL.get(area.status, "#e6e6e6")
    outline = f'<path d="{_path(area.geometry, to_px)}" fill="{fill}" stroke="{EDGE}" stroke-width="2"/>'
    circles = []
    located = 0
    for r in area.points.itertuples(index=False):
        n = int(r.count)
        located += n
        cx, cy = to_px(float(r.east), float(r.north))
        radius = 5 + 2 * min(n - 1, 6)
        label = f"{n} händelse" + ("r" if n != 1 else "")
        circles.append(
            f'<g><title>{label}</title><circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius}" fill="{POINT}" '
            f'stroke="#fff" stroke-width="1.5"/>'
            + (
                f'<text x="{cx:.1f}" y="{cy + 4:.1f}" font-size="11" text-anchor="middle" '
                f'fill="#fff">{n}</text>'
                if n > 1
                else ""
            )
            + "</g>"
        )
    status_word = area.status if area.decided else f"{area.status}, förslag"
    name_label = (
        f'<text x="8" y="20" font-size="15" font-weight="600" fill="#1a1a1a">{escape(area.name)} '
        f"({escape(status_word)})</text>"
    )
    desc = (
        f"Karta över {area.name}, status {status_word}. {located} händelser med generaliserad plats i "
        f"{len(circles)} rutor, {area.without_point} utan plats. Grannområden i grått."
    )
    return (
        f'<svg role="img" aria-labelledby="{label_id}" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.1f} {height:.1f}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{label_id}">{escape(desc)}</title>'
        '<rect width="100%" height="100%" '
        f'fill="#fbfbfb"/>{neighbours}{outline}{"".join(circles)}{name_label}'
        "</svg>"
    )


def trend_svg(name: str, series: pd.Series, label_id: str) -> str:
    """Bars per week (the last 12), each with its number; the description (element `label_id`) lists
    all of them."""
    values = [int(v) for v in series.to_list()]
    weeks = [str(w) for w in series.index]
    if not values:
        return ""
    top = max(max(values), 1)
    step = CHART_W / len(values)
    bars = []
    for k, (week, value) in enumerate(zip(weeks, values, strict=True)):
        h = (CHART_H - 40) * value / top
        x, y = k * step + 3, CHART_H - 22 - h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step - 6:.1f}" height="{h:.1f}" fill="#1d3557"/>'
            f'<text x="{x + (step - 6) / 2:.1f}" y="{y - 3:.1f}" font-size="10" '
            f'text-anchor="middle">{value}</text>'
            f'<text x="{x + (step - 6) / 2:.1f}" y="{CHART_H - 8}" font-size="10" text-anchor="middle">'
            f"{escape(week[-2:])}</text>"
        )
    desc = f"Händelser per vecka i {name}: " + ", ".join(
        f"v. {w[-2:]}: {v}" for w, v in zip(weeks, values, strict=True)
    )
    return (
        f'<svg role="img" aria-labelledby="{label_id}" width="{CHART_W}" height="{CHART_H}" '
        f'viewBox="0 0 {CHART_W} {CHART_H}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{label_id}">{escape(desc)}</title>{"".join(bars)}</svg>'
    )
