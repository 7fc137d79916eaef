"""Audit log: who ingested, reviewed, decided a status, exported or downloaded a PDF, and when."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from lagesbild import db, queries

ACTIONS = {
    "ingest": "läste in fil",
    "review": "granskade",
    "review_edit": "ändrade rapport vid granskning",
    "reject": "avvisade rapport",
    "status": "beslutade status",
    "measure": "ändrade insats",
    "event": "ändrade kommande händelse",
    "report": "skapade PDF",
    "export": "exporterade",
    "snapshot": "publicerade lägesbilden",
    "restore": "återställde databas",
    "lockout": "spärrade inloggning",
    "login": "loggade in",
    "logout": "loggade ut",
    "areas": "ändrade områden",
    "reporters": "ändrade rapportörsregistret",
    "labels": "mappade okänd etikett",
}


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except OSError:
        return "cli:okänd"


def record(conn: Connection, actor: str | None, action: str, **details: Any) -> None:
    if action not in ACTIONS:
        raise ValueError(f"okänd händelse i granskningsloggen: {action}")
    scope = queries.current_kommun()
    if scope is not None and "kommun" not in details:
        details = {**details, "kommun": scope}  # whose log it is (the Logg page of a kommun shows its own)
    conn.execute(
        db.audit_log.insert().values(
            at=dt.datetime.now(dt.UTC),
            actor=actor or "okänd",
            action=action,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else None,
        )
    )


def record_now(engine: Engine, actor: str | None, action: str, **details: Any) -> None:
    with engine.begin() as conn:
        record(conn, actor, action, **details)


def recent(bind: Engine | Connection, limit: int = 200) -> pd.DataFrame:
    """The newest entries; under `queries.kommun_scope` only those written in that kommun (an entry
    without a kommun, e.g. before kommuner were recorded, is no kommun's)."""
    t = db.audit_log
    query = select(t.c.at, t.c.actor, t.c.action, t.c.details).order_by(t.c.id.desc()).limit(limit)
    scope = queries.current_kommun()
    if scope is not None:
        query = query.where(t.c.details.contains(json.dumps({"kommun": scope})[1:-1]))
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            rows = conn.execute(query).mappings().all()
    else:
        rows = bind.execute(query).mappings().all()
    frame = pd.DataFrame(rows, columns=["at", "actor", "action", "details"])
    frame["action"] = frame["action"].map(lambda a: ACTIONS.get(a, a))
    return frame
