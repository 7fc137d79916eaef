"""Bounded input (issue 17): limits checked before the expensive parse, Swedish messages naming the
limit and its setting; deep JSON, huge numbers, broken quotes, oversized cells and NUL bytes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from data_ingest.pipeline import ingest_file
from data_ingest.readers import tabular
from data_ingest.readers.base import FileFormatError
from data_ingest.readers.detect import read_file
from lagesbild import db, settings
from lagesbild.reference import store_reference
from tests import hostile_files as hostile
from tests.factories import reference

ROOT = Path(__file__).resolve().parents[1]
HEADER = "Datum;Tid;Område;Plats;Kategori;Beskrivning\n"
ROW = "2026-01-05;21:30;Älta;Älta centrum;Klotter;Klotter på väggen.\n"


def _csv(*rows: str) -> bytes:
    return (HEADER + "".join(rows)).encode("utf-8")


def _refused(data: bytes, name: str) -> str:
    with pytest.raises(FileFormatError) as info:
        read_file(io.BytesIO(data), name)
    return str(info.value)


def test_every_limit_is_a_setting_with_a_help_text() -> None:
    for name in (
        "max_input_mb",
        "max_compression_ratio",
        "max_rows",
        "max_columns",
        "max_cell_kb",
        "max_json_mb",
    ):
        setting = settings.SETTINGS[name]
        assert setting.env.startswith("LAGESBILD_") and len(setting.help) > 40
        assert settings.get_int(name) > 0


def test_a_padded_sheet_is_refused_before_any_spreadsheet_library_opens_it(tmp_path: Path) -> None:
    path = hostile.xlsx_padded(tmp_path / "padded.xlsx", rows=50)
    message = _refused(path.read_bytes(), "padded.xlsx")
    assert "padded.xlsx" in message and "16\u00a0384 celler" in message
    assert "LAGESBILD_MAX_COLUMNS" in message


def test_rows_per_file_are_bounded_in_workbooks_and_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "100")
    book = hostile.xlsx_many_rows(tmp_path / "rader.xlsx", 150)
    for data, name in ((book.read_bytes(), "rader.xlsx"), (_csv(*[ROW] * 150), "rader.csv")):
        message = _refused(data, name)
        assert f"{name}: filen har fler än 100 rader" in message and "LAGESBILD_MAX_ROWS" in message
    assert read_file(io.BytesIO(_csv(*[ROW] * 100)), "ok.csv").rows_total == 100


def test_unpacked_size_and_compression_ratio_are_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = hostile.xlsx_many_rows(tmp_path / "bomb.xlsx", 20_000).read_bytes()
    monkeypatch.setenv("LAGESBILD_MAX_COMPRESSION_RATIO", "5")
    message = _refused(book, "bomb.xlsx")
    assert "dekomprimeringsbomb" in message and "LAGESBILD_MAX_COMPRESSION_RATIO" in message
    monkeypatch.setenv("LAGESBILD_MAX_COMPRESSION_RATIO", "100000")
    monkeypatch.setenv("LAGESBILD_MAX_INPUT_MB", "1")
    message = _refused(book, "bomb.xlsx")
    assert "packas upp till" in message and "gränsen 1 MB" in message and "LAGESBILD_MAX_INPUT_MB" in message


def test_a_gzip_bomb_is_unpacked_only_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGESBILD_MAX_JSON_MB", "1")
    path = hostile.gzip_bomb(tmp_path / "bomb.json.gz", megabytes=4)
    message = _refused(path.read_bytes(), "bomb.json.gz")
    assert "bomb.json.gz: den uppackade filen är större än" in message and "LAGESBILD_MAX_JSON_MB" in message


def test_a_large_sheet_is_streamed_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above CALAMINE_CELLS the sheet is read by openpyxl's streaming reader: same records."""
    data = hostile.xlsx_many_rows(tmp_path / "liten.xlsx", 30).read_bytes()
    direct = read_file(io.BytesIO(data), "liten.xlsx")
    monkeypatch.setattr(tabular, "CALAMINE_CELLS", 0)
    streamed = read_file(io.BytesIO(data), "liten.xlsx")
    assert direct.rows_total == streamed.rows_total == 30 and len(direct.records) == 30
    assert direct.records.equals(streamed.records)


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (hostile.deep_json, "för djupt nästlad"),
        (hostile.huge_integer_json, "ett tal med 5000 siffror (högst 30 tillåts)"),
    ],
)
def test_deep_json_and_huge_numbers_get_a_swedish_message(
    make: Callable[[Path], Path], fragment: str, tmp_path: Path
) -> None:
    path = make(tmp_path / "polis.json")
    assert fragment in _refused(path.read_bytes(), "polis.json")


