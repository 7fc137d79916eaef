"""`store.remap_unmapped` runs at every ingest: it must read only the unmapped reports through their
partial index, not scan every incident of a national database (bench/RESULTS.md, 1b)."""

from __future__ import annotations

from sqlalchemy import Engine, event, inspect

from data_ingest.store import remap_unmapped
from lagesbild.categories import load_config
from lagesbild.db import init_db, is_postgis


def test_remap_reads_the_unmapped_index(engine: Engine) -> None:
    init_db(engine)
    names = {ix["name"] for ix in inspect(engine).get_indexes("incidents")}
    assert "ix_incidents_unmapped" in names
    statements: list[tuple[str, object]] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append((a[2], a[3])))
    with engine.connect() as conn:
        assert remap_unmapped(conn, load_config()) == 0
        read, params = statements[-1]
        assert "'omappad kategori'" in read  # a literal: SQLite proves a partial index only against one
        if not is_postgis(conn):
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + read, params).all()  # type: ignore[arg-type]
            assert any("USING INDEX ix_incidents_unmapped" in str(row[-1]) for row in plan), plan
