"""Server-side sessions of local accounts (lagesbild.sessions), on SQLite and PostGIS: a token survives
a reload until it is revoked, idle or too old; only its hash is stored; every login and logout is in the
audit log."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import Engine, text

from lagesbild import sessions
from lagesbild.db import make_engine

T0 = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def _at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def _audit(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT actor, action FROM audit_log ORDER BY id")).all()
    return [(str(r[0]), str(r[1])) for r in rows]


def test_a_token_logs_the_same_user_in_again_and_only_its_hash_is_stored(engine: Engine) -> None:
    token = sessions.create(engine, "anna", ["0182", "0180"], _at(0))
    assert len(token) >= 40
    found = sessions.resume(engine, token, _at(5))
    assert found is not None and found.username == "anna" and found.kommuner == ("0180", "0182")
    assert found.expires_at == T0 + sessions.absolute_limit()
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash, username, revoked_at FROM login_sessions")).one()
    assert stored[0] == hashlib.sha256(token.encode()).hexdigest() and token not in stored[0]
    assert stored[1:] == ("anna", None)
    assert _audit(engine) == [("anna", "login"), ("anna", "login")]
    assert sessions.resume(engine, token[:-1] + ("A" if token[-1] != "A" else "B"), _at(6)) is None
    assert sessions.resume(engine, "", _at(6)) is None and sessions.resume(engine, "x" * 5000, _at(6)) is None


def test_logout_revokes_the_token_everywhere(engine: Engine) -> None:
    token = sessions.create(engine, "anna", ["0182"], _at(0))
    other = sessions.create(engine, "anna", ["0182"], _at(1))  # a second browser
    assert sessions.revoke(engine, token, "anna", _at(2))
    assert sessions.resume(engine, token, _at(3)) is None
    assert not sessions.touch(engine, token, _at(3))  # an open tab with it is logged out too
    assert not sessions.revoke(engine, token, "anna", _at(4))  # twice: nothing more to do, no entry
    assert sessions.resume(engine, other, _at(4)) is not None
    assert [a for _, a in _audit(engine)].count("logout") == 1


def test_idle_and_absolute_expiry(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGESBILD_SESSION_IDLE_MINUTES", "30")
    monkeypatch.setenv("LAGESBILD_SESSION_MAX_HOURS", "2")
    token = sessions.create(engine, "anna", ["0182"], _at(0))
    # Activity every 20 minutes keeps it alive past the idle limit ...
    for minute in (20, 40, 60, 80, 100):
        assert sessions.touch(engine, token, _at(minute)), minute
    assert sessions.resume(engine, token, _at(119)) is not None
    # ... but never past the absolute one.
    assert sessions.resume(engine, token, _at(121)) is None
    idle = sessions.create(engine, "bo", ["0182"], _at(0))
    assert sessions.resume(engine, idle, _at(29)) is not None
    assert sessions.resume(engine, idle, _at(29 + 31)) is None


def test_ended_sessions_are_deleted_as_new_ones_come(engine: Engine) -> None:
    for k in range(20):
        token = sessions.create(engine, f"u{k}", ["0182"], _at(k * 600))  # every ten hours
        if k % 2:
            sessions.revoke(engine, token, f"u{k}", _at(k * 600 + 1))
    with engine.connect() as conn:
        left = int(conn.execute(text("SELECT count(*) FROM login_sessions")).scalar_one())
    assert left <= 2


def test_a_bad_setting_is_a_swedish_error(monkeypatch: pytest.MonkeyPatch, sqlite_engine: Engine) -> None:
    from lagesbild.errors import ConfigError

    monkeypatch.setenv("LAGESBILD_SESSION_IDLE_MINUTES", "en timme")
    with pytest.raises(ConfigError, match="LAGESBILD_SESSION_IDLE_MINUTES måste vara ett heltal"):
        sessions.create(sqlite_engine, "anna", ["0182"], _at(0))


def test_the_session_is_shared_by_another_process_opening_the_same_database(sqlite_engine: Engine) -> None:
    """A second engine on the same file stands in for a restart or a second replica."""
    token = sessions.create(sqlite_engine, "anna", ["0182"], _at(0))
    other = make_engine(str(sqlite_engine.url))
    try:
        assert sessions.resume(other, token, _at(1)) is not None
        assert sessions.revoke(other, token, "anna", _at(2))
    finally:
        other.dispose()
    assert sessions.resume(sqlite_engine, token, _at(3)) is None


def test_the_cookie_script_survives_streamlits_sanitiser() -> None:
    """DOMPurify drops a script with "<" before a letter (dashboard/a11y.py); a token is URL-safe."""
    import re

    from dashboard.auth import remember

    body = remember.cookie_script("Ab-_09", 3600).removeprefix("<script>").removesuffix("</script>")
    assert re.search(r"<[/\w!]|(--!?|\])>", body) is None
    assert '"lagesbild_session" + "=" + "Ab-_09"' in body and "3600" in body and "SameSite=Strict" in body
