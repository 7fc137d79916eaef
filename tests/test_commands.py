"""lagesbild.commands: each write stores its audit entry in the same transaction, on SQLite and PostGIS.

A failure while the audit entry is written (planted after the real insert) rolls back both the
change and the entry.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from lagesbild import audit, commands, db
from lagesbild.errors import NotFound, UserInputError
from tests.factories import populate

WEEK = "2026-W47"
AREA = "Fisksätra"
DAY = dt.date(2026, 11, 18)


def _audit(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(db.audit_log.c.actor, db.audit_log.c.action, db.audit_log.c.details)).all()
    return [{"actor": r.actor, "action": r.action, **json.loads(r.details or "{}")} for r in rows]


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(db.metadata.tables[table])).scalar_one())


@pytest.fixture
def base(engine: Engine) -> Engine:
    db.init_db(engine)
    populate(
        engine,
        [{"area": AREA, "category": "klotter", "when": dt.datetime(2026, 11, 18, 12, tzinfo=dt.UTC)}],
        approve=False,
    )
    return engine


def _status(engine: Engine) -> None:
    commands.save_area_status(engine, AREA, WEEK, "röd", "hot mot personal", "Anna")


def _review(engine: Engine) -> None:
    with engine.connect() as conn:
        ids = [int(v) for v in conn.execute(select(db.incidents.c.id)).scalars()]
    assert commands.mark_reviewed(engine, ids, {ids[0]: "Klotter på väggen."}, "Anna") == len(ids)


def _measure(engine: Engine) -> None:
    commands.add_measure(
        engine, AREA, "klotter", "Snabbsanering", None, DAY, None, "pågående", None, actor="Anna"
    )


def _update(engine: Engine) -> None:
    _measure(engine)
    with engine.begin() as conn:  # only the update's own entry is checked below
        conn.execute(db.audit_log.delete())
    with engine.connect() as conn:
        measure_id = int(conn.execute(select(func.max(db.measures.c.id))).scalar_one())
    commands.update_measure(engine, measure_id, "slutförd", "Klottret borta", actor="Anna")


def _event(engine: Engine) -> None:
    commands.add_upcoming_event(engine, DAY, AREA, "Match", None, "Fritidsgården", actor="Anna")


def _changed(engine: Engine, name: str) -> bool:
    """Whether the command's change is in the database."""
    with engine.connect() as conn:
        if name == "status":
            return _count(engine, "area_status") == 1
        if name == "review":
            return bool(
                conn.execute(
                    text("SELECT count(*) FROM incidents WHERE review_status = 'granskad'")
                ).scalar_one()
            )
        if name == "measure":
            return _count(engine, "measures") == 1
        if name == "update":
            return conn.execute(select(db.measures.c.status)).scalar_one() == "slutförd"
        return _count(engine, "upcoming_events") == 1


COMMANDS: dict[str, tuple[Callable[[Engine], None], str, dict[str, Any]]] = {
    "status": (_status, "status", {"area": AREA, "week": WEEK, "status": "röd"}),
    "review": (_review, "review", {}),
    "measure": (_measure, "measure", {"change": "ny", "title": "Snabbsanering", "status": "pågående"}),
    "update": (_update, "measure", {"change": "uppdaterad", "status": "slutförd"}),
    "event": (_event, "event", {"change": "ny", "title": "Match", "area": AREA}),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_writes_its_change_and_its_audit_entry(base: Engine, name: str) -> None:
    run, action, details = COMMANDS[name]
    run(base)
    assert _changed(base, name)
    entries = [e for e in _audit(base) if e["action"] == action]
    assert len(entries) == 1
    assert entries[0]["actor"] == "Anna"
    assert details.items() <= entries[0].items()


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_failure_in_the_audit_entry_rolls_back_the_change_too(
    base: Engine, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, action, _ = COMMANDS[name]
    real = audit.record

    def failing(conn: Any, actor: str | None, act: str, **details: Any) -> None:
        real(conn, actor, act, **details)  # the entry is written, then the transaction fails
        if act == action:
            raise RuntimeError("planterat fel")

    if name == "update":
        _measure(base)  # the measure itself is created before the failure is planted
        monkeypatch.setattr(audit, "record", failing)
        with base.connect() as conn:
            measure_id = int(conn.execute(select(func.max(db.measures.c.id))).scalar_one())
        entries_before = len(_audit(base))
        with pytest.raises(RuntimeError, match="planterat fel"):
            commands.update_measure(base, measure_id, "slutförd", "Klottret borta", actor="Anna")
        assert not _changed(base, name)
        assert len(_audit(base)) == entries_before
        return
    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(RuntimeError, match="planterat fel"):
        run(base)
    assert not _changed(base, name)
    assert not [e for e in _audit(base) if e["action"] == action]


def test_user_errors_are_lagesbild_errors_and_write_nothing(base: Engine) -> None:
    with pytest.raises(UserInputError, match="grön, gul eller röd"):
        commands.save_area_status(base, AREA, WEEK, "blå", None, "Anna")
    with pytest.raises(UserInputError, match="rubrik"):
        commands.add_measure(base, AREA, None, " ", None, DAY, None, "planerad", None, actor="Anna")
    with pytest.raises(NotFound, match="Okänt område: Atlantis"):
        commands.add_upcoming_event(base, DAY, "Atlantis", "Match", None, None, actor="Anna")
    with pytest.raises(NotFound, match="finns inte"):
        commands.update_measure(base, 999, "slutförd", None, actor="Anna")
    assert _audit(base) == []
