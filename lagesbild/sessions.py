"""Server-side sessions of local accounts: a login that survives a reload, and a logout that ends it.

On login the dashboard gets a random token (`create`) and keeps it in a cookie; the database keeps only
its SHA-256, with the user name and kommuner as configured at login, so a copy of the database lets no
one in. A new browser session with the cookie is logged in again (`resume`) while the token is

- not revoked (logging out revokes it: `revoke`),
- younger than the absolute limit (`LAGESBILD_SESSION_MAX_HOURS`), and
- used within the idle limit (`LAGESBILD_SESSION_IDLE_MINUTES`; `touch` while the tab is open).

The caller checks that the user is still configured with the same kommuner (the role is always read
from the configuration, never from here). Creating, resuming and revoking write their audit entry in
the same transaction; expired rows are deleted as new ones are created.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, and_, delete, or_, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db, settings

TOKEN_BYTES = 32
MAX_TOKEN_LENGTH = 100  # a cookie longer than any token is not looked up at all


@dataclass(frozen=True)
class LoginSession:
    username: str
    kommuner: tuple[str, ...]
    created_at: dt.datetime
    expires_at: dt.datetime


def idle_limit() -> dt.timedelta:
    return dt.timedelta(minutes=max(1, settings.get_int("session_idle_minutes")))


def absolute_limit() -> dt.timedelta:
    return dt.timedelta(hours=max(1, settings.get_int("session_max_hours")))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


def create(engine: Engine, username: str, kommuner: list[str], now: dt.datetime | None = None) -> str:
    """A new session for `username` (just logged in with their password): returns the token for the
    cookie, which is stored nowhere else."""
    now = _now(now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    t = db.login_sessions
    with engine.begin() as conn:
        idle = t.c.last_seen_at <= now - idle_limit()
        ended = or_(t.c.expires_at <= now, idle, t.c.revoked_at.is_not(None))
        conn.execute(delete(t).where(ended))
        conn.execute(
            t.insert().values(
                token_hash=_hash(token),
                username=username,
                kommuner=",".join(sorted(kommuner)),
                created_at=now,
                last_seen_at=now,
                expires_at=now + absolute_limit(),
            )
        )
        audit.record(conn, username, "login", via="lösenord")
    return token


def _valid(conn: Connection, token: str, now: dt.datetime) -> LoginSession | None:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    t = db.login_sessions
    row = conn.execute(
        select(t.c.username, t.c.kommuner, t.c.created_at, t.c.expires_at).where(
            and_(
                t.c.token_hash == _hash(token),
                t.c.revoked_at.is_(None),
                t.c.expires_at > now,
                t.c.last_seen_at > now - idle_limit(),
            )
        )
    ).first()
    if row is None:
        return None
    kommuner = tuple(k for k in str(row.kommuner).split(",") if k)
    return LoginSession(str(row.username), kommuner, row.created_at, row.expires_at)


def _seen(conn: Connection, token: str, now: dt.datetime) -> None:
    t = db.login_sessions
    conn.execute(update(t).where(t.c.token_hash == _hash(token)).values(last_seen_at=now))


def resume(engine: Engine, token: str, now: dt.datetime | None = None) -> LoginSession | None:
    """The session a cookie's token stands for, if it is still valid (then it counts as activity and
    the new browser session is audited as a login), else None."""
    now = _now(now)
    with engine.begin() as conn:
        found = _valid(conn, token, now)
        if found is not None:
            _seen(conn, token, now)
            audit.record(conn, found.username, "login", via="sparad inloggning")
    return found


def touch(engine: Engine, token: str, now: dt.datetime | None = None) -> bool:
    """Activity in an open tab: keeps the session from going idle. False when it has ended (revoked,
    e.g. by logging out in another tab, or expired): the tab is then logged out too."""
    now = _now(now)
    with engine.begin() as conn:
        found = _valid(conn, token, now)
        if found is not None:
            _seen(conn, token, now)
    return found is not None


def revoke(engine: Engine, token: str, actor: str | None, now: dt.datetime | None = None) -> bool:
    """Log out: the token no longer logs anyone in, on any tab or replica. True if it was valid."""
    now = _now(now)
    t = db.login_sessions
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return False
    with engine.begin() as conn:
        result = conn.execute(
            update(t)
            .where(and_(t.c.token_hash == _hash(token), t.c.revoked_at.is_(None)))
            .values(revoked_at=now)
        )
        revoked = bool(result.rowcount)
        if revoked:
            audit.record(conn, actor, "logout")
    return revoked
