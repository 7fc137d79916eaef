"""COPY text built column by column (data_ingest/copy_text.py) stores what psycopg's write_row stores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine

from data_ingest.copy_text import copy_text

TRICKY = [
    "vanlig text",
    "back\\slash \\N \\. och \\t",
    "tabb\there",
    "rad\nbrytning\r\nwindows",
    "\\",
    "åäö – ”citat” 😀",
    "",
    None,
]
COLUMNS: dict[str, Sequence[Any]] = {
    "n": list(range(len(TRICKY))),
    "t": TRICKY,
    "i": [1, -2, None, 0, 2**40, None, 7, 8],
    "f": [6574123.5, 0.1, None, 1e16, 1 / 3, 5e-324, -0.0, 123456.78901234567],
    "d": [dt.date(2024, 3, 1), None, dt.date(1999, 12, 31)] + [dt.date(2025, 1, 1)] * 5,
    "ts": [dt.datetime(2026, 12, 4, 19, 31, 22, 123456, tzinfo=dt.UTC)] * 7 + [None],
    # The same object in every row (converted once) and plain text without anything to escape.
    "same": [dt.datetime(2026, 12, 4, 20, 0, 1, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))] * 8,
    "plain": ["a", "b", None, "c", "", "d", "e", "f"],
}


def test_the_text_format() -> None:
    text = copy_text({"a": ["x\ty", None, "a\\b"], "b": [1, None, 2], "c": [0.5, 1e16, None]})
    assert text == "x\\ty\t1\t0.5\n\\N\t\\N\t1e+16\na\\\\b\t2\t\\N\n"
    assert copy_text({"a": []}) == ""


def test_the_server_reads_the_same_values_as_from_write_row(postgis_engine: Engine) -> None:
    columns = (
        "n integer, t text, i bigint, f double precision, d date, ts timestamptz, "
        "same timestamptz, plain text"
    )
    with postgis_engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        stored = []
        for table, by_rows in (("by_rows", True), ("by_columns", False)):
            cursor.execute(f"CREATE TEMP TABLE {table} ({columns})")
            with cursor.copy(f"COPY {table} FROM STDIN") as copy:
                if by_rows:
                    for row in zip(*COLUMNS.values(), strict=True):
                        copy.write_row(row)
                else:
                    copy.write(copy_text(COLUMNS))
            stored.append(cursor.execute(f"SELECT * FROM {table} ORDER BY n").fetchall())  # noqa: S608
        assert stored[0] == stored[1]
        assert [r[1] for r in stored[1]] == TRICKY
        assert [r[3] for r in stored[1]] == [None if f is None else f for f in COLUMNS["f"]]
