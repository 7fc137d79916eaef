"""CSV and Excel bytes -> a header and chunks of rows, each cell as it was written.

* The format is recognised by content, not by the file name: a zip (``PK``) or OLE container is a
  workbook (XLSX/XLS/ODS via python-calamine), anything else must be text.
* CSV encoding: a strict rule instead of a statistical guess. Swedish Excel writes either UTF-8
  (with or without BOM) or Windows-1252. Non-ASCII text that is valid UTF-8 is practically never
  meant as Windows-1252, so: UTF-8 if the whole file decodes as UTF-8, else Windows-1252 if it decodes
  as that, else an error. (charset-normalizer guesses cp1250/mac-roman/etc. on short Swedish files
  with few å/ä/ö and is not deterministic across versions.) Files whose text shows typical mojibake
  of another code page (``Omr†de`` from DOS/cp850, ``OmrÃ¥de`` from double-encoded UTF-8) or which
  mix UTF-8 with another encoding are refused with a message saying how to re-save them.
* Separator: ``;``, ``,`` or tab; the one with which the expected header row is found, else the one
  giving the most fields on the first line (``;`` wins ties: Swedish Excel's default).
* Every CSV value stays a string (``0701234567`` and ``6574123,5`` survive); Excel cells keep their
  type (numbers, dates, times).
* The header is the first non-blank row, or, when the caller says what it expects, the first of the
  first ten non-blank rows that has the expected columns (a title line above the header is allowed).
* Rows are numbered as a person sees them: CSV line number (a quoted multi-line value counts its first
  line), sheet row in Excel. Trailing blank rows are not rows; blank rows in between are (the readers
  count them as ignored).
* CSV is streamed: memory is bounded by the chunk size, not by the file size.
"""

from __future__ import annotations

import codecs
import collections
import csv
import io
import itertools
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

import pandas as pd

from data_ingest.readers.base import FileFormatError
from data_ingest.readers.limits import (
    CALAMINE_CELLS,
    MAX_LINE_CHARS,
    MB,
    OLE_MAGIC,
    Limits,
    SheetSize,
    check_workbook,
    check_xls,
    largest,
    too_large,
    too_many_columns,
    too_many_rows,
)
from data_ingest.readers.parsing import is_blank, normalise_header

# The cell size limit is ours (it rejects the row, see Oversized); the csv module's only bounds a
# runaway quoted cell.
csv.field_size_limit(MAX_LINE_CHARS)

