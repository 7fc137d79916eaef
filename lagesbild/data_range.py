"""What the data holds in time: the plausible weeks a page offers, the weeks with incidents, and the
first and last date and week, each within the kommun scope (lagesbild.kommun_scope)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from sqlalchemy import Engine, func, select

from lagesbild import db, settings
from lagesbild import weeks as weeks_module
from lagesbild.kommun_scope import in_kommun
from lagesbild.queries import Bind, counted, read

__all__ = ["date_range_in_data", "plausible_weeks", "week_range_in_data", "weeks_present"]

i = db.incidents


def date_range_in_data(bind: Bind) -> tuple[dt.date | None, dt.date | None]:
    """First and last incident date within the plausible years (see plausible_weeks)."""
    first, last = _first_and_last(bind, i.c.occurred_date)
    return (
        None if first is None else pd.Timestamp(first).date(),
        None if last is None else pd.Timestamp(last).date(),
    )


def week_range_in_data(bind: Bind) -> tuple[str | None, str | None]:
    """First and last ISO week with an incident within the plausible years."""
    first, last = _first_and_last(bind, i.c.iso_week)
    return first, last


def _first_and_last(bind: Bind, column: Any) -> tuple[Any, Any]:
    """The least and greatest value of `column` among the plausible weeks' incidents in the kommun scope."""
    first, last = plausible_weeks()
    query = select(func.min(column), func.max(column)).where(
        i.c.iso_week.between(first, last), *in_kommun(i.c.kommun_code)
    )
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            row = conn.execute(query).one()
    else:
        row = bind.execute(query).one()
    return row[0], row[1]


def plausible_weeks() -> tuple[str, str]:
    """The first and last ISO week a page offers: from the earliest year (setting) to a year ahead.
    A stored date outside (1899, 9999 from an older database) must not stretch every week list."""
    earliest = settings.get_int("earliest_year")
    ahead = dt.date.today() + dt.timedelta(days=366)
    return f"{earliest}-W01", weeks_module.week_label(ahead)


def weeks_present(bind: Bind) -> list[str]:
    """The ISO weeks that have at least one (non-duplicate) incident, oldest first (plausible ones)."""
    first, last = plausible_weeks()
    query = (
        select(i.c.iso_week)
        .where(i.c.iso_week.between(first, last), *counted())
        .distinct()
        .order_by(i.c.iso_week)
    )
    return [str(w) for w in read(bind, query)["iso_week"]]
