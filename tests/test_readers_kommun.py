"""The kommun EST report reader (incidents and kommande händelser) on small in-memory files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Mapping, Sequence

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_ingest.readers import kommun
from data_ingest.readers.base import EVENT_COLUMNS, INCIDENT_COLUMNS, FileFormatError, ReadResult

NAME = "nacka_est_2025-W16.csv"
HEADER = ["Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör", "N", "E"]
ROWS = [
    [
        "2024-04-15",
        "21:30",
        "Fisksätra",
        "Fisksätra centrum",
        "Klotter",
        "Tags på väggen, ca 2 m²",
        "Fritidsgården",
        "6574123,5",
        "165432,1",
    ],
    [
        "15/4/2024",
        "kväll",
        "Älta",
        "Älta centrum",
        "Skadegörelse",
        "Krossad glasruta",
        "Trygghetsvärdar",
        "",
        "",
    ],
    ["15.4.2024", "", "Älta", "0701234567", "Nedskräpning", "", "", "", ""],
]


def csv_bytes(
    rows: list[list[str]], sep: str = ";", encoding: str = "utf-8", header: list[str] = HEADER
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerows([header, *rows])
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(
    rows: Sequence[Sequence[object]], sheets: Mapping[str, Sequence[Sequence[object]]] | None = None
) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Rapport"
    for row in rows:
        sheet.append(row)
    for title, extra in (sheets or {}).items():
        more = book.create_sheet(title)
        for row in extra:
            more.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read(data: bytes, name: str = NAME) -> ReadResult:
    result = kommun.read(io.BytesIO(data), name)
    assert result.accounted()
    assert list(result.records.columns) == INCIDENT_COLUMNS
    return result


def check_three_rows(result: ReadResult) -> None:
    rec = result.records
    assert result.source == "kommun" and result.kind == "incidents"
    assert result.rows_total == 3 and not result.rejected and not result.ignored
    assert rec["row"].tolist() == [2, 3, 4]
    assert [str(t) for t in rec["occurred_at"]] == [
        "2024-04-15 21:30:00+02:00",
        "2024-04-15 20:00:00+02:00",
        "2024-04-15 00:00:00+02:00",
    ]
    assert rec["time_precision"].tolist() == ["exact", "daypart", "day"]
    assert rec["area_text"].tolist() == ["Fisksätra", "Älta", "Älta"]
    assert rec["source_category"].tolist() == ["Klotter", "Skadegörelse", "Nedskräpning"]
    assert rec["description"].tolist() == ["Tags på väggen, ca 2 m²", "Krossad glasruta", None]
    assert rec["place_text"].tolist()[2] == "0701234567"  # never a number
    assert rec["organisation"].tolist() == ["Fritidsgården", "Trygghetsvärdar", "okänd rapportör"]
    assert rec.loc[0, "north"] == 6574123.5 and rec.loc[0, "east"] == 165432.1
    assert math.isnan(rec.loc[1, "north"]) and math.isnan(rec.loc[0, "lat"])
    assert rec["source"].eq("kommun").all() and rec["source_ref"].isna().all()
    assert rec["location_hint"].isna().all()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [";", ","])
def test_csv_encodings_and_separators(encoding: str, sep: str) -> None:
    check_three_rows(read(csv_bytes(ROWS, sep, encoding)))


def test_csv_lf_line_endings_and_trailing_blank_lines() -> None:
    data = csv_bytes(ROWS).replace(b"\r\n", b"\n") + b"\n\n;;;\n"
    check_three_rows(read(data))


def test_xlsx_with_real_cells_shuffled_upper_case_headers_and_extra_column() -> None:
    header = ["KATEGORI", "område", "Extra", " Datum ", "TID", "Plats", "beskrivning", "RAPPORTÖR", "n", "e"]
    rows: list[Sequence[object]] = [
        ["Veckorapport EST v.16"],  # a title line above the header
        header,
        [
            "Klotter",
            "Fisksätra",
            "x",
            dt.date(2024, 4, 15),
            dt.time(21, 30),
            "Fisksätra centrum",
            "Tags på väggen, ca 2 m²",
            "Fritidsgården",
            6574123.5,
            165432.1,
        ],
        [],
        [
            "Skadegörelse",
            "Älta",
            None,
            dt.datetime(2024, 4, 15),
            "kväll",
            "Älta centrum",
            "Krossad glasruta",
            "Trygghetsvärdar",
        ],
        ["Nedskräpning", "Älta", None, "15.4.2024", None, "0701234567"],
    ]
    result = read(xlsx_bytes(rows, {"Kommande händelser": [["Datum", "Händelse"]]}), "nacka.xlsx")
    rec = result.records
    assert rec["row"].tolist() == [3, 5, 6]  # sheet rows
    assert result.rows_total == 4 and [(i.row, i.reason) for i in result.ignored] == [(4, "tom rad")]
    assert [str(t) for t in rec["occurred_at"]] == [
        "2024-04-15 21:30:00+02:00",
        "2024-04-15 20:00:00+02:00",
        "2024-04-15 00:00:00+02:00",
    ]
    assert rec["north"].tolist()[0] == 6574123.5
    assert rec["place_text"].tolist()[2] == "0701234567"
    assert any("Extra" in w for w in result.warnings)
    assert any('läste bladet "Rapport"' in w and "Kommande händelser" in w for w in result.warnings)


def test_every_bad_row_is_reported_at_once_with_row_and_column() -> None:
    rows = [
        ["2024-04-15", "21:30", "Älta", "", "Klotter", "", "", "", ""],  # 2 ok
        ["31/13/2025", "", "Älta", "", "Klotter", "", "", "", ""],  # 3 bad date
        ["2024-04-15", "25:70", "Älta", "", "Klotter", "", "", "", ""],  # 4 bad time
        ["2024-04-15", "", "Älta", "", "", "", "", "", ""],  # 5 empty Kategori
        ["2024-04-15", "", "Älta", "", "Klotter", "", "", "65x", "1"],  # 6 unparseable N
        ["", "", "", "", "", "", "", "", ""],  # 7 empty row
        ["2024-04-15", "", "Älta", "", "Klotter", "", "", "6574123", ""],  # 8 N without E
        ["igår", "sent", "Älta", "", "", "", "", "", ""],  # 9 three problems in one row
        ["2024-04-16", "", "", "", "Brand", "", "", "", ""],  # 10 ok: blank Område is allowed
    ]
    result = read(csv_bytes(rows))
    assert result.rows_total == 9 and len(result.records) == 2 and len(result.ignored) == 1
    by_row = {r.row: r for r in result.rejected}
    assert sorted(by_row) == [3, 4, 5, 6, 8, 9]
    assert by_row[3].column == "Datum"
    assert by_row[3].reason == (
        f'{NAME} rad 3, kolumn Datum: okänt datumformat "31/13/2025": månad 13 finns inte '
        "(förväntat t.ex. 2024-04-15, 15/4/2024 eller 15.4.2024)"
    )
    assert by_row[4].column == "Tid" and f'{NAME} rad 4, kolumn Tid: ogiltig tid "25:70"' in by_row[4].reason
    assert (
        by_row[5].column == "Kategori"
        and by_row[5].reason == f"{NAME} rad 5, kolumn Kategori: Kategori saknas"
    )
    assert by_row[6].column == "N" and 'okänt tal "65x"' in by_row[6].reason
    assert by_row[8].column == "E" and "N är angiven men E saknas" in by_row[8].reason
    assert by_row[9].reason.count("kolumn ") == 3 and by_row[9].raw["Datum"] == "igår"
    assert result.records["area_text"].tolist() == ["Älta", None]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["Datum", "Tid", "Område", "Plats", "Beskrivning"], f'{NAME}: kolumnen "Kategori" saknas'),
        (["Datum", "Tid", "Plats", "Beskrivning"], f'{NAME}: kolumnerna "Område", "Kategori" saknas'),
    ],
)
def test_missing_required_column_is_one_clear_error(header: list[str], message: str) -> None:
    with pytest.raises(FileFormatError) as info:
        kommun.read(io.BytesIO(csv_bytes([["2024-04-15", "", "", ""]], header=header)), NAME)
    assert str(info.value).startswith(message)
    assert "krävs för kommunens EST-rapport: Datum, Område, Kategori" in str(info.value)


@pytest.mark.parametrize("data", [csv_bytes([]), csv_bytes([]) + b"\r\n\r\n", xlsx_bytes([HEADER])])
def test_header_only_is_zero_rows(data: bytes) -> None:
    result = read(data)
    assert result.rows_total == 0 and result.records.empty
    assert result.records["occurred_at"].dtype == "datetime64[us, Europe/Stockholm]"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "filen är tom"),
        (b"\r\n  \n", "filen är tom"),
        (bytes(range(256)) * 4, "binärt innehåll"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binärt innehåll"),
        ("Datum;Omr\u00e5de;Kategori\n".encode("cp850"), "teckenkodningen känns inte igen"),
        ("Datum;Område;Kategori\n".encode("utf-16-le"), "binärt innehåll"),
        (
            "Datum;Område;Kategori\n2024-04-15;Älta;Klotter\n".encode()
            + "2024-04-15;Älta;Brand\n".encode("cp1252"),
            "blandar UTF-8",
        ),
        (
            "Datum;Omr\u00e5de;Kategori\n".encode().decode("cp1252").encode(),
            "teckenkodningen känns inte igen",
        ),
        (b"Datum;Omr\x81de;Kategori\n", "teckenkodningen känns inte igen"),
        (xlsx_bytes([HEADER])[:200], "ingen läsbar Excel-fil"),
        (b'[{"id": 1}]', "JSON"),
    ],
    ids=[
        "empty",
        "blank",
        "garbage",
        "png",
        "cp850",
        "utf16-no-bom",
        "mixed",
        "double-utf8",
        "undefined-cp1252",
        "truncated-xlsx",
        "json",
    ],
)
def test_unreadable_files(data: bytes, fragment: str) -> None:
    with pytest.raises(FileFormatError, match=fragment) as info:
        kommun.read(io.BytesIO(data), NAME)
    assert str(info.value).startswith(NAME)


def test_xlsx_that_is_a_zip_of_something_else() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("rapport.txt", "Datum;Område;Kategori")
    with pytest.raises(FileFormatError, match=f"{NAME}: filen är ingen läsbar Excel-fil"):
        kommun.read(io.BytesIO(buffer.getvalue()), NAME)


def test_utf16_with_bom_is_read() -> None:
    check_three_rows(read(csv_bytes(ROWS, "\t", "utf-16")))


def test_quoted_multiline_value_keeps_physical_line_numbers() -> None:
    rows = [
        ["2024-04-15", "", "Älta", "", "Klotter", "rad ett\nrad två\nrad tre", "", "", ""],
        ["16/4/2024", "", "Älta", "", "Brand", "", "", "", ""],
    ]
    result = read(csv_bytes(rows))
    assert result.records["row"].tolist() == [2, 5]
    assert result.records["description"].tolist()[0] == "rad ett\nrad två\nrad tre"


def test_row_with_more_values_than_header_is_rejected_not_shifted() -> None:
    data = csv_bytes([]) + "2024-04-15;;Älta;;Klotter;Tags; fler; värden;;; och mer\r\n".encode()
    result = read(data)
    assert len(result.rejected) == 1 and result.rejected[0].row == 2
    assert "fler värden än rubrikraden" in result.rejected[0].reason


def test_time_from_the_date_cell_when_tid_is_blank_and_wgs84_points() -> None:
    header = ["Datum", "Tid", "Område", "Kategori", "Lat", "Lon"]
    rows = [
        ["2024-04-15 21:30", "", "Älta", "Klotter", "59,2575", "18,183"],
        ["2024-04-15 21:30", "08:00", "Älta", "Klotter", "", ""],
    ]
    rec = read(csv_bytes(rows, header=header)).records
    assert [str(t) for t in rec["occurred_at"]] == ["2024-04-15 21:30:00+02:00", "2024-04-15 08:00:00+02:00"]
    assert rec.loc[0, "lat"] == 59.2575 and rec.loc[0, "lon"] == 18.183


def test_dst_edges_in_a_report() -> None:
    rows = [
        ["31/3/2024", "02:30", "Älta", "", "Klotter", "", "", "", ""],
        ["27/10/2024", "02:30", "Älta", "", "Brand", "", "", "", ""],
    ]
    rec = read(csv_bytes(rows)).records
    assert [str(t) for t in rec["occurred_at"]] == ["2024-03-31 03:00:00+02:00", "2024-10-27 02:30:00+02:00"]


def test_streaming_chunks_add_up_to_the_whole() -> None:
    rows = [[f"{d}/4/2024", "", "Älta", "", "Klotter" if d % 5 else "", "", "", "", ""] for d in range(1, 31)]
    data = csv_bytes(rows + [[""] * 9] + rows)
    parts = list(kommun.iter_read(io.BytesIO(data), NAME, chunk_size=7))
    assert len(parts) == 9 and all(p.accounted() for p in parts)
    whole = read(data)
    assert sum(p.rows_total for p in parts) == whole.rows_total == 61
    assert pd.concat([p.records for p in parts], ignore_index=True).equals(whole.records)
    assert [r.row for p in parts for r in p.rejected] == [r.row for r in whole.rejected]


# ---------------------------------------------------------------- kommande händelser


def test_events_csv_and_sheet() -> None:
    header = ["Datum", "Område", "Händelse", "Beskrivning", "Rapportör"]
    rows = [
        ["30/4/2025", "Fisksätra", "Valborg", "Brasa vid centrum", "Kommunen"],
        ["2025-06-12", "", "Skolavslutning", "", ""],
        ["2025-13-01", "Älta", "", "", ""],
    ]
    result = kommun.read_events(io.BytesIO(csv_bytes(rows, header=header)), "handelser.csv")
    assert result.kind == "events" and result.accounted() and list(result.records.columns) == EVENT_COLUMNS
    assert result.records["event_date"].tolist() == [dt.date(2025, 4, 30), dt.date(2025, 6, 12)]
    assert result.records["title"].tolist() == ["Valborg", "Skolavslutning"]
    assert result.records["organisation"].tolist() == ["Kommunen", "okänd rapportör"]
    assert [r.column for r in result.rejected] == [
        "Datum"
    ] and "kolumn Händelse: Händelse saknas" in result.rejected[0].reason
    book = xlsx_bytes(
        [HEADER, ["2024-04-15", "", "Älta", "", "Klotter"]],
        {"Kommande händelser": [header, [dt.date(2025, 4, 30), "Älta", "Valborg"]]},
    )
    events = kommun.read_events(io.BytesIO(book), "nacka.xlsx")
    assert events.records["title"].tolist() == ["Valborg"] and events.records["row"].tolist() == [2]
    incidents = read(book, "nacka.xlsx")
    assert incidents.records["source_category"].tolist() == ["Klotter"]


# ---------------------------------------------------------------- any cell content

cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "2024-04-15",
            "15/4/2024",
            "31/13/2025",
            "kväll",
            "25:70",
            "6574123,5",
            "",
            " ",
            "Älta",
            "\ufeff",
            '"',
            ";",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(cell, min_size=0, max_size=11), max_size=8),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_any_cells_are_accounted_for_or_a_file_format_error(
    rows: list[list[str]], sep: str, encoding: str
) -> None:
    try:
        data = csv_bytes(rows, sep, encoding)
    except UnicodeEncodeError:
        return
    try:
        result = kommun.read(io.BytesIO(data), NAME)
    except FileFormatError as exc:
        assert str(exc).startswith(NAME)
        return
    assert result.accounted()
    numbers = [*result.records["row"], *(r.row for r in result.rejected), *(i.row for i in result.ignored)]
    assert len(numbers) == len(set(numbers)) == result.rows_total
    assert all(r.reason.startswith(f"{NAME} rad {r.row}") for r in result.rejected)
