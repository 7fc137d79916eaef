"""Reading CSV/XLSX bytes into rows of cells: encodings, separators, row numbers, streaming memory."""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from data_ingest.readers import kommun
from data_ingest.readers.base import FileFormatError
from data_ingest.readers.tabular import OVERFLOW, ROW, iter_rows, open_table


def xlsx(cells: dict[str, object], title: str = "Blad1") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for ref, value in cells.items():
        sheet[ref] = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_iter_rows_keeps_every_csv_value_as_text() -> None:
    data = (
        "Datum;Telefon;N;Belopp\r\n2024-04-15;0701234567;6574123,5;4 "
        "500,50\r\n;;;\r\n15/4/2024;007;1e5;TRUE\r\n"
    )
    chunks = list(iter_rows(io.BytesIO(data.encode("cp1252")), "a.csv", chunk_size=2))
    assert [len(c) for c in chunks] == [2, 1]
    frame = pd.concat(chunks, ignore_index=True)
    assert list(frame.columns) == ["Datum", "Telefon", "N", "Belopp", OVERFLOW, ROW]
    assert frame["Telefon"].tolist() == ["0701234567", "", "007"]
    assert frame["N"].tolist() == ["6574123,5", "", "1e5"]
    assert frame["Belopp"].tolist()[2] == "TRUE"
    assert frame[ROW].tolist() == [2, 3, 4]
    assert all(isinstance(v, str) for col in ["Datum", "Telefon", "N", "Belopp"] for v in frame[col])


@pytest.mark.parametrize(
    ("text", "headers"),
    [
        ("Datum;Plats, ort;Kategori\n1;2;3\n", ["Datum", "Plats, ort", "Kategori"]),
        ('Datum,Plats,Kategori\n1,"a; b",3\n', ["Datum", "Plats", "Kategori"]),
        ("Datum\tPlats\tKategori\n1\t2\t3\n", ["Datum", "Plats", "Kategori"]),
        ('Datum;Plats;Kategori\n1;"Klotter, tags, mer";3\n', ["Datum", "Plats", "Kategori"]),
        ("Datum\n2024-04-15\n", ["Datum"]),
    ],
)
def test_separator_is_taken_from_the_header(text: str, headers: list[str]) -> None:
    table = open_table(io.BytesIO(text.encode()), "a.csv")
    assert table.headers == headers


def test_separator_follows_the_expected_header_even_below_a_title_line() -> None:
    text = "Rapport, vecka 16, Nacka kommun, EST\n\nDatum;Område;Kategori\n2024-04-15;Älta;Klotter\n"
    result = kommun.read(io.BytesIO(text.encode()), "a.csv")
    assert result.records["row"].tolist() == [4] and result.rows_total == 1


def test_headers_are_made_unique_and_blank_headers_named() -> None:
    table = open_table(io.BytesIO(b"Datum;;Datum;row\n1;2;3;4\n"), "a.csv")
    assert table.headers == ["Datum", "kolumn 2", "Datum (2)", "row (2)"]


def test_sheet_rows_are_numbered_as_in_excel_even_when_data_starts_lower() -> None:
    data = xlsx(
        {
            "C6": "Datum",
            "D6": "Område",
            "E6": "Kategori",
            "C7": dt.date(2024, 4, 15),
            "D7": "Älta",
            "E7": "Klotter",
            "C9": "16/4/2024",
            "D9": "Älta",
            "E9": "Brand",
        }
    )
    table = open_table(io.BytesIO(data), "a.xlsx")
    assert table.header_row == 6 and table.headers == ["Datum", "Område", "Kategori"]
    rows = list(table.rows)
    assert [n for n, _ in rows] == [7, 8, 9]
    assert rows[0][1][0] == dt.date(2024, 4, 15)  # Excel dates stay dates
    result = kommun.read(io.BytesIO(data), "a.xlsx")
    assert result.records["row"].tolist() == [7, 9] and [i.row for i in result.ignored] == [8]


def test_trailing_blank_rows_are_not_rows() -> None:
    data = xlsx(
        {
            "A1": "Datum",
            "B1": "Område",
            "C1": "Kategori",
            "A2": "2024-04-15",
            "B2": "Älta",
            "C2": "Klotter",
            "A40": " ",
        }
    )
    assert kommun.read(io.BytesIO(data), "a.xlsx").rows_total == 1


def test_non_seekable_stream_is_read() -> None:
    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            chunk = self.inner.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    data = "Datum;Område;Kategori\n2024-04-15;Älta;Klotter\n".encode()
    result = kommun.read(io.BufferedReader(Pipe(data)), "a.csv")
    assert len(result.records) == 1


def test_the_callers_file_object_stays_open() -> None:
    buffer = io.BytesIO("Datum;Område;Kategori\n2024-04-15;Älta;Klotter\n".encode())
    kommun.read(buffer, "a.csv")
    assert not buffer.closed


def test_broken_quoting_is_a_row_problem_or_a_file_error_never_a_crash() -> None:
    data = (
        'Datum;Område;Kategori;Beskrivning\n2024-04-15;Älta;Klotter;"öppet citat\n2024-04-16;Älta;Brand;x\n'
    ).encode()
    try:
        result = kommun.read(io.BytesIO(data), "a.csv")
    except FileFormatError as exc:
        assert str(exc).startswith("a.csv")
    else:
        assert result.accounted()


def test_the_sheet_with_the_expected_columns_is_read_and_the_others_named() -> None:
    book = openpyxl.Workbook()
    info = book.active
    assert info is not None
    info.title = "Info"
    info.append(["Rapport från Nacka kommun"])
    report = book.create_sheet("Rapport")
    report.append(["Datum", "Område", "Kategori"])
    report.append([dt.date(2024, 4, 15), "Älta", "Klotter"])
    out = io.BytesIO()
    book.save(out)
    result = kommun.read(io.BytesIO(out.getvalue()), "a.xlsx")
    assert result.records["source_category"].tolist() == ["Klotter"]
    assert result.warnings == ['a.xlsx: läste bladet "Rapport"; övriga blad lästes inte ("Info")']


def test_a_stray_control_character_is_only_a_cell() -> None:
    data = "Datum;Område;Kategori;Beskrivning\n2024-04-15;Älta;Klotter;rad\x0bbrytning\n".encode()
    result = kommun.read(io.BytesIO(data), "a.csv")
    assert result.records["description"].tolist() == ["rad\x0bbrytning"]


# ---------------------------------------------------------------- streaming in bounded memory


def _peak(run: object) -> int:
    tracemalloc.start()
    try:
        run()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_a_200000_row_file_needs_a_fraction_of_the_memory(tmp_path: Path) -> None:
    path = tmp_path / "stor_rapport.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Datum;Område;Kategori\r\n")
        for i in range(200_000):
            out.write(f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d};Område {i % 7};Kategori {i % 13}\r\n")
    counted: list[int] = []

    def stream() -> None:
        with path.open("rb") as fh:
            for part in kommun.iter_read(fh, path.name, chunk_size=5_000):
                assert part.accounted()
                counted.append(len(part.records))

    def whole() -> None:
        with path.open("rb") as fh:
            result = kommun.read(fh, path.name)
        counted.append(len(result.records))

    streaming, loading = _peak(stream), _peak(whole)
    assert sum(counted[:-1]) == counted[-1] == 200_000
    assert streaming < 0.2 * loading, (
        f"strömmande läsning {streaming / 1e6:.1f} MB, hela filen {loading / 1e6:.1f} MB"
    )
