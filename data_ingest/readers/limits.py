"""Bounds on what one file may make the reader do, checked before the expensive parse.

Each limit is a setting (``python -m lagesbild settings``). A file over a limit is refused as a whole
with a Swedish message naming the limit and its setting, except one oversized cell, which rejects its row.
A workbook (a zip) is measured before any spreadsheet library opens it: the members' unpacked sizes and
compression ratios from the zip directory, then the sheet XML streamed in blocks (rows, cells per row,
the furthest column referred to); python-calamine fills the whole rectangle of a sheet in memory, so a
sheet whose rectangle is large is read by openpyxl's streaming reader instead. An old .xls (OLE2) has
no streaming reader: its record headers are walked instead (`check_xls`) and a sheet too large for
calamine is refused.

The row limit (``max_rows``) is checked exactly when a table is opened, before its first row is handed
on (`tabular.open_table`; issue 16): a CSV's records after the header are counted by a pass of the same
csv reader, a sheet's rows are those calamine holds or, when streamed, those measured here; a police
JSON's events are counted once it is parsed (`polis_api.load_events`). The count while rows stream
(`tabular._data_rows`) stays as a second check.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from data_ingest.readers.base import FileFormatError
from lagesbild import settings

MB = 1 << 20
BLOCK = 1 << 20
# Above this many cells in a sheet's rectangle the sheet is streamed (calamine keeps ~100 bytes per cell).
CALAMINE_CELLS = 1_500_000
# A text line longer than this is not a table row (the csv module would build it in memory first).
MAX_LINE_CHARS = 8 * MB
_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
_COLUMN_REF = re.compile(rb'<c r="([A-Z]{2,3})[0-9]')
_ROW_REF = re.compile(rb'<row r="([0-9]+)"')


@dataclass(frozen=True)
class Limits:
    input_mb: int
    compression_ratio: int
    rows: int
    columns: int
    cell_kb: int
    json_mb: int

    @classmethod
    def current(cls) -> Limits:
        return cls(
            input_mb=settings.get_int("max_input_mb"),
            compression_ratio=settings.get_int("max_compression_ratio"),
            rows=settings.get_int("max_rows"),
            columns=settings.get_int("max_columns"),
            cell_kb=settings.get_int("max_cell_kb"),
            json_mb=settings.get_int("max_json_mb"),
        )

    @property
    def cell_chars(self) -> int:
        return self.cell_kb * 1024


def env(name: str) -> str:
    return settings.SETTINGS[name].env


def number(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def too_many_rows(filename: str, limits: Limits) -> FileFormatError:
    return FileFormatError(
        f"{filename}: filen har fler än {number(limits.rows)} rader, gränsen för en fil "
        f"(inställningen {env('max_rows')}); dela upp filen"
    )


def too_many_columns(filename: str, row: int, found: int, limits: Limits) -> FileFormatError:
    return FileFormatError(
        f"{filename}: rad {row} har {number(found)} celler, fler än gränsen {number(limits.columns)} "
        f"celler per rad (inställningen {env('max_columns')})"
    )


def too_large(filename: str, what: str, size: int, limit_mb: int, setting: str) -> FileFormatError:
    return FileFormatError(
        f"{filename}: {what} {size / MB:,.0f} MB, mer än gränsen {number(limit_mb)} MB "
        f"(inställningen {env(setting)})".replace(",", "\u00a0")
    )


def column_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + char - 64
    return index


@dataclass
class SheetSize:
    rows: int = 0  # rows in the sheet's rectangle (the largest of the count and the highest row number)
    columns: int = 0  # the widest row, by cell count or by the furthest column referred to

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def largest(sizes: Iterable[SheetSize]) -> SheetSize:
    return max(sizes, key=lambda size: size.cells, default=SheetSize())


def check_workbook(fileobj: BinaryIO, filename: str, limits: Limits) -> dict[str, SheetSize]:
    """Measure a zip workbook without parsing it; raise FileFormatError over a limit. Returns the size of
    each sheet by its member's path (``xl/worksheets/sheet1.xml``; its rows, the highest row in the XML,
    are the rows openpyxl's streaming reader yields, see ``tabular._Sheets.rows``). Not a zip (old .xls):
    only the file size is bounded (by the caller)."""
    try:
        book = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError):
        return {}
    except (UnicodeDecodeError, NotImplementedError) as exc:
        # A zip whose directory is damaged: a member name that is not UTF-8, or an unknown zip version
        # (found by tests/fuzz).
        raise FileFormatError(f"{filename}: arbetsboken är skadad och kan inte läsas") from exc
    with book:
        members = book.infolist()
        total = sum(m.file_size for m in members)
        if total > limits.input_mb * MB:
            raise too_large(filename, "arbetsboken packas upp till", total, limits.input_mb, "max_input_mb")
        for m in members:
            if m.file_size > MB and m.file_size > limits.compression_ratio * max(m.compress_size, 1):
                raise FileFormatError(
                    f"{filename}: delen {m.filename} packas upp "
                    f"{m.file_size // max(m.compress_size, 1)} gånger "
                    f"större, mer än gränsen {limits.compression_ratio} gånger (inställningen "
                    f"{env('max_compression_ratio')}); filen ser ut som en dekomprimeringsbomb"
                )
        sizes: dict[str, SheetSize] = {}
        for m in members:
            if _SHEET.fullmatch(m.filename):
                try:
                    size = _measure_sheet(book, m, filename, limits)
                except FileFormatError:
                    raise  # a limit, said in the message
                except (zipfile.BadZipFile, zlib.error, struct.error, EOFError, OSError, ValueError) as exc:
                    # A damaged or encrypted member: the file is unreadable, said in Swedish (found by
                    # tests/fuzz: a bad local header raised BadZipFile or a negative seek out of the reader).
                    raise FileFormatError(
                        f"{filename}: arbetsboken är skadad och kan inte läsas ({m.filename})"
                    ) from exc
                sizes[m.filename] = size
        return sizes


def _measure_sheet(
    book: zipfile.ZipFile, member: zipfile.ZipInfo, filename: str, limits: Limits
) -> SheetSize:
    size = SheetSize()
    count = 0  # rows seen
    width = 0  # cells in the current row so far (a row may straddle blocks)
    tail = b""
    with book.open(member) as stream:
        while block := stream.read(BLOCK):
            data = tail + block
            cut = max(data.rfind(b"<"), 0)  # never split a tag between blocks
            data, tail = data[:cut], data[cut:]
            pieces = data.split(b"</row>")
            for i, piece in enumerate(pieces):
                width += piece.count(b"<c ") + piece.count(b"<c>")
                if i < len(pieces) - 1:
                    count += 1
                    if width > size.columns:
                        size.columns = width
                    width = 0
            for ref in _COLUMN_REF.finditer(data):
                size.columns = max(size.columns, column_index(ref[1]))
            at = data.rfind(b'<row r="')  # rows come in ascending order: the last one is the highest
            if at >= 0 and (last := _ROW_REF.match(data, at)):
                size.rows = max(size.rows, int(last[1]))
            if max(count, size.rows) > limits.rows + 10:  # the header and a title above it
                raise too_many_rows(filename, limits)
            if size.columns > limits.columns:
                raise too_wide_sheet(filename, size.columns, limits)
    size.rows = max(size.rows, count)
    return size


def too_wide_sheet(filename: str, found: int, limits: Limits) -> FileFormatError:
    return FileFormatError(
        f"{filename}: bladet har rader med {number(found)} celler, fler än gränsen "
        f"{number(limits.columns)} celler per rad (inställningen {env('max_columns')})"
    )


# ---------------------------------------------------------------- old Excel (.xls)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# python-calamine reads every sheet of an .xls when it opens it and fills each sheet's rectangle, from
# its first cell to its last, in memory: a 5.6 kB file with one cell in A1 and one in IV65536 took
# +512 MB to open and +1 GB to read (16.8 million cells; 65,536 x 60 cells: +120/+240 MB). There is no
# streaming reader for .xls, so a sheet over XLS_CELLS (at most ~260 MB while read) is refused.
XLS_CELLS = 4_000_000
# BIFF5/8 records (MS-XLS 2.4): a cell record starts with its row and column; MULRK and MULBLANK
# (several cells of one row) end with their last column.
_BOF, _EOF, _WORKSHEET = 0x0809, 0x000A, 0x0010
_CELL_RECORDS = frozenset({0x0006, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x0406})
_MULTI_RECORDS = frozenset({0x00BD, 0x00BE})


def check_xls(data: bytes, filename: str, limits: Limits) -> SheetSize:
    """Measure an old Excel workbook (BIFF records in an OLE2 file, read with olefile) by walking its
    record headers, before python-calamine opens it; raise FileFormatError over a limit. Returns the
    size of its largest sheet (rows and columns up to the last cell, as calamine fills them)."""
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            if name is None:
                raise FileFormatError(f"{filename}: filen är ingen Excel-arbetsbok (inget Workbook-innehåll)")
            stream = ole.openstream(name).read()
    except FileFormatError:
        raise
    except Exception as exc:  # olefile raises OSError and its own for a damaged container
        raise FileFormatError(f"{filename}: arbetsboken är skadad och kan inte läsas ({exc})") from None
    if not stream.startswith(b"\x09\x08"):  # a workbook stream begins with its BOF record
        raise FileFormatError(f"{filename}: arbetsboken är skadad och kan inte läsas (ingen BIFF-början)")
    largest = SheetSize()
    rows = columns = 0
    in_sheet = False
    pos, end = 0, len(stream)
    while pos + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, pos)
        body, pos = pos + 4, pos + 4 + length
        if pos > end:
            break  # a truncated last record: calamine reports the damage itself
        if kind == _BOF:
            in_sheet = length >= 4 and struct.unpack_from("<H", stream, body + 2)[0] == _WORKSHEET
            rows = columns = 0
        elif not in_sheet:
            continue
        elif kind in _CELL_RECORDS and length >= 4:
            row, column = struct.unpack_from("<HH", stream, body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind in _MULTI_RECORDS and length >= 6:
            (row,) = struct.unpack_from("<H", stream, body)
            (last,) = struct.unpack_from("<H", stream, body + length - 2)
            rows, columns = max(rows, row + 1), max(columns, last + 1)
        elif kind == _EOF:
            in_sheet = False
            _check_xls_sheet(filename, rows, columns, limits)
            if rows * columns > largest.cells:
                largest = SheetSize(rows, columns)
    _check_xls_sheet(filename, rows, columns, limits)  # a sheet without its EOF record
    return largest


def _check_xls_sheet(filename: str, rows: int, columns: int, limits: Limits) -> None:
    if rows > limits.rows + 10:  # the header and a title above it, as for .xlsx
        raise too_many_rows(filename, limits)
    if columns > limits.columns:
        raise too_wide_sheet(filename, columns, limits)
    if rows * columns > XLS_CELLS:
        raise FileFormatError(
            f"{filename}: ett blad sträcker sig över {number(rows)} rader och {number(columns)} kolumner "
            f"({number(rows * columns)} celler), fler än gränsen {number(XLS_CELLS)} celler för det gamla "
            "Excel-formatet (.xls); spara filen som .xlsx eller CSV"
        )
