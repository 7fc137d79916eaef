"""ISO weeks ("vecka 16") in Europe/Stockholm."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from lagesbild.errors import UserInputError
from lagesbild.swedish import month_name

TZ = ZoneInfo("Europe/Stockholm")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_labels(local_times: pd.Series) -> pd.Series:
    """ISO week labels for a series of tz-aware Stockholm timestamps."""
    iso = local_times.dt.isocalendar()
    return iso["year"].astype(str) + "-W" + iso["week"].astype(int).map("{:02d}".format)


def parse_week(label: str) -> tuple[int, int]:
    match = _WEEK.match(label.strip())
    if not match:
        raise UserInputError(f"Ogiltig vecka {label!r}: skriv t.ex. 2025-W16")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise UserInputError(f"Vecka {week} finns inte år {year}") from None
    return year, week


def week_start(label: str) -> dt.date:
    year, week = parse_week(label)
    return dt.date.fromisocalendar(year, week, 1)


def week_range(label: str) -> tuple[dt.date, dt.date]:
    start = week_start(label)
    return start, start + dt.timedelta(days=6)


def shift_week(label: str, weeks: int) -> str:
    return week_label(week_start(label) + dt.timedelta(weeks=weeks))


def previous_weeks(label: str, n: int) -> list[str]:
    """The n weeks before `label`, oldest first."""
    return [shift_week(label, -k) for k in range(n, 0, -1)]


def last_complete_week(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(TZ)
    return week_label(now.astimezone(TZ).date() - dt.timedelta(days=7))


def week_index(labels: Sequence[str] | pd.Series | np.ndarray) -> np.ndarray:
    """Consecutive integers for ISO week labels (Monday ordinal // 7), so that weeks can be subtracted."""
    cache: dict[str, int] = {}
    out = np.empty(len(labels), dtype=np.int64)
    for pos, label in enumerate(labels):
        value = cache.get(label)
        if value is None:
            value = (week_start(str(label)).toordinal() - 1) // 7
            cache[label] = value
        out[pos] = value
    return out


def week_from_index(index: int) -> str:
    return week_label(dt.date.fromordinal(int(index) * 7 + 1))


def week_span(first_week: str, last_week: str) -> list[str]:
    """All ISO weeks from first to last (inclusive)."""
    lo, hi = week_index([first_week, last_week])
    if hi < lo:
        raise UserInputError(f"Veckan {last_week} ligger före {first_week}")
    return [week_from_index(i) for i in range(lo, hi + 1)]


def human_week(label: str) -> str:
    """'vecka 16, 2025 (14–20 april)' for headings."""
    start, end = week_range(label)
    year, week = parse_week(label)
    span = (
        f"{start.day}–{end.day} {month_name(end.month)}"
        if start.month == end.month
        else f"{start.day} {month_name(start.month)} – {end.day} {month_name(end.month)}"
    )
    return f"vecka {week}, {year} ({span})"
