"""New incidents' stored values column by column, and their bulk insert (COPY on PostgreSQL).

Split from store.py, which decides what is new; here is only how the new rows reach the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

from data_ingest.copy_text import copy_buffer
from data_ingest.overlap import Overlap
from lagesbild import db


def _objects(values: pd.Series) -> list[Any]:
    """Python values with None for every missing one (NaN, NA, NaT), as `_none` per cell."""
    objects = values.to_numpy(dtype=object, copy=True)
    objects[pd.isna(values).to_numpy()] = None
    return objects.tolist()


def _optional(values: pd.Series, kind: type) -> list[Any]:
    return [None if v is None else kind(v) for v in _objects(values)]


def _utc_text(values: pd.Series, sep: str) -> list[str]:
    """Aware timestamps as UTC text with microseconds, vectorised ('YYYY-MM-DD HH:MM:SS.ffffff', the
    form SQLAlchemy stores on SQLite; with `sep`="T" and a zone suffix, input for COPY)."""
    stamps = pd.to_datetime(values, utc=True).to_numpy(dtype="datetime64[us]")
    return np.char.replace(np.datetime_as_string(stamps, unit="us"), "T", sep).tolist()


def new_incident_columns(
    new: pd.DataFrame,
    org_ids: dict[str, int],
    area_ids: dict[str, int],
    duplicate_of: pd.Series,
    batch_id: int | None,
    review_status: str,
    stamp: dt.datetime,
) -> dict[str, list[Any]]:
    """The stored values of new incidents column by column: the same values as `store._incident_values`
    per row (tests/test_store_columns.py), without a dict per row or SQLAlchemy's per-row binding."""
    n = len(new)
    east, north = _optional(new["east"], float), _optional(new["north"], float)
    area = new["area"].astype(object)
    return {
        "row_number": new["row"].astype("int64").tolist(),
        "source": _objects(new["source"]),
        "organisation_id": [org_ids[o] for o in new["organisation"]],
        "source_key": _objects(new["source_key"]),
        "content_hash": _objects(new["content_hash"]),
        "occurred_at": _utc_text(new["occurred_at"], " "),
        "occurred_date": _objects(new["occurred_date"]),
        "iso_week": _objects(new["iso_week"]),
        "weekday": new["weekday"].astype("int64").tolist(),
        "hour": _optional(new["hour"], int),
        "time_precision": _objects(new["time_precision"]),
        "area_id": [area_ids.get(a) if a is not None else None for a in _objects(area)],
        "category": _objects(new["category"]),
        "source_category": _objects(new["source_category"]),
        "description": _objects(new["description"]),
        "place": _objects(new["place"]),
        "east": east,
        "north": north,
        "geom": [None if e is None else f"POINT({e} {n})" for e, n in zip(east, north, strict=True)],
        "location_precision": _objects(new["location_precision"]),
        "cost_sek": _optional(new["cost_sek"], float),
        "raw_description": _objects(new["raw_description"]),
        "raw_place": _objects(new["raw_place"]),
        "privacy_reason": (
            _objects(new["privacy_reason"]) if "privacy_reason" in new.columns else [None] * n
        ),
        "kommun_code": _objects(new["kommun_code"]) if "kommun_code" in new.columns else [None] * n,
        "batch_id": [batch_id] * n,
        "duplicate_of": _optional(duplicate_of, int),
        "review_status": [review_status] * n,
        "created_at": [stamp] * n,
        "updated_at": [stamp] * n,
    }


def insert_columns(
    conn: Connection, columns: dict[str, list[Any]], analyze: bool = False, overlap: Overlap | None = None
) -> None:
    """One driver-level bulk insert of column lists: COPY on PostgreSQL, executemany on SQLite.

    On PostgreSQL `analyze` runs ANALYZE after the COPY (see `_store_generation`), and with `overlap`
    both are sent from its thread while the caller goes on (data_ingest/overlap.py)."""
    names = list(columns)
    table = db.incidents
    if db.is_postgis(conn):
        values = dict(columns)
        values["occurred_at"] = [f"{v}+00" for v in values["occurred_at"]]
        values["geom"] = [None if g is None else f"SRID={db.SRID};{g}" for g in values["geom"]]
        buffer = copy_buffer(values)  # built here: the thread keeps only these bytes, not the columns
        driver = conn.connection.driver_connection
        statement = f"COPY incidents ({', '.join(names)}) FROM STDIN"

        def send() -> None:
            with driver.cursor() as cursor:  # type: ignore[union-attr]
                with cursor.copy(statement) as copy:
                    copy.write(memoryview(buffer))
                if analyze:
                    cursor.execute("ANALYZE incidents")

        if overlap is None:
            send()
        else:
            overlap.run(send)
        return
    # Only the date/time columns need SQLAlchemy's SQLite conversion (to text); occurred_at is text already.
    values = dict(columns)
    for name in ("occurred_date", "created_at", "updated_at"):
        column_type = table.c[name].type
        process = column_type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if process is not None:
            if name in ("created_at", "updated_at"):
                values[name] = [process(values[name][0])] * len(values[name]) if values[name] else []
            else:
                values[name] = [process(v) for v in values[name]]
    sql = f"INSERT INTO incidents ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"  # noqa: S608
    conn.exec_driver_sql(sql, list(zip(*values.values(), strict=True)))
