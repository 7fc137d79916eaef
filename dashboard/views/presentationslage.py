"""Presentationsläge: one area at a time, full width, for the kommunpolis to present: the weekly trend
with its flags, this week's categories against the 4-week mean, and the map of the shared view. Every
chart can be downloaded as a PNG drawn on the server."""

from __future__ import annotations

import streamlit as st

from dashboard import analysis_data, auth, charts, data, display, map_page, pickers, sections, trends
from dashboard.selection import MapOptions, Selection
from lagesbild import settings, weeks

url = data.db_url()
st.title("Presentationsläge")
available = pickers.require_weeks(url)
names = pickers.require_areas(url)
labels = data.category_label_map(url)


def step(delta: int) -> None:
    current = st.session_state.get("present-area", names[0])
    position = names.index(current) if current in names else 0
    st.session_state["present-area"] = names[(position + delta) % len(names)]


c1, c2, c3, c4, c5 = st.columns([2, 2.4, 1.6, 1.2, 1.4], vertical_alignment="bottom")
area = str(c1.selectbox("Område", names, key="present-area"))
with c2:
    week = pickers.week_picker(available, key="present-week")
span = int(c3.select_slider("Veckor i trenden", options=[8, 13, 26, 52], value=26, key="present-span"))
c4.button("◀ Föregående", on_click=step, args=(-1,), key="present-prev", width="stretch")
c5.button("Nästa område ▶", on_click=step, args=(1,), key="present-next", width="stretch", type="primary")
# Shown to the group: reviewed reports by default.
reviewed = pickers.reviewed_only("present-reviewed", "Bara granskade rapporter", default=True)
st.caption(f"Område {names.index(area) + 1} av {len(names)} · {weeks.human_week(week)}")
sections.basis_warning(url, week)

# --- 1. The trend ---------------------------------------------------------------------------------
first_week = weeks.shift_week(week, -(span - 1))
st.header(f"{area}: händelser per vecka", divider="gray")
selection = Selection(first_week, week, (area,), reviewed_only=reviewed)
series = data.weekly_series(url, selection.weeks(analysis_data.history_from(url, first_week, 53)))
if series.empty:
    st.info(f"Inga händelser i {area} under perioden.")
    st.stop()
totals = trends.weekly_totals(series, first_week, week, available[0])
changes = analysis_data.changes(url, selection)
bands = trends.incomplete_weeks(analysis_data.week_completeness(url, first_week, week), first_week, week)
markers = trends.seasonal_markers(weeks.week_start(first_week), weeks.week_range(week)[1])
trend = charts.trend_chart(totals, markers, trends.flag_markers(changes, totals), bands, height=460)
st.altair_chart(trend, width="stretch")
this_week = changes[(changes["iso_week"] == week) & (changes["flag"] != "")]
for row in this_week.itertuples(index=False):
    st.markdown(f"**{display.FLAG_LABELS[row.flag]}** {row.explanation}")
display.png_button(trend, f"{area}-trend-{week}.png", "present-png-trend", f"{area}: händelser per vecka")

# --- 2. This week per category --------------------------------------------------------------------
st.header(f"{area}: {weeks.human_week(week).split(' (')[0]} per kategori", divider="gray")
table, suggested = data.weekly_picture(url, week, (area,), reviewed)
status = suggested.iloc[0]
decided = data.status_in_force(url, week).get(area)
st.markdown(
    f"**Föreslagen status:** {data.STATUS_CHIPS[status['status']]} – {status['reason']}  \n"
    f"**Beslutad status:** {data.STATUS_CHIPS[decided or 'ej beslutad']}"
)
comparison = trends.category_comparison(table, area, labels)
if comparison.empty:
    st.caption("Inga händelser denna vecka eller de fyra veckorna innan.")
else:
    bars = charts.category_chart(comparison)
    st.altair_chart(bars, width="stretch")
    st.caption(
        "Mörkblått: denna vecka. Ljusblått: snitt per vecka de fyra veckorna innan. Rött och ▲: flaggad "
        "ökning."
    )
    title = f"{area}: {weeks.human_week(week)} per kategori"
    display.png_button(bars, f"{area}-kategorier-{week}.png", "present-png-categories", title)

# --- 3. The map (shared view: reviewed, generalised, sensitive categories only per area) -----------
map_from = weeks.shift_week(week, -3)
st.header(f"{area}: karta, vecka {int(map_from[-2:])}–{int(week[-2:])}", divider="gray")
shared_map = Selection(map_from, week, (area,), shared_view=True, reviewed_only=True)
map_options = MapOptions(settings.get_int("grid_m"), show_points=False, focus=(area,), hotspots=True)
html, in_view, _, _ = map_page.map_html(url, shared_map, map_options)
display.show_map(html, height=680)
st.caption(
    f"{in_view} granskade händelser med plats de senaste fyra veckorna, generaliserade till rutor; känsliga "
    "kategorier visas bara som antal per område. Färgade ramar: hotspots (Gi*)."
)
st.download_button(
    "Ladda ner kartan som PNG",
    analysis_data.area_map_png(url, area, map_from, week),
    file_name=f"{area}-karta-{week}.png",
    mime="image/png",
    key="present-png-map",
    on_click=auth.on_download("export", format="png", file=f"{area}-karta-{week}.png"),
)
