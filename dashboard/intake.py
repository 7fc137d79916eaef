"""What comes into the database from the dashboard: previews and ingests of uploaded files, the
import list and its rejected rows, the review queue, and every write (status decisions, reviews,
measures, upcoming events, web-form reports through the file pipeline). Each write clears the
caches (`dashboard.data.clear_caches`) so that every page shows what is in the database now.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from shapely.geometry import Point

from dashboard.caching import scoped_cache
from dashboard.data import TTL, areas, clear_caches, engine
from lagesbild import access, commands, queries, review_queries, weeks
from lagesbild.errors import PermissionDenied

# --- import, review, batches ---------------------------------------------------------------------


@dataclass
class Preview:
    source: str | None = None
    kind: str | None = None
    rows: int = 0
    records: pd.DataFrame = field(default_factory=pd.DataFrame)
    rejected: pd.DataFrame = field(default_factory=pd.DataFrame)
    ignored: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    rejected_count: int = 0


PREVIEW_COLUMNS = {
    "row": "Rad",
    "occurred_at": "Tidpunkt",
    "source_category": "Kategori (källans)",
    "area_text": "Område",
    "place_text": "Plats",
    "address": "Adress",
    "description": "Beskrivning",
    "organisation": "Rapportör",
    "cost_sek": "Kostnad (kr)",
    "event_date": "Datum",
    "title": "Händelse",
}


PREVIEW_REJECTED = 1000  # rejected rows listed in the preview (all are stored and listed after the import)


@scoped_cache(ttl=TTL, show_spinner=False, max_entries=20)
def preview_file(content: bytes, name: str, source: str | None) -> Preview:
    """What the reader will make of a file, without touching the database."""
    try:
        from data_ingest.readers.base import FileFormatError
        from data_ingest.readers.detect import iter_read_file
    except ImportError as exc:  # the readers are installed with the ingest package
        return Preview(error=f"Inläsningen av filer är inte tillgänglig: {exc}")
    # Streamed, keeping the first records and the rejected rows only: a large file must not be held
    # in the server's memory as one frame (the upload itself already is).
    try:
        parts = iter_read_file(io.BytesIO(content), name, source, chunk_size=20_000)
        read = next(parts)
        first = read.records.head(10)
        rejected_count = len(read.rejected)
        read.rejected = read.rejected[:PREVIEW_REJECTED]
        for part in parts:
            rejected_count += len(part.rejected)
            read.rows_total += part.rows_total
            read.rejected.extend(part.rejected[: max(0, PREVIEW_REJECTED - len(read.rejected))])
            read.ignored.extend(part.ignored)
            read.warnings.extend(part.warnings)
            if len(first) < 10:
                first = pd.concat([first, part.records.head(10 - len(first))])
    except FileFormatError as exc:
        return Preview(error=str(exc))
    records = first[[c for c in PREVIEW_COLUMNS if c in first.columns]].copy()
    if "occurred_at" in records.columns:
        stamps = pd.to_datetime(records["occurred_at"], utc=True).dt.tz_convert(weeks.TZ)
        records["occurred_at"] = stamps.dt.strftime("%Y-%m-%d %H:%M")
    records = records.astype(object).where(records.notna(), "")
    rejected = pd.DataFrame(
        [{"Rad": r.row, "Kolumn": r.column, "Orsak": r.reason, "Värden": str(r.raw)} for r in read.rejected],
        columns=["Rad", "Kolumn", "Orsak", "Värden"],
    )
    return Preview(
        read.source,
        read.kind,
        read.rows_total,
        records.rename(columns=PREVIEW_COLUMNS),
        rejected,
        len(read.ignored),
        list(read.warnings),
        rejected_count=rejected_count,
    )


def ingest(
    fileobj: Any,
    name: str,
    source: str | None,
    imported_by: str | None,
    waiting: Any = None,
    keep_failed: bool = True,
) -> Any:
    """Commit one uploaded file through the pipeline; raises FileFormatError for unreadable files.
    ``waiting(seconds)`` is called while another ingest holds the database. `keep_failed=False`:
    nothing is stored when no row could be loaded (the web form)."""
    from data_ingest.pipeline import ingest_file

    check(access.SUBMIT_REPORT if not keep_failed else access.IMPORT)
    if hasattr(fileobj, "seek"):
        fileobj.seek(0)
    try:
        return ingest_file(
            engine(),
            fileobj,
            name,
            source=source,
            imported_by=imported_by or None,
            waiting=waiting,
            keep_failed=keep_failed,
            kommun=queries.current_kommun(),  # the page's kommun: placed in its areas, stamped with it
        )
    finally:
        clear_caches()


@scoped_cache(ttl=TTL, show_spinner=False)
def batches(url: str) -> pd.DataFrame:
    frame = review_queries.batches(engine(url))
    frame["accounted"] = frame["rows"] == frame[["loaded", "duplicates", "ignored", "rejected"]].sum(axis=1)
    return frame


@scoped_cache(ttl=TTL, show_spinner=False)
def rejected(url: str, batch_id: int) -> pd.DataFrame:
    return review_queries.rejected(engine(url), batch_id)


@scoped_cache(ttl=TTL, show_spinner=False)
def review_queue(url: str) -> pd.DataFrame:
    return review_queries.review_queue(engine(url))


# --- writes --------------------------------------------------------------------------------------
# Each write checks the session's role in the page's kommun (access.can_in_kommun through
# auth.allowed) and runs in that kommun's scope: commands reach only its areas and rows and stamp
# its code on what they create.


def check(action: str) -> None:
    """Raise PermissionDenied (shown in Swedish by the app) unless this session may `action` here."""
    from dashboard import auth

    if not auth.allowed(action):
        kommun = queries.current_kommun()
        where = f" i kommun {kommun}" if kommun else ""
        raise PermissionDenied(f"Du har inte behörighet att {access.ACTIONS[action]}{where}.")


def save_status(area: str, week: str, status: str, comment: str | None, actor: str | None) -> None:
    check(access.DECIDE_STATUS)
    commands.save_area_status(engine(), area, week, status, comment, actor)
    clear_caches()


def review(
    approve: list[int], reject: dict[int, str], edits: list[commands.RowEdit], actor: str | None
) -> commands.ReviewOutcome:
    check(access.REVIEW)
    try:
        return commands.review_incidents(engine(), approve=approve, reject=reject, edits=edits, actor=actor)
    finally:
        clear_caches()  # also after a refusal: another samordnare may have reviewed some of them


def add_measure(actor: str | None, **values: Any) -> int:
    check(access.EDIT_MEASURES)
    measure_id = commands.add_measure(engine(), **values, actor=actor)
    clear_caches()
    return measure_id


def update_measure(measure_id: int, status: str, follow_up: str | None, actor: str | None) -> None:
    check(access.EDIT_MEASURES)
    commands.update_measure(engine(), measure_id, status, follow_up, actor=actor)
    clear_caches()


def review_events(ids: list[int], actor: str | None = None) -> int:
    check(access.REVIEW)
    count = commands.review_events(engine(), ids, actor=actor)
    clear_caches()
    return count


def add_event(actor: str | None, **values: Any) -> int:
    check(access.EDIT_EVENTS)
    event_id = commands.add_upcoming_event(engine(), **values, actor=actor)
    clear_caches()
    return event_id


# --- the web form (Rapportera): one report as a one-row kommun CSV through the file pipeline ----

REPORT_HEADERS = ("Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör", "Lat", "Lon")


def report_csv(values: dict[str, Any]) -> bytes:
    """A kommun EST CSV (`;`, UTF-8) with the standard headers and one row; missing values blank.
    Nothing is checked here: the readers and the normaliser validate it as they do any file."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(REPORT_HEADERS)
    row = []
    for header in REPORT_HEADERS:
        value = values.get(header)
        if value is None or (isinstance(value, float) and pd.isna(value)):
            row.append("")
        elif isinstance(value, float):
            row.append(f"{value:.6f}")
        else:
            # One line per report: a line break inside a field would still be valid CSV, but the
            # row number shown for a rejected row should stay 2.
            row.append(" ".join(str(value).split()))
    writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def submit_report(values: dict[str, Any], submitted_by: str | None, now: dt.datetime | None = None) -> Any:
    """Ingest one web-form report like an uploaded file (source kommun); returns the BatchSummary."""
    stamp = (now or dt.datetime.now(weeks.TZ)).strftime("%Y%m%d-%H%M%S-%f")
    # A send that fails (no category, a date in the future …) shows its reason and stores no batch.
    return ingest(
        io.BytesIO(report_csv(values)),
        f"webbformulär-{stamp}.csv",
        "kommun",
        submitted_by or "webbformulär",
        keep_failed=False,
    )


