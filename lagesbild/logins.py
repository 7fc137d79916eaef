"""Failed password logins and the throttle on them, kept in the database.

In the database, not in one process's memory, so that the throttle survives a restart and holds across
every replica of the app behind a load balancer. Two limits, each within WINDOW:

- per user name (MAX_PER_USER): a guesser trying one account is stopped;
- per client address (MAX_PER_CLIENT): a sprayer trying many names from one address is stopped too.

A throttled account can still sign in through the kommun's identity provider (OIDC), which is never
throttled here, so the lock slows a guesser without shutting the owner out for long. The moment a
limit is reached is written to the audit log ("lockout") in the same transaction as the failure.
Old rows are deleted as new ones come, so the table stays small whatever is tried.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, and_, delete, func, select
from sqlalchemy.engine import Connection

from lagesbild import audit, db

MAX_PER_USER = 5
MAX_PER_CLIENT = 20
WINDOW = dt.timedelta(minutes=15)
USER, CLIENT = "user", "client"
KEY_LENGTH = 200


def _keys(user: str, client: str | None) -> list[tuple[str, str]]:
    keys = [(USER, user.strip().casefold()[:KEY_LENGTH])]
    if client:
        keys.append((CLIENT, client.strip()[:KEY_LENGTH]))
    return keys


def _count(conn: Connection, kind: str, key: str, since: dt.datetime) -> int:
    t = db.login_failures
    query = select(func.count()).where(and_(t.c.kind == kind, t.c.key == key, t.c.at > since))
    return int(conn.execute(query).scalar_one())


def _limit(kind: str) -> int:
    return MAX_PER_USER if kind == USER else MAX_PER_CLIENT


def throttled(engine: Engine, user: str, client: str | None, now: dt.datetime | None = None) -> str | None:
    """'user' or 'client' when that limit is reached within the window, else None."""
    since = (now or dt.datetime.now(dt.UTC)) - WINDOW
    with engine.connect() as conn:
        for kind, key in _keys(user, client):
            if _count(conn, kind, key, since) >= _limit(kind):
                return kind
    return None


def record_failure(
    engine: Engine, user: str, client: str | None, now: dt.datetime | None = None
) -> str | None:
    """Store one failed login for the name and the address; returns the limit this failure reached
    ('user' or 'client'), which is then also in the audit log, or None."""
    now = now or dt.datetime.now(dt.UTC)
    t = db.login_failures
    reached = None
    with engine.begin() as conn:
        conn.execute(delete(t).where(t.c.at <= now - WINDOW))
        for kind, key in _keys(user, client):
            conn.execute(t.insert().values(at=now, kind=kind, key=key))
            if _count(conn, kind, key, now - WINDOW) == _limit(kind):
                reached = reached or kind
                audit.record(conn, key if kind == USER else None, "lockout", kind=kind, key=key)
    return reached


def forget_user(engine: Engine, user: str) -> None:
    """A successful login clears that name's failures (not the address's)."""
    t = db.login_failures
    kind, key = _keys(user, None)[0]
    with engine.begin() as conn:
        conn.execute(delete(t).where(and_(t.c.kind == kind, t.c.key == key)))
