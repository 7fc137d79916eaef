"""Granskning: the coordinator reviews incoming reports before they enter the shared picture."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, display, intake, pickers

url = data.db_url()
st.title("Granskning")
st.caption(
    "Inkomna rapporter kommer med i den delade lägesbilden först när de är granskade. Kontrollera att "
    "beskrivningen inte innehåller personuppgifter (namn, personnummer, adresser, registreringsnummer) och "
    "rätta texten vid behov."
)
display.show_flash()
pickers.require_weeks(url)
queue = intake.review_queue(url)
if queue.empty:
    st.success("Inget väntar på granskning.")
    st.stop()

select_all = st.toggle("Markera alla", key="review-all")
editor_input = pd.DataFrame(
    {
        "Granskad": select_all,
        "Beskrivning": queue["description"].fillna("").to_numpy(),
        "Tidpunkt": display.local_time(queue["occurred_at"]).to_numpy(),
        "Område": queue["area"].fillna("–").to_numpy(),
        "Kategori": queue["category_label"].to_numpy(),
        "Källa": queue["source"].map(data.SOURCE_LABELS).to_numpy(),
        "Rapportör": queue["organisation"].to_numpy(),
        "Plats": queue["place"].fillna("").to_numpy(),
        # Why a report is shared only as a count per area although its category is open (fail closed).
        "Delas bara per område": queue["privacy_reason"].fillna("").to_numpy(),
    },
    index=pd.Index(queue["id"].astype(int), name="id"),
)
st.markdown(
    f"**{display.plural(len(queue), 'rapport', 'rapporter')} väntar**"
    + (" (de 200 äldsta visas)" if len(queue) >= 200 else "")
)
edited = st.data_editor(
    editor_input,
    hide_index=True,
    width="stretch",
    height=display.fit_height(len(editor_input), 15),
    disabled=["Tidpunkt", "Område", "Kategori", "Källa", "Rapportör", "Plats", "Delas bara per område"],
    column_config={
        "Granskad": st.column_config.CheckboxColumn("Granskad", help="Markera för att godkänna"),
        "Beskrivning": st.column_config.TextColumn("Beskrivning (redigerad)", width="large"),
    },
    key=f"review-editor-{select_all}-{hash(tuple(editor_input.index))}",  # fresh edits when the queue changes
)

if st.button("Markera som granskade", type="primary", key="review-commit"):
    chosen = edited.index[edited["Granskad"].astype(bool)].tolist()
    if not chosen:
        st.warning("Markera minst en rapport.")
    else:
        changed = {
            int(i): str(edited.at[i, "Beskrivning"])
            for i in chosen
            if edited.at[i, "Beskrivning"] != editor_input.at[i, "Beskrivning"]
        }
        count = intake.mark_reviewed([int(i) for i in chosen], changed, auth.actor())
        display.flash(
            f"{display.plural(count, 'rapport', 'rapporter')} markerade som granskade ({len(changed)} med "
            "ändrad text)."
        )
        st.rerun()
