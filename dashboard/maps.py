"""Map builders: folium maps that load nothing from outside and never call Streamlit.

* Self-hosted: Leaflet's JS and CSS (with its control images as data: URIs) are inlined from the
  xstatic package; folium's default CDN links (Leaflet, jQuery, Bootstrap, awesome-markers,
  Font Awesome) are dropped. The only external address a map may hold is the tile URL an
  administrator configured (`settings.tile_url`); by default there are no tiles at all.
* Scales: incidents arrive as grid-cell counts aggregated in SQL (`queries.grid_counts`) and travel
  as integer cell indices and counts; areas once, simplified and in whole metres; popups as an
  area × category counts matrix (`dashboard.map_data`, drawn by dashboard/map_layers.js). A
  100,000-incident map stays under 1 MB (issue 16). Individual points are drawn only in the
  internal view and only up to `MAX_POINTS`.
* Safe text: no text of the data is HTML: the browser builds tooltips and popups with textContent,
  and the data travels as JSON with `<`/`>` escaped, so a description such as `<script>` is shown,
  not run. Only the legend (the layer names and count classes made here) is HTML, escaped (`esc`).
"""

from __future__ import annotations

import base64
import html
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

from dashboard import map_data
from dashboard.map_context import CONTEXT_CSS, ContextLayer, FitView, MetricScale, context_payload
from dashboard.selection import MAX_POINTS as MAX_POINTS  # the pages read it from here
from lagesbild import settings
from lagesbild.context import MapContext, kommun_context
from lagesbild.geo import WGS84, to_wgs84
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


