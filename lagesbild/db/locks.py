"""The locks that serialise writers: schema creation (`lock_schema`) and ingests (`lock_for_ingest`),
a PostgreSQL advisory lock or SQLite's single write lock."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from lagesbild.db.engine import SQLITE_BUSY_SECONDS, is_postgis

INGEST_LOCK = 7_305_2026  # an arbitrary constant naming the ingest lock
_SCHEMA_LOCK = INGEST_LOCK + 1  # serialises schema creation (init_db)


def lock_schema(conn: Connection) -> None:
    """Serialise schema changes; the first statement of the transaction.

    Several processes may open a new database at once (two ingests, the dashboard): without a lock both
    see no table and the second fails on "already exists" (PostgreSQL's IF NOT EXISTS is not safe against
    a concurrent CREATE). SQLite runs DDL outside a transaction unless one is begun: BEGIN IMMEDIATE also
    makes schema + categories all-or-nothing when the process is killed.
    tests/test_concurrency.py::test_first_use_by_four_processes_at_once, tests/test_faults.py.
    """
    if is_postgis(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock before the existence checks


INGEST_WAIT_SECONDS = 3600  # how long an ingest waits for another one before giving up
_WAIT_POLL_MS = 1000


def lock_for_ingest(
    conn: Connection,
    waiting: Callable[[float], None] | None = None,
    max_wait: float = INGEST_WAIT_SECONDS,
) -> None:
    """Serialise ingests: overlapping files loaded at once must not insert the same key twice.

    The first statement of the ingest's transaction. PostgreSQL: a transaction-level advisory lock
    (readers are not blocked). SQLite: BEGIN IMMEDIATE, the database's single write lock. Either way a
    second ingest waits its turn (up to ``max_wait`` seconds) instead of failing on SQLite's 30-second
    busy timeout, and ``waiting`` is called with the seconds waited so far (about once a second) so
    that the caller can say so.
    """
    if is_postgis(conn):
        params = {"key": INGEST_LOCK}
        if not conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), params).scalar():
            if waiting is not None:
                waiting(0.0)
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), params)
        return
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    started = time.monotonic()
    cursor.execute(f"PRAGMA busy_timeout = {_WAIT_POLL_MS}")
    try:
        while True:
            try:
                cursor.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if "locked" not in str(exc) or waited > max_wait:
                    raise
                if waiting is not None:
                    waiting(waited)
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_SECONDS * 1000}")
        cursor.close()
