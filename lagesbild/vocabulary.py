"""The project's closed vocabularies as StrEnums: one spelling for each value.

A StrEnum member compares equal to its string and is stored as it, so database values, CSV
columns and the ingest contract stay plain strings ("grön", "polis", "ökning").
"""

from __future__ import annotations

from enum import StrEnum


class AreaStatus(StrEnum):
    """The status an area is given for a week."""

    GREEN = "grön"
    YELLOW = "gul"
    RED = "röd"


class Source(StrEnum):
    """Who reported an incident."""

    KOMMUN = "kommun"
    POLIS = "polis"
    BOSTADSBOLAG = "bostadsbolag"


class ReviewState(StrEnum):
    """An incident's review status: received, then reviewed (or imported as already reviewed), or
    rejected with a reason during review (counted as a rejected row of its batch, never shown)."""

    RECEIVED = "inkommen"
    REVIEWED = "granskad"
    REJECTED = "avvisad"


class MeasureStatus(StrEnum):
    """Where an insats stands."""

    PLANNED = "planerad"
    ONGOING = "pågående"
    DONE = "slutförd"


class Flag(StrEnum):
    """A flagged change in a series (no flag is the empty string)."""

    RISE = "ökning"
    FALL = "minskning"


class LocationPrecision(StrEnum):
    """How precisely an incident's position is known, finest first."""

    EXACT = "exact"
    ADDRESS = "address"
    PLACE = "place"
    AREA = "area"
    KOMMUN = "kommun"


class TimePrecision(StrEnum):
    """How precisely an incident's time of day is known."""

    EXACT = "exact"
    DAYPART = "daypart"
    DAY = "day"


STATUSES: tuple[AreaStatus, ...] = tuple(AreaStatus)
SOURCES: tuple[Source, ...] = tuple(Source)
MEASURE_STATUSES: tuple[MeasureStatus, ...] = tuple(MeasureStatus)
AREA_LEVEL = frozenset({LocationPrecision.AREA, LocationPrecision.KOMMUN})  # no position inside the area
