"""Generators of hostile input files (decompression bombs, huge sheets, deep JSON) for the limit tests.

Written straight as bytes (a minimal OOXML package, a gzip stream) so that a 2-million-row workbook takes
seconds to make and nothing large is committed.
"""

from __future__ import annotations

import gzip
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def column_letters(index: int) -> str:
    """1 -> A, 27 -> AA, 16384 -> XFD."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_row(number: int, values: list[object], start_column: int = 1) -> str:
    cells = "".join(_cell(f"{column_letters(start_column + i)}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def write_xlsx(path: Path, rows: Iterator[str], level: int = 9) -> Path:
    """A minimal workbook with one sheet whose rows are the given ``<row>`` XML strings."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.encode())
            buffer: list[str] = []
            for row in rows:
                buffer.append(row)
                if len(buffer) >= 20_000:
                    sheet.write("".join(buffer).encode())
                    buffer.clear()
            sheet.write(("".join(buffer) + _SHEET_TAIL).encode())
    return path


KOMMUN_HEADER = ["Datum", "Kategori", "Område", "Plats", "Beskrivning"]


def kommun_rows(n: int) -> Iterator[str]:
    """The header and ``n`` identical data rows without cell references (positional cells are valid
    OOXML): the repetition is what makes the file compress like a bomb."""
    yield sheet_row(1, list(KOMMUN_HEADER))
    row = sheet_row(0, ["2026-01-05", "Klotter", "Älta", "Centrum", "Klotter på vägg"])
    row = re.sub(r' r="[A-Z]*0"', "", row)
    for _ in range(n):
        yield row


def xlsx_many_rows(path: Path, n: int) -> Path:
    """A kommun report with ``n`` data rows (2.1M rows is a few MB zipped, ~300 MB unpacked)."""
    return write_xlsx(path, kommun_rows(n), level=6)


def xlsx_padded(path: Path, rows: int = 200_000, last_column: int = 16_384) -> Path:
    """Small rows whose last cell sits in column XFD: a reader that fills the sheet's rectangle
    (rows x 16,384 cells) expands a 1 MB file to billions of cells."""

    def padded() -> Iterator[str]:
        yield sheet_row(1, list(KOMMUN_HEADER))
        for i in range(2, rows + 2):
            cells = sheet_row(i, ["2026-01-05", "Klotter"]).removesuffix("</row>")
            yield f'{cells}<c r="{column_letters(last_column)}{i}"><v>1</v></c></row>'

    return write_xlsx(path, padded(), level=6)


def gzip_bomb(path: Path, megabytes: int = 2048) -> Path:
    """A police-API JSON list that is a few MB gzipped and ``megabytes`` MB unpacked (whitespace padding
    inside a valid list of events)."""
    event = (
        '{"id": 1, "datetime": "2026-01-05 10:00:00 +01:00", "name": "05 januari 09.00, Skadegörelse, Nacka",'
        ' "summary": "x", "type": "Skadegörelse", "location": {"name": "Nacka", "gps": "59.31,18.16"}}'
    )
    block = b" " * (1 << 20)
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(f"[{event},".encode())
        for _ in range(megabytes):
            out.write(block)
        out.write(f"{event}]".encode())
    return path


def deep_json(path: Path, depth: int = 100_000) -> Path:
    """A police-API list whose first event's location nests ``depth`` lists deep."""
    path.write_text(
        '[{"id": 1, "datetime": "2026-01-05 10:00:00 +01:00", "location": '
        + "[" * depth
        + "]" * depth
        + "}]",
        encoding="utf-8",
    )
    return path


def huge_integer_json(path: Path, digits: int = 5_000) -> Path:
    path.write_text(
        '[{"id": ' + "9" * digits + ', "datetime": "2026-01-05 10:00:00 +01:00", '
        '"name": "05 januari 09.00, Skadegörelse, Nacka", "type": "Skadegörelse", '
        '"location": {"name": "Nacka", "gps": "59.31,18.16"}}]',
        encoding="utf-8",
    )
    return path
