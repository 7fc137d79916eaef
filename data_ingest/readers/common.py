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
from data_ingest.readers.limits import env
from data_ingest.readers.parsing import (
    TZ_NAME,
    cell_text,
    is_blank,
    localize,
    normalise_header,
    parse_datetime,
    parse_time,
)
from data_ingest.readers.tabular import OVERFLOW, ROW, Oversized, open_table, row_is_blank

T = TypeVar("T")
FLOAT_COLUMNS = ("lat", "lon", "east", "north", "cost_sek")
TIME_COLUMNS = ("occurred_at", "published_at")
LOCAL = "_local"  # naive wall times a column function returns; localised per chunk
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


@dataclass(frozen=True)
class _Failure:
    reason: str


class Cells:
    """The cells of one chunk, column by column, by field name. Parsers run once per distinct text
    (dates, times, categories repeat a lot); every problem is collected per row, none stops the read."""

    def __init__(self, columns: Mapping[str, Sequence[Any]], labels: Mapping[str, str], n: int) -> None:
        self.columns = columns
        self.labels = labels
        self.n = n
        self.errors: dict[int, list[tuple[str, str]]] = {}

    def label(self, name: str) -> str:
        return self.labels.get(name, name)

    def error(self, position: int, name: str, reason: str) -> None:
        self.errors.setdefault(position, []).append((self.label(name), reason))

    def parse(self, name: str, parser: Callable[[Any], T]) -> list[T | None]:
        """``parser`` applied to every cell of the column (to None when the column is absent), once per
        distinct value; a ValueError becomes a problem of that row and the value None."""
        column = self.columns.get(name)
        if column is None:
            column = [None] * self.n
        # str cells are their own key; other cells are keyed with their type (True must not meet 1).
        # A CSV column (all text) or an absent one (all None) is its own list of keys.
        plain = set(map(type, column)) <= {str, type(None)}
        keys = column if plain else [v if type(v) is str else (type(v), v) for v in column]
        results: dict[Any, Any] = dict.fromkeys(keys)
        failed = False
        for key in results:
            try:
                results[key] = parser(key if plain or type(key) is str else key[1])
            except ValueError as exc:
                results[key] = _Failure(str(exc))
                failed = True
        out: list[Any] = list(map(results.__getitem__, keys))
        if failed:
            for i, result in enumerate(out):
                if type(result) is _Failure:
                    self.error(i, name, result.reason)
                    out[i] = None
        return out

    def text(self, name: str) -> list[str | None]:
        return self.parse(name, cell_text)

    def require(self, name: str) -> list[str | None]:
        values = self.text(name)
        for i, value in enumerate(values):
            if value is None:
                self.error(i, name, f"{self.label(name)} saknas")
        return values

    def pair(
        self, first: str, second: str, parser: Callable[[Any], float]
    ) -> tuple[list[float], list[float]]:
        """Two coordinates that must come together (N/E, Lat/Lon); NaN, NaN when both are blank."""
        xs, ys = self.parse(first, parser), self.parse(second, parser)
        out_x: list[float] = []
        out_y: list[float] = []
        for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
            if x is not None and y is not None and math.isnan(x) != math.isnan(y):
                given, missing = (first, second) if math.isnan(y) else (second, first)
                self.error(i, missing, f"{self.label(given)} är angiven men {self.label(missing)} saknas")
                x = y = None
            out_x.append(math.nan if x is None else x)
            out_y.append(math.nan if y is None else y)
        return out_x, out_y


ColumnFunction = Callable[[Cells], Mapping[str, Any]]  # field -> list of values (or one for all rows)


def when(cells: Cells, date_field: str, time_field: str) -> dict[str, list[Any]]:
    """Wall time and precision from a date cell (perhaps with a time) and a time cell; a non-blank
    time cell wins over a time inside the date cell."""
    dates = cells.parse(date_field, parse_datetime)
    times = cells.parse(time_field, parse_time)
    local: list[dt.datetime | None] = []
    precision: list[str | None] = []
    for parsed, time in zip(dates, times, strict=True):
        if parsed is None or time is None:
            local.append(None)
            precision.append(None)
            continue
        date, date_time = parsed
        if time.precision == "day":
            time = date_time
        local.append(dt.datetime.combine(date, time.time or dt.time(0)))
        precision.append(time.precision)
    return {LOCAL: local, "time_precision": precision}


