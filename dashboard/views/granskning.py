"""Granskning: the coordinator reviews incoming reports before they enter the shared picture:
approves them, corrects text, category or area, or rejects them with a reason."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import auth, data, display, intake, pickers
from dashboard import review_edits as rx
from lagesbild.errors import LagesbildError

PENDING, GENERATION, SHOWN, ALL = "review-pending", "review-generation", "review-shown", "review-all"
DELTA = (
    "review-delta"  # the table's edits as of its last run: Streamlit drops a widget's state on another page
)


def _keep_edits(ids: list[int] | None = None) -> None:
    """Fold the table's edits into the pending edits before a new table replaces it (a bulk action, a
    changed queue) or after the table was gone (the user visited another page)."""
    shown = st.session_state.get(SHOWN)
    if shown is None:
        return
    key, shown_ids = shown
    alive = key in st.session_state
    if ids is not None and list(shown_ids) == ids and alive:
        return  # the same table stays: it keeps its own edits
    state: Any = st.session_state.get(key) or {}
    edited_rows = state.get("edited_rows", {}) if alive else st.session_state.get(DELTA, {})
    st.session_state[PENDING] = rx.fold(st.session_state.get(PENDING, {}), edited_rows, shown_ids)
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
    st.session_state[SHOWN] = None
    st.session_state[DELTA] = {}


def _on_select_all() -> None:
    # Every row's text, category, area and reason survive; only Granskad follows the switch.
    _keep_edits()
    st.session_state[PENDING] = rx.without(st.session_state.get(PENDING, {}), rx.APPROVE)


url = data.db_url()
st.title("Granskning")
st.caption(
    "Inkomna rapporter kommer med i den delade lägesbilden först när de är granskade. Kontrollera att "
    "beskrivningen inte innehåller personuppgifter (namn, personnummer, adresser, registreringsnummer) och "
    "rätta texten, kategorin eller området vid behov. En rapport som inte hör hit avvisas med ett skäl: "
    "den räknas då som avvisad rad i sin inläsning och syns inte i någon lägesbild."
)
display.show_flash()
pickers.require_weeks(url)
queue = intake.review_queue(url)
if queue.empty:
    st.success("Inget väntar på granskning.")
    st.stop()

ids = [int(v) for v in queue["id"]]
_keep_edits(ids)  # the queue changed (another samordnare, a new import): edits stay with their reports
select_all = st.toggle("Markera alla", key=ALL, on_change=_on_select_all)
labels = data.category_label_map(url)
area_names = sorted({*data.area_names(url), *queue["area"].dropna().astype(str)})
base = pd.DataFrame(
    {
        rx.APPROVE: select_all,
        rx.TEXT: queue["description"].fillna("").to_numpy(),
        rx.REASON: rx.NO_REASON,
        rx.FREE_TEXT: "",
        rx.CATEGORY: queue["category_label"].to_numpy(),
        rx.AREA: queue["area"].fillna("").to_numpy(dtype=object),
        "Tidpunkt": display.local_time(queue["occurred_at"]).to_numpy(),
        "Källa": queue["source"].map(data.SOURCE_LABELS).to_numpy(),
        "Rapportör": queue["organisation"].to_numpy(),
        "Plats": queue["place"].fillna("").to_numpy(),
        # Why a report is shared only as a count per area although its category is open (fail closed).
        "Delas bara per område": queue["privacy_reason"].fillna("").to_numpy(),
    },
    index=pd.Index(ids, name="id"),
)
pending = st.session_state.get(PENDING, {})
st.markdown(
    f"**{display.plural(len(queue), 'rapport', 'rapporter')} väntar**"
    + (" (de 200 äldsta visas)" if len(queue) >= 200 else "")
)
key = f"review-editor-{st.session_state.get(GENERATION, 0)}"
st.session_state[SHOWN] = (key, ids)
edited = st.data_editor(
    rx.table(base, pending),
    hide_index=True,
    width="stretch",
    height=display.fit_height(len(base), 15),
    disabled=["Tidpunkt", "Källa", "Rapportör", "Plats", "Delas bara per område"],
    column_config={
        rx.APPROVE: st.column_config.CheckboxColumn(
            rx.APPROVE, help="Markera för att godkänna", width="small"
        ),
        rx.TEXT: st.column_config.TextColumn("Beskrivning (redigerbar)", width="large"),
        rx.REASON: st.column_config.SelectboxColumn(
            rx.REASON,
            options=[rx.NO_REASON, *rx.REASONS],
            help="Välj ett skäl för att avvisa rapporten",
            width="medium",
        ),
        rx.FREE_TEXT: st.column_config.TextColumn(
            rx.FREE_TEXT, help="Skäl med egna ord (räcker ensamt för att avvisa)", width="medium"
        ),
        rx.CATEGORY: st.column_config.SelectboxColumn(
            rx.CATEGORY, options=list(labels.values()), required=True
        ),
        rx.AREA: st.column_config.SelectboxColumn(rx.AREA, options=area_names),
    },
    key=key,
)
st.session_state[DELTA] = dict((st.session_state.get(key) or {}).get("edited_rows", {}))
edits = rx.without(rx.fold(pending, st.session_state[DELTA], ids), rx.APPROVE)
if edits:
    st.info(
        f"{display.plural(len(edits), 'rapport har', 'rapporter har')} osparade ändringar (text, kategori, "
        "område eller skäl). De sparas med knappen nedan och finns kvar om du använder Markera alla."
    )
st.caption(
    "En rad med ett skäl avvisas, även om den är markerad som granskad. Ändrad text, kategori och område "
    "sparas också för rader som får vänta. En rapport som flyttas till ett annat område placeras därefter "
    "bara på området (punkten låg i det gamla)."
)

if st.button("Spara granskning", type="primary", key="review-commit"):
    chosen = rx.decisions(base, edited, {label: code for code, label in labels.items()})
    if chosen.empty():
        st.warning("Markera minst en rapport, ange ett skäl för att avvisa eller ändra något.")
    else:
        try:
            outcome = intake.review(chosen.approve, chosen.reject, chosen.edits, auth.actor())
        except LagesbildError as exc:
            st.error(f"Inget sparades: {exc}")
        else:
            st.session_state[PENDING] = {}
            st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
            st.session_state[SHOWN] = None
            st.session_state[DELTA] = {}
            p = display.plural
            display.flash(
                f"Sparat: {p(outcome.approved, 'rapport granskad', 'rapporter granskade')}, "
                f"{p(outcome.rejected, 'avvisad', 'avvisade')}, {p(outcome.edited, 'ändrad', 'ändrade')}."
            )
            st.rerun()
