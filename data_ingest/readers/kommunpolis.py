"""Kommunpolis' weekly excerpt (XLSX or CSV).

Columns: Händelsenr, Datum, Brottstyp (required); Klockslag, Plats, Område, Lat, Long (optional).
Datum may be an Excel date or datetime, Klockslag an Excel time or text; Lat/Long numbers or text with
decimal comma. source "polis", organisation "Kommunpolis", source_ref = Händelsenr (as text; an Excel
number loses its ".0").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from data_ingest.readers.base import ReadResult
from data_ingest.readers.common import Cells, Column, TableSpec, iter_read_table, read_table, when
from data_ingest.readers.parsing import parse_decimal

ORGANISATION = "Kommunpolis"

SPEC = TableSpec(
    source="polis",
    kind="incidents",
    title="kommunpolisens veckoutdrag",
    columns={
        "ref": Column("Händelsenr", ("Händelsenummer", "Ärendenr polis"), required=True),
        "date": Column("Datum", required=True),
        "time": Column("Klockslag", ("Tid", "Tidpunkt")),
        "category": Column("Brottstyp", ("Händelsetyp",), required=True),
        "place": Column("Plats"),
        "area": Column("Område"),
        "lat": Column("Lat", ("Latitud",)),
        "lon": Column("Long", ("Lon", "Lng", "Longitud")),
    },
    detect=("ref", "category"),
)


def columns(cells: Cells) -> dict[str, Any]:
    lat, lon = cells.pair("lat", "lon", parse_decimal)
    return when(cells, "date", "time") | {
        "source": "polis",
        "organisation": ORGANISATION,
        "source_ref": cells.require("ref"),
        "source_category": cells.require("category"),
        "area_text": cells.text("area"),
        "place_text": cells.text("place"),
        "lat": lat,
        "lon": lon,
    }


def read(fileobj: BinaryIO, filename: str) -> ReadResult:
    return read_table(SPEC, columns, fileobj, filename)


def iter_read(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[ReadResult]:
    return iter_read_table(SPEC, columns, fileobj, filename, chunk_size)
