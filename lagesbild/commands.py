"""The writes people make from the dashboard: status decisions, granskning, insatser and kommande
händelser. Reads are in lagesbild.queries.

Every command takes the acting user (`actor`) and writes its audit entry in the same transaction as
the change, so the log and the data never disagree: if either fails, neither is stored.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db, queries
from lagesbild.errors import NotFound, UserInputError
from lagesbild.vocabulary import MEASURE_STATUSES, STATUSES, ReviewState

i, a = db.incidents, db.areas


def _scoped(column: Any) -> list[Any]:
    """Under `queries.kommun_scope` (a dashboard page, the CLI's --kommun) a write reaches the rows of
    that kommun only: an area name or a row id of another kommun is not found."""
    code = queries.current_kommun()
    return [] if code is None else [column == code]


def _area_id(conn: Connection, area: str) -> int:
    area_id = conn.execute(
        select(a.c.id).where(a.c.name == area, *_scoped(a.c.kommun_code))
    ).scalar_one_or_none()
    if area_id is None:
        raise NotFound(f"Okänt område: {area}")
    return int(area_id)


def _measure_status(status: str) -> None:
    if status not in MEASURE_STATUSES:
        raise UserInputError(f"Status måste vara planerad, pågående eller slutförd, inte {status!r}")


def _kommun_of(conn: Connection, area: str) -> str | None:
    """The kommun an area belongs to: what its status decisions, measures and events belong to."""
    return conn.execute(
        select(db.areas.c.kommun_code).where(db.areas.c.name == area, *_scoped(db.areas.c.kommun_code))
    ).scalar()


def save_area_status(
    engine: Engine, area: str, week: str, status: str, comment: str | None, actor: str | None
) -> None:
    """Record the working group's decision (decided by `actor`); earlier decisions stay as history."""
    if status not in STATUSES:
        raise UserInputError(f"Status måste vara grön, gul eller röd, inte {status!r}")
    with engine.begin() as conn:
        conn.execute(
            db.area_status.insert().values(
                area_id=_area_id(conn, area),
                kommun_code=_kommun_of(conn, area),
                iso_week=week,
                status=status,
                comment=comment or None,
                decided_by=actor or None,
                decided_at=dt.datetime.now(dt.UTC),
            )
        )
        audit.record(conn, actor, "status", area=area, week=week, status=status)


def mark_reviewed(
    engine: Engine, ids: Sequence[int], descriptions: dict[int, str] | None, actor: str | None
) -> int:
    """Mark incidents granskad; optionally replace their redacted text (the coordinator's edit)."""
    descriptions = descriptions or {}
    with engine.begin() as conn:
        for incident_id, text in descriptions.items():
            conn.execute(
                update(i).where(i.c.id == incident_id, *_scoped(i.c.kommun_code)).values(description=text)
            )
        result = conn.execute(
            update(i)
            .where(i.c.id.in_(list(ids)), *_scoped(i.c.kommun_code))
            .values(review_status=ReviewState.REVIEWED.value, updated_at=dt.datetime.now(dt.UTC))
        )
        audit.record(conn, actor, "review", incidents=list(ids), edited=sorted(descriptions))
        return int(result.rowcount or 0)


def add_measure(
    engine: Engine,
    area: str,
    category: str | None,
    title: str,
    description: str | None,
    start_date: dt.date,
    end_date: dt.date | None,
    status: str,
    responsible: str | None,
    *,
    actor: str | None,
) -> int:
    """Create an insats; returns its id."""
    _measure_status(status)
    if not title.strip():
        raise UserInputError("En insats behöver en rubrik")
    if end_date is not None and end_date < start_date:
        raise UserInputError("Slutdatum kan inte ligga före startdatum")
    with engine.begin() as conn:
        result = conn.execute(
            db.measures.insert().values(
                area_id=_area_id(conn, area),
                kommun_code=_kommun_of(conn, area),
                category=category or None,
                title=title.strip(),
                description=description or None,
                start_date=start_date,
                end_date=end_date,
                status=status,
                responsible=responsible or None,
                created_at=dt.datetime.now(dt.UTC),
            )
        )
        measure_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        audit.record(conn, actor, "measure", change="ny", area=area, title=title.strip(), status=status)
        return measure_id


def update_measure(
    engine: Engine, measure_id: int, status: str, follow_up: str | None, *, actor: str | None
) -> None:
    """Change an insats' status and its follow-up note."""
    _measure_status(status)
    with engine.begin() as conn:
        result = conn.execute(
            update(db.measures)
            .where(db.measures.c.id == measure_id, *_scoped(db.measures.c.kommun_code))
            .values(status=status, follow_up=follow_up or None)
        )
        if not result.rowcount:
            raise NotFound(f"Insatsen {measure_id} finns inte")
        audit.record(conn, actor, "measure", change="uppdaterad", id=int(measure_id), status=str(status))


def add_upcoming_event(
    engine: Engine,
    event_date: dt.date,
    area: str | None,
    title: str,
    description: str | None,
    organisation: str | None,
    *,
    actor: str | None,
    reviewed: bool = False,
) -> int:
    """Register a kommande händelse by hand (area None = the whole kommun); returns its id. `reviewed`:
    entered by someone who may review (the samordnare), so it needs no second look."""
    if not title.strip():
        raise UserInputError("En händelse behöver en rubrik")
    with engine.begin() as conn:
        result = conn.execute(
            db.upcoming_events.insert().values(
                source_key=f"manuell:{uuid.uuid4().hex}",
                event_date=event_date,
                area_id=_area_id(conn, area) if area else None,
                kommun_code=_kommun_of(conn, area) if area else queries.current_kommun(),
                title=title.strip(),
                description=description or None,
                organisation=organisation or None,
                review_status=ReviewState.REVIEWED if reviewed else ReviewState.RECEIVED,
            )
        )
        event_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        audit.record(conn, actor, "event", change="ny", date=event_date, area=area, title=title.strip())
        return event_id


def review_events(engine: Engine, ids: Sequence[int], *, actor: str | None) -> int:
    """Mark kommande händelser granskad (then shown outside the internal view), with the audit entry."""
    e = db.upcoming_events
    with engine.begin() as conn:
        result = conn.execute(
            update(e)
            .where(e.c.id.in_(list(ids)), *_scoped(e.c.kommun_code))
            .values(review_status=ReviewState.REVIEWED)
        )
        audit.record(conn, actor, "event", change="granskad", events=list(ids))
        return int(result.rowcount or 0)
