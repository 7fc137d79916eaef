"""The police events API reader: small in-memory JSON, year inference, DST, and the real national file."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from data_ingest.readers import polis_api
from data_ingest.readers.base import INCIDENT_COLUMNS, FileFormatError, ReadResult

SHARED = Path(os.environ.get("LAGESBILD_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
REAL = SHARED / "real_data"
NATIONAL = REAL / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"
SAMPLE = REAL / "polisen_api_response_sample.json"


def event(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": 650297,
        "datetime": "2025-06-07 7:32:06 +02:00",
        "name": "06 juni 18.50, Trafikbrott, Kungsör",
        "summary": "Bilbrand i Fisksätra.",
        "url": "/aktuellt/handelser/2025/juni/7/",
        "type": "Lagen om hundar och katter ",
        "location": {"name": "Kungsör", "gps": "59.422405,16.096021"},
    }
    return base | changes


def read(payload: object, name: str = "polisen.json") -> ReadResult:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    result = polis_api.read(io.BytesIO(data), name)
    assert result.accounted() and list(result.records.columns) == INCIDENT_COLUMNS
    return result


def test_one_event_becomes_one_record() -> None:
    result = read([event()])
    assert result.source == "polis" and result.kind == "incidents" and not result.rejected
    rec = result.records.iloc[0]
    assert rec["row"] == 1 and rec["source_ref"] == "650297" and rec["organisation"] == "Polisen"
    assert str(rec["occurred_at"]) == "2025-06-06 18:50:00+02:00" and rec["time_precision"] == "exact"
    assert str(rec["published_at"]) == "2025-06-07 07:32:06+02:00"
    assert rec["source_category"] == "Lagen om hundar och katter"  # trailing space stripped
    assert rec["place_text"] == rec["kommun_name"] == "Kungsör"
    assert rec["description"] == "Bilbrand i Fisksätra."
    assert rec["title"] == "06 juni 18.50, Trafikbrott, Kungsör"
    assert (rec["lat"], rec["lon"]) == (59.422405, 16.096021)
    assert rec["location_hint"] == "kommun" and pd.isna(rec["east"]) and rec["area_text"] is None


@pytest.mark.parametrize(
    "wrap",
    [
        lambda e: json.dumps([e]).encode(),
        lambda e: json.dumps(e).encode(),  # a single object
        lambda e: gzip.compress(json.dumps([e]).encode()),
        lambda e: b"\xef\xbb\xbf" + json.dumps([e], ensure_ascii=False, indent=2).encode(),
    ],
    ids=["list", "object", "gzip", "bom"],
)
def test_accepted_wrappings(wrap: Any) -> None:
    assert read(wrap(event())).records["source_ref"].tolist() == ["650297"]


def test_empty_list_is_zero_rows() -> None:
    result = read([])
    assert result.rows_total == 0 and result.records.empty


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "filen är tom"),
        (json.dumps([event(), event()]).encode()[:150], "trasig eller ofullständig JSON"),
        (b'{"events": []}', "inte en lista av händelser"),
        (b"42", "inte en lista av händelser"),
        (b"[1, 2, 3]", "innehåller inga polishändelser"),
        (b"\x1f\x8b\x08\x00garbage", "trasig gzip"),
        ('[{"name": "å"}]'.encode("cp1252"), "inte JSON i UTF-8"),
    ],
)
def test_unreadable_json(data: bytes, fragment: str) -> None:
    with pytest.raises(FileFormatError, match=fragment) as info:
        polis_api.read(io.BytesIO(data), "polisen.json")
    assert str(info.value).startswith("polisen.json: ")


def test_every_bad_event_is_reported_at_once() -> None:
    events = [
        event(),
        event(name="Sammanfattning natt, Stockholm"),
        event(datetime="igår"),
        "inte ett objekt",
        event(name="32 juni 18.50, Brand, Älta"),
        event(location={"name": "Nacka", "gps": "norr om stan"}),
        event(id=None),
        event(name="06 jumi 18.50, Brand, Älta"),
        event(type=" ", name="06 juni 18.50, Brand, bil, Nacka"),
    ]
    result = read(events)
    assert len(result.records) == 2 and result.rows_total == 9
    by_row = {r.row: r for r in result.rejected}
    assert {r: by_row[r].column for r in by_row} == {
        2: "name",
        3: "datetime",
        4: None,
        5: "name",
        6: "location.gps",
        7: "id",
        8: "name",
    }
    assert by_row[2].reason == (
        'polisen.json rad 2, kolumn name: okänd händelsetid i "Sammanfattning natt, Stockholm" '
        '(förväntat t.ex. "06 juni 18.50, Trafikbrott, Kungsör")'
    )
    assert 'okänd månad "jumi"' in by_row[8].reason and by_row[2].raw["id"] == 650297
    assert result.records["source_category"].tolist()[1] == "Brand, bil"  # type taken from the name


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        ("06 juni 18.50, X, Y", "2025-06-07 7:32:06 +02:00", "2025-06-06 18:50:00+02:00"),
        # new year, backwards: the real Solna event
        (
            "31 december 23.08, Vållande till kroppsskada, Solna",
            "2026-01-01 0:05:56 +01:00",
            "2025-12-31 23:08:00+01:00",
        ),
        ("31 december 23.50, X, Y", "2026-01-02 08:00:00 +01:00", "2025-12-31 23:50:00+01:00"),
        # new year, forwards: clock skew puts the publish time before the stated time
        ("1 januari 00.10, X, Y", "2025-12-31 23:58:00 +01:00", "2026-01-01 00:10:00+01:00"),
        # an advance notice published four days before
        ("17 juni 07.00, Övrigt, Örebro län", "2024-06-13 5:56:19 +02:00", "2024-06-17 07:00:00+02:00"),
        # the publish date written with the previous evening's time (real)
        (
            "20 oktober 23:55, Mord/dråp, försök, Malmö",
            "2022-10-20 0:24:14 +02:00",
            "2022-10-20 23:55:00+02:00",
        ),
        ("29 februari 06.00, X, Y", "2024-03-01 1:00:00 +01:00", "2024-02-29 06:00:00+01:00"),
        ("29 februari 06.00, X, Y", "2025-01-10 1:00:00 +01:00", "2024-02-29 06:00:00+01:00"),
        ("1 jan 9:05, X, Y", "2025-01-01 10:00:00 Z", "2025-01-01 09:05:00+01:00"),
        ("7 juli 15.01, X, Y", "2025-07-07 20:16:12", "2025-07-07 15:01:00+02:00"),
        # DST: the skipped March hour shifts forward; the repeated October hour follows the publish time
        ("31 mars 02.30, X, Y", "2024-03-31 4:00:00 +02:00", "2024-03-31 03:00:00+02:00"),
        ("27 oktober 02.30, X, Y", "2024-10-27 2:35:00 +02:00", "2024-10-27 02:30:00+02:00"),
        ("27 oktober 02.30, X, Y", "2024-10-27 2:20:00 +02:00", "2024-10-27 02:30:00+02:00"),
        ("27 oktober 02.30, X, Y", "2024-10-27 2:40:00 +01:00", "2024-10-27 02:30:00+01:00"),
        ("27 oktober 02.30, X, Y", "2024-10-27 9:00:00 +01:00", "2024-10-27 02:30:00+01:00"),
    ],
)
def test_incident_time_and_year_inference(name: str, published: str, expected: str) -> None:
    stamp = polis_api.incident_time(name, published)
    assert str(stamp) == expected


def test_late_stated_times_are_kept_and_warned_about() -> None:
    events = [
        event(),
        event(id=2, name="20 oktober 23:55, Mord, Malmö", datetime="2022-10-20 0:24:14 +02:00"),
    ]
    result = read(events)
    assert str(result.records["occurred_at"].iloc[1]) == "2022-10-20 23:55:00+02:00"
    assert (
        len(result.warnings) == 1
        and "1 händelser har en händelsetid mer än en timme efter" in result.warnings[0]
    )
    assert "rad 2" in result.warnings[0]


def test_location_may_be_missing() -> None:
    rec = read([event(location=None)]).records.iloc[0]
    assert rec["kommun_name"] is None and pd.isna(rec["lat"]) and rec["location_hint"] == "kommun"


def _real(path: Path) -> Path:
    if not path.exists():
        pytest.skip(
            f"polisens riktiga data saknas: {path} (sätt LAGESBILD_SHARED_DIR till katalogen med real_data/)"
        )
    return path


def test_the_500_event_sample() -> None:
    with _real(SAMPLE).open("rb") as fh:
        result = polis_api.read(fh, SAMPLE.name)
    assert result.rows_total == 500 == len(result.records) and result.accounted()


def test_the_whole_national_file() -> None:
    """84,531 real events, Sept 2022 - Aug 2026 (runs in a few seconds)."""
    path = _real(NATIONAL)
    with path.open("rb") as fh:
        result = polis_api.read(fh, path.name)
    with gzip.open(path) as fh:
        source = json.load(fh)
    rec = result.records
    assert result.rows_total == len(source) == 84_531 and result.accounted()
    assert not result.rejected and not result.ignored and len(rec) == 84_531
    assert rec["source_ref"].tolist() == [str(e["id"]) for e in source]
    assert rec["location_hint"].eq("kommun").all() and rec["source"].eq("polis").all()
    assert not rec["source_category"].str.endswith(" ").any()
    assert set(rec["source_category"]) >= {
        "Lagen om hundar och katter",
        "Trafikolycka",
        "Sammanfattning natt",
    }
    lag = rec["published_at"] - rec["occurred_at"]
    # The year is right for every event: each lies within days of its publish time ...
    assert lag.abs().max() < pd.Timedelta(days=31)
    # ... and almost every one at most two days before it (the police publish after the fact) ...
    within = (lag >= pd.Timedelta(0)) & (lag <= pd.Timedelta(days=2))
    assert within.mean() > 0.98
    # ... but the real data has stated times after the publish time: clock skew (< 1 h), the publish date
    # written with the previous evening's time (12-24 h) and advance notices (days). They are kept as
    # written and counted in one warning.
    late = lag < -polis_api.CLOCK_SKEW
    assert 150 < late.sum() < 250
    assert len(result.warnings) == 1 and result.warnings[0].startswith(f"{path.name}: {late.sum()} händelser")
    # New year: the events stated on 31 December and published on 1 January belong to the old year.
    new_year = rec[rec["title"].str.startswith("31 december") & (rec["published_at"].dt.month == 1)]
    assert (
        len(new_year) >= 1 and (new_year["occurred_at"].dt.year == new_year["published_at"].dt.year - 1).all()
    )
    solna = rec[rec["title"] == "31 december 23.08, Vållande till kroppsskada, Solna"]
    assert [str(t) for t in solna["occurred_at"]] == ["2025-12-31 23:08:00+01:00"]
    assert [str(t) for t in solna["published_at"]] == ["2026-01-01 00:05:56+01:00"]
    assert str(rec["occurred_at"].dt.tz) == "Europe/Stockholm"
    assert rec["occurred_at"].min() > pd.Timestamp(dt.datetime(2022, 1, 1), tz="Europe/Stockholm")
