"""What the table readers share: column specs, per-row validation, record frames, merging chunks."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, TypeVar

import pandas as pd

from data_ingest.readers.base import (
    EVENT_COLUMNS,
    INCIDENT_COLUMNS,
    FileFormatError,
    IgnoredRow,
    Kind,
    ReadResult,
    RejectedRow,
    Source,
)
from data_ingest.readers.parsing import TZ_NAME, cell_text, is_blank, localize, normalise_header
from data_ingest.readers.tabular import OVERFLOW, ROW, open_table

T = TypeVar("T")
FLOAT_COLUMNS = ("lat", "lon", "east", "north", "cost_sek")
TIME_COLUMNS = ("occurred_at", "published_at")
LOCAL = "_local"  # naive wall time a row function returns; localised per chunk
FIRST = "_first_occurrence"  # optional: False picks the winter-time reading of an ambiguous time
EMPTY_ROW = "tom rad"


@dataclass(frozen=True)
class Column:
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(normalise_header(name) for name in (self.label, *self.aliases))


@dataclass(frozen=True)
class TableSpec:
    source: Source
    kind: Kind
    title: str  # what the file is, for messages: "kommunens EST-rapport"
    columns: Mapping[str, Column]  # field -> column
    detect: tuple[str, ...]  # fields whose columns identify this kind of file
    sheet_hints: tuple[str, ...] = ()

    def resolve(self, headers: Sequence[Any]) -> dict[str, int]:
        """field -> index of the first header matching the column or one of its aliases."""
        keys = [normalise_header(h) if not is_blank(h) else "" for h in headers]
        found: dict[str, int] = {}
        for name, column in self.columns.items():
            for key in column.keys:
                if key in keys:
                    found[name] = keys.index(key)
                    break
        return found

    def matches(self, headers: Sequence[Any], fields: Iterable[str] | None = None) -> bool:
        found = self.resolve(headers)
        wanted = self.detect if fields is None else fields
        return all(f in found for f in wanted)

    def has_required(self, headers: Sequence[Any]) -> bool:
        return self.matches(headers, [f for f, c in self.columns.items() if c.required])

    def expected(self) -> str:
        return ", ".join(c.label for c in self.columns.values() if c.required)


class RowContext:
    """One row's cells by field name; collects every cell problem of the row."""

    __slots__ = ("cells", "errors", "index", "labels")

    def __init__(self, index: Mapping[str, int], labels: Mapping[str, str]) -> None:
        self.index = index
        self.labels = labels
        self.cells: Sequence[Any] = ()
        self.errors: list[tuple[str, str]] = []

    def raw(self, name: str) -> Any:
        i = self.index.get(name)
        return None if i is None else self.cells[i]

    def text(self, name: str) -> str | None:
        return cell_text(self.raw(name))

    def error(self, name: str, reason: str) -> None:
        self.errors.append((self.labels.get(name, name), reason))

    def parse(self, name: str, parser: Callable[[Any], T]) -> T | None:
        try:
            return parser(self.raw(name))
        except ValueError as exc:
            self.error(name, str(exc))
            return None

    def require(self, name: str) -> str | None:
        value = self.text(name)
        if value is None:
            self.error(name, f"{self.labels.get(name, name)} saknas")
        return value

    def pair(self, first: str, second: str, parser: Callable[[Any], float]) -> tuple[float, float]:
        """Two coordinates that must come together (N/E, Lat/Lon); NaN, NaN when both are blank."""
        a, b = self.parse(first, parser), self.parse(second, parser)
        if a is None or b is None:
            return math.nan, math.nan
        if math.isnan(a) != math.isnan(b):
            given, missing = (first, second) if math.isnan(b) else (second, first)
            self.error(missing, f"{self.labels.get(given, given)} är angiven men {self.labels.get(missing, missing)} saknas")
            return math.nan, math.nan
        return a, b


RowFunction = Callable[[RowContext], dict[str, Any]]


# ---------------------------------------------------------------- frames


