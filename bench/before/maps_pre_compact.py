"""dashboard/maps.py as committed before the compact map data (integ 6294503): GeoJSON features with
escaped HTML popups and tooltips per cell and area. Kept so that section 3 of the benchmark measures
the page before and after in the same run. Not used by the application.

Map builders: folium maps that load nothing from outside and never call Streamlit.

* Self-hosted: Leaflet's JS and CSS (with its control images as data: URIs) are inlined from the
  xstatic package; folium's default CDN links (Leaflet, jQuery, Bootstrap, awesome-markers,
  Font Awesome) are dropped. The only external address a map may hold is the tile URL an
  administrator configured (`settings.tile_url`); by default there are no tiles at all.
* Scales: incidents arrive as grid-cell counts aggregated in SQL (`queries.grid_counts`), one
  feature per cell, so 100,000 incidents in view are a few hundred features. Individual points are
  drawn only in the internal view and only up to `MAX_POINTS`.
* Safe text: every text that reaches a tooltip or popup is HTML-escaped here (`esc`) and the data
  travels as JSON with `<`/`>` escaped, so a description such as `<script>` is shown, not run.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import xstatic.pkg.leaflet
from branca.element import Element, Figure, MacroElement
from folium.map import Layer
from folium.template import Template

from bench.before.map_context_pre_compact import (
    CONTEXT_CSS,
    ContextLayer,
    FitView,
    MetricScale,
    context_payload,
)
from dashboard.selection import MAX_POINTS as MAX_POINTS  # the pages read it from here
from lagesbild import settings
from lagesbild.context import MapContext, kommun_context
from lagesbild.geo import WGS84, to_wgs84
from lagesbild.swedish import integer, kommun_name, number
from lagesbild.vocabulary import AreaStatus

LEAFLET_DIR = Path(xstatic.pkg.leaflet.BASE_DIR)
PALETTE = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
STATUS_COLOURS: dict[str, str] = {
    AreaStatus.GREEN: "#2e7d32",
    AreaStatus.YELLOW: "#f9a825",
    AreaStatus.RED: "#c62828",
}
AREA_LAYER = "Områden"
POINT_LAYER = "Enskilda händelser"
HOTSPOT_LAYER = "Hotspots (Gi*)"
# Gi* classes (lagesbild.analysis.hotspots.CLASSES) that are drawn, in palette order; "ej signifikant"
# cells are not drawn at all.
HOTSPOT_COLOURS = {
    "hotspot 99 %": "#b2182b",
    "hotspot 95 %": "#ef8a62",
    "coldspot 95 %": "#67a9cf",
    "coldspot 99 %": "#2166ac",
}
SWEDEN_BOUNDS = [[55.3, 11.0], [69.1, 24.2]]


def esc(value: object) -> str:
    """HTML-escaped text for tooltips and popups; missing values become an empty string."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=True)


def _script_json(data: object) -> str:
    """JSON that is safe inside a <script> element (no `</script>`, no `<!--`)."""
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
    )


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's CSS (images inlined as data: URIs, comments dropped) and JS from the xstatic package."""
    css = (LEAFLET_DIR / "leaflet.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)

    def data_uri(match: re.Match[str]) -> str:
        raw = (LEAFLET_DIR / "images" / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(raw).decode('ascii')})"

    css = re.sub(r"url\(images/([\w.-]+\.png)\)", data_uri, css)
    js = (LEAFLET_DIR / "leaflet.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S+", "", js)
    # The attribution prefix links to leafletjs.com; keep the name, drop the outbound link.
    js = js.replace('<a href="https://leafletjs.com" ', "<a ")
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - guards an upgrade
        raise RuntimeError("Leaflet-filerna kan inte bäddas in som de är")
    return css, js


