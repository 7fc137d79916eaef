"""Presentationsläge: one area at a time for the kommunpolis to present on a projector. The whole page
fits a 1280×720 screen without scrolling, in large type: the controls, the area's status, the
week's basis warning, and one of three views at a time: the weekly trend with its flags, this
week's categories against the 4-week mean, and the map of the shared view. Every chart can be
downloaded as a PNG drawn on the server."""

from __future__ import annotations

import streamlit as st

from dashboard import auth, data, display, pickers, presentation, sections, trends
from dashboard.selection import MapOptions, Selection
from lagesbild import queries, settings, weeks
from lagesbild.swedish import plural

# Large type and less of Streamlit's padding (6rem above, 10rem below the content by default), so
# that a 1280×720 projector shows the page whole. Only this page's elements: the style goes when the
# page is left.
PRESENTATION_STYLE = """
<style>
  [data-testid="stMainBlockContainer"] { padding: 3.6rem 1.5rem 0.5rem 1.5rem; }
  [data-testid="stMain"] h1 { font-size: 1.9rem; padding: 0 0 0.2rem 0; }
  [data-testid="stMain"] h2 { font-size: 1.55rem; padding: 0.1rem 0 0.2rem 0; }
  [data-testid="stMain"] [data-testid="stHeading"] [data-testid="stMarkdownContainer"] { margin-bottom: 0; }
  [data-testid="stMain"] p, [data-testid="stMain"] label p, [data-testid="stMain"] button p,
  [data-testid="stMain"] [data-baseweb="select"] div { font-size: 1.1rem; }
  [data-testid="stMain"] [data-testid="stCaptionContainer"] p { font-size: 1.05rem; }
  [data-testid="stMain"] [data-testid="stButtonGroup"] p { font-size: 1.15rem; font-weight: 600; }
  [data-testid="stMain"] button p { white-space: nowrap; }
  [data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.5rem; }
  [data-testid="stMain"] [data-testid="stAlert"] [data-testid="stAlertContainer"] { padding: 0.5rem 0.9rem; }
</style>
"""
MAP_HEIGHT = 205

url = data.db_url()
st.html(PRESENTATION_STYLE)
st.title("Presentationsläge")
available = pickers.require_weeks(url)
names = pickers.require_areas(url)
labels = data.category_label_map(url)


def step(delta: int) -> None:
    current = st.session_state.get("present-area", names[0])
    position = names.index(current) if current in names else 0
    st.session_state["present-area"] = names[(position + delta) % len(names)]


# What is set once per meeting sits in the sidebar, which the presenter can fold away: the row
# above the picture keeps room for the buttons' whole labels at 1280 pixels.
with st.sidebar:
    st.subheader("Presentation")
    st.caption("Ladda ner bilderna och välj veckor; visningen ovan ryms på en skärm på 1280 × 720.")
    span = int(st.select_slider("Veckor i trenden", options=[8, 13, 26, 52], value=26, key="present-span"))
    # Shown to the group: reviewed reports by default.
    reviewed = pickers.reviewed_only("present-reviewed", "Bara granskade rapporter", default=True)
c1, c2, c3, c4 = st.columns([1.5, 2.4, 1.6, 1.9], vertical_alignment="bottom")
area = str(c1.selectbox("Område", names, key="present-area"))
with c2:
    week = pickers.week_picker(available, key="present-week")
c3.button("◀ Föregående", on_click=step, args=(-1,), key="present-prev", width="stretch")
c4.button("Nästa område ▶", on_click=step, args=(1,), key="present-next", width="stretch", type="primary")

table, suggested = data.weekly_picture(url, week, (area,), reviewed)
status = suggested.iloc[0]
decided = data.status_in_force(url, week).get(area)
basis = "bara granskade rapporter" if reviewed else "alla rapporter"
st.markdown(
    f"Område {names.index(area) + 1} av {len(names)} · {basis} · "
    f"**Föreslagen status:** {data.STATUS_CHIPS[status['status']]} · "
    f"**Beslutad status:** {data.STATUS_CHIPS[decided or 'ej beslutad']}",
    help=f"Föreslagen status: {status['reason']}",
)
sections.basis_warning(url, week)

# One view at a time, and only that one is computed and drawn (a map drawn in a hidden tab opens
# zoomed out); the PNGs are drawn when their button is clicked (dashboard.presentation).
VIEWS = ["Trend", "Kategorier denna vecka", "Karta"]
view = st.segmented_control("Visa", VIEWS, default=VIEWS[0], key="present-view", label_visibility="collapsed")
view = view or VIEWS[0]
shown = presentation.Shown(url, area, week, span, reviewed)
kommun = queries.current_kommun()

if view == VIEWS[0]:  # --- the trend, with this week's flags spelt out ---------------------------
    st.header(presentation.trend_title(shown))
    trend = presentation.trend(shown)
    if trend.chart is None:
        st.info(f"Inga händelser i {area} under perioden.")
    else:
        display.draw(presentation.on_screen(trend.chart))
        for row in trend.flags.itertuples(index=False):
            st.markdown(f"**{display.FLAG_LABELS[row.flag]}** {row.explanation}")
        if trend.more:
            st.caption(
                f"… och {plural(trend.more, 'flaggad förändring', 'flaggade förändringar')} till: se Trender."
            )
elif view == VIEWS[1]:  # --- this week per category ----------------------------------------------
    st.header(f"{area}: {weeks.human_week(week).split(' (')[0]} per kategori")
    comparison, bars = presentation.categories(shown)
    if bars is None:
        st.caption("Inga händelser denna vecka eller de fyra veckorna innan.")
    else:
        display.draw(presentation.on_screen(bars))
        st.caption("Rött och ▲: flaggad ökning.")
else:  # --- the map (shared view: reviewed, generalised, sensitive categories only per area) ------
    from dashboard import map_page  # folium: only when the map is shown

    st.header(f"{area}: karta, vecka {int(shown.map_from[-2:])}–{int(week[-2:])}")
    shared_map = Selection(shown.map_from, week, (area,), shared_view=True, reviewed_only=True)
    map_options = MapOptions(settings.get_int("grid_m"), show_points=False, focus=(area,), hotspots=True)
    html, in_view, _, _ = map_page.map_html(url, shared_map, map_options)
    display.show_map(html, height=MAP_HEIGHT)
    st.caption(
        f"{in_view} granskade händelser med plats, generaliserade till rutor; känsliga kategorier bara "
        "som antal per område. Färgade ramar: hotspots (Gi*)."
    )

# The PNG downloads are for preparing slides, not for the audience: in the sidebar, all three whatever
# the view, each drawn on click (a PNG per area and view on every run cost seconds).
has_trend = not presentation.trend_series(shown).empty
has_categories = not trends.category_comparison(table, area, labels).empty
with st.sidebar:
    for build, file_name, key, label, offered in (
        (presentation.trend_png, f"{area}-trend-{week}.png", "present-png-trend", "Trenden som PNG",
         has_trend),
        (presentation.categories_png, f"{area}-kategorier-{week}.png", "present-png-categories",
         "Kategorierna som PNG", has_categories),
        (presentation.map_png, f"{area}-karta-{week}.png", "present-png-map", "Kartan som PNG", True),
    ):  # fmt: skip
        if offered:
            st.download_button(
                label,
                data=presentation.deferred(build, shown, kommun),
                file_name=file_name,
                mime="image/png",
                key=key,
                on_click=auth.on_download("export", format="png", file=file_name),
            )
