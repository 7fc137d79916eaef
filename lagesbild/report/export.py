"""Exports of the shared, anonymised incident list: CSV, GeoJSON, GeoPackage and XLSX.

Every export is built from `shared.shared_incidents` (reviewed, counted once, redacted, generalised):
one row per incident with week, date, area, category, sources, generalised place, redacted
description, location precision, generalisation level and coordinates only where generalised.

- CSV: UTF-8 with BOM, `;` and decimal comma, so Swedish Excel opens it as it is.
- GeoJSON: WGS84 (RFC 7946); rows without a generalised point have `"geometry": null`.
- GeoPackage: SWEREF 99 TM (EPSG:3006), layer `lagesbild_handelser`; opens in QGIS.
- XLSX: the weekly tables (see below) and the incident list.

Formula injection: in CSV and XLSX a text cell that starts with `=`, `+`, `-`, `@`, tab or carriage
return gets a leading `'`, so a spreadsheet shows it as text and never runs it; XLSX cells are also
stored with the explicit text type.

Small counts in the XLSX tables (sheet "Antal per vecka": per week a table area × category with an
area total column and an "Alla områden" row):

1.–4. Primary and secondary suppression, sensitive categories only counted, each week its own table:
   `suppression` says how.

5. The CSV, GeoJSON and GeoPackage lists leave sensitive categories out as well, so that no shared file
   undoes the tables' protection of them: they exist in shared outputs only as (suppressed) counts.

The parts: `shared_list` (the list and its rows), `suppression` (the tables' small counts),
`export_writers` (one writer per format); this module checks the period and picks the writer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from lagesbild import data_range, queries
from lagesbild.errors import UserInputError
from lagesbild.report.export_writers import (
    GPKG_AREA_LAYER,
    GPKG_LAYER,
    write_csv,
    write_geojson,
    write_gpkg,
    write_xlsx,
)
from lagesbild.report.shared_list import listed_rows, shared_table
from lagesbild.report.suppression import PRIMARY, PUBLISHED, SECONDARY_STATE, suppress

FORMATS = ("csv", "geojson", "gpkg", "xlsx")


MAX_EXPORT_DAYS = 3700  # about ten years: one export's tables stay bounded in time and memory


def clamp_period(engine: Engine, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """A period longer than MAX_EXPORT_DAYS narrowed to the dates that hold data (``--from 1899-01-01
    --to 9999-12-31`` becomes the data's own range); still too long, it is refused with a message
    naming the limit. Shorter periods stay as asked (their weeks without data are part of the answer)."""
    if (end - start).days <= MAX_EXPORT_DAYS:
        return start, end
    first, last = data_range.date_range_in_data(engine)
    if first is not None and last is not None:
        start, end = max(start, first), min(end, last)
        if end < start:  # no data in the period: an empty export of its first day
            end = start
    if (end - start).days > MAX_EXPORT_DAYS:
        raise UserInputError(
            f"Perioden {start} – {end} är för lång för en export: högst {MAX_EXPORT_DAYS} dagar (omkring "
            "tio år) med data; dela upp den i flera exporter"
        )
    return start, end


def export_shared(engine: Engine, start: dt.date, end: dt.date, fmt: str, out: Path) -> int:
    """Write the shared incidents between two dates as csv, geojson, gpkg or xlsx; returns how many.

    The number is the same for every format: the listed (non-sensitive) incidents. The xlsx tables
    also count the sensitive categories (suppressed below the threshold), but never list them; it
    once returned the table total instead, so the same export said 684 as xlsx and 674 otherwise.
    """
    if fmt not in FORMATS:
        raise UserInputError(f"Okänt format {fmt!r}: välj {', '.join(FORMATS)}")
    if end < start:
        raise UserInputError("Slutdatum ligger före startdatum")
    start, end = clamp_period(engine, start, end)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    table = shared_table(engine, start, end)
    sensitive = queries.taxonomy(engine).sensitive_codes
    listed_table = listed_rows(table, sensitive)
    listed = len(listed_table)
    if fmt != "xlsx":
        table = listed_table
    if fmt == "csv":
        write_csv(table, out)
    elif fmt == "geojson":
        write_geojson(table, out)
    elif fmt == "gpkg":
        write_gpkg(engine, table, out)
    else:
        write_xlsx(engine, table, start, end, out)
    return listed


__all__ = [
    "FORMATS",
    "GPKG_AREA_LAYER",
    "GPKG_LAYER",
    "MAX_EXPORT_DAYS",
    "PRIMARY",
    "PUBLISHED",
    "SECONDARY_STATE",
    "clamp_period",
    "export_shared",
    "shared_table",
    "suppress",
]