@scoped_cache(show_spinner=False, max_entries=32)
def pin_map_html(url: str, lat: float, lon: float) -> str:
    """The areas and one pin (the web form's coordinates) on a self-hosted map."""
    from dashboard import maps  # folium: only on the form's map
    from lagesbild.geo import to_sweref

    east, north = (float(v[0]) for v in to_sweref(np.array([lat]), np.array([lon])))
    pin = pd.DataFrame(
        {
            "east": [east],
            "north": [north],
            "category_label": ["Din markering"],
            "place": [f"{lat:.5f}, {lon:.5f}"],
        }
    )
    frame = areas(url)
    # Open on the area the pin lies in, or the nearest one, with the pin in view however far off it is.
    distance = frame.geometry.distance(Point(east, north))
    nearest = [str(frame.loc[distance.idxmin(), "name"])] if len(frame) else None
    style = {"radius": 9, "color": "#ffffff", "weight": 2.5, "fillColor": "#c62828", "fillOpacity": 1}
    fmap = maps.build_map(
        frame, points=pin, focus=nearest, frame_points=True, point_name="Din markering", point_style=style
    )
    return maps.render_html(fmap)


FORM_FIELDS = {
    "Tid": "Klockslag",
    "Lat": "Koordinater",
    "Lon": "Koordinater",
    "Lat/Lon": "Koordinater",
    "Rapportör": "Rapporterande enhet",
}


def form_reasons(errors: list[dict[str, Any]]) -> list[str]:
    """The pipeline's reasons for a rejected web-form row, worded for the form: without the file name
    and row number, under the form's field names."""
    import re

    reasons = []
    for error in errors:
        text = re.sub(r"^.*? rad \d+, kolumn [^:]+: ", "", str(error.get("reason", "")))
        field = FORM_FIELDS.get(str(error.get("column") or ""), str(error.get("column") or ""))
        reasons.append(text if not field or text.startswith(field) else f"{field}: {text}")
    return reasons
