"""Recognising the source of a file by its content, and the single entry point read_file."""

from __future__ import annotations

import gzip
import io
import json

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_ingest.readers import bostadsbolag, kommun, kommunpolis, polis_api
from data_ingest.readers.base import FileFormatError
from data_ingest.readers.detect import detect, iter_read_file, read_file

KOMMUN = "Datum;Tid;Område;Kategori\r\n2024-04-15;21:30;Älta;Klotter\r\n"
EVENTS = "Datum;Område;Händelse;Beskrivning;Rapportör\r\n30/4/2025;Älta;Valborg;;\r\n"
POLIS = (
    "Händelsenr;Datum;Klockslag;Brottstyp;Plats;Område;Lat;Long\r\n5000123;2025-04-14;22:15;Brand;;Älta;;\r\n"
)
BOLAG = (
    "Ärendenr;Registrerad;Fastighet;Adress;Ärendetyp;Beskrivning;Kostnad;Bolag\r\n1;2025-04-14;;;Klotte"
    "r;;;HSB\r\n"
)
API = [
    {
        "id": 1,
        "datetime": "2025-06-07 7:32:06 +02:00",
        "name": "06 juni 18.50, Brand, Nacka",
        "summary": "",
        "url": "",
        "type": "Brand",
        "location": {"name": "Nacka", "gps": "59.31,18.16"},
    }
]


def xlsx(text: str, title: str = "Blad1", first: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if first is not None:  # another sheet first
        sheet.title = "Info"
        sheet.append([first])
        sheet = book.create_sheet(title)
    else:
        sheet.title = title
    for line in text.strip().split("\r\n"):
        sheet.append(line.split(";"))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CASES = [
    (KOMMUN.encode("cp1252"), "kommun", "incidents", kommun.read),
    (EVENTS.encode(), "kommun", "events", kommun.read_events),
    (POLIS.encode("utf-8-sig"), "polis", "incidents", kommunpolis.read),
    (BOLAG.encode(), "bostadsbolag", "incidents", bostadsbolag.read),
    (KOMMUN.replace(";", ",").upper().encode(), "kommun", "incidents", kommun.read),
    (xlsx(KOMMUN), "kommun", "incidents", kommun.read),
    (xlsx(EVENTS, "Kommande händelser", first="Läs mig"), "kommun", "events", kommun.read_events),
    (xlsx(POLIS), "polis", "incidents", kommunpolis.read),
    (xlsx(BOLAG), "bostadsbolag", "incidents", bostadsbolag.read),
    (json.dumps(API).encode(), "polis", "incidents", polis_api.read),
    (json.dumps(API, indent=2).encode(), "polis", "incidents", polis_api.read),
    (gzip.compress(json.dumps(API).encode()), "polis", "incidents", polis_api.read),
    (b"[]", "polis", "incidents", polis_api.read),
]
IDS = [
    "kommun",
    "events",
    "kommunpolis",
    "bolag",
    "kommun-comma-upper",
    "kommun-xlsx",
    "events-xlsx",
    "kommunpolis-xlsx",
    "bolag-xlsx",
    "api",
    "api-indented",
    "api-gzip",
    "api-empty",
]


@pytest.mark.parametrize(("data", "source", "kind", "reader"), CASES, ids=IDS)
def test_detect_and_read_file(data: bytes, source: str, kind: str, reader: object) -> None:
    assert detect(data, "fil") == (source, kind, reader)
    result = read_file(io.BytesIO(data), "fil")
    assert (result.source, result.kind) == (source, kind) and result.accounted()
    assert result.rows_total == len(result.records) == (0 if data == b"[]" else 1)
    assert read_file(io.BytesIO(data), "fil", source=source).kind == kind
    parts = list(iter_read_file(io.BytesIO(data), "fil"))
    assert sum(len(p.records) for p in parts) == result.rows_total


def test_the_file_name_does_not_decide() -> None:
    assert read_file(io.BytesIO(xlsx(KOMMUN)), "rapport.csv").source == "kommun"
    assert read_file(io.BytesIO(KOMMUN.encode()), "rapport.xlsx").source == "kommun"


@pytest.mark.parametrize(
    ("data", "source", "fragments"),
    [
        (
            KOMMUN.encode(),
            "bostadsbolag",
            ["känner inte igen filen från källan bostadsbolag", "Ärendenr, Registrerad, Ärendetyp, Bolag"],
        ),
        (
            BOLAG.encode(),
            "polis",
            ["kommunpolisens veckoutdrag (Händelsenr, Datum, Brottstyp)", "polisens händelse-API"],
        ),
        (json.dumps(API).encode(), "kommun", ["JSON från polisens API, inte en fil från källan kommun"]),
        (
            b"Namn;Adress\r\nA;B\r\n",
            None,
            [
                "rubrikrad: Namn, Adress",
                "kommunens EST-rapport (Datum, Område, Kategori)",
                "kommunens kommande händelser (Datum, Händelse)",
                "bostadsbolagets ärendeexport",
                "polisens händelse-API",
            ],
        ),
        (b'{"type": "FeatureCollection"}', None, ["JSON-filen känns inte igen"]),
        (b"", None, ["filen är tom"]),
        (b"\x00\x01\x02garbage", None, ["binärt innehåll"]),
        (KOMMUN.encode(), "brandkåren", ["okänd källa 'brandkåren'"]),
    ],
)
def test_unrecognised_files_say_what_was_expected(
    data: bytes, source: str | None, fragments: list[str]
) -> None:
    with pytest.raises(FileFormatError) as info:
        read_file(io.BytesIO(data), "okänd.csv", source=source)
    for fragment in fragments:
        assert fragment in str(info.value)


def test_source_restricts_a_file_that_matches_several_kinds() -> None:
    both = "Händelsenr;Datum;Klockslag;Brottstyp;Kategori;Område\r\n1;2025-04-14;;Brand;Brand;Älta\r\n"
    assert read_file(io.BytesIO(both.encode()), "f.csv").source == "polis"
    assert read_file(io.BytesIO(both.encode()), "f.csv", source="kommun").source == "kommun"


def test_a_kommun_file_lacking_omrade_is_recognised_and_the_column_named() -> None:
    with pytest.raises(FileFormatError, match='f.csv: kolumnen "Område" saknas'):
        read_file(io.BytesIO(b"Datum;Kategori\r\n2024-04-15;Klotter\r\n"), "f.csv")


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.builds(lambda b: b"PK\x03\x04" + b, st.binary(max_size=200)),
        st.builds(lambda b: b'[{"datetime": ' + b, st.binary(max_size=200)),
        st.builds(lambda b: KOMMUN.encode() + b, st.binary(max_size=200)),
    )
)
def test_any_bytes_give_a_result_or_a_file_format_error(data: bytes) -> None:
    try:
        result = read_file(io.BytesIO(data), "slump.csv")
    except FileFormatError as exc:
        assert str(exc).startswith("slump.csv")
    else:
        assert result.accounted()
