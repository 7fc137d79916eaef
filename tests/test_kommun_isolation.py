"""Two kommuner's users are isolated: the role holds in the user's kommun(er) only (access), the CLI
reads one kommun (SQLite and PostGIS), and on PostgreSQL row-level security enforces it in the database
for a restricted role, whatever query it runs."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import ProgrammingError

from lagesbild import access, db
from tests.test_kommun_multi import _two_kommuner


def test_a_role_holds_in_the_users_own_kommuner_only() -> None:
    nacka = access.kommuner_of({"role": "samordnare", "kommuner": ["0182"]})
    assert nacka == ["0182"]
    assert access.can_in_kommun("samordnare", access.VIEW_INTERNAL, nacka, "0182")
    assert not access.can_in_kommun("samordnare", access.VIEW_INTERNAL, nacka, "0480")
    assert not access.can_in_kommun("samordnare", access.VIEW_SHARED, nacka, None)
    assert access.kommuner_of({"role": "läsare", "kommun": "480"}) == ["0480"]
    # Fail-closed: no kommuner configured, or nonsense, is no kommun, never all of them.
    assert access.kommuner_of({"role": "samordnare"}) == []
    assert access.kommuner_of({"kommuner": {"a": 1}}) == []
    assert not access.can_in_kommun("samordnare", access.VIEW_SHARED, [], "0182")


@pytest.mark.postgis
def test_row_level_security_limits_a_restricted_role_to_its_kommun(
    postgis_engine: Engine, tmp_path: Path
) -> None:
    _two_kommuner(postgis_engine, tmp_path)
    role = f"lagesbild_reader_{uuid.uuid4().hex[:8]}"
    with postgis_engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO "{role}"'))
        conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))

    def as_reader(codes: list[str] | None, sql: str) -> list[tuple[object, ...]]:
        with postgis_engine.begin() as conn:
            conn.execute(text(f'SET LOCAL ROLE "{role}"'))
            if codes is not None:
                db.scope_to_kommuner(conn, codes)
            return [tuple(r) for r in conn.execute(text(sql)).all()]

    try:
        every = "SELECT kommun_code, count(*) FROM incidents GROUP BY kommun_code ORDER BY 1"
        assert as_reader(None, every) == []  # no kommun set: nothing (fail-closed)
        assert as_reader([], every) == []
        assert as_reader(["0182"], every) == [("0182", 2)]
        assert as_reader(["0480"], every) == [("0480", 1)]
        assert as_reader(["0182", "0480"], every) == [("0182", 2), ("0480", 1)]
        # Areas, organisations and the kommun list too; a join cannot reach the other kommun's rows.
        assert as_reader(["0182"], "SELECT DISTINCT kommun_code FROM areas") == [("0182",)]
        assert as_reader(["0480"], "SELECT code FROM kommuner") == [("0480",)]
        joined = (
            "SELECT count(*) FROM incidents i JOIN organisations o ON o.id = i.organisation_id "
            "WHERE o.kommun_code = '0480'"
        )
        assert as_reader(["0182"], joined) == [(0,)]
        # Writing into another kommun is refused by the database.
        with pytest.raises(ProgrammingError, match="row-level security"):
            as_reader(
                ["0182"],
                "INSERT INTO area_status (area_id, iso_week, status, decided_at, kommun_code) "
                "SELECT id, '2026-W10', 'röd', now(), '0480' FROM areas LIMIT 1 RETURNING id",
            )
        # The owner (db init, ingest, the CLI) is not limited.
        with postgis_engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM incidents")).scalar() == 3
    finally:
        with postgis_engine.begin() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
