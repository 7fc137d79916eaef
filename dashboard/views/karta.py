"""Karta: areas and incidents per grid cell, Gi* hotspots and near repeats; an internal view for
analysts and a shared view."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import analysis_data, analysis_sections, auth, data, display, map_page, maps, pickers
from dashboard.selection import MapOptions
from lagesbild import settings, weeks
from lagesbild.swedish import integer

url = data.db_url()
st.title("Karta")
available = pickers.require_weeks(url)

c1, c2, c3 = st.columns([1, 1, 1])
first_week, last_week = pickers.period_picker(
    available, "map", [1, 2, 4, 8, 13, 26, 52], 4, "Antal veckor", (c1, c2)
)
with c3:
    shared_view = st.toggle(
        "Delad vy",
        key="map-shared",
        help="Det som får delas: granskade händelser, generaliserade platser, känsliga kategorier bara "
        "per område.",
    )
shared_view = shared_view or not auth.is_internal()
selection = pickers.filters(url, "map", first_week, last_week, shared_view=shared_view)

if shared_view:
    cell_m, reviewed_only, show_points = settings.get_int("grid_m"), True, False
    st.caption(
        f"Delad vy: rutor om {cell_m} m (LAGESBILD_GRID_M), flyttade in i sitt område; inga "
        "enskilda händelser."
    )
else:
    c1, c2, c3 = st.columns(3)
    cell_m = int(c1.select_slider("Rutstorlek (m)", options=[100, 250, 500, 1000], value=250, key="map-cell"))
    reviewed_only = c2.toggle("Endast granskade", key="map-reviewed")
    show_points = c3.toggle(
        "Visa enskilda händelser",
        value=True,
        key="map-points",
        help=f"Visas bara när högst {maps.MAX_POINTS} händelser finns i urvalet.",
    )

views = data.map_views(url, selection.areas)
c1, c2 = st.columns([2, 1])
focus = c1.selectbox("Zooma till", list(views), key="map-focus")
show_hotspots = c2.toggle(
    "Visa hotspots (Gi*)",
    value=True,
    key="map-hotspots",
    help="Rutor där händelserna klumpar ihop sig mer än slumpen förklarar, beräknat inom varje område.",
)
selection = replace(selection, reviewed_only=reviewed_only)
options = MapOptions(cell_m, show_points, views.get(focus or "", None), show_hotspots)
html, in_view, features, points_shown = map_page.map_html(url, selection, options)
period = (
    weeks.human_week(last_week)
    if first_week == last_week
    else f"{weeks.human_week(first_week)} – {weeks.human_week(last_week)}"
)
st.markdown(f"**{in_view} händelser med plats** · {period}")
if not shared_view and show_points and not points_shown and in_view > maps.MAX_POINTS:
    st.caption(
        f"Fler än {maps.MAX_POINTS} händelser i urvalet: bara rutor visas. Välj en kortare period "
        "eller färre kategorier."
    )
display.show_map(html, height=640)
st.caption(
    "Klicka på ett område för antal per kategori. Händelser utan exakt plats (t.ex. polisens som bara nämner "
    "området) räknas i områdets antal men syns inte i rutorna. Ingen kartbakgrund hämtas utifrån"
    + (" (kartbakgrund från konfigurerad adress)." if settings.get("tile_url") else ".")
)

if show_hotspots:
    st.subheader("Hotspots")
    grid_size = analysis_data.hotspot_grid_size(url, selection.areas, cell_m)
    if grid_size > analysis_data.HOTSPOT_MAX_CELLS:
        st.info(
            f"Hotspots (Gi*) beräknas för högst {integer(analysis_data.HOTSPOT_MAX_CELLS)} rutor åt gången; "
            f"de valda områdena har ungefär {integer(grid_size)} rutor om {cell_m} m. Välj färre områden "
            "eller större rutor för att se hotspots."
        )
    else:
        cells = analysis_data.hotspot_cells(url, selection, cell_m)
        analysis_sections.hotspot_lists(cells, shared_view)
analysis_sections.repeat_expander(url, selection)
