"""A chunk's rows are let go before the next chunk is read (peak memory: one chunk's rows, not two or
three; the reading loop of a 1M-row file 338 -> 267 MB, bench/RESULTS.md Stop 22)."""

from __future__ import annotations

import gc
import io
import weakref
from typing import Any

import pandas as pd
import pytest

from data_ingest.pipeline import _first_then
from data_ingest.readers import common
from data_ingest.readers.base import ReadResult
from data_ingest.readers.detect import iter_read_file

HEADER = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör"


def _file(rows: int) -> io.BytesIO:
    lines = [f"2026-05-01;10:{k % 60:02d};Älta;Torget;Klotter;Text {k}.;Väktare" for k in range(rows)]
    return io.BytesIO("\n".join([HEADER, *lines]).encode())


def test_the_reader_holds_no_earlier_chunk_while_reading_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    frames: list[weakref.ref[pd.DataFrame]] = []
    alive: list[bool] = []
    read_chunk = common._read_chunk

    def watched(*args: Any) -> ReadResult:
        gc.collect()
        alive.append(any(frame() is not None for frame in frames))  # an earlier chunk, still held?
        part = read_chunk(*args)
        frames.append(weakref.ref(part.records))
        return part

    monkeypatch.setattr(common, "_read_chunk", watched)
    sizes = []
    for part in iter_read_file(_file(25), "a.csv", chunk_size=10):
        sizes.append(len(part.records))
        del part
    assert sizes == [10, 10, 5]
    assert alive == [False, False, False]


def test_first_then_yields_all_and_lets_the_first_go() -> None:
    rest = list(iter_read_file(_file(25), "a.csv", chunk_size=10))
    first = rest.pop(0)
    kept = weakref.ref(first)
    chunks = _first_then(first, iter(rest))
    del first
    seen: list[ReadResult] = [next(chunks)]
    assert seen[0] is kept()
    seen.clear()
    seen.append(next(chunks))
    gc.collect()
    assert kept() is None
    assert [len(p.records) for p in [*seen, *chunks]] == [10, 5]