EXTRA_CSS = (
    """
.leaflet-container { font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; font-size: 14px;
  background: #eef1f4; }
.area-label { background: transparent; border: none; box-shadow: none; font-weight: 600;
  color: #1b2733; text-shadow: 0 0 3px #fff, 0 0 3px #fff; }
.lb-legend { background: rgba(255,255,255,.92); padding: 6px 8px; border-radius: 4px; line-height: 1.4;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.lb-legend i { display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px;
  border: 1px solid #777; }
.lb-popup { font-size: 13px; line-height: 1.35; }
.lb-popup table { border-collapse: collapse; margin-top: 4px; }
.lb-popup td { padding: 1px 6px 1px 0; vertical-align: top; }
.lb-popup td.n { text-align: right; font-variant-numeric: tabular-nums; }
"""
    + CONTEXT_CSS
)


class SelfHostedMap(folium.Map):
    """A folium Map whose page carries Leaflet inline and links to no CDN."""

    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []

    def render(self, **kwargs: Any) -> Any:
        figure = self.get_root()
        assert isinstance(figure, Figure)
        css, js = leaflet_assets()
        inline = Element(f"<style>{css}\n{EXTRA_CSS}</style>\n<script>{js}</script>")
        figure.header.add_child(inline, name="leaflet_inline", index=0)
        return super().render(**kwargs)


