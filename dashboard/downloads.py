"""Dela: the week's PDF and the exports of the shared layer as downloads.

The files are built only when a button is clicked (Streamlit runs a callable `data` on its own
thread), by the same functions as `python -m lagesbild report` and `export`, so the dashboard and the
CLI hand out identical files. Both read only the shared layer: reviewed, redacted, generalised.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import streamlit as st
from sqlalchemy import Engine

from dashboard import auth, data
from lagesbild import access, weeks

EXPORTS = {
    "xlsx": ("Tabeller (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": ("Händelser (CSV)", "text/csv"),
    "geojson": ("Karta (GeoJSON)", "application/geo+json"),
    "gpkg": ("Karta (GeoPackage)", "application/geopackage+sqlite3"),
}


def weekly_pdf(engine: Engine, week: str, areas: tuple[str, ...]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="lagesbild-") as tmp:
        from lagesbild.report import week as report  # fpdf and matplotlib: only when a PDF is built

        out = Path(tmp) / "lagesbild.pdf"
        report.write_weekly_report(engine, week, out, list(areas) or None)
        return out.read_bytes()


def shared_export(engine: Engine, week: str, fmt: str) -> bytes:
    start, end = weeks.week_range(week)
    with tempfile.TemporaryDirectory(prefix="lagesbild-") as tmp:
        from lagesbild.report import export  # openpyxl, pyogrio: only when an export is built

        out = Path(tmp) / f"export.{fmt}"
        export.export_shared(engine, start, end, fmt, out)
        return out.read_bytes()


def share_section(url: str, week: str, areas: list[str]) -> None:
    """Download buttons for the week's PDF and exports; every download is written to the audit log."""
    if not auth.allowed(access.DOWNLOAD_SHARED):
        return
    st.subheader("Dela veckans lägesbild")
    st.caption(
        "Filerna byggs när du klickar, bara av granskade rapporter utan personuppgifter: platser är "
        "generaliserade och känsliga kategorier visas bara som antal per område."
    )
    engine = data.engine(url)  # resolved here: the callables run outside the script run
    columns = st.columns(1 + len(EXPORTS))
    columns[0].download_button(
        "Veckans lägesbild (PDF)",
        data=functools.partial(weekly_pdf, engine, week, tuple(areas)),
        file_name=f"lagesbild-{week}.pdf",
        mime="application/pdf",
        type="primary",
        key="share-pdf",
        on_click=auth.on_download("report", week=week, areas=list(areas), format="pdf"),
    )
    for column, (fmt, (label, mime)) in zip(columns[1:], EXPORTS.items(), strict=True):
        column.download_button(
            label,
            data=functools.partial(shared_export, engine, week, fmt),
            file_name=f"lagesbild-{week}.{fmt}",
            mime=mime,
            key=f"share-{fmt}",
            on_click=auth.on_download("export", week=week, format=fmt),
        )


def publish_section(url: str, week: str) -> None:
    """Samordnare publish the week as static files (lagesbild.report.snapshot) that läsare and partners
    open without a Streamlit session; where the published pages are served is the setting
    `snapshot_url` (docs/reliability.md §6)."""
    from lagesbild import settings

    public = settings.get("snapshot_url")
    if not auth.allowed(access.DECIDE_STATUS):
        if public:
            st.info(f"Den publicerade lägesbilden för alla läsare finns på {public}")
        return
    root = Path(settings.get("snapshot_dir"))
    published = (root / week / "index.html").exists()
    st.subheader("Publicera för läsare")
    st.caption(
        "Veckans lägesbild som statiska filer (HTML, PDF, CSV, GeoJSON) som en vanlig webbserver delar ut "
        "till hur många som helst: samma innehåll som PDF:en, utan personuppgifter. "
        + (
            "Veckan är publicerad; publicera igen efter ändringar."
            if published
            else "Veckan är inte publicerad."
        )
    )
    if st.button("Publicera veckans lägesbild", key="publish-snapshot"):
        from lagesbild.report.snapshot import publish_snapshot

        with st.spinner("Publicerar …"):
            page = publish_snapshot(data.engine(url), week, root)
        auth.record("snapshot", week=week, path=str(page))
        st.success(f"Publicerad: {page}" + (f" – läsare når den på {public}" if public else ""))
