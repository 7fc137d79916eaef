"""Reads of the import and review pages: the granskning queue, the import batches and their rejected
rows, and the review counts behind the completeness note of shared outputs. Limited to the kommun of
`queries.kommun_scope` like every read in lagesbild.queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pandas as pd
from sqlalchemy import func, select

from lagesbild import db, queries
from lagesbild.queries import Bind
from lagesbild.vocabulary import ReviewState

i, a, c, o = db.incidents, db.areas, db.categories, db.organisations


def review_queue(bind: Bind, limit: int = 200) -> pd.DataFrame:
    query = (
        select(
            i.c.id,
            i.c.occurred_at,
            i.c.iso_week,
            a.c.name.label("area"),
            c.c.label.label("category_label"),
            i.c.source,
            o.c.name.label("organisation"),
            i.c.description,
            i.c.place,
            i.c.privacy_reason,
        )
        .select_from(
            i.join(c, i.c.category == c.c.code)
            .join(o, i.c.organisation_id == o.c.id)
            .outerjoin(a, i.c.area_id == a.c.id)
        )
        .where(
            i.c.review_status == ReviewState.RECEIVED,
            i.c.duplicate_of.is_(None),
            *queries.in_kommun(i.c.kommun_code),
        )
        .order_by(i.c.occurred_at)
        .limit(limit)
    )
    return queries.read(bind, query)


def _batch_in_kommun(batch_id: Any) -> list[Any]:
    """Under a kommun scope: batches with a stored row of that kommun. A batch has no kommun of its
    own, so one whose every row was rejected is no kommun's (shown only without a scope)."""
    code = queries.current_kommun()
    if code is None:
        return []
    e = db.upcoming_events
    return [
        select(i.c.id).where(i.c.batch_id == batch_id, i.c.kommun_code == code).exists()
        | select(e.c.id).where(e.c.batch_id == batch_id, e.c.kommun_code == code).exists()
    ]


def batches(bind: Bind, limit: int = 100) -> pd.DataFrame:
    b = db.ingest_batches
    query = select(b).where(*_batch_in_kommun(b.c.id)).order_by(b.c.id.desc()).limit(limit)
    return queries.read(bind, query)


def rejected(bind: Bind, batch_id: int) -> pd.DataFrame:
    r = db.rejected_rows
    query = (
        select(r.c.row_number, r.c.column_name, r.c.reason, r.c.raw_values)
        .where(r.c.batch_id == batch_id, *_batch_in_kommun(r.c.batch_id))
        .order_by(r.c.row_number)
    )
    return queries.read(bind, query)


def review_counts(bind: Bind, week: str, areas: Sequence[str] | None = None) -> pd.DataFrame:
    """Per review status for one week: reports received and how many of them were linked duplicates.

    For the data-completeness note of shared outputs (how many reports still wait for granskning).
    Incidents without an area are included unless `areas` is given.
    """
    query = (
        select(
            i.c.review_status, func.count().label("reports"), func.count(i.c.duplicate_of).label("duplicates")
        )
        .select_from(i.outerjoin(a, i.c.area_id == a.c.id))
        .where(
            i.c.iso_week == week,
            i.c.review_status != ReviewState.REJECTED.value,
            *queries.in_kommun(i.c.kommun_code),
        )
        .group_by(i.c.review_status)
    )
    if areas:
        query = query.where(a.c.name.in_(list(areas)))
    return queries.read(bind, query)


# --- For the tertial and annual report (lagesbild.report.period) ---


def review_counts_between(
    bind: Bind, start: dt.date, end: dt.date, areas: Sequence[str] | None = None
) -> pd.DataFrame:
    """Like `review_counts`, for the incidents that occurred between two dates (inclusive)."""
    query = (
        select(
            i.c.review_status, func.count().label("reports"), func.count(i.c.duplicate_of).label("duplicates")
        )
        .select_from(i.outerjoin(a, i.c.area_id == a.c.id))
        .where(
            i.c.occurred_date.between(start, end),
            i.c.review_status != ReviewState.REJECTED.value,
            *queries.in_kommun(i.c.kommun_code),
        )
        .group_by(i.c.review_status)
    )
    if areas:
        query = query.where(a.c.name.in_(list(areas)))
    return queries.read(bind, query)
