"""Dela: the week's PDF and the exports of the shared layer as downloads.

The files are built only when a button is clicked (Streamlit runs a callable `data` on its own
thread), by the same functions as `python -m lagesbild report` and `export`, so the dashboard and the
CLI hand out identical files. Both read only the shared layer: reviewed, redacted, generalised.
"""

from __future__ import annotations

import contextlib
import functools
import tempfile
from pathlib import Path

import streamlit as st
from sqlalchemy import Engine

from dashboard import auth, data
from dashboard.auth import kommun as kommun_module
from lagesbild import access, queries, settings, weeks
from lagesbild.swedish import file_part

EXPORTS = {
    "xlsx": ("Tabeller (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": ("Händelser (CSV)", "text/csv"),
    "geojson": ("Karta (GeoJSON)", "application/geo+json"),
    "gpkg": ("Karta (GeoPackage)", "application/geopackage+sqlite3"),
}


def in_kommun(kommun: str | None, name: str | None) -> contextlib.ExitStack[bool | None]:
    """The page's kommun again for a file built on Streamlit's own thread (a callable `data` runs
    outside the page's context): its reads limited to the kommun, its name on the cover and footers."""
    stack = contextlib.ExitStack()
    stack.enter_context(queries.kommun_scope(kommun))
    if name:
        stack.enter_context(settings.overriding(kommun=name))
    return stack


def weekly_pdf(
    engine: Engine, week: str, areas: tuple[str, ...], kommun: str | None = None, name: str | None = None
) -> bytes:
    with in_kommun(kommun, name), tempfile.TemporaryDirectory(prefix="lagesbild-") as tmp:
        from lagesbild.report import week as report  # fpdf and matplotlib: only when a PDF is built

        out = Path(tmp) / "lagesbild.pdf"
        report.write_weekly_report(engine, week, out, list(areas) or None)
        return out.read_bytes()


def shared_export(
    engine: Engine, week: str, fmt: str, kommun: str | None = None, name: str | None = None
) -> bytes:
    start, end = weeks.week_range(week)
    with in_kommun(kommun, name), tempfile.TemporaryDirectory(prefix="lagesbild-") as tmp:
        from lagesbild.report import export  # openpyxl, pyogrio: only when an export is built

        out = Path(tmp) / f"export.{fmt}"
        export.export_shared(engine, start, end, fmt, out)
        return out.read_bytes()


def kommun_scope_name() -> str | None:
    """The page's kommun's proper name ("Nyköpings kommun"), or None without a kommun chosen."""
    scope = kommun_module.current_scope()
    return scope.name() if scope is not None and scope.chosen is not None else None


def download_name(kommun_name: str | None, week: str, extension: str) -> str:
    """ "lagesbild-nyköpings-kommun-2026-W10.pdf": the kommun in the name when one is chosen."""
    part = f"{file_part(kommun_name)}-" if kommun_name else ""
    return f"lagesbild-{part}{week}.{extension}"


def snapshot_root(root: Path, kommun: str | None) -> Path:
    """Each kommun publishes under its own folder (`snapshot_dir/0182/2026-W10/`): one kommun's
    publication must never overwrite another's."""
    return root / kommun if kommun else root


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
    kommun, name = queries.current_kommun(), kommun_scope_name()
    columns = st.columns(1 + len(EXPORTS))
    columns[0].download_button(
        "Veckans lägesbild (PDF)",
        data=functools.partial(weekly_pdf, engine, week, tuple(areas), kommun, name),
        file_name=download_name(name, week, "pdf"),
        mime="application/pdf",
        type="primary",
        key="share-pdf",
        on_click=auth.on_download("report", week=week, areas=list(areas), format="pdf"),
    )
    for column, (fmt, (label, mime)) in zip(columns[1:], EXPORTS.items(), strict=True):
        column.download_button(
            label,
            data=functools.partial(shared_export, engine, week, fmt, kommun, name),
            file_name=download_name(name, week, fmt),
            mime=mime,
            key=f"share-{fmt}",
            on_click=auth.on_download("export", week=week, format=fmt),
        )


def publish_section(url: str, week: str) -> None:
    """Samordnare publish the week as static files (lagesbild.report.snapshot) that läsare and partners
    open without a Streamlit session; where the published pages are served is the setting
    `snapshot_url` (docs/reliability.md §6)."""
    public = settings.get("snapshot_url")
    if not auth.allowed(access.DECIDE_STATUS):
        if public:
            st.info(f"Den publicerade lägesbilden för alla läsare finns på {public}")
        return
    root = snapshot_root(Path(settings.get("snapshot_dir")), queries.current_kommun())
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
