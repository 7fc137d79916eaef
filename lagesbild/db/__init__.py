"""Schema and engine: SQLAlchemy Core tables are the source of truth for SQLite.

`sql/001_schema.sql` is the same schema for PostgreSQL + PostGIS; a test checks they match.
Geometry is the one PostGIS-specific seam (`types.Geometry`): `geometry(…,3006)` on PostGIS,
WKT text on SQLite. Points are also kept as `east`/`north` floats so that aggregation SQL is
identical on both engines.

- `types`: the Geometry and UtcDateTime column types
- `tables`: the tables and indexes
- `engine`: the database URL and the engine (SQLite's connection settings)
- `locks`: the schema and ingest locks
- `schema`: creating the schema and the category taxonomy, the kommun scope
"""

from __future__ import annotations

from sqlalchemy import Integer  # `db.Integer` is used by queries

from lagesbild.db.engine import database_url, display_url, is_postgis, make_engine
from lagesbild.db.locks import INGEST_LOCK, INGEST_WAIT_SECONDS, lock_for_ingest, lock_schema
from lagesbild.db.schema import (
    SQL_DIR,
    create_schema,
    init_db,
    schema_exists,
    scope_to_kommuner,
    seed_categories,
)
from lagesbild.db.tables import (
    UNMAPPED_REASON,
    addresses,
    area_status,
    areas,
    audit_log,
    categories,
    ignored_rows,
    incident_history,
    incidents,
    ingest_batches,
    kommuner,
    login_failures,
    login_sessions,
    measures,
    metadata,
    organisations,
    places,
    rejected_rows,
    reporters,
    unknown_labels,
    upcoming_events,
)
from lagesbild.db.types import SRID, Geometry, UtcDateTime

__all__ = [
    "INGEST_WAIT_SECONDS",
    "SQL_DIR",
    "SRID",
    "UNMAPPED_REASON",
    "INGEST_LOCK",
    "Geometry",
    "Integer",
    "UtcDateTime",
    "addresses",
    "area_status",
    "areas",
    "audit_log",
    "categories",
    "create_schema",
    "database_url",
    "display_url",
    "ignored_rows",
    "incident_history",
    "incidents",
    "ingest_batches",
    "init_db",
    "is_postgis",
    "kommuner",
    "lock_for_ingest",
    "lock_schema",
    "login_failures",
    "login_sessions",
    "make_engine",
    "measures",
    "metadata",
    "organisations",
    "places",
    "rejected_rows",
    "reporters",
    "schema_exists",
    "scope_to_kommuner",
    "seed_categories",
    "unknown_labels",
    "upcoming_events",
]
