"""Veckans lägesbild: the weekly check-in — per area counts, flags, suggested and decided status."""

from __future__ import annotations

import streamlit as st

from dashboard import analysis_data, data, downloads, pickers, sections
from dashboard.selection import Selection
from lagesbild import weeks

url = data.db_url()
st.title("Veckans lägesbild")
available = pickers.require_weeks(url)

left, middle, right = st.columns([2, 3, 1])
with left:
    week = pickers.week_picker(available, key="weekly-week")
with middle:
    chosen = pickers.area_picker(url, key="weekly-areas") or data.area_names(url)
with right:
    reviewed_only = pickers.reviewed_only("weekly-reviewed", help="Räkna bara rapporter som är granskade.")

# The downloads come right after the choices they depend on, before the tables and tabs: by keyboard
# they were 68 Tab stops down the page (WCAG 2.4.3).
downloads.share_section(url, week, chosen)
st.divider()
st.subheader(weeks.human_week(week).capitalize())
st.caption(
    "Händelser denna vecka mot förra veckan och snittet för de fyra veckorna innan. Flaggor markerar "
    "förändringar som händer mer sällan än 1 vecka av 200 vid samma nivå. Dubbletter räknas en gång."
)
sections.basis_warning(url, week)
table, suggested = data.weekly_picture(url, week, tuple(chosen), reviewed_only)
sections.overview(url, week, suggested)
changes = analysis_data.changes(url, Selection.of(week, week, chosen, reviewed_only=reviewed_only))

decided_now = data.status_in_force(url, week)
proposed = dict(zip(suggested["area"], suggested["status"], strict=True))


def tab_label(area: str) -> str:
    """The area with its status: decided, else the suggestion; a coloured dot and the word."""
    status = decided_now.get(area)
    shown = status or proposed.get(area, "")
    return f"{area} {data.STATUS_MARKS.get(shown, '')} {shown}" + ("" if status else " (förslag)")


# Only the open tab's area is built (its tables, form and incidents took seconds per area, for every
# visitor). A tab's label changes with its status, which makes it a new widget: the open area is kept
# under its own key and opened again by default.
labels = {tab_label(area): area for area in chosen}
opened = st.session_state.get(sections.OPEN_AREA)
tabs = st.tabs(
    list(labels),
    key="weekly-tab",
    default=next((label for label, area in labels.items() if area == opened), None),
    on_change=sections.remember_tab,
    args=("weekly-tab", labels),
)
for tab, area in zip(tabs, chosen, strict=True):
    if tab.open:
        with tab:
            sections.area_section(url, week, area, table, suggested, changes)

st.divider()
downloads.publish_section(url, week)
