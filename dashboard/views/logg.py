"""Logg: the audit log — who read in files, reviewed, decided a status, changed insatser, downloaded."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import streamlit as st

from dashboard import auth, data, display
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
stamps = pd.to_datetime(log["at"], utc=True).dt.tz_convert(display.TZ)
log = log.assign(date=stamps.dt.date, time=stamps.dt.strftime("%Y-%m-%d %H:%M:%S"))

c1, c2, c3, c4 = st.columns([2, 2, 1, 1])
labels = [label for label in audit.ACTIONS.values() if label in set(log["action"])]
chosen = c1.multiselect("Händelse", labels, key="log-actions", placeholder="Alla händelser")
who = c2.text_input("Användare", key="log-actor", placeholder="Namn eller e-post (del räcker)")
first, last = min(log["date"]), max(log["date"])
start = c3.date_input("Från", value=first, key="log-from", format="YYYY-MM-DD")
end = c4.date_input("Till", value=last, key="log-to", format="YYYY-MM-DD")

shown = log
if chosen:
    shown = shown[shown["action"].isin(chosen)]
if who.strip():
    shown = shown[shown["actor"].str.contains(who.strip(), case=False, regex=False, na=False)]
if isinstance(start, dt.date):
    shown = shown[shown["date"] >= start]
if isinstance(end, dt.date):
    shown = shown[shown["date"] <= end]


def _details(value: object) -> str:
    """The details as short 'key: value' text (long lists of incident ids shortened)."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        parsed = json.loads(value)
    except ValueError:
        return value[:300]
    if not isinstance(parsed, dict):
        return str(parsed)[:300]
    parts = []
    for key, item in parsed.items():
        if isinstance(item, list) and len(item) > 10:
            item = f"{len(item)} st"
        parts.append(f"{key}: {item}")
    return ", ".join(parts)[:300]


st.markdown(f"**{len(shown)} av {len(log)} händelser**")
display.table(
    shown.assign(details=shown["details"].map(_details)),
    {"time": "Tidpunkt", "actor": "Användare", "action": "Händelse", "details": "Detaljer"},
    "Inga händelser matchar urvalet.",
    height=display.fit_height(len(shown), 25),
)
if len(log) >= LIMIT:
    st.caption(f"De {LIMIT} senaste händelserna visas. Äldre finns kvar i databasen (tabellen audit_log).")
