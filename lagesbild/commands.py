"""The writes people make from the dashboard: status decisions, granskning (approve, reject with a
reason, edit text, category or area), insatser and kommande händelser. Reads are in lagesbild.queries.

Every command takes the acting user (`actor`) and writes its audit entry in the same transaction as
the change, so the log and the data never disagree: if either fails, neither is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db, queries, weeks
from lagesbild.errors import NotFound, UserInputError
from lagesbild.privacy.sensitive import UNMAPPED, content_reason
from lagesbild.vocabulary import MEASURE_STATUSES, STATUSES, LocationPrecision, ReviewState

i, a, c = db.incidents, db.areas, db.categories


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
    """Mark incidents granskad (a rejected one stays rejected); optionally replace their redacted text.
    For bulk approval (the CLI, tests); the review page uses `review_incidents`."""
    descriptions = descriptions or {}
    with engine.begin() as conn:
        for incident_id, text in descriptions.items():
            conn.execute(
                update(i).where(i.c.id == incident_id, *_scoped(i.c.kommun_code)).values(description=text)
            )
        result = conn.execute(
            update(i)
            .where(
                i.c.id.in_(list(ids)),
                i.c.review_status != ReviewState.REJECTED.value,
                *_scoped(i.c.kommun_code),
            )
            .values(review_status=ReviewState.REVIEWED.value, updated_at=dt.datetime.now(dt.UTC))
        )
        audit.record(conn, actor, "review", incidents=list(ids), edited=sorted(descriptions))
        return int(result.rowcount or 0)


@dataclass(frozen=True)
class RowEdit:
    """A coordinator's change to one waiting report; None = left as it is."""

    incident_id: int
    description: str | None = None
    category: str | None = None  # an EST category code (lagesbild/categories.py)
    area: str | None = None  # the name of one of the kommun's active areas


@dataclass(frozen=True)
class ReviewOutcome:
    approved: int = 0
    rejected: int = 0
    edited: int = 0


# Kept at area level when a report leaves a sensitive category: what it was reported as still tells.
WAS_SENSITIVE = "känslig kategori före omklassning"
REVIEW_COLUMN = "Granskning"  # the column a rejection is listed under among the batch's rejected rows


def review_incidents(
    engine: Engine,
    *,
    approve: Sequence[int] = (),
    reject: Mapping[int, str] | None = None,
    edits: Sequence[RowEdit] = (),
    actor: str | None,
) -> ReviewOutcome:
    """One review round in one transaction: save the edits (text, category, area), then approve and
    reject. A rejected report becomes a rejected row of its batch (loaded − 1, rejected + 1, the reason
    among the batch's rejected rows), so the batch still accounts for every input row, and leaves every
    count and list. Only reports still waiting (inkommen, not a linked duplicate) can be reviewed."""
    reject = {int(k): " ".join(str(v).split()) for k, v in (reject or {}).items()}
    approve = [int(v) for v in approve if int(v) not in reject]
    for incident_id, reason in reject.items():
        if not reason:
            raise UserInputError(f"Ange ett skäl för att avvisa rapport {incident_id}")
    with engine.begin() as conn:
        waiting = _waiting(conn, {*approve, *reject, *(e.incident_id for e in edits)})
        edited = sum(_edit(conn, waiting[e.incident_id], e, actor) for e in edits)
        if approve:
            conn.execute(
                update(i)
                .where(i.c.id.in_(approve))
                .values(review_status=ReviewState.REVIEWED.value, updated_at=dt.datetime.now(dt.UTC))
            )
            audit.record(conn, actor, "review", incidents=sorted(approve))
        if reject:  # read again: the rejected row lists the text as edited (a name taken out stays out)
            rows = _waiting(conn, set(reject))
            for incident_id, reason in sorted(reject.items()):
                _reject(conn, rows[incident_id], reason, actor)
        return ReviewOutcome(len(approve), len(reject), edited)


