"""Importera: upload weekly files, preview what will be read, commit, and follow up batches."""

from __future__ import annotations

import streamlit as st

from dashboard import auth, data, display, intake, uploads
from lagesbild.errors import LagesbildError

url = data.db_url()
st.title("Importera")
st.caption("Läs in veckans filer från kommunen, polisen och bostadsbolagen (CSV, XLSX eller JSON).")

c1, c2 = st.columns(2)
source_options = [None, *data.SOURCE_LABELS]
source = c1.selectbox(
    "Källa",
    source_options,
    format_func=lambda s: "Känn igen automatiskt" if s is None else data.SOURCE_LABELS[s],
    key="import-source",
)
imported_by = c2.text_input("Inläst av", key="import-by", placeholder="t.ex. samordnare")
files = st.file_uploader(
    "Filer", type=["csv", "xlsx", "json"], accept_multiple_files=True, key="import-files"
)
files = uploads.allowed_uploads(files)

for upload in files or []:
    preview = intake.preview_file(upload.getvalue(), upload.name, source)
    with st.expander(upload.name, expanded=True):
        if preview.error:
            st.error(preview.error)
            continue
        st.markdown(
            f"**Källa:** {data.SOURCE_LABELS.get(preview.source or '', preview.source)} · "
            f"**Innehåll:** {'kommande händelser' if preview.kind == 'events' else 'händelser'} · "
            f"**Rader:** {preview.rows} · **Ignoreras:** {preview.ignored} · **Fel:** "
            f"{preview.rejected_count}"
        )
        st.dataframe(preview.records, hide_index=True, width="stretch")
        for warning in preview.warnings:
            st.warning(warning)
        if not preview.rejected.empty:
            st.markdown("**Rader med fel** (läses inte in)")
            st.dataframe(preview.rejected, hide_index=True, width="stretch")

if files and st.button("Läs in", type="primary", key="import-commit"):
    bar = st.progress(0.0, text="Läser in …")
    for k, upload in enumerate(files):

        def waiting(seconds: float, name: str = upload.name, done: int = k) -> None:
            bar.progress(
                done / len(files),
                text=f"{name}: väntar på att en annan inläsning blir klar ({int(seconds)} s) …",
            )

        try:
            summary = intake.ingest(upload, upload.name, source, auth.actor(imported_by), waiting)
        except LagesbildError as exc:
            st.error(f"{upload.name}: {exc}")
        else:
            st.success(
                f"{upload.name}: {summary.rows} rader – {summary.loaded} inlästa "
                f"({summary.updated} uppdaterade), "
                f"{summary.duplicates} dubbletter, {summary.ignored} ignorerade, {summary.rejected} avvisade."
            )
            for warning in summary.warnings:
                st.warning(warning)
        bar.progress((k + 1) / len(files), text=f"{k + 1} av {len(files)} filer")

st.divider()
st.subheader("Senaste inläsningarna")
batches = intake.batches(url)
if batches.empty:
    display.empty_state()
    st.stop()
shown = batches.assign(
    started=display.local_time(batches["started_at"]),
    source=batches["source"].map(data.SOURCE_LABELS),
    accounted=batches["accounted"].map({True: "✓", False: "✗"}),
)
display.table(
    shown,
    {
        "id": "Nr",
        "started": "Inläst",
        "file_name": "Fil",
        "source": "Källa",
        "rows": "Rader",
        "loaded": "Inlästa",
        "duplicates": "Dubbletter",
        "ignored": "Ignorerade",
        "rejected": "Avvisade",
        "accounted": "Summa stämmer",
        "imported_by": "Av",
    },
    "",
)
st.caption("Rader = inlästa + dubbletter + ignorerade + avvisade.")
labels = {int(r.id): f"{r.id}: {r.file_name} ({r.rejected} avvisade)" for r in batches.itertuples()}
batch_id = st.selectbox(
    "Visa avvisade rader för inläsning",
    list(labels),
    format_func=lambda k: labels[k],
    key=f"import-batch-{max(labels)}",
)
rejected = intake.rejected(url, int(batch_id or next(iter(labels))))
display.table(
    rejected,
    {"row_number": "Rad", "column_name": "Kolumn", "reason": "Orsak", "raw_values": "Värden"},
    "Inga avvisade rader i den inläsningen.",
)
