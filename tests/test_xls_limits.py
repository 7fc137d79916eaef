"""Old Excel files (.xls) are bounded by rows, columns and cells before python-calamine opens them
(data_ingest/readers/limits.py `check_xls`), with the same Swedish messages as .xlsx. The files are
written by tests/xls_file.py; the first test shows they are real .xls files."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from data_ingest.readers import limits
from data_ingest.readers.base import FileFormatError
from data_ingest.readers.detect import read_file
from data_ingest.readers.tabular import open_table
from tests.xls_file import compound_file, mulblank, workbook_stream, xls

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning"]


def _sheet(rows: int, columns: list[str] = HEADER) -> list[tuple[int, int, str | float]]:
    cells: list[tuple[int, int, str | float]] = [(0, c, name) for c, name in enumerate(columns)]
    for r in range(1, rows + 1):
        cells += [(r, 0, "2026-01-05"), (r, 1, "21:30"), (r, 2, "Älta"), (r, 3, "Älta centrum")]
        cells += [(r, 4, "Klotter"), (r, 5, f"Klotter nummer {r}.")]
    return cells


def _refused(data: bytes, name: str = "vecka.xls") -> str:
    with pytest.raises(FileFormatError) as info:
        open_table(io.BytesIO(data), name)
    return str(info.value)


def test_the_written_files_are_real_xls_files_the_reader_reads() -> None:
    table = open_table(io.BytesIO(xls(_sheet(3))), "vecka.xls")
    frame = next(table.chunks())
    assert list(frame.columns[:6]) == HEADER and len(frame) == 3
    assert frame["Beskrivning"].tolist() == [f"Klotter nummer {r}." for r in (1, 2, 3)]
    result = read_file(io.BytesIO(xls(_sheet(3))), "vecka.xls")  # and the whole kommun reader
    assert result.source == "kommun" and result.rows_total == 3 and len(result.records) == 3
    assert result.accounted() and not result.rejected


def test_a_tiny_file_spanning_a_whole_sheet_is_refused_before_calamine() -> None:
    """5.6 kB: one cell in A1 and one in IV65536. calamine would take ~1 GB for it (limits.XLS_CELLS)."""
    bomb = xls([(0, 0, "Datum"), (65535, 255, 1.0)])
    assert len(bomb) < 10_000
    message = _refused(bomb)
    assert message == (
        "vecka.xls: ett blad sträcker sig över 65\u00a0536 rader och 256 kolumner (16\u00a0777\u00a0216 "
        "celler), fler än gränsen 4\u00a0000\u00a0000 celler för det gamla Excel-formatet (.xls); spara "
        "filen som .xlsx eller CSV"
    )


def test_the_refusal_keeps_memory_small() -> None:
    """In its own process: the peak resident memory while refusing the bomb (calamine: +1 GB)."""
    script = (
        "import io\n"
        "from tests.xls_file import xls\n"
        "from data_ingest.readers.detect import read_file\n"
        "bomb = xls([(0, 0, 'Datum'), (65535, 255, 1.0)])\n"
        "try:\n    read_file(io.BytesIO(bomb), 'bomb.xls')\n"
        "except Exception as exc:\n    print(type(exc).__name__)\n"
        # VmHWM is this program's own peak: ru_maxrss keeps the forking test process's size across exec.
        "peak_kb = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        "print(peak_kb // 1024)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    kind, peak_mb = run.stdout.split()
    assert kind == "FileFormatError" and int(peak_mb) < 400, run.stdout


def test_rows_over_the_limit_are_refused_with_the_xlsx_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "20")
    assert len(next(open_table(io.BytesIO(xls(_sheet(15))), "vecka.xls").chunks())) == 15
    message = _refused(xls(_sheet(30)))  # 31 rows: over the limit and the 10 allowed for a header
    assert message == limits.too_many_rows("vecka.xls", limits.Limits.current()).args[0]
    assert "fler än 20 rader" in message and "LAGESBILD_MAX_ROWS" in message


def test_one_row_over_the_limit_is_refused_when_the_xls_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the 10 rows `check_xls` allows for a header, the sheet's rows as calamine holds them are
    counted when the table is opened, before any row is read (issue 16)."""
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "20")
    assert sum(len(chunk) for chunk in open_table(io.BytesIO(xls(_sheet(20))), "vecka.xls").chunks(5)) == 20
    assert _refused(xls(_sheet(21))) == limits.too_many_rows("vecka.xls", limits.Limits.current()).args[0]


def test_columns_over_the_limit_are_refused_also_in_multi_cell_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LAGESBILD_MAX_COLUMNS", "8")
    wide = [*HEADER, "Extra 1", "Extra 2", "Extra 3"]
    message = _refused(xls(_sheet(2, wide)))
    assert message == (
        "vecka.xls: bladet har rader med 9 celler, fler än gränsen 8 celler per rad (inställningen "
        "LAGESBILD_MAX_COLUMNS)"
    )
    # Only a styled blank row (MULBLANK) reaches column 300: calamine's rectangle would too.
    message = _refused(xls(_sheet(2), records=[mulblank(3, 0, 299)]))
    assert "300 celler" in message and "LAGESBILD_MAX_COLUMNS" in message


@pytest.mark.parametrize(
    "data",
    [
        compound_file(workbook_stream(_sheet(1)), pad=False),  # the stream's size points nowhere
        compound_file(b"no workbook here", name="Workbook"),
        compound_file(workbook_stream(_sheet(1)), name="Ingenting"),
        bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 600,
    ],
    ids=["missing-mini-stream", "not-biff", "no-workbook-stream", "broken-container"],
)
def test_damaged_xls_files_get_a_swedish_message(data: bytes) -> None:
    message = _refused(data)
    assert message.startswith("vecka.xls: ") and ("skadad" in message or "ingen Excel-arbetsbok" in message)
