"""A database made before issue 13 (no kommuner, no layers, no kommun_code) is upgraded additively:
`db upgrade` adds the tables and columns, existing areas stay active, and `kommun add` then works."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select, text

from lagesbild import db
from lagesbild.cli import main
from lagesbild.reference import store_reference
from lagesbild.schema_upgrade import SchemaDrift, schema_drift, upgrade_db
from tests.factories import reference
from tests.kommun_support import engine_url

NEW_COLUMNS = {
    "areas": ["code", "aliases", "layer", "active"],
    "incidents": ["kommun_code"],
    "upcoming_events": ["kommun_code"],
    "measures": ["kommun_code"],
    "area_status": ["kommun_code"],
    "organisations": ["kommun_code"],
}
NEW_TABLES = ["kommuner", "reporters", "unknown_labels"]


def _make_it_pre_kommun(engine: Engine) -> None:
    postgis = db.is_postgis(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_incidents_kommun_week"))
        # Newer than the kommun columns, and on kommun_code (SQLite refuses to drop an indexed column).
        conn.execute(text("DROP INDEX ix_incidents_week_area_category_counted"))
        for table in NEW_TABLES:
            conn.execute(text(f"DROP TABLE {table}"))
        for table, columns in NEW_COLUMNS.items():
            if postgis:  # the row-level security policy depends on kommun_code
                conn.execute(text(f"DROP POLICY IF EXISTS kommun_isolation ON {table}"))
                conn.execute(text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
            for column in columns:
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))


def test_a_pre_kommun_database_is_upgraded_and_takes_kommun_add(engine: Engine, tmp_path: Path) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())
    _make_it_pre_kommun(engine)
    drift = schema_drift(engine)
    assert set(drift.missing_tables) == set(NEW_TABLES)
    assert ("areas", "active") in drift.missing_columns and (
        "incidents",
        "kommun_code",
    ) in drift.missing_columns
    upgrade_db(engine)
    assert schema_drift(engine) == SchemaDrift()
    with engine.connect() as conn:
        actives = set(conn.execute(select(db.areas.c.active)).scalars())
    assert actives == {True}  # the areas an older version stored stay in use
    assert main(["kommun", "add", "0182", "--db", engine_url(engine)]) == 0
    with engine.connect() as conn:
        layer = conn.execute(select(db.kommuner.c.area_layer).where(db.kommuner.c.code == "0182")).scalar()
    assert layer == "egen"  # the kommun already had its own areas: they stay the active layer
    if db.is_postgis(engine):
        with engine.connect() as conn:
            policies = conn.execute(
                text("SELECT count(*) FROM pg_policies WHERE policyname = 'kommun_isolation'")
            )
            assert (
                policies.scalar() == 8
            )  # kommuner, areas, organisations, incidents, events, measures, status, reporters
