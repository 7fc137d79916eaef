"""The orientation layer of the dashboard's map (RegSO outlines and names, kommun boundary, stations and
places from `lagesbild.context`), a metric-only scale, and the initial view fitted beside the legend.

All drawn from data inlined in the page: no request leaves the app. The labels are DOM text (divIcons)
so that a reader, a screen reader and the browser tests see the same names; labels that would overlap a
more important one (area names first, then kommun, places, stations, RegSO names) are hidden at that
zoom and shown again when there is room.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template
from shapely.geometry import box

from dashboard.map_data import TOLERANCE_M, encode_shape, script_json
from lagesbild.context import ATTRIBUTION, MapContext
from lagesbild.geo import SWEREF, to_wgs84

CONTEXT_LAYER = "Orientering"
CONTEXT_CSS = """
.ctx-label span { position: absolute; white-space: nowrap; transform: translate(-50%, -50%);
  font-size: 12px; color: #4d5b69; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff;
  pointer-events: none; }
.ctx-label.ctx-station span { transform: translate(6px, -50%); color: #222; font-size: 12px; }
.ctx-label.ctx-ort span { font-style: italic; color: #263340; font-size: 13px; }
.ctx-label.ctx-kommun span { text-transform: uppercase; letter-spacing: .08em; color: #6b5b2b;
  font-size: 11px; font-weight: 600; }
.lb-legend summary { cursor: pointer; font-weight: 600; }
"""


_json = script_json


def context_payload(
    context: MapContext, skip_names: Sequence[str] = (), tolerance: float = TOLERANCE_M, borders: bool = True
) -> dict[str, Any]:
    """The context as compact JSON for the page: outlines (RegSO, kommun) and labels
    [lat, lon, text, kind]. `skip_names`: names already written on the map (the drawn areas), whose
    RegSO outline and label, or place label, would only repeat them. `tolerance`: metres of
    simplification (`map_data.view_tolerance`); `borders=False`: the kommun names without their
    boundaries (the kommun totals draw those). Carries names and outlines only, no incident data."""
    skip = {str(n).casefold() for n in skip_names}
    # Outlines as the areas travel (`map_data.encode_shape`: whole metres, simplified).
    regso = context.regso[~context.regso["name"].astype(str).str.casefold().isin(skip)]
    outlines = [s for s in (encode_shape(g, tolerance) for g in regso.to_crs(SWEREF).geometry) if s]
    kommuner = context.kommuner.to_crs(SWEREF).geometry if borders else []
    borders_out = [s for s in (encode_shape(g, tolerance) for g in kommuner) if s]
    labels: list[list[Any]] = []

    def add(east: np.ndarray, north: np.ndarray, texts: Sequence[str], kind: str) -> None:
        if len(texts) == 0:
            return
        lat, lon = to_wgs84(np.asarray(east, float), np.asarray(north, float))
        for y, x, text in zip(lat, lon, texts, strict=True):
            if str(text).casefold() not in skip:
                labels.append([round(float(y), 5), round(float(x), 5), str(text), kind])
                skip.add(str(text).casefold())  # a place and its RegSO area often share the name

    spots = [g.point_on_surface() for g in context.kommuner.geometry]
    add(
        np.array([p.x for p in spots]),
        np.array([p.y for p in spots]),
        list(context.kommuner["name"]),
        "kommun",
    )
    for kind in ("ort", "station"):
        part = context.places[context.places["kind"] == kind]
        add(part["east"].to_numpy(), part["north"].to_numpy(), list(part["name"]), kind)
    named = context.regso.dropna(subset=["label_east", "label_north"])
    for _, row in named.iterrows():
        if str(row["name"]).casefold() in skip:
            continue
        spots = [(float(row["label_east"]), float(row["label_north"])), *_more_spots(row.geometry)]
        lat, lon = to_wgs84(np.array([e for e, _ in spots]), np.array([n for _, n in spots]))
        points = [[round(float(y), 5), round(float(x), 5)] for y, x in zip(lat, lon, strict=True)]
        labels.append([*points[0], str(row["name"]), "regso", points[1:]])
    return {"outlines": outlines, "borders": borders_out, "labels": labels}


def _more_spots(geometry: Any, share: float = 0.06) -> list[tuple[float, float]]:
    """Other places to write a RegSO name when its own point is out of view (zoomed in on a
    neighbour): a point in each ninth of the area's bounding box that holds a fair part of it."""
    if geometry is None or geometry.is_empty:
        return []
    minx, miny, maxx, maxy = geometry.bounds
    dx, dy = (maxx - minx) / 3, (maxy - miny) / 3
    spots = []
    for i in range(3):
        for j in range(3):
            part = geometry.intersection(
                box(minx + i * dx, miny + j * dy, minx + (i + 1) * dx, miny + (j + 1) * dy)
            )
            if not part.is_empty and part.area >= share * geometry.area:
                point = part.point_on_surface()
                spots.append((round(point.x), round(point.y)))
    return spots


class ContextLayer(Layer):
    """Non-interactive outlines and labels under the areas; see the module docstring."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var data = {{ this.data }};
                var group = L.featureGroup([], {attribution: {{ this.attribution }}});
                data.outlines.forEach(function (s) {
                    L.polygon(LB.shape(s), {interactive: false, color: "#8795a3", weight: 1, opacity: 0.8,
                                            fill: false, className: "ctx-regso"}).addTo(group);
                });
                data.borders.forEach(function (s) {
                    L.polygon(LB.shape(s), {interactive: false, color: "#6b5b2b", weight: 2.5,
                                            opacity: 0.9, dashArray: "8 5", fill: false,
                                            className: "ctx-kommun"}).addTo(group);
                });
                var labels = [];
                data.labels.forEach(function (l) {
                    if (l[3] === "station") {
                        L.circleMarker([l[0], l[1]], {radius: 3.5, color: "#fff", weight: 1,
                            fillColor: "#222", fillOpacity: 1, interactive: false}).addTo(group);
                    }
                    var span = document.createElement("span");
                    span.textContent = l[2];
                    var icon = L.divIcon({html: span, className: "ctx-label ctx-" + l[3], iconSize: null});
                    var m = L.marker([l[0], l[1]], {icon: icon, interactive: false, keyboard: false});
                    m.spots = [[l[0], l[1]]].concat(l[4] || []);
                    m.addTo(group);
                    labels.push(m);
                });
                // Read every size first, then place arithmetically, then write: one layout for the
                // whole pass (a read after each try forced one per try: minutes at national scale), and
                // the rectangles taken so far in a grid of 64 px cells instead of one list.
                var DOT = [[6, 0, 0, -0.5], [-6, -1, 0, -0.5], [0, -0.5, -5, -1], [0, -0.5, 5, 0]];
                // each try: x in px, x in widths, y in px, y in heights
                var SPOT = [[0, -0.5, 0, -0.5], [0, -0.5, 0, -1.3], [0, -0.5, 0, 0.3]];
                function transform(t) {
                    return "translate(calc(" + 100 * t[1] + "% + " + t[0] + "px), calc(" +
                        100 * t[3] + "% + " + t[2] + "px))";
                }
                group.declutter = function () {
                    var map = group._map;
                    if (!map) { return; }
                    var grid = {}, CELL = 64;
                    function each(r, visit) {  // the grid cells r (with the 2 px margin) touches
                        var x0 = Math.floor((r.left - 2) / CELL), x1 = Math.floor((r.right + 2) / CELL);
                        var y0 = Math.floor((r.top - 1) / CELL), y1 = Math.floor((r.bottom + 1) / CELL);
                        for (var x = x0; x <= x1; x++) {
                            for (var y = y0; y <= y1; y++) {
                                if (visit(x + "," + y)) { return true; }
                            }
                        }
                        return false;
                    }
                    function take(r) { each(r, function (key) { (grid[key] = grid[key] || []).push(r); }); }
                    function hits(r) {
                        return each(r, function (key) {
                            return (grid[key] || []).some(function (t) {
                                return r.left < t.right + 2 && r.right > t.left - 2 &&
                                       r.top < t.bottom + 1 && r.bottom > t.top - 1;
                            });
                        });
                    }
                    var edge = map.getContainer().getBoundingClientRect();
                    function fits(r) {
                        return r.left >= edge.left && r.right <= edge.right && r.top >= edge.top &&
                               r.bottom <= edge.bottom && !hits(r);
                    }
                    var shown = labels.filter(function (m) { return m.getElement(); });
                    shown.forEach(function (m) { m.getElement().firstChild.style.transform = "none"; });
                    // Area names and the controls (legend, layers, scale) come first.
                    var first = map.getContainer().querySelectorAll(".area-label, .leaflet-control");
                    first.forEach(function (el) { take(el.getBoundingClientRect()); });
                    var sizes = shown.map(function (m) {
                        var r = m.getElement().firstChild.getBoundingClientRect();
                        var at = map.latLngToContainerPoint(m.getLatLng());
                        return {w: r.width, h: r.height, dx: r.left - edge.left - at.x,
                                dy: r.top - edge.top - at.y};
                    });
                    var view = map.getBounds();
                    // A station's name may sit right, left, above or below its dot; other names on their
                    // point, else just above or below it. A RegSO name moves to another point of its area
                    // when its own is out of view.
                    var placed = shown.map(function (m, n) {
                        var size = sizes[n];
                        var tries = m.getElement().classList.contains("ctx-station") ? DOT : SPOT;
                        var spots = m.spots.filter(function (q, k) { return k === 0 || view.contains(q); });
                        for (var k = 0; k < spots.length; k++) {
                            var at = map.latLngToContainerPoint(spots[k]);
                            for (var i = 0; i < tries.length; i++) {
                                var t = tries[i];
                                var left = edge.left + at.x + size.dx + t[0] + t[1] * size.w;
                                var top = edge.top + at.y + size.dy + t[2] + t[3] * size.h;
                                var r = {left: left, top: top, right: left + size.w, bottom: top + size.h};
                                if (fits(r)) { take(r); return [spots[k], t]; }
                            }
                        }
                        return null;
                    });
                    shown.forEach(function (m, n) {
                        var el = m.getElement(), choice = placed[n];
                        m.setLatLng(choice ? choice[0] : m.spots[0]);
                        el.firstChild.style.transform = transform(choice ? choice[1] : tries0(el));
                        el.style.visibility = choice ? "visible" : "hidden";
                    });
                };
                function tries0(el) { return el.classList.contains("ctx-station") ? DOT[0] : SPOT[0]; }
                group.on("add", function () {
                    group._map.on("zoomend moveend", group.declutter);
                    setTimeout(group.declutter, 0);
                });
                return group;
            })();
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict[str, Any], name: str = CONTEXT_LAYER) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "ContextLayer"
        self.feature_count = len(payload["outlines"]) + len(payload["borders"]) + len(payload["labels"])
        self.data = _json(payload)
        self.attribution = _json(ATTRIBUTION)


class MetricScale(MacroElement):
    """Leaflet's scale bar in metres and kilometres only (its default also shows feet and miles)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.control.scale({metric: true, imperial: false, maxWidth: 160, position: "bottomleft"})
                .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MetricScale"


class FitView(MacroElement):
    """Fit the initial view to `bounds` beside the controls in the right corners (the legend and the
    layer list), so that no control covers an area; added last, when the controls exist."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var map = {{ this._parent.get_name() }};
                var bounds = L.latLngBounds({{ this.bounds }});
                var right = 0;
                var corner = ".leaflet-right .leaflet-control:not(.leaflet-control-attribution)";
                map.getContainer().querySelectorAll(corner).forEach(function (el) {
                    right = Math.max(right, el.offsetWidth + 10);
                });
                map.fitBounds(bounds, {paddingTopLeft: [50, 24], paddingBottomRight: [right + 14, 36],
                                       maxZoom: 16});
                {{ this.context }}
            })();
        {% endmacro %}
        """
    )

    def __init__(self, bounds: Sequence[Sequence[float]], context: ContextLayer | None = None) -> None:
        super().__init__()
        self._name = "FitView"
        self.bounds = _json([[float(v) for v in corner] for corner in bounds])
        self.context = (
            f"if ({context.get_name()}.declutter) {{ {context.get_name()}.declutter(); }}" if context else ""
        )


__all__ = [
    "ATTRIBUTION",
    "CONTEXT_CSS",
    "CONTEXT_LAYER",
    "ContextLayer",
    "FitView",
    "MetricScale",
    "context_payload",
]
