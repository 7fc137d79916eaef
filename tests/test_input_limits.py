"""Bounded input (issue 17): limits checked before the expensive parse, Swedish messages naming the
limit and its setting; deep JSON, huge numbers, broken quotes, oversized cells and NUL bytes."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

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


# ---------------------------------------------------------------- the row limit before the ingest (issue 16)
# A 10 M-row CSV was refused only after 2 M rows had been normalised and stored (then rolled back): the
# rows are now counted when the file is opened, before the first row is handed on.

OVER = "filen har fler än 25 rader, gränsen för en fil (inställningen LAGESBILD_MAX_ROWS); dela upp filen"


def _rows(n: int) -> list[str]:
    return [ROW.replace("väggen", f"väggen {i}") for i in range(n)]


def _xlsx(path: Path, n: int) -> bytes:
    data = [
        hostile.sheet_row(i + 2, ["2026-01-05", "Klotter", "Älta", "Älta", f"Klotter {i}"]) for i in range(n)
    ]
    return hostile.write_xlsx(
        path, iter([hostile.sheet_row(1, list(hostile.KOMMUN_HEADER)), *data])
    ).read_bytes()


def _police(n: int, gzipped: bool = False) -> bytes:
    events = [
        {
            "id": 100 + i,
            "datetime": "2026-01-05 22:00:00 +01:00",
            "name": "05 januari 21.30, Skadegörelse, Nacka",
            "summary": f"Klotter {i}.",
            "type": "Skadegörelse",
            "location": {"name": "Nacka", "gps": "59.310510,18.163780"},
        }
        for i in range(n)
    ]
    data = json.dumps(events).encode()
    return gzip.compress(data) if gzipped else data


def _quoted(n: int) -> bytes:
    """Each row's description spans three lines: 3n + 1 physical lines, n rows."""
    return _csv(*[f'2026-01-05;21:30;Älta;Älta;Klotter;"Rad {i}\nfortsätter\n\nslutar"\n' for i in range(n)])


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("vecka.csv", lambda path, n: _csv(*_rows(n))),
        ("citat.csv", lambda path, n: _quoted(n)),
        ("titel.csv", lambda path, n: ("Rapport vecka 2\n\n" + HEADER + "".join(_rows(n))).encode("cp1252")),
        ("vecka.xlsx", _xlsx),
    ],
)
def test_a_table_one_row_over_the_limit_is_refused_when_it_is_opened(
    name: str, make: Callable[[Path, int], bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused by `open_table`, before its rows are read; a file at the limit opens and has all its rows.
    A quoted line break is part of its row, not a row."""
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "25")
    at_limit = make(tmp_path / "exakt", 25)
    match = (lambda cells: "Kategori" in cells) if name == "titel.csv" else None  # a title above the header
    assert sum(len(chunk) for chunk in tabular.open_table(io.BytesIO(at_limit), name, match).chunks(10)) == 25
    assert read_file(io.BytesIO(at_limit), name).rows_total == 25
    with pytest.raises(FileFormatError) as info:
        tabular.open_table(io.BytesIO(make(tmp_path / "over", 26)), name, match)
    assert str(info.value) == f"{name}: {OVER}"


def _forged_dimension(data: bytes) -> bytes:
    """The workbook with a ``<dimension>`` claiming a million rows."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as book:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"<sheetData>", b'<dimension ref="A1:E1000000"/><sheetData>')
            book.writestr(member, content)
    return out.getvalue()


def test_a_streamed_sheet_is_counted_from_its_xml_not_its_dimension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above CALAMINE_CELLS openpyxl streams the sheet: its rows are those measured in the sheet XML, not
    the million its ``<dimension>`` claims."""
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "25")
    monkeypatch.setattr(tabular, "CALAMINE_CELLS", 0)
    at_limit = _forged_dimension(_xlsx(tmp_path / "exakt.xlsx", 25))
    assert sum(len(chunk) for chunk in tabular.open_table(io.BytesIO(at_limit), "s.xlsx").chunks()) == 25
    with pytest.raises(FileFormatError) as info:
        tabular.open_table(io.BytesIO(_forged_dimension(_xlsx(tmp_path / "over.xlsx", 26))), "s.xlsx")
    assert str(info.value) == f"s.xlsx: {OVER}"


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_police_json_over_the_limit_is_refused_by_its_number_of_events(
    gzipped: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "25")
    name = "polis.json.gz" if gzipped else "polis.json"
    assert read_file(io.BytesIO(_police(25, gzipped)), name).rows_total == 25
    assert _refused(_police(26, gzipped), name) == f"{name}: {OVER}"


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("vecka.csv", lambda path, n: _csv(*_rows(n))),
        ("vecka.xlsx", _xlsx),
        ("polis.json.gz", lambda path, n: _police(n, gzipped=True)),
    ],
)
def test_a_file_over_the_row_limit_is_refused_before_its_first_chunk_and_nothing_is_stored(
    name: str,
    make: Callable[[Path, int], bytes],
    sqlite_engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chunks of 10 rows, a limit of 25: 26 rows used to store two chunks before the third found the
    26th row (and the transaction rolled them back). Now no chunk is processed (`progress` is called
    after each stored chunk) and no import batch, row outcome or audit entry is written: a refused file
    leaves nothing but its message. At the limit, the file loads."""
    with sqlite_engine.begin() as conn:
        store_reference(conn, reference())
    monkeypatch.setenv("LAGESBILD_MAX_ROWS", "25")
    over = tmp_path / f"over_{name}"
    over.write_bytes(make(tmp_path / "over", 26))
    done: list[int] = []
    with over.open("rb") as fh, pytest.raises(FileFormatError) as info:
        ingest_file(sqlite_engine, fh, name, imported_by="test", progress=done.append, chunk_rows=10)
    assert str(info.value) == f"{name}: {OVER}"
    assert done == []
    with sqlite_engine.connect() as conn:
        for table in (db.incidents, db.ingest_batches, db.rejected_rows, db.ignored_rows, db.audit_log):
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0, table.name
    at_limit = tmp_path / f"exakt_{name}"
    at_limit.write_bytes(make(tmp_path / "exakt", 25))
    with at_limit.open("rb") as fh:
        summary = ingest_file(
            sqlite_engine, fh, name, imported_by="test", progress=done.append, chunk_rows=10
        )
    assert summary.rows == 25 and summary.loaded == 25 and summary.accounted()
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.incidents)).scalar_one() == 25


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
