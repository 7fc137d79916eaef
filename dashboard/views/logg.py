"""Logg: the audit log — who read in files, reviewed, decided a status, changed insatser, downloaded."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import auth, data, display, summaries
from lagesbild import access, audit

LIMIT = 5000

auth.require(access.VIEW_AUDIT)
st.title("Logg")
st.caption(
    "Granskningsloggen: vem som läste in filer, granskade, beslutade status, ändrade insatser och "
    "laddade ner lägesbilden – och när. Loggen kan inte ändras härifrån."
)

log = audit.recent(data.engine(), limit=LIMIT)
if log.empty:
    st.info("Loggen är tom ännu.")
    st.stop()
log = summaries.with_local_time(log, display.TZ)

c1, c2, c3, c4 = st.columns([2, 2, 1, 1])
labels = [label for label in audit.ACTIONS.values() if label in set(log["action"])]
chosen = c1.multiselect("Händelse", labels, key="log-actions", placeholder="Alla händelser")
who = c2.text_input("Användare", key="log-actor", placeholder="Namn eller e-post (del räcker)")
first, last = min(log["date"]), max(log["date"])
start = c3.date_input("Från", value=first, key="log-from", format="YYYY-MM-DD")
end = c4.date_input("Till", value=last, key="log-to", format="YYYY-MM-DD")

shown = summaries.filter_log(
    log, chosen, who, start if isinstance(start, dt.date) else None, end if isinstance(end, dt.date) else None
)
st.markdown(f"**{len(shown)} av {len(log)} händelser**")
display.table(
    shown.assign(details=shown["details"].map(summaries.log_details)),
    {"time": "Tidpunkt", "actor": "Användare", "action": "Händelse", "details": "Detaljer"},
    "Inga händelser matchar urvalet.",
    height=display.fit_height(len(shown), 25),
)
if len(log) >= LIMIT:
    st.caption(f"De {LIMIT} senaste händelserna visas. Äldre finns kvar i databasen (tabellen audit_log).")
