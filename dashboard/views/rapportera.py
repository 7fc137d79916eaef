"""Rapportera: one report through a web form, for reporters without files. The form becomes a one-row
kommun CSV with the standard headers and goes through the same reading, validation, normalisation and
redaction as an uploaded file; the report then waits for granskning like any other."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import auth, data, display, intake, pickers
from lagesbild import weeks

DAYPARTS = ["morgon", "förmiddag", "eftermiddag", "kväll", "natt"]

url = data.db_url()
st.title("Rapportera")
st.caption(
    "För rapportörer utan egen fil: en händelse i taget. Rapporten kontrolleras som en inläst fil och kommer "
    "med i den delade lägesbilden först när samordnaren har granskat den. Skriv om platser och situationer – "
    "inga namn, personnummer, telefonnummer eller registreringsnummer."
)
display.show_flash()
names = pickers.require_areas(url)
labels = data.category_label_map(url)
version = st.session_state.setdefault("report-version", 0)  # a new version empties the form
today = dt.datetime.now(weeks.TZ).date()

c1, c2 = st.columns(2)
area = c1.selectbox(
    "Område",
    [None, *names],
    format_func=lambda a: a or "Vet inte – framgår av platsen",
    key=f"report-area-{version}",
)
category = c2.selectbox(
    "Kategori",
    [None, *labels.values()],
    format_func=lambda c: c or "Välj kategori",
    key=f"report-category-{version}",
)
c1, c2, c3 = st.columns(3)
day = c1.date_input(
    "Datum",
    value=today,
    max_value=today,
    format="YYYY-MM-DD",
    key=f"report-date-{version}",
    help="Händelser rapporteras i efterhand: datumet kan inte ligga i framtiden.",
)
clock = c2.text_input("Klockslag", placeholder="t.ex. 21:30", key=f"report-time-{version}")
daypart = c3.selectbox(
    "… eller del av dygnet",
    [None, *DAYPARTS],
    format_func=lambda d: d or "–",
    key=f"report-daypart-{version}",
    help="Används när klockslaget är okänt.",
)
place = st.text_input(
    "Plats",
    placeholder="t.ex. Fisksätra centrum, gångtunneln vid skolan eller en gatuadress",
    key=f"report-place-{version}",
)
with st.expander("Markera platsen med koordinater (valfritt)"):
    c1, c2 = st.columns(2)
    lat = c1.number_input(
        "Latitud (WGS84)", value=None, format="%.5f", step=0.0001, key=f"report-lat-{version}"
    )
    lon = c2.number_input(
        "Longitud (WGS84)", value=None, format="%.5f", step=0.0001, key=f"report-lon-{version}"
    )
    if lat is not None and lon is not None:
        display.show_map(intake.pin_map_html(url, float(lat), float(lon)), height=380)
        st.caption("Kontrollera att markeringen hamnar rätt i förhållande till områdena.")
    else:
        st.caption(
            "Ange båda för att se punkten på kartan. Utan koordinater placeras rapporten efter platsen."
        )
description = st.text_area("Beskrivning", height=110, key=f"report-description-{version}")
reporter = st.text_input(
    "Rapporterande enhet", placeholder="t.ex. Fritidsgården Fisksätra", key=f"report-reporter-{version}"
)

if st.button("Skicka rapport", type="primary", key="report-submit"):
    values = {
        "Datum": day.isoformat() if day else None,
        "Tid": clock.strip() or daypart,
        "Område": area,
        "Plats": place,
        "Kategori": category,
        "Beskrivning": description,
        "Rapportör": reporter,
        "Lat": lat,
        "Lon": lon,
    }
    summary = intake.submit_report(values, auth.actor(reporter))
    if summary.loaded:
        st.session_state["report-version"] = version + 1
        display.flash(
            f"Tack! Rapporten är mottagen (inläsning nr {summary.batch_id}) och väntar på granskning."
            + (" " + " ".join(summary.warnings) if summary.warnings else "")
        )
        st.rerun()
    elif summary.duplicates:
        st.info("Samma händelse finns redan rapporterad; den räknas en gång.")
    else:
        reasons = intake.form_reasons(summary.errors) or ["okänt fel"]
        st.error(
            "Rapporten kunde inte tas emot. Rätta och skicka igen:\n\n" + "\n".join(f"- {r}" for r in reasons)
        )