class JsonLayer(Layer):
    """A GeoJSON layer styled in the browser from compact properties.

    Feature properties: `k` palette index, `r` circle radius (points), `t` tooltip and `p` popup
    (both already escaped HTML), `s` a style override (e.g. status colour).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var base = {{ this.base_style }};
                var palette = {{ this.palette }};
                var tip = {{ this.tooltip_options }};
                function style(f) {
                    var s = Object.assign({}, base);
                    if (f.properties.k !== undefined) { s.fillColor = palette[f.properties.k]; }
                    if (f.properties.r !== undefined) { s.radius = f.properties.r; }
                    if (f.properties.s) { Object.assign(s, f.properties.s); }
                    return s;
                }
                return L.geoJSON({{ this.data }}, {
                    style: style,
                    pointToLayer: function (f, latlng) { return L.circleMarker(latlng, style(f)); },
                    onEachFeature: function (f, layer) {
                        if (f.properties.t) { layer.bindTooltip(f.properties.t, tip); }
                        if (f.properties.p) {
                            layer.bindPopup(f.properties.p, {maxWidth: 380, maxHeight: 320});
                        }
                    }
                });
            })();
        {% endmacro %}
        """
    )

    def __init__(
        self,
        features: list[dict[str, Any]],
        name: str,
        base_style: Mapping[str, Any],
        palette: Sequence[str] = PALETTE,
        tooltip_options: Mapping[str, Any] | None = None,
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "JsonLayer"
        self.feature_count = len(features)
        self.data = _script_json({"type": "FeatureCollection", "features": features})
        self.base_style = _script_json(dict(base_style))
        self.palette = _script_json(list(palette))
        self.tooltip_options = _script_json(dict(tooltip_options or {"sticky": True}))


class Legend(MacroElement):
    """A legend in the bottom-right corner that folds away (escaped HTML built here); the initial
    view is fitted beside it (`map_context.FitView`), so it never covers an area."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var legend = L.control({position: "bottomright"});
                legend.onAdd = function () {
                    var div = L.DomUtil.create("div", "lb-legend");
                    var box = L.DomUtil.create("details", "", div);
                    box.open = true;
                    L.DomUtil.create("summary", "", box).textContent = "Teckenförklaring";
                    L.DomUtil.create("div", "", box).innerHTML = {{ this.html }};
                    L.DomEvent.disableClickPropagation(div);
                    return div;
                };
                legend.addTo({{ this._parent.get_name() }});
            })();
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = _script_json(html_text)


def _round(values: np.ndarray) -> list[float]:
    return [round(float(v), 5) for v in values]


def count_classes(counts: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Palette index per count and the legend labels: up to five classes with integer breaks."""
    values = counts.to_numpy(float)
    if len(values) == 0:
        return np.zeros(0, int), []
    quantiles = np.quantile(values, [0.5, 0.75, 0.9, 0.97]) if len(values) > 1 else np.array([])
    uppers = sorted({int(math.ceil(q)) for q in quantiles} - {int(values.max())})
    uppers = [u for u in uppers if values.min() <= u < values.max()]
    lowers = [int(values.min()), *(u + 1 for u in uppers)]
    uppers.append(int(values.max()))
    labels = [f"{lo}" if lo == up else f"{lo}–{up}" for lo, up in zip(lowers, uppers, strict=True)]
    index = np.searchsorted(np.array(uppers[:-1], float), values, side="left")
    # Spread the classes over the palette so that few classes still range from light to dark.
    spread = np.linspace(0, len(PALETTE) - 1, num=len(uppers)).round().astype(int)
    return spread[index], [
        f'<i style="background:{PALETTE[s]}"></i>{esc(lbl)}' for s, lbl in zip(spread, labels, strict=True)
    ]


def _popup_table(rows: Sequence[tuple[str, object]]) -> str:
    return (
        "<table>"
        + "".join(f'<tr><td>{esc(k)}</td><td class="n">{esc(v)}</td></tr>' for k, v in rows)
        + "</table>"
    )


def area_features(
    areas: gpd.GeoDataFrame,
    area_counts: pd.DataFrame | None = None,
    status: Mapping[str, str] | None = None,
    period: str = "",
) -> list[dict[str, Any]]:
    """Area polygons in WGS84 with a label, and a popup with counts per category.

    `area_counts`: area, category_label, count and optionally sensitive — this is the only place
    where sensitive categories appear on a shared map: as a count for the whole area.
    """
    wgs = areas.to_crs(WGS84)
    features = []
    for _, area in wgs.iterrows():
        name = str(area["name"])
        rows: list[tuple[str, object]] = []
        total = 0
        if area_counts is not None and not area_counts.empty:
            part = area_counts[area_counts["area"] == name].sort_values("count", ascending=False)
            total = int(part["count"].sum())
            for _, row in part.iterrows():
                label = str(row["category_label"])
                if "sensitive" in part.columns and bool(row["sensitive"]):
                    label += " (endast per område)"
                rows.append((label, int(row["count"])))
        head = [f"<b>{esc(name)}</b>"]
        if area.get("kommun"):
            head.append(esc(kommun_name(area["kommun"])))
        population = area.get("population")
        facts: list[tuple[str, object]] = [("Händelser" + (f" {period}" if period else ""), total)]
        if population and not pd.isna(population):
            facts.append(("Invånare", integer(population)))
            facts.append(("Per 1 000 invånare", number(1000 * total / float(population))))
        if status and status.get(name):
            facts.append(("Status", status[name]))
        popup = '<div class="lb-popup">' + "<br>".join(head) + _popup_table(facts)
        if rows:
            popup += "<b>Per kategori</b>" + _popup_table(rows)
        popup += "</div>"
        props: dict[str, Any] = {"t": esc(name), "p": popup}
        if status and status.get(name) in STATUS_COLOURS:
            colour = STATUS_COLOURS[status[name]]
            props["s"] = {"color": colour, "fillColor": colour}
        features.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": _round_geometry(area.geometry.__geo_interface__),
            }
        )
    return features


def _round_geometry(geom: Any) -> Any:
    if isinstance(geom, dict):
        return {k: _round_geometry(v) for k, v in geom.items()}
    if isinstance(geom, list | tuple):
        if geom and isinstance(geom[0], float | int) and not isinstance(geom[0], bool):
            return [round(float(v), 5) for v in geom]
        return [_round_geometry(v) for v in geom]
    return geom


