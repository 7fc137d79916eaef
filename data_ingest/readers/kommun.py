"""The municipality's EST report (CSV/XLSX) and its list of kommande händelser.

Incidents: required columns Datum, Område, Kategori; optional Tid, Plats, Beskrivning, Rapportör,
N/E (SWEREF 99 TM) and Lat/Lon (WGS84). Any order, any case, extra columns are ignored (and named in a
warning). A blank Område cell is allowed (the area may follow from the point or the place); a blank
Kategori is not. Coordinates come in pairs: only N or only E is an error. Whether a point lies in
Sweden is checked later by the normaliser.

Events: required Datum and Händelse; optional Område, Beskrivning, Rapportör.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from data_ingest.readers.base import ReadResult
from data_ingest.readers.common import Cells, Column, TableSpec, iter_read_table, read_table, when
from data_ingest.readers.parsing import parse_datetime, parse_decimal

UNKNOWN_REPORTER = "okänd rapportör"

INCIDENTS = TableSpec(
    source="kommun",
    kind="incidents",
    title="kommunens EST-rapport",
    columns={
        "date": Column("Datum", required=True),
        "time": Column("Tid", ("Klockslag", "Tidpunkt")),
        "area": Column("Område", required=True),
        "place": Column("Plats"),
        "category": Column("Kategori", required=True),
        "description": Column("Beskrivning"),
        "reporter": Column("Rapportör", ("Rapporterad av", "Enhet")),
        "north": Column("N", ("Northing",)),
        "east": Column("E", ("Easting",)),
        "lat": Column("Lat", ("Latitud",)),
        "lon": Column("Lon", ("Long", "Lng", "Longitud")),
    },
    detect=("date", "category"),
)

EVENTS = TableSpec(
    source="kommun",
    kind="events",
    title="kommunens kommande händelser",
    columns={
        "date": Column("Datum", required=True),
        "area": Column("Område"),
        "title": Column("Händelse", ("Arrangemang",), required=True),
        "description": Column("Beskrivning"),
        "reporter": Column("Rapportör", ("Rapporterad av", "Enhet")),
    },
    detect=("date", "title"),
    sheet_hints=("kommande", "händelser", "arrangemang"),
)


def incident_columns(cells: Cells) -> dict[str, Any]:
    north, east = cells.pair("north", "east", parse_decimal)
    lat, lon = cells.pair("lat", "lon", parse_decimal)
    reporters = cells.text("reporter")
    return when(cells, "date", "time") | {
        "source": "kommun",
        "organisation": [r or UNKNOWN_REPORTER for r in reporters],
        "source_category": cells.require("category"),
        "area_text": cells.text("area"),
        "place_text": cells.text("place"),
        "description": cells.text("description"),
        "lat": lat,
        "lon": lon,
        "east": east,
        "north": north,
    }


def event_columns(cells: Cells) -> dict[str, Any]:
    return {
        "event_date": [p[0] if p else None for p in cells.parse("date", parse_datetime)],
        "title": cells.require("title"),
        "organisation": [r or UNKNOWN_REPORTER for r in cells.text("reporter")],
        "area_text": cells.text("area"),
        "description": cells.text("description"),
    }


def read(fileobj: BinaryIO, filename: str) -> ReadResult:
    """Incidents of a kommun EST report."""
    return read_table(INCIDENTS, incident_columns, fileobj, filename)


def iter_read(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    """Streaming variant of ``read``: one partial ReadResult per chunk of rows."""
    return iter_read_table(INCIDENTS, incident_columns, fileobj, filename, chunk_size)


def read_events(fileobj: BinaryIO, filename: str) -> ReadResult:
    """Kommande händelser (from a sheet named like "Kommande händelser" when the workbook has one)."""
    return read_table(EVENTS, event_columns, fileobj, filename)


def iter_read_events(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    return iter_read_table(EVENTS, event_columns, fileobj, filename, chunk_size)
