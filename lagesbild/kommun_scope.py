"""The kommun every read is limited to: a context set by a one-shot process (the CLI's report/export
--kommun) or by the dashboard per session, and the condition each query adds for it. On PostgreSQL,
row-level security (sql/002_row_level_security.sql) enforces the same limit for a restricted role."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from lagesbild import db

__all__ = ["current_kommun", "in_kommun", "kommun_scope", "kommuner_present"]

Bind = Engine | Connection
a = db.areas

# The kommun every read is limited to (a code), set by `kommun_scope`; None reads every kommun. A
# one-shot process (the CLI's report/export --kommun) sets it; on PostgreSQL, row-level security
# (sql/002_row_level_security.sql) enforces the same limit for a restricted database role.
_KOMMUN: ContextVar[str | None] = ContextVar("lagesbild_kommun", default=None)


@contextmanager
def kommun_scope(code: str | None) -> Iterator[None]:
    token = _KOMMUN.set(code)
    try:
        yield
    finally:
        _KOMMUN.reset(token)


def current_kommun() -> str | None:
    return _KOMMUN.get()


def kommuner_present(bind: Bind) -> dict[str, str]:
    """Kommun code -> proper name ("Nyköpings kommun") of every kommun the database holds: the kommuner
    table, and the kommun of any area (a database loaded before `kommun add` has areas only). Not
    limited by `kommun_scope`: the dashboard decides the scope from it."""
    from lagesbild.swedish import kommun_name

    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return kommuner_present(conn)
    table = bind.execute(select(db.kommuner.c.code, db.kommuner.c.name)).all()
    pairs = bind.execute(select(a.c.kommun_code, a.c.kommun).distinct()).all()
    names = {str(code): kommun_name(str(short)) for code, short in pairs if code and short}
    names.update({str(code): str(name) for code, name in table})
    return names


def in_kommun(column: Any) -> list[Any]:
    """The condition that `column` is the kommun of `kommun_scope`: none when no kommun is set."""
    code = _KOMMUN.get()
    return [] if code is None else [column == code]