ROW = "row"
OVERFLOW = "_överskott"
HEAD_BYTES = 65536
HEADER_SEARCH_ROWS = 10
DELIMITERS = (";", ",", "\t")
ZIP_MAGIC = b"PK\x03\x04"
GZIP_MAGIC = b"\x1f\x8b"
_MOJIBAKE = re.compile(r"[A-Za-z][†‡ƒˆ‰Š‹ŒŽ˜š›œžŸ„][A-Za-z]|Ã[\u0080-\u00bf¤¥¶]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20)])

HeaderMatch = Callable[[Sequence[Any]], bool]
Format = Literal["csv", "xlsx"]


@dataclass
class Table:
    """An opened table: ``headers`` as written (stripped, made unique); ``rows`` yields
    ``(row_number, cells)`` for the data rows, cells padded to the header width plus the overflow."""

    filename: str
    format: Format
    headers: list[str]
    header_row: int
    rows: Iterator[tuple[int, list[Any]]]
    sheet: str | None = None
    warnings: list[str] = field(default_factory=list)

    def batches(self, chunk_size: int = 50_000) -> Iterator[tuple[list[int], list[list[Any]]]]:
        """(row numbers, rows) of at most ``chunk_size`` rows; each row has one cell per header and
        then the overflow text (values beyond the header width joined with " | ", else "")."""
        numbers: list[int] = []
        rows: list[list[Any]] = []
        for number, cells in self.rows:
            numbers.append(number)
            rows.append(cells)
            if len(rows) >= chunk_size:
                yield numbers, rows
                numbers, rows = [], []
        if rows:
            yield numbers, rows

    def chunks(self, chunk_size: int = 50_000) -> Iterator[pd.DataFrame]:
        """DataFrames of at most ``chunk_size`` rows: one column per header, ``_överskott`` and ``row``."""
        for numbers, rows in self.batches(chunk_size):
            frame = pd.DataFrame(rows, columns=[*self.headers, OVERFLOW], dtype=object)
            frame[ROW] = numbers
            yield frame


def sniff_kind(head: bytes) -> Literal["workbook", "gzip", "json", "text", "empty"]:
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        return "workbook"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        return "empty"
    if stripped[:1] in (b"[", b"{"):
        return "json"
    return "text"


def seekable(fileobj: BinaryIO) -> BinaryIO:
    """The same object if it can seek, else its bytes in memory."""
    try:
        if fileobj.seekable():
            return fileobj
    except (AttributeError, ValueError):
        pass
    return io.BytesIO(fileobj.read())


def open_table(
    fileobj: BinaryIO,
    filename: str,
    header_match: HeaderMatch | None = None,
    sheet_hints: Sequence[str] = (),
) -> Table:
    fileobj = seekable(fileobj)
    start = fileobj.tell()
    head = fileobj.read(HEAD_BYTES)
    fileobj.seek(start)
    kind = sniff_kind(head)
    if kind == "empty":
        raise FileFormatError(f"{filename}: filen är tom")
    if kind == "workbook":
        return _open_workbook(fileobj.read(), filename, header_match, sheet_hints)
    if kind in ("gzip", "json"):
        raise FileFormatError(f"{filename}: filen är JSON/komprimerad, inte en tabell (CSV eller Excel)")
    return _open_csv(fileobj, head, filename, header_match)


def iter_rows(fileobj: BinaryIO, filename: str, chunk_size: int = 50_000) -> Iterator[pd.DataFrame]:
    """Chunks of rows of a CSV/Excel file (header = first non-blank row); see ``Table.chunks``."""
    yield from open_table(fileobj, filename).chunks(chunk_size)


# ---------------------------------------------------------------- header


def _unique_headers(cells: Sequence[Any]) -> list[str]:
    headers: list[str] = []
    seen: set[str] = {ROW, OVERFLOW}
    for i, cell in enumerate(cells, start=1):
        name = " ".join(str(cell).split()).replace("\ufeff", "") if not is_blank(cell) else f"kolumn {i}"
        unique, n = name, 2
        while unique in seen:
            unique, n = f"{name} ({n})", n + 1
        seen.add(unique)
        headers.append(unique)
    return headers


def _find_header(candidates: Sequence[tuple[int, list[Any]]], header_match: HeaderMatch | None) -> int | None:
    """Index into ``candidates`` (non-blank rows) of the header row, or None if none matches."""
    if header_match is None:
        return 0 if candidates else None
    for i, (_, cells) in enumerate(candidates[:HEADER_SEARCH_ROWS]):
        if header_match(cells):
            return i
    return None


@dataclass(frozen=True)
class Oversized:
    """In a row's overflow slot: the row has a cell over the size limit (the row is rejected)."""

    index: int
    chars: int
    limit_kb: int


def _clean(cells: list[Any], max_chars: int) -> Oversized | None:
    """Remove NUL characters from text cells in place (PostgreSQL cannot store them, SQLite can: both
    engines must get the same text) and find a cell over the size limit."""
    try:
        joined = "".join(cells)  # all text (CSV): one C-level pass
    except TypeError:
        joined = None
    if joined is not None and "\x00" not in joined and len(joined) <= max_chars:
        return None
    oversized = None
    for i, cell in enumerate(cells):
        if type(cell) is str:
            if "\x00" in cell:
                cells[i] = cell = cell.replace("\x00", "")
            if len(cell) > max_chars and oversized is None:
                oversized = Oversized(i, len(cell), max_chars // 1024)
    return oversized


def _data_rows(
    rows: Iterator[tuple[int, list[Any]]], width: int, filename: str
) -> Iterator[tuple[int, list[Any]]]:
    """Pad/trim to ``width`` (+ overflow text) and drop trailing blank rows; count rows against the
    limit, clean NUL characters and mark rows with an oversized cell (see ``Oversized``)."""
    limits = Limits.current()
    max_chars, max_rows = limits.cell_chars, limits.rows
    pending: list[tuple[int, list[Any]]] = []
    count = 0
    for number, cells in rows:
        count += 1
        if count > max_rows:
            raise too_many_rows(filename, limits)
        oversized = _clean(cells, max_chars)
        if oversized is not None:
            cells = [*cells[:width], *([""] * (width - len(cells))), oversized]
            yield number, cells
            continue
        if len(cells) == width:
            cells.append("")  # the csv/calamine list is ours: no copy
        elif len(cells) > width:
            extra = [str(c).strip() for c in cells[width:] if not is_blank(c)]
            cells = [*cells[:width], " | ".join(extra)]
        else:
            cells = [*cells, *([""] * (width - len(cells))), ""]
        if row_is_blank(cells):
            pending.append((number, cells))
            continue
        if pending:
            yield from pending
            pending.clear()
        yield number, cells


def row_is_blank(cells: Sequence[Any]) -> bool:
    try:
        return not "".join(cells).strip()  # all text (CSV): fast
    except TypeError:
        return all(is_blank(c) for c in cells)


def _take(rows: Iterator[tuple[int, list[Any]]], limit: int) -> list[tuple[int, list[Any]]]:
    """Rows (blank ones too) up to and including the ``limit``-th non-blank one."""
    out: list[tuple[int, list[Any]]] = []
    seen = 0
    for number, cells in rows:
        out.append((number, cells))
        seen += any(not is_blank(c) for c in cells)
        if seen >= limit:
            break
    return out


def _nonblank(rows: Iterator[tuple[int, list[Any]]], limit: int) -> list[tuple[int, list[Any]]]:
    out: list[tuple[int, list[Any]]] = []
    for number, cells in rows:
        if any(not is_blank(c) for c in cells):
            out.append((number, cells))
            if len(out) >= limit:
                break
    return out


# ---------------------------------------------------------------- CSV


def _encoding(fileobj: BinaryIO, head: bytes, filename: str) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    start = fileobj.tell()
    decoder = codecs.getincrementaldecoder("utf-8")()
    seen_non_ascii = False
    offset = 0
    try:
        while block := fileobj.read(1 << 20):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                if seen_non_ascii or not block[: exc.start].isascii():
                    raise FileFormatError(
                        f"{filename}: filen blandar UTF-8 med en annan teckenkodning (ogiltig byte vid "
                        f"position {offset + exc.start}); spara den på nytt som CSV UTF-8 i Excel"
                    ) from None
                return "cp1252"
            seen_non_ascii = seen_non_ascii or not block.isascii()
            offset += len(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    finally:
        fileobj.seek(start)
    return "utf-8"


def _check_text(sample: str, filename: str) -> None:
    controls = len(_CONTROL.findall(sample))
    if controls > 2 and controls > len(sample) // 50:  # a few stray control characters are only cells
        raise FileFormatError(
            f"{filename}: filen ser inte ut som en textfil (CSV) eller Excel-fil (binärt innehåll)"
        )
    if m := _MOJIBAKE.search(sample):
        raise FileFormatError(
            f'{filename}: teckenkodningen känns inte igen (texten blir t.ex. "{m[0]}"); '
            "spara filen som CSV UTF-8 eller som Excel-fil"
        )


class _BrokenCsv(Exception):
    def __init__(self, line: int, reason: str) -> None:
        self.line, self.reason = line, reason


_CSV_REASONS = {
    "unexpected end of data": "ett citattecken stängs aldrig: filen tar slut inne i en cell",
    "expected after": "ett citattecken avslutar en cell men följs av text i stället för avgränsaren",
    "field larger than field limit": "en cell med citattecken tar aldrig slut (större än 8 MB)",
}


def _lines(text: io.TextIOBase, filename: str) -> Iterator[str]:
    """Physical lines, each bounded: the csv module would build an endless line in memory first."""
    number = 0
    while line := text.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise FileFormatError(
                f"{filename}: rad {number} är längre än {MAX_LINE_CHARS // MB} MB; filen är ingen tabell "
                "(kontrollera radbrytningarna)"
            )
        yield line


def _records(
    text: Iterator[str] | io.TextIOBase, delimiter: str, strict: bool = False
) -> Iterator[tuple[int, list[Any]]]:
    reader = csv.reader(text, delimiter=delimiter, strict=strict)
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = next((r for k, r in _CSV_REASONS.items() if k in str(exc)), "felaktiga citattecken")
            raise _BrokenCsv(last + 1, reason) from None
        yield last + 1, cells
        last = reader.line_num


def _quotes_closed(
    records: Iterator[tuple[int, list[Any]]], delimiter: str, width: int, filename: str
) -> Iterator[tuple[int, list[Any]]]:
    """A cell spanning lines that themselves look like rows of the table is an unclosed quote: without
    this check those rows would vanish into one description."""
    needed = max(width - 1, 1)
    for number, cells in records:
        if "\n" not in "".join(cells):
            yield number, cells
            continue
        for cell in cells:
            if "\n" in cell:
                for offset, line in enumerate(cell.split("\n")[1:], start=1):
                    if line.count(delimiter) >= needed:
                        raise FileFormatError(
                            f"{filename}: trasig CSV: citattecknet i cellen på rad {number} stängs inte "
                            f"(rad {number + offset} och fler skulle bli en del av cellen); rätta "
                            'citattecknen (ett " inuti en cell skrivs "") och läs in filen igen'
                        )
        yield number, cells


def _choose_delimiter(sample: str, header_match: HeaderMatch | None) -> tuple[str, int | None]:
    lines = sample.splitlines(keepends=True)
    if len(sample) >= HEAD_BYTES - 4 and len(lines) > 1:
        lines = lines[:-1]  # the last line of the sample may be cut off
    best, best_fields = DELIMITERS[0], 0
    for delimiter in DELIMITERS:
        try:
            rows = _nonblank(_records(iter(lines), delimiter), HEADER_SEARCH_ROWS)
        except _BrokenCsv:
            continue
        if header_match is not None:
            found = _find_header(rows, header_match)
            if found is not None:
                return delimiter, found
        fields = len(rows[0][1]) if rows else 0
        if fields > best_fields:
            best, best_fields = delimiter, fields
    return best, None


def _binary(head: bytes) -> bool:
    """Many NUL bytes: binary (or UTF-16 without BOM). A stray NUL is only a cell and is cleaned."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > 2 and controls > len(head) // 50


def _open_csv(fileobj: BinaryIO, head: bytes, filename: str, header_match: HeaderMatch | None) -> Table:
    if _binary(head):
        raise FileFormatError(
            f"{filename}: filen ser inte ut som en textfil (CSV) eller Excel-fil (binärt innehåll)"
        )
    start = fileobj.tell()
    encoding = _encoding(fileobj, head, filename)
    try:
        sample = head.decode(encoding, errors="strict")
    except UnicodeDecodeError as exc:
        decoded = bytes(exc.object)  # exc.start counts in this: for utf-8-sig the head without its BOM
        if exc.start < len(decoded) - 4:
            raise FileFormatError(
                f"{filename}: teckenkodningen känns inte igen (varken UTF-8 eller Windows-1252); "
                "spara filen som CSV UTF-8 eller som Excel-fil"
            ) from None
        sample = decoded[: exc.start].decode(encoding)  # a character cut off at the end of the head
    _check_text(sample, filename)
    delimiter, header_index = _choose_delimiter(sample, header_match)
    text = io.TextIOWrapper(fileobj, encoding=encoding, errors="strict", newline="")
    records = _guarded(_records(_lines(text, filename), delimiter, strict=True), filename, text, encoding)
    first = _nonblank(records, (header_index or 0) + 1)
    if not first:
        raise FileFormatError(f"{filename}: filen är tom")
    header_row, header_cells = first[-1]
    if len(header_cells) > Limits.current().columns:
        raise too_many_columns(filename, header_row, len(header_cells), Limits.current())
    headers = _unique_headers(header_cells)
    _count_csv_rows(fileobj, start, encoding, delimiter, header_row, len(headers), filename)
    checked = _quotes_closed(records, delimiter, len(headers), filename)
    return Table(filename, "csv", headers, header_row, _data_rows(checked, len(headers), filename))


def _count_csv_rows(
    fileobj: BinaryIO, start: int, encoding: str, delimiter: str, header_row: int, width: int, filename: str
) -> None:
    """The row limit before any row is handed on (issue 16: a 10 M-row file was refused only after 2 M rows
    had been normalised and stored, then rolled back). A second pass from ``start`` through the same
    readers as the rows (``_lines``, the csv module, ``_guarded``, ``_quotes_closed``), so a quoted line
    break stays inside its record and the records after the header are counted exactly as ``_data_rows``
    counts them; it stops at the first record over the limit. Memory: one record (lines and cells are
    bounded). A broken file raises here the same error the rows would raise at the same record, only
    before any of them is stored. The reader's position in ``fileobj`` is restored afterwards."""
    limits = Limits.current()
    resume = fileobj.tell()
    fileobj.seek(start)
    text = io.TextIOWrapper(fileobj, encoding=encoding, errors="strict", newline="")
    records = _guarded(_records(_lines(text, filename), delimiter, strict=True), filename, text, encoding)
    try:
        after_header = itertools.dropwhile(lambda record: record[0] <= header_row, records)
        checked = _quotes_closed(after_header, delimiter, width, filename)
        last = collections.deque(enumerate(itertools.islice(checked, limits.rows + 1), start=1), maxlen=1)
        if last and last[0][0] > limits.rows:
            raise too_many_rows(filename, limits)
    finally:
        records.close()  # detaches ``text`` (closing it would close ``fileobj``)
        try:
            text.detach()
        except ValueError:  # already detached
            pass
        fileobj.seek(resume)


def _guarded(
    records: Iterator[tuple[int, list[Any]]], filename: str, text: io.TextIOWrapper, encoding: str
) -> Generator[tuple[int, list[Any]], None, None]:
    line = 0
    try:
        for item in records:
            line = item[0]
            yield item
    except UnicodeDecodeError:
        raise FileFormatError(
            f"{filename}: teckenkodningen känns inte igen efter rad {line} (varken UTF-8 eller "
            "Windows-1252); "
            "spara filen som CSV UTF-8 eller som Excel-fil"
        ) from None
    except _BrokenCsv as exc:
        raise FileFormatError(
            f"{filename}: trasig CSV på rad {exc.line}: {exc.reason}; rätta citattecknen "
            '(ett " inuti en cell skrivs "") och läs in filen igen'
        ) from None
    finally:
        try:
            text.detach()
        except ValueError:
            pass


# ---------------------------------------------------------------- workbooks


class _Sheets:
    """A workbook's sheets as rows of Python values: python-calamine (fast, but it fills a sheet's whole
    rectangle in memory) unless the sheet is large, then openpyxl's streaming reader (XLSX only)."""

    def __init__(self, data: bytes, filename: str) -> None:
        limits = Limits.current()
        if len(data) > limits.input_mb * MB:
            raise too_large(filename, "filen är", len(data), limits.input_mb, "max_input_mb")
        old_excel = data.startswith(OLE_MAGIC)  # .xls: measured by its records, read by calamine only
        self.sizes: dict[str, SheetSize] = {}  # an .xlsx's sheets measured, by member path
        self.heights: dict[str, int | None] = {}  # rows that ``rows(name)`` yields, None: not known
        if old_excel:
            size = check_xls(data, filename, limits)
        else:
            self.sizes = check_workbook(io.BytesIO(data), filename, limits)
            size = largest(self.sizes.values())
        self.streamed = size.cells > CALAMINE_CELLS and not old_excel
        try:
            if self.streamed:
                from openpyxl import load_workbook

                self.book: Any = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
                self.names = list(self.book.sheetnames)
            else:
                from python_calamine import CalamineWorkbook

                self.book = CalamineWorkbook.from_filelike(io.BytesIO(data))
                self.names = list(self.book.sheet_names)
        except Exception as exc:  # calamine/openpyxl raise their own and zip errors
            raise FileFormatError(
                f"{filename}: filen är ingen läsbar Excel-fil ({exc}); spara den som .xlsx eller som CSV"
            ) from None
        except BaseException as exc:  # a panic in calamine's Rust code is a BaseException (pyo3)
            if type(exc).__name__ != "PanicException":
                raise
            raise FileFormatError(
                f"{filename}: filen är ingen läsbar Excel-fil (den är skadad); spara den som .xlsx eller "
                "som CSV"
            ) from None

    def rows(self, name: str) -> Iterator[tuple[int, list[Any]]]:
        """The sheet's rows from its first (numbered as in Excel); ``heights[name]`` says how many, known
        before they are read: calamine holds the sheet and yields rows 1 to its last used row; openpyxl's
        streaming reader yields rows 1 to the highest in the sheet XML, which ``check_workbook`` measured
        (never from the sheet's ``<dimension>``, which may lie)."""
        if self.streamed:
            sheet = self.book[name]
            sheet.reset_dimensions()  # a forged <dimension> must not pad every row to it
            measured = self.sizes.get(getattr(sheet, "_worksheet_path", ""))
            self.heights[name] = measured.rows if measured is not None else None
            cells: Iterator[Any] = sheet.iter_rows(values_only=True)
        else:
            loaded = self.book.get_sheet_by_name(name)
            self.heights[name] = loaded.end[0] + 1 if loaded.end is not None else 0
            cells = loaded.iter_rows()
        return ((i, list(row)) for i, row in enumerate(cells, start=1))


def _open_workbook(
    data: bytes, filename: str, header_match: HeaderMatch | None, sheet_hints: Sequence[str]
) -> Table:
    book = _Sheets(data, filename)
    names = book.names
    if not names:
        raise FileFormatError(f"{filename}: arbetsboken har inga blad")
    hints = [normalise_header(h) for h in sheet_hints]
    order = sorted(names, key=lambda n: not any(h in normalise_header(n) for h in hints))
    chosen: tuple[str, Iterator[tuple[int, list[Any]]], list[tuple[int, list[Any]]], int] | None = None
    for name in order:
        try:
            rows = book.rows(name)
            taken = _take(rows, HEADER_SEARCH_ROWS)
        except Exception as exc:
            raise FileFormatError(f'{filename}: bladet "{name}" kan inte läsas ({exc})') from None
        head = [(n, cells) for n, cells in taken if any(not is_blank(c) for c in cells)]
        index = _find_header(head, header_match)
        if index is not None:
            chosen = (name, rows, taken, head[index][0])
            break
        if chosen is None and head:
            chosen = (name, rows, taken, head[0][0])  # no sheet matches: report missing columns for the first
    if chosen is None:
        raise FileFormatError(f"{filename}: filen är tom")
    name, rest, taken, header_row = chosen
    height = book.heights.get(name)
    limits = Limits.current()
    if height is not None and height - header_row > limits.rows:  # before any row is handed on (issue 16)
        raise too_many_rows(filename, limits)
    headers = _unique_headers(next(cells for n, cells in taken if n == header_row))

    def all_rows() -> Iterator[tuple[int, list[Any]]]:
        yield from (r for r in taken if r[0] > header_row)
        yield from rest

    table = Table(
        filename, "xlsx", headers, header_row, _data_rows(all_rows(), len(headers), filename), sheet=name
    )
    if len(names) > 1:
        others = ", ".join(f'"{n}"' for n in names if n != name)
        table.warnings.append(f'{filename}: läste bladet "{name}"; övriga blad lästes inte ({others})')
    return table


def peek_header_rows(head: bytes, filename: str) -> list[list[Any]]:
    """The first non-blank rows of every sheet (a workbook's ``head`` must be the whole file) or, for
    text, of the head read with each separator: the rows among which a header is looked for."""
    kind = sniff_kind(head)
    if kind == "empty":
        raise FileFormatError(f"{filename}: filen är tom")
    if kind == "workbook":
        book = _Sheets(head, filename)
        try:
            return [
                cells for name in book.names for _, cells in _nonblank(book.rows(name), HEADER_SEARCH_ROWS)
            ]
        except Exception as exc:
            raise FileFormatError(
                f"{filename}: filen är ingen läsbar Excel-fil ({exc}); spara den som .xlsx eller som CSV"
            ) from None
    if _binary(head):
        raise FileFormatError(
            f"{filename}: filen ser inte ut som en textfil (CSV) eller Excel-fil (binärt innehåll)"
        )
    encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        text = head.decode("cp1252", errors="replace")
    lines = text.splitlines(keepends=True)[:200]
    rows: list[list[Any]] = []
    for delimiter in DELIMITERS:
        try:
            rows.extend(cells for _, cells in _nonblank(_records(iter(lines), delimiter), HEADER_SEARCH_ROWS))
        except _BrokenCsv:
            continue
    return rows