_script_json = map_data.script_json


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
.area-label { position: absolute; white-space: nowrap; transform: translate(-50%, -50%); font-weight: 600;
  font-size: 13px; color: #1b2733; text-shadow: 0 0 3px #fff, 0 0 3px #fff; pointer-events: none; }
.lb-legend { background: rgba(255,255,255,.92); padding: 6px 8px; border-radius: 4px; line-height: 1.4;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.lb-legend i { display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px;
  border: 1px solid #777; }
.lb-popup { font-size: 13px; line-height: 1.35; }
.lb-popup table { border-collapse: collapse; margin-top: 4px; }
.lb-popup td { padding: 1px 6px 1px 0; vertical-align: top; }
.lb-notice { background: #fff8e1; border: 1px solid #c9a227; padding: 6px 8px; border-radius: 4px;
  max-width: 260px; line-height: 1.35; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
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
        layers = map_data.layers_js()
        inline = Element(
            f"<style>{css}\n{EXTRA_CSS}</style>\n<script>{js}</script>\n<script>{layers}</script>"
        )
        figure.header.add_child(inline, name="leaflet_inline", index=0)
        return super().render(**kwargs)


class DataLayer(Layer):
    """A layer drawn by dashboard/map_layers.js (`LB.<kind>`) from the compact data of
    `dashboard.map_data`; the texts become DOM text there, never HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = LB.{{ this.kind }}(
                {{ this.data }}, {{ this.base_style }}, {{ this.extra }}, {{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        kind: str,
        data: Mapping[str, Any],
        count: int,
        name: str,
        base_style: Mapping[str, Any],
        extra: object = None,
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "DataLayer"
        self.kind = kind
        self.feature_count = count
        self.data = _script_json(dict(data))
        self.base_style = _script_json(dict(base_style))
        self.extra = _script_json(extra)


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


def class_breaks(counts: pd.Series) -> tuple[list[int], list[int], list[str]]:
    """Up to five count classes with integer breaks: the upper bounds but the last (a count's class
    is the first bound it does not exceed), the palette index per class and the legend entries."""
    values = counts.to_numpy(float)
    if len(values) == 0:
        return [], [], []
    quantiles = np.quantile(values, [0.5, 0.75, 0.9, 0.97]) if len(values) > 1 else np.array([])
    uppers = sorted({int(math.ceil(q)) for q in quantiles} - {int(values.max())})
    uppers = [u for u in uppers if values.min() <= u < values.max()]
    lowers = [int(values.min()), *(u + 1 for u in uppers)]
    uppers.append(int(values.max()))
    labels = [f"{lo}" if lo == up else f"{lo}–{up}" for lo, up in zip(lowers, uppers, strict=True)]
    # Spread the classes over the palette so that few classes still range from light to dark.
    spread = [int(v) for v in np.linspace(0, len(PALETTE) - 1, num=len(uppers)).round()]
    legend = [
        f'<i style="background:{PALETTE[s]}"></i>{esc(lbl)}' for s, lbl in zip(spread, labels, strict=True)
    ]
    return uppers[:-1], spread, legend


def count_classes(counts: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Palette index per count and the legend labels (the browser does the same with `class_breaks`)."""
    uppers, spread, legend = class_breaks(counts)
    if not spread:
        return np.zeros(0, int), []
    index = np.searchsorted(np.array(uppers, float), counts.to_numpy(float), side="left")
    return np.asarray(spread)[index], legend


def base_map(tile_url: str | None = None, tile_attribution: str | None = None) -> folium.Map:
    """An empty self-hosted map with the metric scale and the configured tile background, if any."""
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
    return fmap


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
    fmap = base_map(tile_url, tile_attribution)

    if context is None and len(areas) and "kommun_code" in areas.columns:
        codes = tuple(sorted({str(c) for c in areas["kommun_code"].dropna()}))
        context = kommun_context(codes) if codes else None
    context_layer = None
    tolerance = map_data.view_tolerance(areas)  # one scale for the areas and their context
    if context is not None and not context.empty:
        context_layer = ContextLayer(
            context_payload(context, list(areas["name"]) if len(areas) else [], tolerance)
        )
        context_layer.add_to(fmap)
    view = [list(b) for b in SWEDEN_BOUNDS]
    if len(areas):
        payload = map_data.area_payload(areas, area_counts, status, period, STATUS_COLOURS, tolerance)
        area_layer = DataLayer(
            "areas",
            payload,
            len(areas),
            AREA_LAYER,
            {
                "color": "#1f4e79",
                "weight": 2,
                "fillColor": "#1f4e79",
                "fillOpacity": 0.04,
                "className": "lb-area",
            },
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
        uppers, spread, legend = class_breaks(cells["count"])
        name = f"Händelser per ruta ({cell_m} m)" if not shared else f"Händelser, generaliserade ({cell_m} m)"
        DataLayer(
            "cells",
            map_data.cell_payload(cells, cell_m, shape, uppers, spread),
            len(cells),
            name,
            {"color": "#5a3d2b", "weight": 0.6, "fillOpacity": 0.75, "opacity": 0.8},
            list(PALETTE),
        ).add_to(fmap)
        legend_parts.append(f"<b>{esc(name)}</b><br>" + "<br>".join(legend))
    shown = hotspots[hotspots["class"].isin(list(HOTSPOT_COLOURS))] if hotspots is not None else None
    if shown is not None and not shown.empty:
        DataLayer(
            "hotspots",
            map_data.hotspot_payload(shown, list(HOTSPOT_COLOURS), list(HOTSPOT_COLOURS.values()), cell_m),
            len(shown),
            HOTSPOT_LAYER,
            {"weight": 3, "opacity": 0.95, "fillColor": "#ffffff", "fillOpacity": 0.08},
        ).add_to(fmap)
        present = set(shown["class"])
        legend_parts.append(
            f"<b>{esc(HOTSPOT_LAYER)}</b><br>"
            + "<br>".join(
                f'<i style="background:transparent;border:3px solid {c}"></i>{esc(k)}'
                for k, c in HOTSPOT_COLOURS.items()
                if k in present
            )
        )
    if points is not None and not points.empty:
        payload = map_data.point_payload(points)
        DataLayer(
            "points",
            payload,
            len(payload["points"]),
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
    return sum(child.feature_count for child in fmap._children.values() if isinstance(child, DataLayer))
