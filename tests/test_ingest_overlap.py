"""A chunk's COPY sent while the next chunk is normalised (data_ingest/overlap.py): the same stored rows,
its errors where they belong, on real SQLite and real PostGIS."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable

import pyarrow as pa
import pytest
from sqlalchemy import Engine, text

from data_ingest import normalise, pipeline
from data_ingest.overlap import Overlap, overlapped
from data_ingest.pipeline import ingest_file
from lagesbild.reference import store_reference
from tests.factories import reference

HEADER = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E"
# Rows with and without a point, with a known area or only a place, and (the first rows again at the
# end) re-deliveries inside the file: more than one generation of keys, and duplicates.
ROWS = [
    f"2026-05-{1 + k % 20:02d};{k % 24:02d}:{k % 60:02d};{'Fisksätra' if k % 2 else 'Älta'};"
    f"{'Älta centrum' if k % 3 else ''};{'Klotter' if k % 5 else 'Skadegörelse'};"
    f"Händelse nummer {k % 37} vid entrén.;Trygghetsvärdar Nacka;" + ("6577000;679000" if k % 4 == 0 else ";")
    for k in range(60)
]


def _setup(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())


def _stored(engine: Engine) -> list[tuple[object, ...]]:
    """Every incident in id order, a linked duplicate by the row it links to (ids differ per run)."""
    columns = (
        "id, row_number, source_key, content_hash, occurred_at, area_id, category, description, place, "
        "east, north, duplicate_of, privacy_reason, kommun_code"
    )
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM incidents ORDER BY id")).all()]  # noqa: S608
        other = conn.execute(text("SELECT count(*) FROM rejected_rows")).scalar()
    row_of = {r[0]: r[1] for r in rows}
    return [(*r[1:11], row_of.get(r[11]), *r[12:]) for r in rows] + [(other,)]


def _ingest(engine: Engine, chunk_rows: int) -> pipeline.BatchSummary:
    content = "\n".join([HEADER, *ROWS, *ROWS[:7]]).encode()
    return ingest_file(engine, io.BytesIO(content), "nacka.csv", chunk_rows=chunk_rows)


def _fresh(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in ("incident_history", "incidents", "rejected_rows", "ignored_rows", "ingest_batches"):
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608


def test_small_chunks_store_what_one_chunk_stores(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 7 rows (each COPY overlapping the next chunk's normalising, made slow here so that it
    really does) store the same rows as one chunk, whose COPY overlaps nothing."""
    _setup(engine)
    whole = _ingest(engine, 10_000)
    expected = _stored(engine)
    _fresh(engine)
    slow = normalise.normalise_incidents

    def slow_normalise(*args: object, **kwargs: object) -> normalise.Normalised:
        time.sleep(0.05)
        return slow(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "normalise_incidents", slow_normalise)
    started: list[int] = []
    run = Overlap.run

    def counted(self: Overlap, work: Callable[[], None]) -> None:
        started.append(1)
        run(self, work)

    monkeypatch.setattr(Overlap, "run", counted)
    chunked = _ingest(engine, 7)
    # PostgreSQL: a COPY in the thread for each chunk with new rows (the last has only re-deliveries);
    # SQLite inserts inline.
    assert len(started) == (0 if engine.dialect.name == "sqlite" else 9)
    assert (chunked.loaded, chunked.updated, chunked.duplicates, chunked.rejected) == (
        whole.loaded,
        whole.updated,
        whole.duplicates,
        whole.rejected,
    )
    assert _stored(engine) == expected


def test_a_failing_copy_is_the_error_raised_and_nothing_is_stored(
    postgis_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A COPY that fails in its thread is raised as itself (not as the aborted transaction of the next
    statement), and the whole file is rolled back."""
    _setup(postgis_engine)
    monkeypatch.setattr("data_ingest.insert_rows.copy_buffer", lambda columns: pa.py_buffer(b"not\ta\trow\n"))
    with pytest.raises(Exception, match="(?i)copy|missing data|invalid input") as raised:
        _ingest(postgis_engine, 7)
    assert "InFailedSqlTransaction" not in type(raised.value).__name__
    with postgis_engine.connect() as conn:
        for table in ("ingest_batches", "incidents", "rejected_rows"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0  # noqa: S608


def test_wait_raises_the_work_error_once() -> None:
    overlap = Overlap()
    overlap.run(lambda: (_ for _ in ()).throw(ValueError("trasig rad")))
    with pytest.raises(ValueError, match="trasig rad"):
        overlap.wait()
    overlap.wait()  # reported once


def test_work_runs_one_at_a_time_in_order() -> None:
    done: list[int] = []
    running = threading.Lock()

    def work(k: int) -> None:
        assert running.acquire(blocking=False), "two pieces of work at once"
        time.sleep(0.01)
        done.append(k)
        running.release()

    with overlapped() as overlap:
        for k in range(5):
            overlap.run(lambda k=k: work(k))  # type: ignore[misc]
    assert done == [0, 1, 2, 3, 4]  # all finished when the block is left


def test_the_block_error_wins_over_the_work_error() -> None:
    def fail() -> None:
        raise ValueError("följdfel")

    with pytest.raises(KeyError), overlapped() as overlap:
        overlap.run(fail)
        raise KeyError("orsaken")