def incident_frame(records: Sequence[Mapping[str, Any]] | Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    """INCIDENT_COLUMNS with fixed dtypes: ints, floats (NaN), tz-aware times (NaT), else object/None."""
    if isinstance(records, Mapping):
        data = records
        n = len(next(iter(data.values()))) if data else 0
    else:
        n = len(records)
        data = {c: [r.get(c) for r in records] for c in INCIDENT_COLUMNS}
    out: dict[str, pd.Series] = {}
    for c in INCIDENT_COLUMNS:
        values = data.get(c)
        if values is None:
            values = [None] * n
        if c == ROW:
            out[c] = pd.Series(values, dtype="int64")
        elif c in FLOAT_COLUMNS:
            out[c] = pd.Series([math.nan if v is None else v for v in values], dtype="float64")
        elif c in TIME_COLUMNS:
            stamps = pd.to_datetime(pd.Series(values, dtype=object), utc=True)
            out[c] = stamps.dt.tz_convert(TZ_NAME).dt.as_unit("us")
        else:
            out[c] = pd.Series(values, dtype=object)
    return pd.DataFrame(out, columns=INCIDENT_COLUMNS)


def event_frame(records: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    data = {c: pd.Series([r.get(c) for r in records], dtype="int64" if c == ROW else object) for c in EVENT_COLUMNS}
    return pd.DataFrame(data, columns=EVENT_COLUMNS)


def empty_result(source: Source, kind: Kind) -> ReadResult:
    return ReadResult(source, kind, incident_frame([]) if kind == "incidents" else event_frame([]), 0)


def merge_results(parts: Iterable[ReadResult], source: Source, kind: Kind) -> ReadResult:
    """One ReadResult from the partial results of a streamed read."""
    out = empty_result(source, kind)
    frames = [out.records]
    for part in parts:
        if len(part.records):
            frames.append(part.records)
        out.rows_total += part.rows_total
        out.rejected.extend(part.rejected)
        out.ignored.extend(part.ignored)
        out.warnings.extend(part.warnings)
    out.records = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return out


def raw_dict(headers: Sequence[str], cells: Sequence[Any]) -> dict[str, Any]:
    return {h: cell_text(c) for h, c in zip(headers, cells, strict=False) if not is_blank(c)}


def reject_message(filename: str, row: int, errors: Sequence[tuple[str, str]]) -> str:
    return f"{filename} rad {row}, " + "; ".join(f"kolumn {label}: {reason}" for label, reason in errors)


# ---------------------------------------------------------------- driver


def iter_read_table(
    spec: TableSpec, row_function: RowFunction, fileobj: BinaryIO, filename: str, chunk_size: int = 50_000
) -> Iterator[ReadResult]:
    """Partial ReadResults, one per chunk of rows (the first carries the file's warnings).

    Raises FileFormatError before the first chunk when the file or its required columns are missing."""
    table = open_table(fileobj, filename, spec.has_required, spec.sheet_hints)
    index = spec.resolve(table.headers)
    missing = [c.label for f, c in spec.columns.items() if c.required and f not in index]
    if missing:
        found = ", ".join(table.headers) or "inga"
        which = f'kolumnen "{missing[0]}" saknas' if len(missing) == 1 else "kolumnerna " + ", ".join(f'"{m}"' for m in missing) + " saknas"
        raise FileFormatError(f"{filename}: {which} (krävs för {spec.title}: {spec.expected()}; hittade: {found})")
    warnings = list(table.warnings)
    used = set(index.values())
    unused = [h for i, h in enumerate(table.headers) if i not in used and not h.startswith("kolumn ")]
    if unused:
        warnings.append(f"{filename}: kolumnerna {', '.join(unused)} lästes inte (okända för {spec.title})")
    labels = {name: table.headers[i] for name, i in index.items()}
    produced = False
    for chunk in table.chunks(chunk_size):
        part = _read_chunk(spec, row_function, chunk, table.headers, index, labels, filename)
        part.warnings[:0] = warnings
        warnings = []
        produced = True
        yield part
    if not produced:
        part = empty_result(spec.source, spec.kind)
        part.warnings.extend(warnings)
        yield part


def read_table(
    spec: TableSpec, row_function: RowFunction, fileobj: BinaryIO, filename: str, chunk_size: int = 50_000
) -> ReadResult:
    return merge_results(iter_read_table(spec, row_function, fileobj, filename, chunk_size), spec.source, spec.kind)


def _read_chunk(
    spec: TableSpec,
    row_function: RowFunction,
    chunk: pd.DataFrame,
    headers: list[str],
    index: Mapping[str, int],
    labels: Mapping[str, str],
    filename: str,
) -> ReadResult:
    columns = [chunk[h].tolist() for h in headers]
    ctx = RowContext(index, labels)
    records: list[dict[str, Any]] = []
    rejected: list[RejectedRow] = []
    ignored: list[IgnoredRow] = []
    for number, overflow, *cells in zip(chunk[ROW].tolist(), chunk[OVERFLOW].tolist(), *columns, strict=True):
        if overflow:
            raw = raw_dict(headers, cells) | {OVERFLOW: overflow}
            reason = (
                f"{filename} rad {number}: raden har fler värden än rubrikraden (över: {overflow}); "
                "kontrollera avgränsare och citattecken"
            )
            rejected.append(RejectedRow(number, None, reason, raw))
            continue
        if all(is_blank(c) for c in cells):
            ignored.append(IgnoredRow(number, EMPTY_ROW, {}))
            continue
        ctx.cells = cells
        ctx.errors = []
        try:
            record = row_function(ctx)
        except ValueError as exc:  # a parser used without ctx.parse: still a row problem
            ctx.error("?", str(exc))
            record = {}
        if ctx.errors:
            rejected.append(
                RejectedRow(number, ctx.errors[0][0], reject_message(filename, number, ctx.errors), raw_dict(headers, cells))
            )
            continue
        record[ROW] = number
        records.append(record)
    frame = _frame(spec.kind, records)
    return ReadResult(spec.source, spec.kind, frame, len(chunk), rejected, ignored)


def _frame(kind: Kind, records: list[dict[str, Any]]) -> pd.DataFrame:
    if kind == "events":
        return event_frame(records)
    frame = incident_frame(records)
    if records and LOCAL in records[0]:
        stamps = localize([r[LOCAL] for r in records], [r.get(FIRST, True) for r in records])
        frame["occurred_at"] = pd.Series(stamps.as_unit("us"), index=frame.index)
    return frame


def local_wall_time(date: dt.date, time: dt.time | None) -> dt.datetime:
    return dt.datetime.combine(date, time or dt.time(0))
