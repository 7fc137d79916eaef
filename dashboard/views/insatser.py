"""Insatser: measures decided by the working group, and a simple follow-up of each."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import analysis_sections, auth, data, display, intake, pickers
from lagesbild.errors import LagesbildError

url = data.db_url()
st.title("Insatser")
display.show_flash()
names = pickers.require_areas(url)
labels = data.category_label_map(url)

chosen = pickers.area_picker(url, key="measures-areas")
all_measures = data.measures(url, data.names_key(chosen))
display.table(
    display.with_end_text(all_measures),
    {
        "id": "Nr",
        "area": "Område",
        "title": "Insats",
        "category_label": "Kategori",
        "status": "Status",
        "start_date": "Start",
        "end_date": "Slut",
        "responsible": "Ansvarig",
        "follow_up": "Uppföljning",
    },
    "Inga insatser ännu. Lägg till en nedan.",
)

with st.expander("Ny insats", expanded=all_measures.empty):
    with st.form("measure-form", clear_on_submit=True):
        c1, c2 = st.columns(2)
        area = c1.selectbox("Område", names, key="measure-area")
        category = c2.selectbox(
            "Kategori som insatsen riktar sig mot",
            [None, *labels],
            format_func=lambda c: "Ingen särskild" if c is None else labels[c],
            key="measure-category",
        )
        title = st.text_input(
            "Rubrik", key="measure-title", placeholder="t.ex. Extra belysning vid gångtunneln"
        )
        description = st.text_area("Beskrivning", key="measure-description", height=80)
        c1, c2, c3 = st.columns(3)
        start = c1.date_input("Start", value=dt.date.today(), key="measure-start", format="YYYY-MM-DD")
        end = c2.date_input("Slut (valfritt)", value=None, key="measure-end", format="YYYY-MM-DD")
        status = c3.selectbox("Status", data.MEASURE_STATUSES, key="measure-status")
        responsible = st.text_input(
            "Ansvarig organisation", key="measure-responsible", placeholder="t.ex. Nacka kommun"
        )
        if st.form_submit_button("Spara insats", type="primary", key="measure-save"):
            try:
                intake.add_measure(
                    auth.actor(),
                    area=area,
                    category=category,
                    title=title,
                    description=description,
                    start_date=start,
                    end_date=end,
                    status=status,
                    responsible=responsible,
                )
            except LagesbildError as exc:
                st.error(str(exc))
            else:
                display.flash(f"Insatsen {title.strip()!r} är sparad.")
                st.rerun()

if all_measures.empty:
    st.stop()
st.subheader("Uppföljning")
options = {int(r.id): f"{r.title} ({r.area}, {r.status})" for r in all_measures.itertuples()}
measure_id = st.selectbox("Insats", list(options), format_func=lambda k: options[k], key="follow-measure")
measure = all_measures[all_measures["id"] == measure_id].iloc[0]
available = data.weeks_in_data(url)
if measure["category"] is None or pd.isna(measure["category"]) or not available:
    st.caption(
        "Uppföljningen jämför antalet händelser i insatsens kategori; den här insatsen har ingen kategori."
    )
else:
    analysis_sections.measure_follow_up(url, measure, available[-1])
with st.form("measure-update"):
    c1, c2 = st.columns([1, 3])
    new_status = c1.selectbox(
        "Status",
        data.MEASURE_STATUSES,
        index=data.MEASURE_STATUSES.index(measure["status"]),
        key=f"measure-new-status-{measure_id}",
    )
    note = c2.text_input(
        "Uppföljning",
        value=measure["follow_up"] or "",
        placeholder="Vad blev resultatet?",
        key=f"measure-note-{measure_id}",
    )
    if st.form_submit_button("Uppdatera insatsen", key=f"measure-update-{measure_id}"):
        intake.update_measure(int(measure_id), str(new_status), note, auth.actor())
        display.flash("Insatsen är uppdaterad.")
        st.rerun()
