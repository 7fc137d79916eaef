"""Store one file's rows in one transaction: batch, incidents, duplicates, rejected and ignored rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import and_, select
from sqlalchemy.engine import Connection, CursorResult

from data_ingest.dedupe import link_duplicates
from data_ingest.readers.base import IgnoredRow, RejectedRow
from lagesbild import db, settings

_CHUNK = 500


@dataclass
class BatchSummary:
    file: str
    source: str
    kind: str
    rows: int
    loaded: int = 0
    updated: int = 0
    duplicates: int = 0
    ignored: int = 0
    rejected: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    batch_id: int | None = None

    def accounted(self) -> bool:
        return self.rows == self.loaded + self.duplicates + self.ignored + self.rejected

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "source": self.source,
            "kind": self.kind,
            "rows": self.rows,
            "loaded": self.loaded,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "ignored": self.ignored,
            "rejected": self.rejected,
            "errors": self.errors,
            "warnings": self.warnings,
        }


def _new_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def raw_json(raw: dict[str, Any]) -> str:
    return json.dumps(raw, ensure_ascii=False, default=str)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def start_batch(conn: Connection, summary: BatchSummary, sha256: str, imported_by: str | None) -> int:
    result = conn.execute(
        db.ingest_batches.insert().values(
            file_name=summary.file,
            sha256=sha256,
            source=summary.source,
            kind=summary.kind,
            rows=summary.rows,
            loaded=0,
            updated=0,
            duplicates=0,
            ignored=0,
            rejected=0,
            started_at=now(),
            imported_by=imported_by,
        )
    )
    return _new_id(result)


def finish_batch(conn: Connection, summary: BatchSummary) -> None:
    conn.execute(
        db.ingest_batches.update()
        .where(db.ingest_batches.c.id == summary.batch_id)
        .values(
            rows=summary.rows,
            loaded=summary.loaded,
            updated=summary.updated,
            duplicates=summary.duplicates,
            ignored=summary.ignored,
            rejected=summary.rejected,
            finished_at=now(),
        )
    )


def store_row_outcomes(
    conn: Connection, summary: BatchSummary, rejected: Sequence[RejectedRow], ignored: Sequence[IgnoredRow]
) -> None:
    if rejected:
        conn.execute(
            db.rejected_rows.insert(),
            [
                {
                    "batch_id": summary.batch_id,
                    "row_number": r.row,
                    "column_name": r.column,
                    "reason": r.reason,
                    "raw_values": raw_json(r.raw),
                }
                for r in rejected
            ],
        )
    if ignored:
        conn.execute(
            db.ignored_rows.insert(),
            [{"batch_id": summary.batch_id, "row_number": r.row, "reason": r.reason} for r in ignored],
        )
    summary.rejected += len(rejected)
    summary.ignored += len(ignored)
    summary.errors.extend({"row": r.row, "column": r.column, "reason": r.reason} for r in rejected)


def _organisation_ids(conn: Connection, source: str, names: Iterable[str]) -> dict[str, int]:
    table = db.organisations
    wanted = set(names)
    found = dict(
        conn.execute(
            select(table.c.name, table.c.id).where(table.c.source == source, table.c.name.in_(wanted))
        ).all()
    )
    for name in sorted(wanted - found.keys()):
        found[name] = _new_id(conn.execute(table.insert().values(name=name, source=source)))
    return found


def _existing_keys(conn: Connection, source: str, keys: list[str]) -> pd.DataFrame:
    t = db.incidents
    frames = [
        pd.DataFrame(
            conn.execute(
                select(t.c.id, t.c.source_key, t.c.content_hash).where(
                    t.c.source == source, t.c.source_key.in_(keys[i : i + _CHUNK])
                )
            ).all(),
            columns=["id", "source_key", "content_hash"],
        )
        for i in range(0, len(keys), _CHUNK)
    ]
    return pd.concat(frames) if frames else pd.DataFrame(columns=["id", "source_key", "content_hash"])


def _candidates(conn: Connection, source: str, new: pd.DataFrame, area_names: dict[int, str]) -> pd.DataFrame:
    """Earlier first reports from other sources near the new ones in time."""
    t = db.incidents
    start = pd.Timestamp(new["occurred_at"].min()).to_pydatetime() - dt.timedelta(days=1)
    end = pd.Timestamp(new["occurred_at"].max()).to_pydatetime() + dt.timedelta(days=1)
    rows = conn.execute(
        select(
            t.c.id, t.c.source, t.c.category, t.c.occurred_at, t.c.occurred_date, t.c.time_precision,
            t.c.area_id, t.c.east, t.c.north,
        ).where(
            and_(t.c.source != source, t.c.duplicate_of.is_(None), t.c.occurred_at.between(start, end))
        )
    ).mappings().all()  # fmt: skip
    frame = pd.DataFrame(rows, columns=["id", "source", "category", "occurred_at", "occurred_date",
                                        "time_precision", "area_id", "east", "north"])  # fmt: skip
    frame["area"] = frame["area_id"].map(area_names)
    return frame


def _none(value: Any) -> Any:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def _incident_values(
    row: dict[str, Any], org_ids: dict[str, int], area_ids: dict[str, int]
) -> dict[str, Any]:
    east, north = _none(row["east"]), _none(row["north"])
    return {
        "row_number": int(row["row"]),
        "source": row["source"],
        "organisation_id": org_ids[row["organisation"]],
        "source_key": row["source_key"],
        "content_hash": row["content_hash"],
        "occurred_at": pd.Timestamp(row["occurred_at"]).to_pydatetime(),
        "occurred_date": row["occurred_date"],
        "iso_week": row["iso_week"],
        "weekday": int(row["weekday"]),
        "hour": None if _none(row["hour"]) is None else int(row["hour"]),
        "time_precision": row["time_precision"],
        "area_id": area_ids.get(row["area"]) if _none(row["area"]) else None,
        "category": row["category"],
        "source_category": row["source_category"],
        "description": _none(row["description"]),
        "place": _none(row["place"]),
        "east": None if east is None else float(east),
        "north": None if north is None else float(north),
        "geom": None if east is None else f"POINT({float(east)} {float(north)})",
        "location_precision": row["location_precision"],
        "cost_sek": None if _none(row["cost_sek"]) is None else float(row["cost_sek"]),
        "raw_description": _none(row["raw_description"]),
        "raw_place": _none(row["raw_place"]),
    }


def store_incidents(
    conn: Connection,
    summary: BatchSummary,
    incidents: pd.DataFrame,
    area_ids: dict[str, int],
    overlap: object = None,
) -> None:
    """New rows are inserted, unchanged re-deliveries counted as duplicates, changed ones updated with
    their previous content kept in incident_history, and cross-source duplicates linked. (`overlap` came
    later: the frozen code inserts inline and gives it no work.)"""
    del overlap
    if incidents.empty:
        return
    # One file may repeat a row (a reporter pasting twice): the first stands, the rest are duplicates.
    repeated = incidents.duplicated("source_key", keep="first")
    summary.duplicates += int(repeated.sum())
    incidents = incidents.loc[~repeated]
    source = summary.source
    existing = _existing_keys(conn, source, incidents["source_key"].tolist()).set_index("source_key")
    known = incidents["source_key"].isin(existing.index)
    same = known & incidents["content_hash"].eq(incidents["source_key"].map(existing["content_hash"]))
    changed = known & ~same
    summary.duplicates += int(same.sum())
    org_ids = _organisation_ids(conn, source, incidents["organisation"].unique())
    stamp = now()
    for row in incidents.loc[changed].to_dict("records"):
        incident_id = int(existing.at[row["source_key"], "id"])
        previous = conn.execute(select(db.incidents).where(db.incidents.c.id == incident_id)).mappings().one()
        conn.execute(
            db.incident_history.insert().values(
                incident_id=incident_id,
                batch_id=summary.batch_id,
                changed_at=stamp,
                previous=json.dumps(dict(previous), default=str, ensure_ascii=False),
            )
        )
        values = _incident_values(row, org_ids, area_ids)
        conn.execute(
            db.incidents.update()
            .where(db.incidents.c.id == incident_id)
            .values(**values, batch_id=summary.batch_id, updated_at=stamp)
        )
    summary.updated += int(changed.sum())
    summary.loaded += int(changed.sum())

    new = incidents.loc[~known]
    if new.empty:
        return
    area_names = {v: k for k, v in area_ids.items()}
    duplicate_of = link_duplicates(
        new,
        _candidates(conn, source, new, area_names),
        max_m=float(settings.get_int("duplicate_distance_m")),
        max_hours=float(settings.get_int("duplicate_hours")),
    )
    approved = source in settings.get_list("auto_approve_sources")
    rows = []
    for (_, row), dup in zip(new.iterrows(), duplicate_of, strict=True):
        values = _incident_values(row.to_dict(), org_ids, area_ids)
        values.update(
            batch_id=summary.batch_id,
            duplicate_of=None if pd.isna(dup) else int(dup),
            review_status="granskad" if approved else "inkommen",
            created_at=stamp,
            updated_at=stamp,
        )
        rows.append(values)
    for i in range(0, len(rows), 5000):
        conn.execute(db.incidents.insert(), rows[i : i + 5000])
    linked = int(duplicate_of.notna().sum())
    summary.duplicates += linked
    summary.loaded += len(rows) - linked


def store_events(
    conn: Connection, summary: BatchSummary, events: pd.DataFrame, area_ids: dict[str, int]
) -> None:
    t = db.upcoming_events
    keys = events["source_key"].tolist()
    known = (
        set(conn.execute(select(t.c.source_key).where(t.c.source_key.in_(keys))).scalars()) if keys else set()
    )
    fresh = events[~events["source_key"].isin(known)].drop_duplicates("source_key")
    if not fresh.empty:
        conn.execute(
            t.insert(),
            [
                {
                    "batch_id": summary.batch_id,
                    "source_key": e["source_key"],
                    "event_date": e["event_date"],
                    "area_id": area_ids.get(e["area"]) if _none(e["area"]) else None,
                    "title": e["title"],
                    "description": _none(e["description"]),
                    "organisation": _none(e["organisation"]),
                }
                for e in fresh.to_dict("records")
            ],
        )
    summary.loaded += len(fresh)
    summary.duplicates += len(events) - len(fresh)
