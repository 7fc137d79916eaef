"""Building the engine: the database URL (given, LAGESBILD_DB or the embedded SQLite file), how it may
be printed, and SQLite's connection settings (foreign keys, WAL, busy timeout)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url

from lagesbild import settings


def database_url(url: str | None = None) -> str:
    return url or settings.get("db")


def display_url(url: str) -> str:
    """The URL as it may be printed: the password hidden, also one given libpq-style as ?password=."""
    parsed = make_url(url)
    secret = [k for k in parsed.query if k.lower() in ("password", "sslpassword")]
    return parsed.difference_update_query(secret).render_as_string(hide_password=True)


def make_engine(url: str | None = None) -> Engine:
    """The one place that builds an engine: `url`, else LAGESBILD_DB, else the embedded SQLite file."""
    url = database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: an error message must never carry row values (free text may hold personal data)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # JIT off for the app's sessions: its reads take well under a second, and PostgreSQL's JIT (on by
    # default, for any plan costed above jit_above_cost) spent 0.7 s compiling each national 18-week
    # count of Veckans lägesbild at 10 M incidents, a third of the query (bench/RESULTS.md, Stop 25).
    # After the URL's own libpq options, if any (connect_args replace the URL's `options`).
    given = parsed.query.get("options", ())
    options = " ".join([*([given] if isinstance(given, str) else given), PG_OPTIONS])
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args={"options": options})


PG_OPTIONS = "-c jit=off"  # libpq options of every PostgreSQL session (see make_engine)


SQLITE_BUSY_SECONDS = 30  # how long a SQLite connection waits for another's lock (its busy timeout)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 64 MB of page cache instead of the default 2 MB: a large import's index pages (the unique key,
    # the week and time indexes) stay in memory instead of being re-read from the OS for each insert.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """WAL mode, once per database file (it is stored in the file).

    The switch needs an exclusive lock, and SQLite answers "database is locked" at once instead of
    waiting out the busy timeout when several processes open a brand-new file together (about 1 in 100
    starts of 6 processes here). Retry within the busy timeout instead of failing the first use.
    tests/test_concurrency.py::test_first_use_by_four_processes_at_once.
    """
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    delay = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.25)


def is_postgis(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "postgresql"