def _waiting(conn: Connection, ids: set[int]) -> dict[int, Any]:
    rows = conn.execute(
        select(i, c.c.label.label("category_label"), c.c.sensitive, a.c.name.label("area"))
        .select_from(i.join(c, i.c.category == c.c.code).outerjoin(a, i.c.area_id == a.c.id))
        .where(i.c.id.in_(sorted(ids)), *_scoped(i.c.kommun_code))
    ).mappings()
    found = {int(r["id"]): r for r in rows}
    for incident_id in sorted(ids):
        row = found.get(incident_id)
        if row is None:
            raise NotFound(f"Rapport {incident_id} finns inte")
        if row["review_status"] != ReviewState.RECEIVED or row["duplicate_of"] is not None:
            raise UserInputError(f"Rapport {incident_id} väntar inte längre på granskning")
    return found


def _edit(conn: Connection, row: Any, edit: RowEdit, actor: str | None) -> bool:
    """Apply one row's edits (previous values kept in incident_history); whether anything changed.
    Privacy fails closed: text or a new category can make a report area level only, never the reverse."""
    values: dict[str, Any] = {}
    details: dict[str, Any] = {"incident": int(row["id"])}
    reason = row["privacy_reason"]
    if edit.description is not None and edit.description != (row["description"] or ""):
        values["description"] = edit.description
        details["text"] = "ändrad"
        reason = reason or content_reason(edit.description)
    if edit.category is not None and edit.category != row["category"]:
        new = conn.execute(select(c.c.label, c.c.sensitive).where(c.c.code == edit.category)).one_or_none()
        if new is None:
            raise UserInputError(f"Okänd kategori: {edit.category}")
        values["category"] = edit.category
        details["category"] = f"{row['category_label']} → {new.label}"
        if reason == UNMAPPED:  # a person has decided what it is; its text may still be sensitive
            reason = content_reason(values.get("description", row["description"]), row["place"])
        if row["sensitive"] and not new.sensitive:
            reason = reason or WAS_SENSITIVE
    if edit.area is not None and edit.area != row["area"]:
        area = conn.execute(
            select(a.c.id, a.c.kommun_code).where(
                a.c.name == edit.area, a.c.active, *_scoped(a.c.kommun_code)
            )
        ).one_or_none()
        if area is None or (row["kommun_code"] and area.kommun_code != row["kommun_code"]):
            raise UserInputError(f"{edit.area} är inget av kommunens områden")
        # The point lies in the old area: the report is placed by the area alone from now on.
        values.update(
            area_id=area.id, east=None, north=None, geom=None, location_precision=LocationPrecision.AREA.value
        )
        details["area"] = f"{row['area'] or '–'} → {edit.area}"
    if not values:
        return False
    if reason != row["privacy_reason"]:
        values["privacy_reason"] = reason
    now = dt.datetime.now(dt.UTC)
    previous = {k: row[k] for k in i.c.keys() if k not in ("raw_description", "raw_place")}
    conn.execute(
        db.incident_history.insert().values(
            incident_id=row["id"],
            changed_at=now,
            changed_by=actor or None,
            previous=json.dumps(previous, default=str, ensure_ascii=False),
        )
    )
    conn.execute(update(i).where(i.c.id == row["id"]).values(**values, updated_at=now))
    audit.record(conn, actor, "review_edit", **details)
    return True


def _reject(conn: Connection, row: Any, reason: str, actor: str | None) -> None:
    b = db.ingest_batches
    conn.execute(
        update(i)
        .where(i.c.id == row["id"])
        .values(review_status=ReviewState.REJECTED.value, updated_at=dt.datetime.now(dt.UTC))
    )
    # Only the reviewed (redacted) values: a rejected row's listing must not bring back raw text.
    shown = {
        "Tidpunkt": row["occurred_at"].astimezone(weeks.TZ).strftime("%Y-%m-%d %H:%M"),
        "Kategori": row["category_label"],
        "Område": row["area"],
        "Plats": row["place"],
        "Beskrivning": row["description"],
    }
    conn.execute(
        db.rejected_rows.insert().values(
            batch_id=row["batch_id"],
            row_number=row["row_number"],
            column_name=REVIEW_COLUMN,
            reason=f"Avvisad vid granskning: {reason}",
            raw_values=json.dumps(shown, default=str, ensure_ascii=False),
        )
    )
    conn.execute(
        update(b).where(b.c.id == row["batch_id"]).values(loaded=b.c.loaded - 1, rejected=b.c.rejected + 1)
    )
    audit.record(conn, actor, "reject", incident=int(row["id"]), batch=int(row["batch_id"]), reason=reason)


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
