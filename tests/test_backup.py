"""Backup and restore round-trip on both engines."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select, text

from lagesbild import db
from lagesbild.backup import backup, restore
from tests.factories import populate, weekly_spec


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(db.incidents)).scalar_one())


def test_backup_restore_round_trip(engine: Engine, tmp_path: Path) -> None:
    populate(engine, weekly_spec(weeks=3))
    before = _count(engine)
    dump = tmp_path / "lagesbild.backup"
    backup(engine, dump)
    assert dump.stat().st_size > 0
    with engine.begin() as conn:  # an accident after the backup
        conn.execute(text("DELETE FROM incidents"))
    assert _count(engine) == 0
    restore(engine, dump)
    assert _count(engine) == before > 0
    with engine.connect() as conn:  # geometry survives (PostGIS: a real geometry column)
        assert str(conn.execute(select(db.areas.c.geom)).scalars().first()).startswith("MULTIPOLYGON")