# ---------------------------------------------------------------- frames


def incident_frame(values: Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    """INCIDENT_COLUMNS from lists by column, with fixed dtypes: int rows, float coordinates and cost
    (NaN), tz-aware Stockholm times (NaT), else object with None. Columns not given are all missing."""
    n = len(values[ROW]) if ROW in values else 0
    out: dict[str, pd.Series] = {}
    for c in INCIDENT_COLUMNS:
        column = values.get(c)
        data: Sequence[Any] = [None] * n if column is None else column
        if c == ROW:
            out[c] = pd.Series(data, dtype="int64")
        elif c in FLOAT_COLUMNS:
            out[c] = pd.Series([math.nan if v is None else v for v in data], dtype="float64")
        elif c in TIME_COLUMNS:
            stamps = pd.to_datetime(pd.Series(data, dtype=object), utc=True)
            out[c] = stamps.dt.tz_convert(TZ_NAME).dt.as_unit("us")
        else:
            out[c] = pd.Series(data, dtype=object)
    return pd.DataFrame(out, columns=INCIDENT_COLUMNS)


def event_frame(values: Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    n = len(values[ROW]) if ROW in values else 0
    data = {
        c: pd.Series(values.get(c, [None] * n), dtype="int64" if c == ROW else object) for c in EVENT_COLUMNS
    }
    return pd.DataFrame(data, columns=EVENT_COLUMNS)


def empty_result(source: Source, kind: Kind) -> ReadResult:
    return ReadResult(source, kind, incident_frame({}) if kind == "incidents" else event_frame({}), 0)


def merge_results(parts: Iterable[ReadResult], source: Source, kind: Kind) -> ReadResult:
    """One ReadResult from the partial results of a streamed read."""
    out = empty_result(source, kind)
    frames: list[pd.DataFrame] = []
    for part in parts:
        if len(part.records):
            frames.append(part.records)
        out.rows_total += part.rows_total
        out.rejected.extend(part.rejected)
        out.ignored.extend(part.ignored)
        out.warnings.extend(part.warnings)
    if frames:
        out.records = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return out


def raw_dict(headers: Sequence[str], cells: Sequence[Any]) -> dict[str, Any]:
    return {h: cell_text(c) for h, c in zip(headers, cells, strict=False) if not is_blank(c)}


def reject_message(filename: str, row: int, errors: Sequence[tuple[str, str]]) -> str:
    return f"{filename} rad {row}, " + "; ".join(f"kolumn {label}: {reason}" for label, reason in errors)


# ---------------------------------------------------------------- driver


def iter_read_table(
    spec: TableSpec, function: ColumnFunction, fileobj: BinaryIO, filename: str, chunk_size: int = 50_000
) -> Iterator[ReadResult]:
    """Partial ReadResults, one per chunk of rows (the first carries the file's warnings).

    Raises FileFormatError before the first chunk when the file or its required columns are missing."""
    table = open_table(fileobj, filename, spec.has_required, spec.sheet_hints)
    index = spec.resolve(table.headers)
    missing = [c.label for f, c in spec.columns.items() if c.required and f not in index]
    if missing:
        found = ", ".join(table.headers) or "inga"
        which = (
            f'kolumnen "{missing[0]}" saknas'
            if len(missing) == 1
            else "kolumnerna " + ", ".join(f'"{m}"' for m in missing) + " saknas"
        )
        raise FileFormatError(
            f"{filename}: {which} (krävs för {spec.title}: {spec.expected()}; hittade: {found})"
        )
    warnings = list(table.warnings)
    used = set(index.values())
    unused = [h for i, h in enumerate(table.headers) if i not in used and not h.startswith("kolumn ")]
    if unused:
        warnings.append(f"{filename}: kolumnerna {', '.join(unused)} lästes inte (okända för {spec.title})")
    labels = {name: table.headers[i] for name, i in index.items()}
    produced = False
    for numbers, rows in table.batches(chunk_size):
        part = _read_chunk(spec, function, numbers, rows, table.headers, index, labels, filename)
        del numbers, rows  # the loop binds the next chunk's only after reading it: not both at once
        part.warnings[:0] = warnings
        warnings = []
        produced = True
        yield part
        del part  # nor this chunk's rows while the next one is read
    if not produced:
        part = empty_result(spec.source, spec.kind)
        part.warnings.extend(warnings)
        yield part


def read_table(
    spec: TableSpec, function: ColumnFunction, fileobj: BinaryIO, filename: str, chunk_size: int = 50_000
) -> ReadResult:
    return merge_results(
        iter_read_table(spec, function, fileobj, filename, chunk_size), spec.source, spec.kind
    )


def _read_chunk(
    spec: TableSpec,
    function: ColumnFunction,
    numbers: list[int],
    rows: list[list[Any]],
    headers: list[str],
    index: Mapping[str, int],
    labels: Mapping[str, str],
    filename: str,
) -> ReadResult:
    total = len(numbers)
    rejected: list[RejectedRow] = []
    ignored: list[IgnoredRow] = []
    dropped: set[int] = set()
    width = len(headers)
    for i, (number, cells) in enumerate(zip(numbers, rows, strict=True)):
        if isinstance(cells[width], Oversized):
            big = cells[width]
            column = headers[big.index] if big.index < width else f"kolumn {big.index + 1}"
            reason = (
                f"{filename} rad {number}, kolumn {column}: cellen är {big.chars // 1024} kB, mer än gränsen "
                f"{big.limit_kb} kB per cell (inställningen {env('max_cell_kb')})"
            )
            raw = {
                h: (v[:200] + "…" if isinstance(v, str) and len(v) > 200 else v)
                for h, v in raw_dict(headers, cells[:width]).items()
            }
            rejected.append(RejectedRow(number, column, reason, raw))
            dropped.add(i)
        elif cells[width]:
            reason = (
                f"{filename} rad {number}: raden har fler värden än rubrikraden (över: {cells[width]}); "
                "kontrollera avgränsare och citattecken"
            )
            rejected.append(
                RejectedRow(number, None, reason, raw_dict(headers, cells) | {OVERFLOW: cells[width]})
            )
            dropped.add(i)
        elif row_is_blank(cells):
            ignored.append(IgnoredRow(number, EMPTY_ROW, {}))
            dropped.add(i)
    if dropped:
        rows = [r for i, r in enumerate(rows) if i not in dropped]
        numbers = [n for i, n in enumerate(numbers) if i not in dropped]
    n = len(rows)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in range(width + 1)]
    table = Cells({name: columns[i] for name, i in index.items()}, labels, n)
    values = {k: v if isinstance(v, list) else [v] * n for k, v in function(table).items()}
    if table.errors:
        order = {h: j for j, h in enumerate(headers)}
        for i, unsorted in sorted(table.errors.items()):
            problems = sorted(unsorted, key=lambda p: order.get(p[0], len(order)))  # the file's column order
            message = reject_message(filename, numbers[i], problems)
            rejected.append(RejectedRow(numbers[i], problems[0][0], message, raw_dict(headers, rows[i])))
        good = [i for i in range(n) if i not in table.errors]
        values = {k: [v[i] for i in good] for k, v in values.items()}
        numbers = [numbers[i] for i in good]
    rejected.sort(key=lambda r: r.row)
    values[ROW] = numbers
    return ReadResult(spec.source, spec.kind, _frame(spec.kind, values), total, rejected, ignored)


def _frame(kind: Kind, values: dict[str, list[Any]]) -> pd.DataFrame:
    if kind == "events":
        return event_frame(values)
    frame = incident_frame({k: v for k, v in values.items() if not k.startswith("_")})
    if LOCAL in values and len(frame):
        stamps = localize(values[LOCAL], values.get(FIRST))
        frame["occurred_at"] = pd.Series(stamps.as_unit("us"), index=frame.index)
    return frame
