"""Bounds on what one file may make the reader do, checked before the expensive parse.

Each limit is a setting (``python -m lagesbild settings``). A file over a limit is refused as a whole
with a Swedish message naming the limit and its setting, except one oversized cell, which rejects its row.
A workbook (a zip) is measured before any spreadsheet library opens it: the members' unpacked sizes and
compression ratios from the zip directory, then the sheet XML streamed in blocks (rows, cells per row,
the furthest column referred to); python-calamine fills the whole rectangle of a sheet in memory, so a
sheet whose rectangle is large is read by openpyxl's streaming reader instead.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
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


def check_workbook(fileobj: BinaryIO, filename: str, limits: Limits) -> SheetSize:
    """Measure a zip workbook without parsing it; raise FileFormatError over a limit. Returns the size
    of its largest sheet. Not a zip (old .xls): only the file size is bounded (by the caller)."""
    try:
        book = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError):
        return SheetSize()
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
        largest = SheetSize()
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
                if size.cells > largest.cells:
                    largest = size
        return largest


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
                raise FileFormatError(
                    f"{filename}: bladet har rader med {number(size.columns)} celler, fler än gränsen "
                    f"{number(limits.columns)} celler per rad (inställningen {env('max_columns')})"
                )
    size.rows = max(size.rows, count)
    return size
