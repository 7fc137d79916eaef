"""The map page's HTML: the cached layers of `dashboard.data` plus, on request, the Gi* hotspot cells of
`dashboard.analysis_data`, drawn by `dashboard.maps`. Its own module so that data and analysis_data
never import each other."""

from __future__ import annotations

import streamlit as st

from dashboard import maps
from dashboard.analysis_data import hotspot_cells
from dashboard.data import TTL, Names, areas, map_layers, status_in_force
from lagesbild import weeks


@st.cache_data(ttl=TTL, show_spinner=False)
def map_html(
    url: str,
    first_week: str,
    last_week: str,
    area_list: Names,
    category_list: Names,
    source_list: Names,
    shared_view: bool,
    cell_m: int,
    reviewed_only: bool,
    show_points: bool,
    focus: Names = None,
    hotspot_layer: bool = False,
) -> tuple[str, int, int, bool]:
    """(map page HTML, incidents in view, features drawn, points shown). `hotspot_layer` adds the
    Gi* cells of `hotspot_cells` (same period, filters and view; shared view: grid_m cells)."""
    layers = map_layers(
        url, first_week, last_week, area_list, category_list, source_list, shared_view, cell_m, reviewed_only
    )
    chosen = areas(url)
    if area_list:
        chosen = chosen[chosen["name"].isin(area_list)]
    status = status_in_force(url, last_week)
    period = (
        weeks.human_week(last_week).split(" (")[0]
        if first_week == last_week
        else f"v. {first_week[-2:]}–{last_week[-2:]}"
    )
    points = layers.points if show_points else None
    fmap = maps.build_map(
        chosen,
        layers.cells,
        layers.cell_m,
        points,
        layers.area_counts,
        status or None,
        shared_view,
        period,
        focus=list(focus) if focus else None,
        hotspots=hotspot_cells(
            url,
            first_week,
            last_week,
            area_list,
            category_list,
            source_list,
            shared_view,
            layers.cell_m,
            reviewed_only,
        )
        if hotspot_layer
        else None,
    )
    return maps.render_html(fmap), layers.in_view, maps.feature_count(fmap), points is not None
