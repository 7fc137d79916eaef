"""The normaliser's shortcuts give what the general path gives: dates and ISO weeks per distinct day,
content reasons remembered across a file's chunks (and the pipeline's two memories, which are kept
flat)."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import Engine

from data_ingest import normalise, pipeline
from data_ingest.normalise import _content_reasons, _dates_and_weeks
from data_ingest.pipeline import ingest_file
from lagesbild.privacy.sensitive import content_reason
from lagesbild.reference import store_reference
from lagesbild.weeks import TZ, week_labels
from tests.factories import reference


def _local(stamps: list[str]) -> pd.Series:
    return pd.to_datetime(pd.Series(stamps), utc=True, format="ISO8601").dt.tz_convert(TZ).dt.as_unit("us")


# Around midnight in both offsets, the spring and autumn clock changes, ISO years that start in the
# previous calendar year (2026-01-01 is in 2026-W01, 2027-01-01 in 2026-W53) and sub-second times.
EDGES = [
    "2025-12-28T22:59:59Z",
    "2025-12-28T23:00:00Z",
    "2026-01-01T00:00:00Z",
    "2026-03-29T00:59:59Z",
    "2026-03-29T01:00:00Z",
    "2026-06-30T21:59:59.999999Z",
    "2026-06-30T22:00:00Z",
    "2026-10-25T00:30:00Z",
    "2026-10-25T01:30:00Z",
    "2027-01-01T12:00:00Z",
    "2027-01-03T23:30:00Z",
    "2027-01-04T00:00:00Z",
]


def test_dates_and_weeks_are_those_of_each_row() -> None:
    rng = np.random.default_rng(7)
    seconds = rng.integers(1_500_000_000, 1_900_000_000, 5_000)
    stamps = [dt.datetime.fromtimestamp(int(s), dt.UTC).isoformat() for s in seconds] + EDGES
    local = _local(stamps)
    dates, weeks = _dates_and_weeks(local)
    assert dates.tolist() == local.dt.date.tolist()
    assert weeks.tolist() == week_labels(local).tolist()
    assert str(weeks.dtype) == str(week_labels(local).dtype)
    assert list(dates.index) == list(local.index)


def test_a_missing_time_takes_the_general_path() -> None:
    """Which fails as before: a row without a time never gets this far (the reader rejects it)."""
    local = _local([*EDGES[:3], None])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="NA"):
        week_labels(local)
    with pytest.raises(ValueError, match="NA"):
        _dates_and_weeks(local)


def _records(descriptions: list[str | None], places: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        {"title": [None] * len(descriptions), "description": descriptions, "place_text": places}, dtype=object
    )


def test_content_reasons_remembered_across_chunks() -> None:
    first = _records(["Misshandel i nära relation", "Klotter", None], ["Skolan", None, "Kvinnofridsgatan"])
    second = _records(["Klotter", "Ofredande vid busshållplatsen", "Klotter"], ["Skolan", "Parken", None])
    seen: dict[str, str | None] = {}
    for records in (first, second):
        expected = [
            content_reason(t, d, p)
            for t, d, p in zip(records["title"], records["description"], records["place_text"], strict=True)
        ]
        assert _content_reasons(records, seen) == expected == _content_reasons(records)
    assert seen["Klotter"] is None and seen["Misshandel i nära relation"] is not None


def test_a_text_seen_in_an_earlier_chunk_is_not_looked_at_again(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def counting(text: object) -> str | None:
        asked.append(str(text))
        return content_reason(text)

    monkeypatch.setattr(normalise, "content_reason", counting)
    seen: dict[str, str | None] = {}
    _content_reasons(_records(["Klotter", "Bråk"], ["Torget", None]), seen)
    _content_reasons(_records(["Bråk", "Nytt"], ["Torget", "Torget"]), seen)
    assert sorted(asked) == ["Bråk", "Klotter", "Nytt", "Torget"]


def test_the_pipeline_memories_keep_their_first_half_when_full(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past REDACTED_TEXTS texts each memory keeps the half it learnt first before the next chunk (flat
    memory: at most that half and one chunk's texts), and the rows are stored as without the memories."""
    with sqlite_engine.begin() as conn:
        store_reference(conn, reference())
    sizes: list[tuple[int, int]] = []
    store_part = pipeline._store_part

    first: list[str] = []

    def watched(*args: object, **kwargs: object) -> None:
        redacted, reasons = args[7], args[8]
        assert isinstance(redacted, dict) and isinstance(reasons, dict)
        store_part(*args, **kwargs)  # type: ignore[arg-type]
        sizes.append((len(redacted), len(reasons)))
        first[:] = first or list(redacted)[:2]
        assert all(text in redacted for text in first)  # the texts learnt first are never forgotten

    monkeypatch.setattr(pipeline, "REDACTED_TEXTS", 5)
    monkeypatch.setattr(pipeline, "_store_part", watched)
    header = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör"
    rows = [
        f"2026-05-01;{k % 24:02d}:00;Älta;Plats {k};Klotter;Text nummer {k}.;Trygghetsvärdar"
        for k in range(20)
    ]
    content = "\n".join([header, *rows]).encode()
    summary = ingest_file(sqlite_engine, io.BytesIO(content), "a.csv", chunk_rows=4)
    assert summary.loaded == 20
    assert all(r <= 2 + 8 and s <= 2 + 8 for r, s in sizes)  # half of 5 kept, then one chunk (4 rows × 2)
    assert max(s for _, s in sizes) > 5  # they did fill
