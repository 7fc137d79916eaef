"""Periods of the follow-up report: tertials, years, their ISO weeks and Swedish date spans."""

from __future__ import annotations

import datetime as dt
import re

from lagesbild.errors import UserInputError
from lagesbild.swedish import date_span  # noqa: F401  (re-exported for the period report)
from lagesbild.weeks import week_label, week_span, week_start

_PERIOD = re.compile(r"^\s*(\d{4})\s*-?\s*T\s*([1-3])\s*$", re.IGNORECASE)
TERTIAL_MONTHS = {1: (1, 4), 2: (5, 8), 3: (9, 12)}


def tertial(label: str) -> tuple[dt.date, dt.date, str]:
    """'2025-T3' → (1 Sep 2025, 31 Dec 2025, 'Tertial 3 2025'). Tertial 1 = jan–apr, 2 = maj–aug, 3 =
    sep–dec."""
    match = _PERIOD.match(label)
    if not match:
        raise UserInputError(
            f"Ogiltig period {label!r}: skriv t.ex. 2025-T3 (tertial 1 = jan–apr, 2 = maj–aug, 3 = sep–dec)"
        )
    year, number = int(match.group(1)), int(match.group(2))
    first, last = TERTIAL_MONTHS[number]
    end = dt.date(year + 1, 1, 1) if last == 12 else dt.date(year, last + 1, 1)
    return dt.date(year, first, 1), end - dt.timedelta(days=1), f"Tertial {number} {year}"


def full_year(year: int) -> tuple[dt.date, dt.date, str]:
    if not 1900 < year < 3000:
        raise UserInputError(f"Ogiltigt år {year}: skriv t.ex. 2025")
    return dt.date(year, 1, 1), dt.date(year, 12, 31), f"Helår {year}"


def year_earlier(day: dt.date) -> dt.date:
    return day.replace(
        year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day
    )


def period_weeks(start: dt.date, end: dt.date) -> list[str]:
    """The ISO weeks whose Thursday lies in the period (so each week belongs to one tertial and year);
    a period too short to hold a Thursday gets the weeks it touches."""
    first, last = week_label(start), week_label(end)
    weeks = week_span(first, last)
    inside = [w for w in weeks if start <= week_start(w) + dt.timedelta(days=3) <= end]
    return inside or weeks


def months_of(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months, (year, month) = [], (start.year, start.month)
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
