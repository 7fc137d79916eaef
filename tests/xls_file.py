"""Old Excel files (.xls) for the tests, written here: no maintained Python library writes .xls any more
(xlwt is unmaintained and not a dependency). A minimal BIFF8 workbook (MS-XLS: BOF, SST, BOUNDSHEET,
then one worksheet with LABELSST and NUMBER cells) in a minimal OLE2 compound file (MS-CFB version 3,
512-byte sectors, the stream padded past the 4096-byte mini-stream cutoff). python-calamine reads what
this writes (tests/test_xls_limits.py checks that first), so the files are real .xls files.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

SECTOR = 512
END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF

Cell = tuple[int, int, str | float]  # row, column (0-based), value


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))


def mulblank(row: int, first: int, last: int) -> bytes:
    """A MULBLANK record: formatted blank cells first..last of one row (a whole styled row in Excel)."""
    return _record(
        0x00BE, struct.pack("<HH", row, first) + bytes(2 * (last - first + 1)) + struct.pack("<H", last)
    )


def workbook_stream(cells: Iterable[Cell], sheet: str = "Blad1", records: Iterable[bytes] = ()) -> bytes:
    """A BIFF8 Workbook stream with one worksheet holding `cells` (strings through the SST) and then
    any further raw `records`."""
    strings: list[str] = []
    index: dict[str, int] = {}
    body = []
    for row, column, value in cells:
        if isinstance(value, str):
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            body.append(_record(0x00FD, struct.pack("<HHHI", row, column, 0, index[value])))
        else:
            body.append(_record(0x0203, struct.pack("<HHHd", row, column, 0, float(value))))
    sst = struct.pack("<II", len(strings), len(strings)) + b"".join(
        struct.pack("<HB", len(s), 1) + s.encode("utf-16-le") for s in strings
    )
    name = struct.pack("<BB", len(sheet), 1) + sheet.encode("utf-16-le")
    boundsheet_length = 4 + 6 + len(name)  # header, position, state and type, name
    globals_ = _bof(0x0005) + _record(0x0042, struct.pack("<H", 1200)) + _record(0x00FC, sst)
    sheet_at = len(globals_) + boundsheet_length + 4  # after BOUNDSHEET and EOF
    globals_ += _record(0x0085, struct.pack("<IBB", sheet_at, 0, 0) + name) + _record(0x000A, b"")
    assert len(globals_) == sheet_at
    return globals_ + _bof(0x0010) + b"".join(body) + b"".join(records) + _record(0x000A, b"")


def _entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NOSTREAM, NOSTREAM, child)
        + bytes(16 + 4 + 16)  # class id, state bits, creation and modification times
        + struct.pack("<III", start, size, 0)
    )


def compound_file(stream: bytes, name: str = "Workbook", pad: bool = True) -> bytes:
    """An OLE2 compound file whose only stream is `stream` (stored in regular sectors). `pad` False
    gives a damaged file: a short stream's size then points into a mini stream that is not there."""
    # Past the mini-stream cutoff (the stream's size says where it is stored); a reader stops at the
    # workbook's last EOF record, so zeros after it are never read.
    data = stream = stream.ljust(max(len(stream), 4096 if pad else 0), b"\0")
    data = data.ljust(max(len(data), 4096), b"\0")
    data = data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\0")
    n_data = len(data) // SECTOR
    directory_sector = n_data
    n_fat = 1
    while n_data + 1 + n_fat > n_fat * (SECTOR // 4):
        n_fat += 1
    assert n_fat <= 109, "the test writer has no DIFAT: keep test files under ~6 MB"
    fat = [i + 1 for i in range(n_data - 1)] + [END, END] + [FATSECT] * n_fat
    fat += [FREE] * (n_fat * SECTOR // 4 - len(fat))
    directory = (
        _entry("Root Entry", 5, 1, END, 0)
        + _entry(name, 2, NOSTREAM, 0, len(stream))
        + _entry("", 0, NOSTREAM, 0, 0) * 2
    )
    difat = [n_data + 1 + k for k in range(n_fat)] + [FREE] * (109 - n_fat)
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, n_fat, directory_sector, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    return header + data + directory.ljust(SECTOR, b"\0") + struct.pack(f"<{len(fat)}I", *fat)


def xls(cells: Iterable[Cell], sheet: str = "Blad1", records: Iterable[bytes] = ()) -> bytes:
    """The bytes of an .xls file with one sheet holding `cells` (and further raw `records`)."""
    return compound_file(workbook_stream(cells, sheet, records))
