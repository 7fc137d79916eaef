"""The SQLAlchemy schema (SQLite) and sql/*.sql (PostGIS) describe the same tables and columns."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

from lagesbild import db


def _columns(engine: Engine) -> dict[str, set[str]]:
    inspector = inspect(engine)
    names = [n for n in inspector.get_table_names() if n != "spatial_ref_sys"]
    return {name: {c["name"] for c in inspector.get_columns(name)} for name in names}


def test_sqlite_schema_has_every_table(sqlite_engine: Engine) -> None:
    expected = {t.name: {c.name for c in t.columns} for t in db.metadata.sorted_tables}
    assert _columns(sqlite_engine) == expected


@pytest.mark.postgis
@pytest.mark.filterwarnings("ignore:Did not recognize type 'geometry'")
def test_postgis_ddl_matches_the_app_schema(postgis_url: str) -> None:
    engine = create_engine(postgis_url)
    with engine.begin() as conn:
        for path in sorted(db.SQL_DIR.glob("*.sql")):
            conn.exec_driver_sql(path.read_text(encoding="utf-8"))
    expected = {t.name: {c.name for c in t.columns} for t in db.metadata.sorted_tables}
    assert _columns(engine) == expected
    with engine.connect() as conn:
        geometry: dict[str, str] = dict(
            conn.execute(
                text(
                    "SELECT f_table_name || '.' || f_geometry_column, type || ':' || srid FROM "
                    "geometry_columns"
                )
            ).all()
        )
        gist = set(
            conn.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexdef ILIKE '%USING gist%'")
            ).scalars()
        )
    assert geometry == {
        "areas.geom": "MULTIPOLYGON:3006",
        "places.geom": "POINT:3006",
        "addresses.geom": "POINT:3006",
        "incidents.geom": "POINT:3006",
    }
    assert {"ix_areas_geom", "ix_incidents_geom"} <= gist
    engine.dispose()


@pytest.mark.postgis
def test_postgis_ddl_runs_twice(postgis_url: str) -> None:
    engine = db.make_engine(postgis_url)
    db.init_db(engine)
    db.init_db(engine)  # a DBA re-running the file must not fail
    assert db.schema_exists(engine)
    engine.dispose()


def test_categories_seeded_with_sensitive_flags(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as conn:
        rows: dict[str, int] = dict(conn.execute(text("SELECT code, sensitive FROM categories")).all())
    assert rows["klotter"] == 0 and rows["sexualbrott"] == 1 and "ovrigt" in rows
