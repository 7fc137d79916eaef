"""The login throttle in the database (lagesbild.logins), on SQLite and PostGIS: per name, per client
address, shared by every process that opens the database, bounded, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, text

from lagesbild import logins
from lagesbild.db import make_engine

T0 = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


def _at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def _lockouts(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'lockout'")).scalar_one())


def test_one_name_is_locked_for_the_window(engine: Engine) -> None:
    for k in range(logins.MAX_PER_USER - 1):
        assert logins.record_failure(engine, "Ana", "10.0.0.1", _at(k)) is None
        assert logins.throttled(engine, "ana", "10.0.0.1", _at(k)) is None
    assert logins.record_failure(engine, " ANA ", "10.0.0.2", _at(10)) == "user"
    assert logins.throttled(engine, "ana", None, _at(11)) == "user"
    assert logins.throttled(engine, "sam", "10.0.0.3", _at(11)) is None  # other names are free
    assert _lockouts(engine) == 1
    # The first failure leaves the window: four remain, one short of the limit.
    assert logins.throttled(engine, "ana", None, _at(logins.WINDOW.total_seconds() + 0.5)) is None


def test_spraying_many_names_from_one_address_is_stopped(engine: Engine) -> None:
    reached = [
        logins.record_failure(engine, f"namn{k}", "192.0.2.7", _at(k)) for k in range(logins.MAX_PER_CLIENT)
    ]
    assert reached[:-1] == [None] * (logins.MAX_PER_CLIENT - 1) and reached[-1] == "client"
    assert logins.throttled(engine, "ett-nytt-namn", "192.0.2.7", _at(30)) == "client"
    assert logins.throttled(engine, "ett-nytt-namn", "192.0.2.8", _at(30)) is None
    assert _lockouts(engine) == 1


def test_success_clears_the_name_not_the_address(engine: Engine) -> None:
    for k in range(3):
        logins.record_failure(engine, "sam", "198.51.100.1", _at(k))
    logins.forget_user(engine, "SAM")
    with engine.connect() as conn:
        kinds = conn.execute(
            text("SELECT kind, count(*) FROM login_failures GROUP BY kind ORDER BY kind")
        ).all()
    assert [tuple(r) for r in kinds] == [("client", 3)]


def test_old_failures_are_deleted_so_the_table_stays_small(engine: Engine) -> None:
    for k in range(50):
        logins.record_failure(engine, f"n{k}", None, _at(k * 120))  # one every two minutes
    with engine.connect() as conn:
        left = int(conn.execute(text("SELECT count(*) FROM login_failures")).scalar_one())
    assert left <= logins.WINDOW.total_seconds() / 120 + 1


def test_the_state_is_shared_by_another_process_opening_the_same_database(sqlite_engine: Engine) -> None:
    """A second engine on the same file stands in for a restart or a second replica."""
    for k in range(logins.MAX_PER_USER):
        logins.record_failure(sqlite_engine, "ana", None, _at(k))
    other = make_engine(str(sqlite_engine.url))
    try:
        assert logins.throttled(other, "ana", None, _at(60)) == "user"
    finally:
        other.dispose()


@pytest.mark.parametrize("client", [None, "", "x" * 5000])
def test_odd_addresses_and_names_are_kept_bounded(sqlite_engine: Engine, client: str | None) -> None:
    logins.record_failure(sqlite_engine, "y" * 5000, client, T0)
    with sqlite_engine.connect() as conn:
        longest = conn.execute(text("SELECT max(length(key)) FROM login_failures")).scalar_one()
    assert longest == logins.KEY_LENGTH
