"""Store one file's rows in one transaction: batch, incidents, duplicates, rejected and ignored rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import and_, or_, select, text, true, update
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.sql.elements import ColumnElement

from data_ingest.dedupe import link_duplicates
from data_ingest.insert_rows import insert_columns, new_incident_columns
from data_ingest.overlap import Overlap
from data_ingest.readers.base import IgnoredRow, RejectedRow
from lagesbild import db, settings
from lagesbild.categories import CategoryConfig, map_labels
from lagesbild.vocabulary import ReviewState

_ANALYZE_AFTER = 20_000  # incident rows of one file, see store_incidents


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


def _organisation_ids(
    conn: Connection, source: str, names: Iterable[str], kommun_of: dict[str, Any] | None = None
) -> dict[str, int]:
    """Ids by name; a new organisation belongs to the kommun its first reports were placed in."""
    table = db.organisations
    kommun_of = kommun_of or {}
    wanted = set(names)

    def ids(names: list[str]) -> dict[str, int]:
        # One query, the names as one array or JSON text (`_among`): a kommun file names thousands of
        # reporters, and 500 bound names a statement took 0.1 s each on PostgreSQL (3 s per 100,000 rows).
        if not names:
            return {}
        among, values = _among(conn, names)
        query = text(f"SELECT name, id FROM organisations WHERE source = :source AND name {among}")  # noqa: S608
        return {name: id_ for name, id_ in conn.execute(query, {"source": source, "values": values}).all()}

    found = ids(sorted(wanted))
    missing = sorted(wanted - found.keys())
    if missing:
        # One executemany in name order (ids as one insert per name gave them; a file from a
        # bostadsbolag or the police can name thousands of reporters, one round trip each was slow),
        # at the driver: SQLAlchemy's per-row parameter handling was 0.1 s per 7,500 names.
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} (name, source, kommun_code) VALUES ({mark}, {mark}, {mark})",  # noqa: S608
            [(name, source, _none(kommun_of.get(name))) for name in missing],
        )
        found.update(ids(missing))
    return found


_EXISTING = ["id", "source_key", "content_hash", "review_status"]


def _existing_keys(conn: Connection, source: str, keys: list[str]) -> pd.DataFrame:
    """The stored incidents of `source` with one of `keys`, in one query: the keys travel as one array
    (PostgreSQL) or one JSON text (SQLite), not as 500 bound parameters a statement (a quarter of a
    second per 100,000 rows in SQLAlchemy's parameter handling alone)."""
    if not keys:
        return pd.DataFrame(columns=_EXISTING)
    among, values = _among(conn, keys)
    query = text(
        "SELECT id, source_key, content_hash, review_status FROM incidents "  # noqa: S608 - no input
        f"WHERE source = :source AND source_key {among}"
    )
    return pd.DataFrame(conn.execute(query, {"source": source, "values": values}).all(), columns=_EXISTING)


def _among(conn: Connection, values: list[str]) -> tuple[str, list[str] | str]:
    """A condition "is one of `values`" (bound as :values) and its parameter: one array on PostgreSQL,
    one JSON text on SQLite."""
    if db.is_postgis(conn):
        return "= ANY(:values)", list(values)
    return "IN (SELECT value FROM json_each(:values))", json.dumps(values)


# Up to this many areas in a chunk, candidates are also filtered by place in SQL (`_near`).
_NEAR_AREAS = 500


def _near(new: pd.DataFrame, area_names: dict[int, str], max_m: float) -> ColumnElement[bool] | None:
    """A SQL condition that every candidate `link_duplicates` can link to one of `new` meets: the
    same area as one, or a point within `max_m` on both axes of one (its prefilter), here as the box
    around all the points. A kommun's weekly file then reads its kommun's reports of those days, not
    every report in Sweden (bench 1b). None (no filter) for a file spread over many areas."""
    t = db.incidents
    areas = {a for a in new["area"] if isinstance(a, str)}
    if len(areas) > _NEAR_AREAS:
        return None
    ids = [k for k, name in area_names.items() if name in areas]
    east = pd.to_numeric(new["east"], errors="coerce")
    north = pd.to_numeric(new["north"], errors="coerce")
    conditions: list[ColumnElement[bool]] = [t.c.area_id.in_(ids)] if ids else []
    if east.notna().any():
        # One metre more than the rule: the box's edges are computed, not the rule's differences.
        margin = max_m + 1.0
        conditions.append(
            and_(
                t.c.east.between(float(east.min()) - margin, float(east.max()) + margin),
                t.c.north.between(float(north.min()) - margin, float(north.max()) + margin),
            )
        )
    return or_(*conditions) if conditions else t.c.id.is_(None)


def _candidates(
    conn: Connection, source: str, new: pd.DataFrame, area_names: dict[int, str], max_m: float
) -> pd.DataFrame:
    """Earlier first reports from other feeds near the new ones in time (the same source may be another
    feed: the police API and the kommunpolis excerpt; `dedupe.feed_of` decides) and in place (`_near`)."""
    t, o = db.incidents, db.organisations
    near = _near(new, area_names, max_m)
    # The kommun is one feed; another source's organisations are feeds of their own, decided per pair.
    other_feed = t.c.source != source if source == "kommun" else true()
    start = pd.Timestamp(new["occurred_at"].min()).to_pydatetime() - dt.timedelta(days=1)
    end = pd.Timestamp(new["occurred_at"].max()).to_pydatetime() + dt.timedelta(days=1)
    rows = (
        conn.execute(
            select(
                t.c.id,
                t.c.source,
                o.c.name.label("organisation"),
                t.c.category,
                t.c.occurred_at,
                t.c.occurred_date,
                t.c.time_precision,
                t.c.area_id,
                t.c.east,
                t.c.north,
            )
            .select_from(t.join(o, t.c.organisation_id == o.c.id))
            .where(
                and_(
                    other_feed,
                    t.c.duplicate_of.is_(None),
                    # A report rejected in review is no first report: a new one must not hide behind it.
                    t.c.review_status != ReviewState.REJECTED.value,
                    t.c.occurred_at.between(start, end),
                    true() if near is None else near,
                )
            )
        )
        .mappings()
        .all()
    )
    frame = pd.DataFrame(
        rows,
        columns=[
            "id",
            "source",
            "organisation",
            "category",
            "occurred_at",
            "occurred_date",
            "time_precision",
            "area_id",
            "east",
            "north",
        ],
    )
    frame["area"] = frame["area_id"].map(area_names)
    return frame


def _none(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")  # the readers clean NUL; PostgreSQL refuses it, SQLite would keep it
    return None if value is None or pd.isna(value) else value


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
        "privacy_reason": _none(row.get("privacy_reason")),
        "kommun_code": _none(row.get("kommun_code")),
    }


def store_incidents(
    conn: Connection,
    summary: BatchSummary,
    incidents: pd.DataFrame,
    area_ids: dict[str, int],
    overlap: Overlap | None = None,
) -> None:
    """New rows are inserted, unchanged re-deliveries counted as duplicates, changed ones updated with
    their previous content kept in incident_history, and cross-source duplicates linked.

    A key repeated inside the file is a re-delivery inside the file: the rows are stored in the file's
    order, each later one as a correction of the earlier (history kept) or, unchanged, as a duplicate.

    `overlap`: on PostgreSQL the new rows' COPY may still be running when this returns; the caller
    waits for it before its next statement (data_ingest/overlap.py)."""
    if incidents.empty:
        return
    occurrence = incidents.groupby("source_key", sort=False).cumcount()
    for n in range(int(occurrence.max()) + 1):
        if overlap is not None:
            overlap.wait()  # the next generation's look-ups need the rows of this one
        _store_generation(conn, summary, incidents.loc[occurrence == n], area_ids, overlap)


def _store_generation(
    conn: Connection,
    summary: BatchSummary,
    incidents: pd.DataFrame,
    area_ids: dict[str, int],
    overlap: Overlap | None = None,
) -> None:
    """Rows whose keys are distinct among themselves."""
    source = summary.source
    existing = _existing_keys(conn, source, incidents["source_key"].tolist()).set_index("source_key")
    known = incidents["source_key"].isin(existing.index)
    same = known & incidents["content_hash"].eq(incidents["source_key"].map(existing["content_hash"]))
    changed = known & ~same
    # A new version of a report a samordnare rejected stays rejected: a rejected row of this batch too.
    refused = changed & incidents["source_key"].map(existing["review_status"]).eq(ReviewState.REJECTED.value)
    changed &= ~refused
    _refuse_rejected(conn, summary, incidents.loc[refused], existing)
    summary.duplicates += int(same.sum())
    kommun_of = (
        incidents.dropna(subset=["kommun_code"]).groupby("organisation")["kommun_code"].first().to_dict()
        if "kommun_code" in incidents
        else {}
    )
    org_ids = _organisation_ids(conn, source, incidents["organisation"].unique(), kommun_of)
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
    max_m = float(settings.get_int("duplicate_distance_m"))
    duplicate_of = link_duplicates(
        new,
        _candidates(conn, source, new, area_names, max_m),
        max_m=max_m,
        max_hours=float(settings.get_int("duplicate_hours")),
    )
    approved = source in settings.get_list("auto_approve_sources")
    columns = new_incident_columns(
        new,
        org_ids,
        area_ids,
        duplicate_of,
        summary.batch_id,
        (ReviewState.REVIEWED if approved else ReviewState.RECEIVED).value,
        stamp,
    )
    # PostgreSQL plans the key look-ups of the next chunks on statistics that do not know the rows
    # this transaction inserted: on a young table it then scans every row of the source for each
    # 500 keys (quadratic; hours for a first import of 1M rows). ANALYZE counts our own new rows.
    analyze = db.is_postgis(conn) and (
        summary.loaded + summary.duplicates < _ANALYZE_AFTER <= summary.loaded + summary.duplicates + len(new)
    )
    insert_columns(conn, columns, analyze, overlap)
    linked = int(duplicate_of.notna().sum())
    summary.duplicates += linked
    summary.loaded += len(new) - linked


def _refuse_rejected(
    conn: Connection, summary: BatchSummary, rows: pd.DataFrame, existing: pd.DataFrame
) -> None:
    for row in rows.to_dict("records"):
        incident_id = int(existing.at[row["source_key"], "id"])
        reason = (
            f"Rapporten avvisades vid granskning (rapport {incident_id}); den nya versionen läses inte in"
        )
        conn.execute(
            db.rejected_rows.insert().values(
                batch_id=summary.batch_id,
                row_number=int(row["row"]),
                column_name="Granskning",
                reason=reason,
                raw_values=raw_json({"source_key": row["source_key"]}),
            )
        )
        summary.errors.append({"row": int(row["row"]), "column": "Granskning", "reason": reason})
    summary.rejected += len(rows)


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
                    "review_status": "inkommen",
                    "kommun_code": _none(e.get("kommun_code")),
                }
                for e in fresh.to_dict("records")
            ],
        )
    summary.loaded += len(fresh)
    summary.duplicates += len(events) - len(fresh)


def remap_unmapped(conn: Connection, config: CategoryConfig) -> int:
    """Reports kept at area level only because their label was unmapped get the category the category
    file now gives them, and lose that reason (a sensitive category keeps them at area level anyway).
    Run at every ingest, so mapping a label in the file takes effect with the next import."""
    t = db.incidents
    rows = conn.execute(
        select(t.c.source, t.c.source_category).where(t.c.privacy_reason == db.UNMAPPED_REASON).distinct()
    ).all()
    changed = 0
    for source, label in rows:
        mapped = map_labels(pd.Series([label]), str(source), config)
        code, outcome = mapped["category"].iloc[0], mapped["outcome"].iloc[0]
        if outcome != "mapped" or code is None:
            continue
        where = (
            (t.c.privacy_reason == db.UNMAPPED_REASON)
            & (t.c.source == source)
            & (t.c.source_category == label)
        )
        result = conn.execute(
            update(t).where(where).values(category=code, privacy_reason=None, updated_at=now())
        )
        changed += int(result.rowcount or 0)
    return changed
