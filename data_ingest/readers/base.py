"""The one interface every source reader implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal, Protocol

import pandas as pd

from lagesbild.errors import FileFormatError as FileFormatError  # the readers raise the core's error

Source = Literal["kommun", "polis", "bostadsbolag"]
Kind = Literal["incidents", "events"]

INCIDENT_COLUMNS = [
    "row",
    "source",
    "organisation",
    "source_ref",
    "occurred_at",
    "time_precision",
    "source_category",
    "area_text",
    "place_text",
    "description",
    "lat",
    "lon",
    "east",
    "north",
    "location_hint",
    "kommun_name",
    "cost_sek",
    "property_designation",
    "address",
    # Added by the readers (see docs/ARCHITECTURE.md): the police event's own headline ("06 juni 18.50,
    # Trafikbrott, Kungsör"; it may name the district) and its publish time. None/NaT for other sources.
    "title",
    "published_at",
]
EVENT_COLUMNS = ["row", "organisation", "event_date", "area_text", "title", "description"]


@dataclass(frozen=True)
class RejectedRow:
    row: int
    column: str | None
    reason: str
    raw: dict[str, Any]


@dataclass(frozen=True)
class IgnoredRow:
    row: int
    reason: str
    raw: dict[str, Any]


@dataclass
class ReadResult:
    source: Source
    kind: Kind
    records: pd.DataFrame
    rows_total: int
    rejected: list[RejectedRow] = field(default_factory=list)
    ignored: list[IgnoredRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def accounted(self) -> bool:
        return self.rows_total == len(self.records) + len(self.rejected) + len(self.ignored)


class Reader(Protocol):
    def __call__(self, fileobj: BinaryIO, filename: str) -> ReadResult: ...
