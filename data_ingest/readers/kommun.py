"""The municipality's EST report (CSV/XLSX) and its list of kommande händelser.

Incidents: required columns Datum, Område, Kategori; optional Tid, Plats, Beskrivning, Rapportör,
N/E (SWEREF 99 TM) and Lat/Lon (WGS84). Any order, any case, extra columns are ignored (and named in a
warning). A blank Område cell is allowed (the area may follow from the point or the place); a blank
Kategori is not. Coordinates come in pairs: only N or only E is an error. Whether a point lies in
Sweden is checked later by the normaliser.

Events: required Datum and Händelse; optional Område, Beskrivning, Rapportör.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, BinaryIO

from data_ingest.readers.base import ReadResult
from data_ingest.readers.common import (
    LOCAL,
    Column,
    RowContext,
    TableSpec,
    iter_read_table,
    local_wall_time,
    read_table,
)
from data_ingest.readers.parsing import parse_datetime, parse_decimal, parse_time

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


def when(ctx: RowContext, date_field: str, time_field: str) -> dict[str, Any]:
    """occurred wall time and precision from a date cell (maybe with a time) and a time cell;
    a non-blank time cell wins over a time inside the date cell."""
    parsed = ctx.parse(date_field, parse_datetime)
    time = ctx.parse(time_field, parse_time)
    if parsed is None or time is None:
        return {}
    date, date_time = parsed
    if time.precision == "day":
        time = date_time
    return {LOCAL: local_wall_time(date, time.time), "time_precision": time.precision}


def incident_row(ctx: RowContext) -> dict[str, Any]:
    record = when(ctx, "date", "time")
    category = ctx.require("category")
    north, east = ctx.pair("north", "east", parse_decimal)
    lat, lon = ctx.pair("lat", "lon", parse_decimal)
    record.update(
        source="kommun",
        organisation=ctx.text("reporter") or UNKNOWN_REPORTER,
        source_ref=None,
        source_category=category,
        area_text=ctx.text("area"),
        place_text=ctx.text("place"),
        description=ctx.text("description"),
        lat=lat,
        lon=lon,
        east=east,
        north=north,
        cost_sek=math.nan,
    )
    return record


def event_row(ctx: RowContext) -> dict[str, Any]:
    parsed = ctx.parse("date", parse_datetime)
    title = ctx.require("title")
    return {
        "organisation": ctx.text("reporter") or UNKNOWN_REPORTER,
        "event_date": parsed[0] if parsed else None,
        "area_text": ctx.text("area"),
        "title": title,
        "description": ctx.text("description"),
    }


def read(fileobj: BinaryIO, filename: str) -> ReadResult:
    """Incidents of a kommun EST report."""
    return read_table(INCIDENTS, incident_row, fileobj, filename)


def iter_read(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    """Streaming variant of ``read``: one partial ReadResult per chunk of rows."""
    return iter_read_table(INCIDENTS, incident_row, fileobj, filename, chunk_size)


def read_events(fileobj: BinaryIO, filename: str) -> ReadResult:
    """Kommande händelser (from a sheet named like "Kommande händelser" when the workbook has one)."""
    return read_table(EVENTS, event_row, fileobj, filename)


def iter_read_events(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    return iter_read_table(EVENTS, event_row, fileobj, filename, chunk_size)
