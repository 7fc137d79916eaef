"""Reads of a period (tertial, year) between two dates or weeks: daily counts, hour × weekday counts and
the area statuses of every week. The weekly reads are in lagesbild.queries; these use its filters and
kommun scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd
from sqlalchemy import func, select

from lagesbild import db, queries
from lagesbild.queries import Bind

i, a = db.incidents, db.areas


def daily_counts(
    bind: Bind,
    start: dt.date,
    end: dt.date,
    areas: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    """Counts per day × area × category between two dates (inclusive; only non-zero cells)."""
    query = (
        select(
            i.c.occurred_date, i.c.iso_week, a.c.name.label("area"), i.c.category, func.count().label("count")
        )
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(i.c.occurred_date.between(start, end), *queries.filters(areas, None, None, reviewed_only))
        .group_by(i.c.occurred_date, i.c.iso_week, a.c.name, i.c.category)
    )
    frame = queries.read(bind, query)
    frame["occurred_date"] = pd.to_datetime(frame["occurred_date"]).dt.date
    return frame


def hour_weekday_counts_between(
    bind: Bind,
    start: dt.date,
    end: dt.date,
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    """Counts per area × weekday (1 = Monday) × hour between two dates; incidents without a time are left
    out."""
    query = (
        select(a.c.name.label("area"), i.c.weekday, i.c.hour, func.count().label("count"))
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(
            i.c.occurred_date.between(start, end),
            i.c.hour.is_not(None),
            *queries.filters(areas, categories, None, reviewed_only),
        )
        .group_by(a.c.name, i.c.weekday, i.c.hour)
    )
    return queries.read(bind, query)


def area_statuses_between(bind: Bind, first_week: str, last_week: str) -> pd.DataFrame:
    """Every status decision for the weeks in a range, newest first per area and week."""
    s = db.area_status
    query = (
        select(a.c.name.label("area"), s.c.iso_week, s.c.status, s.c.decided_at)
        .select_from(s.join(a, s.c.area_id == a.c.id))
        .where(s.c.iso_week.between(first_week, last_week), *queries.in_kommun(a.c.kommun_code))
        .order_by(a.c.name, s.c.iso_week, s.c.decided_at.desc(), s.c.id.desc())
    )
    return queries.read(bind, query)
