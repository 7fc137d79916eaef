"""Creating the schema on a database (PostGIS: the DDL in sql/; SQLite: the tables in `tables`), the
category taxonomy, and the per-transaction kommun scope of row-level security."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import Connection

from lagesbild.categories import CategoryConfig, load_config
from lagesbild.db.engine import is_postgis
from lagesbild.db.locks import lock_schema
from lagesbild.db.tables import categories, metadata

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"


def init_db(engine: Engine) -> None:
    """Create the schema if missing (PostGIS: the DDL in sql/), then the category taxonomy."""
    with engine.begin() as conn:
        lock_schema(conn)
        create_schema(conn)
        seed_categories(conn)


def create_schema(conn: Connection) -> None:
    """The tables and indexes that are missing (PostGIS: sql/*.sql, every statement IF NOT EXISTS)."""
    if is_postgis(conn):
        for path in sorted(SQL_DIR.glob("*.sql")):
            conn.exec_driver_sql(path.read_text(encoding="utf-8"))
    else:
        metadata.create_all(conn)


def scope_to_kommuner(conn: Connection, codes: list[str]) -> None:
    """PostgreSQL: limit this transaction to these kommuner for a role under row-level security
    (sql/002_row_level_security.sql); an empty list shows nothing. SQLite has no row-level security:
    there the queries' own kommun filter (queries.kommun_scope) is the limit."""
    if is_postgis(conn):
        conn.execute(text("SELECT set_config('app.kommun', :codes, true)"), {"codes": ",".join(codes)})


def schema_exists(bind: Engine | Connection) -> bool:
    return inspect(bind).has_table("incidents")


def seed_categories(conn: Connection, config: CategoryConfig | None = None) -> None:
    """Insert or update the taxonomy rows so that the database matches the configuration."""
    table = categories
    config = config or load_config()
    existing = set(conn.execute(select(table.c.code)).scalars())
    for cat in config.categories:
        values = {"label": cat.label, "sensitive": cat.sensitive, "sort_order": cat.sort_order}
        if cat.code in existing:
            conn.execute(table.update().where(table.c.code == cat.code).values(**values))
        else:
            conn.execute(table.insert().values(code=cat.code, **values))