def cell_features(
    cells: pd.DataFrame, cell_m: int, shape: str = "square"
) -> tuple[list[dict[str, Any]], list[str]]:
    """One feature per grid cell (east/north = cell centre in SWEREF 99 TM, count, area).

    `square` draws the grid cell itself (internal view); `circle` draws a circle at the point, which
    is what the shared view uses after `generalisation.clip_cells` moved points inside their area.
    """
    if cells.empty:
        return [], []
    classes, legend = count_classes(cells["count"])
    east = cells["east"].to_numpy(float)
    north = cells["north"].to_numpy(float)
    counts = cells["count"].to_numpy(int)
    areas = cells["area"].astype(str).to_numpy() if "area" in cells.columns else np.full(len(cells), "")
    features: list[dict[str, Any]] = []
    if shape == "square":
        half = cell_m / 2
        corners_e = np.stack([east - half, east + half, east + half, east - half, east - half], axis=1)
        corners_n = np.stack([north - half, north - half, north + half, north + half, north - half], axis=1)
        lat, lon = to_wgs84(corners_e.ravel(), corners_n.ravel())
        lat, lon = lat.reshape(corners_e.shape), lon.reshape(corners_e.shape)
        for k in range(len(cells)):
            ring = [[round(float(x), 5), round(float(y), 5)] for x, y in zip(lon[k], lat[k], strict=True)]
            features.append(
                {
                    "type": "Feature",
                    "properties": {"k": int(classes[k]), "t": _cell_tip(counts[k], areas[k])},
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                }
            )
    else:
        lat, lon = to_wgs84(east, north)
        top = max(int(counts.max()), 1)
        radius = 4 + 14 * np.sqrt(counts / top)
        for k in range(len(cells)):
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "k": int(classes[k]),
                        "r": round(float(radius[k]), 1),
                        "t": _cell_tip(counts[k], areas[k]),
                    },
                    "geometry": {
                        "type": "Point",
                        "coordinates": [round(float(lon[k]), 5), round(float(lat[k]), 5)],
                    },
                }
            )
    return features, legend


def _cell_tip(count: int, area: str) -> str:
    word = "händelse" if count == 1 else "händelser"
    return f"{count} {word}" + (f" · {esc(area)}" if area else "")