def test_the_cli_refuses_deep_json_with_exit_2_and_no_traceback(tmp_path: Path) -> None:
    deep = hostile.deep_json(tmp_path / "djup.json")
    big = hostile.huge_integer_json(tmp_path / "tal.json")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LAGESBILD_DB": f"sqlite:///{tmp_path / 'db.sqlite'}"}
    subprocess.run([sys.executable, "-m", "lagesbild", "db", "init"], env=env, check=True, cwd=ROOT)
    run = subprocess.run(
        [sys.executable, "-m", "lagesbild", "ingest", str(deep), str(big)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "Error" not in run.stderr
    assert "Kan inte läsa djup.json: djup.json: JSON-filen är för djupt nästlad" in run.stderr
    assert "Kan inte läsa tal.json: tal.json: JSON-filen innehåller ett tal med 5000 siffror" in run.stderr


# ---------------------------------------------------------------- CSV quotes, cells, NUL


def test_an_unclosed_quote_is_reported_with_its_line_and_nothing_vanishes() -> None:
    rows = [ROW] * 12
    rows[2] = '2026-01-05;21:30;Älta;"Älta centrum;Klotter;Klotter utan slutcitat.\n'
    message = _refused(_csv(*rows), "citat.csv")
    assert "citat.csv: trasig CSV" in message and "rad 4" in message and '""' in message
    # at the end of the file: the quote never closes
    rows = [ROW] * 3 + ['2026-01-05;21:30;Älta;Älta;Klotter;"Sista raden\n', "fortsätter utan slut\n"]
    message = _refused(_csv(*rows), "slut.csv")
    assert "slut.csv: trasig CSV på rad 5: ett citattecken stängs aldrig" in message


def test_a_quoted_line_break_in_a_description_still_reads() -> None:
    read = read_file(
        io.BytesIO(_csv(ROW, '2026-01-05;21:30;Älta;Älta;Klotter;"Två\nrader"\n', ROW)), "ok.csv"
    )
    assert (
        read.rows_total == 3 and len(read.records) == 3 and "Två\nrader" in set(read.records["description"])
    )


def test_an_oversized_cell_rejects_its_row_not_the_file(tmp_path: Path) -> None:
    big = "x" * (129 * 1024)
    csv_read = read_file(
        io.BytesIO(_csv(ROW, f"2026-01-05;21:30;Älta;Älta;Klotter;{big}\n", ROW)), "stor.csv"
    )
    rows = [
        hostile.sheet_row(1, list(hostile.KOMMUN_HEADER)),
        hostile.sheet_row(2, ["2026-01-05", "Klotter", "Älta", "Älta", "kort"]),
        hostile.sheet_row(3, ["2026-01-05", "Klotter", "Älta", "Älta", big]),
    ]
    xlsx_read = read_file(
        io.BytesIO(hostile.write_xlsx(tmp_path / "stor.xlsx", iter(rows)).read_bytes()), "stor.xlsx"
    )
    for read, row, name in ((csv_read, 3, "stor.csv"), (xlsx_read, 3, "stor.xlsx")):
        assert read.accounted() and len(read.rejected) == 1
        rejected = read.rejected[0]
        assert rejected.row == row and rejected.column == "Beskrivning"
        assert (
            f"{name} rad {row}, kolumn Beskrivning: cellen är 129 kB, mer än gränsen 128 kB"
            in rejected.reason
        )
        assert "LAGESBILD_MAX_CELL_KB" in rejected.reason
        assert len(rejected.raw["Beskrivning"]) < 300  # the raw values kept are not the 129 kB
    assert len(csv_read.records) == 2 and len(xlsx_read.records) == 1


def test_nul_bytes_are_cleaned_identically_on_both_engines(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())
    filler = [ROW.replace("väggen", f"väggen {i}") for i in range(2000)]  # the NUL lies beyond the head
    data = _csv(
        "2026-01-05;21:30;Älta;Älta\x00 centrum;Klotter;Första\x00raden.\n",
        *filler,
        "2026-01-05;21:30;Älta;Älta centrum;Klotter;Sista\x00 raden.\n",
    )
    summary = ingest_file(engine, io.BytesIO(data), "nul.csv")
    assert summary.accounted() and summary.rejected == 0 and summary.loaded == 2002
    with engine.connect() as conn:
        texts = set(conn.execute(select(db.incidents.c.raw_description)).scalars())
        places = set(conn.execute(select(db.incidents.c.raw_place)).scalars())
    assert {"Förstaraden.", "Sista raden."} <= texts and places == {"Älta centrum"}


def test_a_database_error_never_carries_row_values(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    db.init_db(engine)
    secret = "Anna Lindqvist 070-123 45 67"
    with pytest.raises(Exception) as info, engine.begin() as conn:
        conn.execute(
            db.categories.insert(),
            [{"code": "klotter", "label": secret, "sensitive": False, "sort_order": 1}],
        )
    assert "UNIQUE" in str(info.value) or "unique" in str(info.value)
    assert secret not in str(info.value)


def test_the_hostile_generators_make_what_they_claim(tmp_path: Path) -> None:
    path = hostile.huge_integer_json(tmp_path / "x.json")
    with pytest.raises(ValueError):
        json.loads(path.read_text())
    assert hostile.column_letters(16_384) == "XFD" and hostile.column_letters(27) == "AA"


def test_a_workbook_file_over_the_size_limit_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    path = tmp_path / "stor.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/media/bild.png", os.urandom(3 * (1 << 20)))  # incompressible: 3 MB on disk
    monkeypatch.setenv("LAGESBILD_MAX_INPUT_MB", "2")
    message = _refused(path.read_bytes(), "stor.xlsx")
    assert (
        message.startswith("stor.xlsx: filen är större än")
        and "gränsen 2 MB (inställningen LAGESBILD_MAX_INPUT_MB)" in message
    )


def test_a_workbook_with_a_damaged_sheet_header_is_refused_in_swedish() -> None:
    """Found by tests/fuzz: a bad local file header made zipfile raise BadZipFile out of the size check."""
    import io

    from openpyxl import Workbook

    from data_ingest.readers.base import FileFormatError
    from data_ingest.readers.detect import read_file

    book = Workbook()
    book.active.append(["Datum", "Område", "Kategori"])
    buffer = io.BytesIO()
    book.save(buffer)
    data = bytearray(buffer.getvalue())
    name = b"xl/worksheets/sheet1.xml"
    header = data.rfind(b"PK\x03\x04", 0, data.find(name))  # the sheet's local header, before its name
    data[header : header + 4] = b"XX\x03\x04"
    with pytest.raises(FileFormatError, match="rapport.xlsx: arbetsboken är skadad"):
        read_file(io.BytesIO(bytes(data)), "rapport.xlsx", None)


def _central_entry_damaged(how: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Datum", "Område", "Kategori"])
    buffer = io.BytesIO()
    book.save(buffer)
    data = bytearray(buffer.getvalue())
    entry = data.rfind(b"PK\x01\x02")  # the last member's entry in the zip's central directory
    if how == "name":  # flagged as UTF-8, but the name is not
        data[entry + 9] |= 0x08
        data[entry + 46] = 0xFF
    else:  # a zip version no reader knows
        data[entry + 6] = 75
    return bytes(data)


@pytest.mark.parametrize("how", ["name", "version"])
def test_a_workbook_with_a_damaged_directory_is_refused_in_swedish(how: str) -> None:
    """Found by tests/fuzz: zipfile raised UnicodeDecodeError or NotImplementedError out of the size check."""
    with pytest.raises(FileFormatError, match="^rapport.xlsx: arbetsboken är skadad"):
        read_file(io.BytesIO(_central_entry_damaged(how)), "rapport.xlsx", None)
