"""The map page's HTML: the cached layers of `dashboard.data` plus, on request, the Gi* hotspot cells of
`dashboard.analysis_data`, drawn by `dashboard.maps`. Its own module so that data and analysis_data
never import each other."""

from __future__ import annotations

from dataclasses import replace

import geopandas as gpd

from dashboard import map_kommuner, maps
from dashboard.analysis_data import hotspot_cells, hotspots_capped
from dashboard.caching import scoped_cache
from dashboard.data import TTL, areas, map_layers, status_in_force
from dashboard.selection import MapOptions, Selection, names_key
from lagesbild import weeks


def period_label(first_week: str, last_week: str) -> str:
    """The period in the map's legend: "vecka 47" for one week, else "v. 44–47"."""
    if first_week == last_week:
        return weeks.human_week(last_week).split(" (")[0]
    return f"v. {first_week[-2:]}–{last_week[-2:]}"


@scoped_cache(ttl=TTL, show_spinner=False)
def map_html(url: str, selection: Selection, options: MapOptions) -> tuple[str, int, int, bool]:
    """(map page HTML, incidents in view, features drawn, points shown). `options.hotspots` adds the
    Gi* cells of `hotspot_cells` (same selection; shared view: grid_m cells) unless the areas have
    more cells than a page may wait for (`analysis_data.hotspots_capped`). A selection over many
    kommuner is drawn as kommun totals (`map_kommuner`; no points, no hotspots) unless the focus is a
    kommun or an area: then that kommun's areas in detail, and the incidents in view are theirs."""
    chosen = areas(url)
    if selection.areas:
        chosen = chosen[chosen["name"].isin(selection.areas)]
    period = period_label(selection.first_week, selection.last_week)
    focus = list(options.focus) if options.focus else None
    # Many kommuner: kommun totals, unless "Zooma till" names a kommun (or an area): then that kommun's
    # areas in detail, read as a selection of those areas (`map_kommuner`).
    if map_kommuner.kommun_view(chosen):
        detail = map_kommuner.detail_areas(chosen, focus)
        if map_kommuner.kommun_view(detail):
            layers = map_layers(url, selection, options.cell_m)
            fmap = map_kommuner.build_kommun_map(
                chosen, layers.cells, layers.area_counts, selection.shared_view, period, focus=focus
            )
            return maps.render_html(fmap), layers.in_view, maps.feature_count(fmap), False
        chosen = detail
        selection = replace(selection, areas=names_key(list(detail["name"].astype(str))))
    layers = map_layers(url, selection, options.cell_m)
    status = status_in_force(url, selection.last_week)
    points = layers.points if options.show_points else None
    hotspots = options.hotspots and not hotspots_capped(url, selection.areas, layers.cell_m)
    fmap = maps.build_map(
        chosen,
        layers.cells,
        layers.cell_m,
        points,
        layers.area_counts,
        status or None,
        selection.shared_view,
        period,
        focus=focus,
        hotspots=hotspot_cells(url, selection, layers.cell_m) if hotspots else None,
    )
    return maps.render_html(fmap), layers.in_view, maps.feature_count(fmap), points is not None


def kommun_areas(frame: gpd.GeoDataFrame, kommun: str | None) -> gpd.GeoDataFrame:
    """The kommun's active areas of an areas frame (`data.areas`); None: all of them."""
    return frame if kommun is None else frame[frame["kommun_code"] == kommun]


@scoped_cache(ttl=TTL, show_spinner=False)
def settings_map_html(url: str, kommun: str | None, title: str) -> tuple[str, int]:
    """(map HTML, areas drawn): the kommun's areas on the settings page, self-hosted and without
    background tiles unless the tile setting names a server (no third-party requests by default)."""
    frame = kommun_areas(areas(url), kommun)
    fmap = maps.build_map(frame)
    return maps.render_html(fmap, title=title), len(frame)
