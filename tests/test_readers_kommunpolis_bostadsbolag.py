"""Kommunpolis' weekly excerpt and the housing companies' work-order exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Sequence

import openpyxl
import pytest

from data_ingest.readers import bostadsbolag, kommunpolis
from data_ingest.readers.base import INCIDENT_COLUMNS, FileFormatError, ReadResult


def xlsx(rows: Sequence[Sequence[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def checked(result: ReadResult) -> ReadResult:
    assert result.accounted() and list(result.records.columns) == INCIDENT_COLUMNS
    return result


# ---------------------------------------------------------------- kommunpolis

POLIS_HEADER = ["Händelsenr", "Datum", "Klockslag", "Brottstyp", "Plats", "Område", "Lat", "Long"]


def test_kommunpolis_xlsx_with_numbers_dates_and_decimal_comma() -> None:
    rows: list[Sequence[object]] = [
        POLIS_HEADER,
        [
            5000123,
            dt.date(2025, 4, 14),
            dt.time(22, 15),
            "Skadegörelse",
            "Fisksätra torg",
            "Fisksätra",
            59.2935,
            18.2575,
        ],
        ["5000124", dt.datetime(2025, 4, 15, 1, 5), None, "Misshandel", "", "Älta", "59,2575", "18,1830"],
        ["5000125", "16/4/2025", "23.40", "Brand", "Brandkärrsvägen", "Brandkärr", None, None],
    ]
    result = checked(kommunpolis.read(io.BytesIO(xlsx(rows)), "kommunpolis_v16.xlsx"))
    rec = result.records
    assert result.source == "polis" and not result.rejected
    assert rec["source_ref"].tolist() == ["5000123", "5000124", "5000125"]  # no ".0"
    assert rec["organisation"].eq("Kommunpolis").all() and rec["location_hint"].isna().all()
    assert [str(t) for t in rec["occurred_at"]] == [
        "2025-04-14 22:15:00+02:00",
        "2025-04-15 01:05:00+02:00",
        "2025-04-16 23:40:00+02:00",
    ]
    assert rec["time_precision"].tolist() == ["exact", "exact", "exact"]
    assert rec["lat"].tolist()[:2] == [59.2935, 59.2575] and rec["lon"].tolist()[1] == 18.183
    assert math.isnan(rec["lat"].tolist()[2])
    assert rec["source_category"].tolist() == ["Skadegörelse", "Misshandel", "Brand"]
    assert rec["area_text"].tolist() == ["Fisksätra", "Älta", "Brandkärr"]


def test_kommunpolis_csv_rejects_bad_rows_all_at_once() -> None:
    rows = [
        POLIS_HEADER,
        ["", "2025-04-14", "22:15", "Brand", "", "Älta", "", ""],
        ["5000124", "14/4/25", "22:15", "Brand", "", "Älta", "", ""],
        ["5000125", "2025-04-14", "", "", "", "Älta", "59,1", ""],
        ["5000126", "2025-04-14", "natt", "Rån", "", "Älta", "", ""],
    ]
    result = checked(kommunpolis.read(io.BytesIO(csv_bytes(rows, "cp1252")), "kp.csv"))
    assert [(r.row, r.column) for r in result.rejected] == [(2, "Händelsenr"), (3, "Datum"), (4, "Brottstyp")]
    assert "kolumn Long: Lat är angiven men Long saknas" in result.rejected[2].reason
    assert result.records["time_precision"].tolist() == ["daypart"]


def test_kommunpolis_missing_column() -> None:
    with pytest.raises(FileFormatError, match='kp.csv: kolumnen "Brottstyp" saknas'):
        kommunpolis.read(io.BytesIO(csv_bytes([["Händelsenr", "Datum"], ["1", "2025-04-14"]])), "kp.csv")


# ---------------------------------------------------------------- bostadsbolag

BOLAG_HEADER = [
    "Ärendenr",
    "Registrerad",
    "Fastighet",
    "Adress",
    "Ärendetyp",
    "Beskrivning",
    "Kostnad",
    "Bolag",
]


def test_bostadsbolag_csv_with_several_datetime_and_cost_writings() -> None:
    rows = [
        BOLAG_HEADER,
        [
            "A-1001",
            "2025-04-14 21:30",
            "Brandkärr 4:12",
            "Brandkärrsvägen 23",
            "Klotter",
            "Tags i trapphus",
            "4 500 kr",
            "Nyköpingshem",
        ],
        [
            "A-1002",
            "15/4/2025 07.05",
            "Brandkärr 4:13",
            "Brandkärrsvägen 25",
            "Brand/brandrök",
            "",
            "4 500,50",
            "Nyköpingshem",
        ],
        ["A-1002", "2025-04-16", "", "", "Störning", "", "", "HSB"],
        ["77", "2025-04-16T23:15:00", "", "Idrottsvägen 2", "Inbrott förråd", "", "4500:-", "Rikshem"],
    ]
    result = checked(bostadsbolag.read(io.BytesIO(csv_bytes(rows)), "nykopingshem.csv"))
    rec = result.records
    assert result.source == "bostadsbolag" and not result.rejected
    assert rec["source_ref"].tolist() == [
        "Nyköpingshem:A-1001",
        "Nyköpingshem:A-1002",
        "HSB:A-1002",
        "Rikshem:77",
    ]
    assert rec["organisation"].tolist() == ["Nyköpingshem", "Nyköpingshem", "HSB", "Rikshem"]
    assert [str(t) for t in rec["occurred_at"]] == [
        "2025-04-14 21:30:00+02:00",
        "2025-04-15 07:05:00+02:00",
        "2025-04-16 00:00:00+02:00",
        "2025-04-16 23:15:00+02:00",
    ]
    assert rec["time_precision"].tolist() == ["exact", "exact", "day", "exact"]
    assert rec["cost_sek"].tolist()[:2] == [4500.0, 4500.5] and math.isnan(rec["cost_sek"].tolist()[2])
    assert rec["address"].tolist()[0] == rec["place_text"].tolist()[0] == "Brandkärrsvägen 23"
    assert rec["property_designation"].tolist()[0] == "Brandkärr 4:12"
    assert rec["source_category"].tolist()[1] == "Brand/brandrök"


def test_bostadsbolag_xlsx_with_excel_datetimes_and_bad_rows() -> None:
    rows: list[Sequence[object]] = [
        [h.upper() for h in BOLAG_HEADER],
        [
            1001,
            dt.datetime(2025, 4, 14, 21, 30),
            "Brandkärr 4:12",
            "Brandkärrsvägen 23",
            "Klotter",
            "",
            4500,
            "Nyköpingshem",
        ],
        [1002, 45762.25, "", "", "Klotter", "", "ca fyratusen", "Nyköpingshem"],
        [1003, "igår", "", "", "", "", "", ""],
    ]
    result = checked(bostadsbolag.read(io.BytesIO(xlsx(rows)), "export.xlsx"))
    assert result.records["source_ref"].tolist() == ["Nyköpingshem:1001"]
    assert [(r.row, r.column) for r in result.rejected] == [(3, "KOSTNAD"), (4, "REGISTRERAD")]
    assert 'export.xlsx rad 3, kolumn KOSTNAD: okänt belopp "ca fyratusen"' in result.rejected[0].reason
    assert result.rejected[1].reason.count("kolumn ") == 3  # date, type and company in one message


def test_bostadsbolag_needs_the_company_column() -> None:
    with pytest.raises(FileFormatError, match='export.csv: kolumnen "Bolag" saknas'):
        bostadsbolag.read(io.BytesIO(csv_bytes([BOLAG_HEADER[:-1]])), "export.csv")