def hotspot_features(cells: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Significant Gi* cells (`analysis.hotspots.hotspots`: class, count, geometry clipped to the area
    in EPSG:3006; optional label, area and emerging) as polygons, the class in the tooltip."""
    if cells is None or cells.empty:
        return []
    shown = cells[cells["class"].isin(list(HOTSPOT_COLOURS))]
    if shown.empty:
        return []
    wgs = shown.to_crs(WGS84)
    order = list(HOTSPOT_COLOURS)
    missing = pd.Series([None] * len(shown), index=shown.index, dtype=object)
    labels = shown["label"] if "label" in shown.columns else missing
    emerging = shown["emerging"] if "emerging" in shown.columns else missing
    features = []
    for cls, count, label, trend, geom in zip(
        shown["class"].astype(str), shown["count"].astype(int), labels, emerging, wgs.geometry, strict=True
    ):
        lines = [f"<b>{esc(cls)}</b>"]
        if esc(label):
            lines.append(esc(label))
        lines.append(f"{count} {'händelse' if count == 1 else 'händelser'} i rutan")
        if esc(trend):
            lines.append(f"Utveckling under perioden: {esc(trend)}")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "k": order.index(cls),
                    "t": "<br>".join(lines),
                    "s": {"color": HOTSPOT_COLOURS[cls]},
                },
                "geometry": _round_geometry(geom.__geo_interface__),
            }
        )
    return features


def point_features(points: pd.DataFrame) -> list[dict[str, Any]]:
    """Individual incidents (internal view only): east, north, occurred_at, category_label, place,
    description, source."""
    pts = points.dropna(subset=["east", "north"])
    if pts.empty:
        return []
    lat, lon = to_wgs84(pts["east"].to_numpy(float), pts["north"].to_numpy(float))
    features = []
    for k, row in enumerate(pts.itertuples(index=False)):
        when = getattr(row, "occurred_at", None)
        if isinstance(when, pd.Timestamp | dt.datetime):
            when = pd.Timestamp(when).tz_convert("Europe/Stockholm").strftime("%Y-%m-%d %H:%M")
        lines = [f"<b>{esc(getattr(row, 'category_label', ''))}</b>", esc(when)]
        for field, label in (("area", "Område"), ("place", "Plats"), ("source", "Källa")):
            value = getattr(row, field, None)
            if value is not None and not pd.isna(value) and str(value):
                lines.append(f"{label}: {esc(value)}")
        description = getattr(row, "description", None)
        if description is not None and not pd.isna(description) and str(description):
            lines.append(f"<i>{esc(description)}</i>")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "t": esc(getattr(row, "category_label", "")),
                    "p": '<div class="lb-popup">' + "<br>".join(lines) + "</div>",
                },
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(float(lon[k]), 5), round(float(lat[k]), 5)],
                },
            }
        )
    return features


def build_map(
    areas: gpd.GeoDataFrame,
    cells: pd.DataFrame | None = None,
    cell_m: int = 250,
    points: pd.DataFrame | None = None,
    area_counts: pd.DataFrame | None = None,
    status: Mapping[str, str] | None = None,
    shared: bool = False,
    period: str = "",
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    focus: Sequence[str] | None = None,
    hotspots: gpd.GeoDataFrame | None = None,
    frame_points: bool = False,
    point_name: str = POINT_LAYER,
    point_style: Mapping[str, Any] | None = None,
    context: MapContext | None = None,
) -> folium.Map:
    """The dashboard's map: area polygons, grid-cell counts and (internal view, ≤ MAX_POINTS) points,
    drawn in that order so that cells and points lie above the areas and keep their tooltips.

    `areas` in any CRS (reprojected to WGS84); `cells` from `queries.grid_counts` (shared view:
    after `generalisation.clip_cells`). The shared view takes no points at all. The map opens on the
    `focus` areas (default: all). `hotspots`: Gi* cells (`analysis.hotspots.hotspots`), drawn as
    coloured outlines above the counts; only significant cells. `frame_points`: the initial view
    also takes in the points (e.g. a pin that lies outside the focus areas); `point_name` and
    `point_style` name and style the point layer (e.g. the web form's pin). `context`: the
    orientation layer (default: that of the areas' kommuner, `lagesbild.context`), drawn under the
    areas; the view is fitted beside the legend and the scale is metric.
    """
    if shared and points is not None:
        raise ValueError("Den delade kartan visar inga enskilda händelser")
    if points is not None and len(points) > MAX_POINTS:
        raise ValueError(f"Högst {MAX_POINTS} enskilda händelser kan visas, inte {len(points)}")
    tile_url = settings.get("tile_url") if tile_url is None else tile_url
    tile_attribution = settings.get("tile_attribution") if tile_attribution is None else tile_attribution
    fmap = SelfHostedMap(
        location=[62.0, 16.0], zoom_start=5, tiles=None, control_scale=False, prefer_canvas=False
    )
    fmap.add_child(MetricScale())
    if tile_url:
        folium.TileLayer(
            tiles=tile_url, attr=tile_attribution or "Kartbakgrund", name="Bakgrund", control=False
        ).add_to(fmap)

    if context is None and len(areas) and "kommun_code" in areas.columns:
        codes = tuple(sorted({str(c) for c in areas["kommun_code"].dropna()}))
        context = kommun_context(codes) if codes else None
    context_layer = None
    if context is not None and not context.empty:
        context_layer = ContextLayer(context_payload(context, list(areas["name"]) if len(areas) else []))
        context_layer.add_to(fmap)
    view = [list(b) for b in SWEDEN_BOUNDS]
    if len(areas):
        area_layer = JsonLayer(
            area_features(areas, area_counts, status, period),
            AREA_LAYER,
            {
                "color": "#1f4e79",
                "weight": 2,
                "fillColor": "#1f4e79",
                "fillOpacity": 0.04,
                "className": "lb-area",
            },
            tooltip_options={"permanent": True, "direction": "center", "className": "area-label"},
        )
        area_layer.add_to(fmap)
        framed = areas[areas["name"].isin(focus)] if focus else areas
        west, south, east, north = (framed if len(framed) else areas).to_crs(WGS84).total_bounds
        if frame_points and points is not None and len(points.dropna(subset=["east", "north"])):
            lat, lon = to_wgs84(points["east"].to_numpy(float), points["north"].to_numpy(float))
            west, east = min(west, float(np.nanmin(lon))), max(east, float(np.nanmax(lon)))
            south, north = min(south, float(np.nanmin(lat))), max(north, float(np.nanmax(lat)))
        view = [[float(south), float(west)], [float(north), float(east)]]
    legend_parts: list[str] = []
    if cells is not None and not cells.empty:
        shape = "circle" if shared else "square"
        features, legend = cell_features(cells, cell_m, shape)
        name = f"Händelser per ruta ({cell_m} m)" if not shared else f"Händelser, generaliserade ({cell_m} m)"
        JsonLayer(
            features, name, {"color": "#5a3d2b", "weight": 0.6, "fillOpacity": 0.75, "opacity": 0.8}
        ).add_to(fmap)
        legend_parts.append(f"<b>{esc(name)}</b><br>" + "<br>".join(legend))
    hot = hotspot_features(hotspots) if hotspots is not None else []
    if hot:
        JsonLayer(
            hot,
            HOTSPOT_LAYER,
            {"weight": 3, "opacity": 0.95, "fillColor": "#ffffff", "fillOpacity": 0.08},
            palette=list(HOTSPOT_COLOURS.values()),
        ).add_to(fmap)
        present = set(hotspots["class"]) if hotspots is not None else set()
        legend_parts.append(
            f"<b>{esc(HOTSPOT_LAYER)}</b><br>"
            + "<br>".join(
                f'<i style="background:transparent;border:3px solid {c}"></i>{esc(k)}'
                for k, c in HOTSPOT_COLOURS.items()
                if k in present
            )
        )
    if points is not None and not points.empty:
        JsonLayer(
            point_features(points),
            point_name,
            point_style
            or {"radius": 5, "color": "#ffffff", "weight": 1, "fillColor": "#0b3d91", "fillOpacity": 0.9},
        ).add_to(fmap)
    if status:
        legend_parts.append(
            "<b>Beslutad status</b><br>"
            + "<br>".join(f'<i style="background:{c}"></i>{esc(s)}' for s, c in STATUS_COLOURS.items())
        )
    if shared:
        legend_parts.append(
            "Delad vy: granskade händelser, generaliserade<br>platser; känsliga kategorier bara per område."
        )
    if legend_parts:
        fmap.add_child(Legend("<br>".join(legend_parts)))
    folium.LayerControl(position="topright", collapsed=False).add_to(fmap)
    fmap.add_child(FitView(view, context_layer))
    return fmap


MAP_TITLE = "Karta över områden och händelser"
# folium's page blocks pinch zoom (WCAG 1.4.4) and has no language or title (3.1.1, 2.4.2).
_FOLIUM_VIEWPORT = re.compile(
    r'<meta name="viewport" content="width=device-width,\s*initial-scale=1.0, maximum-scale=1.0, '
    r'user-scalable=no" />'
)


def render_html(fmap: folium.Map, title: str = MAP_TITLE) -> str:
    """The complete, self-contained HTML page of a map: Swedish, titled, zoomable."""
    page = str(fmap.get_root().render())
    page, viewports = _FOLIUM_VIEWPORT.subn(
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />', page
    )
    if viewports != 1 or not page.startswith("<!DOCTYPE html>\n<html>\n<head>\n"):
        raise RuntimeError("folium's page template changed: check lang, title and zoom in maps.render_html")
    head = f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<title>{esc(title)}</title>\n'
    return head + page.removeprefix("<!DOCTYPE html>\n<html>\n<head>\n")


def feature_count(fmap: folium.Map) -> int:
    return sum(child.feature_count for child in fmap._children.values() if isinstance(child, JsonLayer))
