"""Kommande händelser: events and arrangements ahead (Valborg, skolavslutning, matcher …)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import auth, data, display, intake, pickers

url = data.db_url()
st.title("Kommande händelser")
st.caption(
    "Händelser och arrangemang som kan påverka tryggheten: högtider, skolavslutning, matcher, evenemang."
)
display.show_flash()
names = pickers.require_areas(url)

today = dt.date.today()
c1, c2 = st.columns(2)
start = c1.date_input("Från", value=today, key="events-from", format="YYYY-MM-DD")
end = c2.date_input("Till", value=today + dt.timedelta(weeks=8), key="events-to", format="YYYY-MM-DD")
chosen = pickers.area_picker(url, key="events-areas")
internal = auth.is_internal()
# Outside the internal view only reviewed events, through the privacy gate (like incidents).
events = data.upcoming(url, start, end, data.names_key(chosen), not internal)
events = events.assign(area=events["area"].fillna("Hela kommunen"))
columns = {
    "event_date": "Datum",
    "area": "Område",
    "title": "Händelse",
    "description": "Beskrivning",
    "organisation": "Rapportör",
}
if internal:
    events = events.assign(review_status=events["review_status"].fillna("inkommen"))
    columns["review_status"] = "Granskning"
display.table(events, columns, "Inga kommande händelser i perioden.")

if auth.allowed("review") and internal:
    waiting = events[events["review_status"] != "granskad"]
    if len(waiting):
        st.subheader("Granska kommande händelser")
        st.caption(
            "Läsare ser en kommande händelse först när den är granskad. Kontrollera att rubrik, "
            "beskrivning och rapportör inte namnger någon person."
        )
        options = {int(r.id): f"{r.event_date} {r.title} ({r.area})" for r in waiting.itertuples()}
        picked = st.multiselect(
            "Händelser att godkänna", list(options), format_func=lambda k: options[k], key="events-review"
        )
        if st.button("Markera som granskade", key="events-review-save", disabled=not picked):
            count = intake.review_events([int(p) for p in picked], auth.actor())
            display.flash(f"{count} kommande händelser markerade som granskade.")
            st.rerun()

auth.stop_unless("edit_events")
st.subheader("Lägg till en händelse")
with st.form("event-form", clear_on_submit=True):
    c1, c2 = st.columns(2)
    event_date = c1.date_input("Datum", value=today, key="event-date", format="YYYY-MM-DD")
    area = c2.selectbox(
        "Område", [None, *names], format_func=lambda a: a or "Hela kommunen", key="event-area"
    )
    title = st.text_input("Händelse", key="event-title", placeholder="t.ex. Valborgsfirande vid Älta centrum")
    description = st.text_area("Beskrivning", key="event-description", height=80)
    organisation = st.text_input("Rapportör", key="event-organisation", placeholder="t.ex. Fritidsgården")
    if st.form_submit_button("Spara händelse", type="primary", key="event-save"):
        if not title.strip():
            st.error("Skriv vad som händer.")
        else:
            intake.add_event(
                auth.actor(),
                event_date=event_date,
                area=area,
                title=title,
                description=description,
                organisation=organisation,
                reviewed=auth.allowed("review"),
            )
            display.flash(f"Händelsen {title.strip()!r} är sparad.")
            st.rerun()
