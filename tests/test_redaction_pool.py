"""The free texts redacted in worker processes (data_ingest/redaction_pool.py): the same stored rows as
in-process, on real SQLite and real PostGIS; a worker's error raised in the parent as itself; the pool
shut down and its processes gone after an ingest, an error and an interrupt; the memo's texts not sent."""

from __future__ import annotations

import io
import os
import signal
import sys
import time
import types
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from bench.worker import redaction_workers
from data_ingest import pipeline, redaction_pool
from data_ingest.redaction_pool import Redactions, pooled
from lagesbild import settings
from lagesbild.errors import FileFormatError, LagesbildError
from lagesbild.reference import store_reference
from tests import redaction_pool_faults
from tests.factories import reference

HEADER = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E"
FIRST = ["Kalle", "Lisa", "Ahmed", "Sofia", "Johan", "Maria", "Erik", "Fatima"]
LAST = ["Svensson", "Andersson", "Nilsson", "Karlsson", "Johansson", "Lindqvist"]


def _rows(n: int) -> list[str]:
    """Rows whose descriptions are nearly all distinct and hold names, phone numbers and addresses; places
    repeat; the first rows again at the end (duplicates inside the file)."""
    rows = [
        f"2026-05-{1 + k % 20:02d};{k % 24:02d}:{k % 60:02d};{'Fisksätra' if k % 2 else 'Älta'};"
        f"{'Älta centrum' if k % 3 else f'Storgatan {k % 40}'};{'Klotter' if k % 5 else 'Skadegörelse'};"
        f"{FIRST[k % 8]} {LAST[k % 6]} ({k}) ringde från 070-{k:07d} om klotter vid entrén, "
        f"ärende {k}.;Trygghetsvärdar Nacka;" + ("6577000;679000" if k % 4 == 0 else ";")
        for k in range(n)
    ]
    return [*rows, *rows[:7]]


CONTENT = "\n".join([HEADER, *_rows(1_200)]).encode()


def _workers() -> list[int]:
    """The live (or unreaped) children of this process's fork server: the redaction workers."""
    return redaction_workers()[1]


def _no_workers_left() -> bool:
    deadline = time.monotonic() + 5  # a worker joined is reaped by the fork server just before
    while _workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _workers()


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool for a test-sized file: a part of 400 rows has ~400 new texts, sent as batches of 50."""
    monkeypatch.setattr(redaction_pool, "MIN_TEXTS", 100)
    monkeypatch.setattr(redaction_pool, "BATCH_TEXTS", 50)


def _stored(engine: Engine) -> list[tuple[object, ...]]:
    """Every incident in id order, a linked duplicate by the row it links to, and the rejected rows."""
    columns = (
        "id, row_number, source_key, content_hash, occurred_at, area_id, category, description, place, "
        "east, north, duplicate_of, privacy_reason, kommun_code, raw_description, raw_place"
    )
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM incidents ORDER BY id")).all()]  # noqa: S608
        other = conn.execute(text("SELECT count(*) FROM rejected_rows")).scalar()
    row_of = {r[0]: r[1] for r in rows}
    return [(*r[1:11], row_of.get(r[11]), *r[12:]) for r in rows] + [(other,)]


def _fresh(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in ("incident_history", "incidents", "rejected_rows", "ignored_rows", "ingest_batches"):
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608


def _ingest(
    engine: Engine, workers: int, progress: Callable[[int], None] | None = None
) -> pipeline.BatchSummary:
    return pipeline.ingest_file(
        engine, io.BytesIO(CONTENT), "nacka.csv", chunk_rows=400, redaction_workers=workers, progress=progress
    )


@pytest.mark.usefixtures("small_batches")
def test_two_workers_store_the_same_rows_as_in_process(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())
    in_process = _ingest(engine, 0)
    alone = _stored(engine)
    _fresh(engine)
    seen: list[int] = []
    pooled_summary = _ingest(engine, 2, progress=lambda rows: seen.append(len(_workers())))
    assert _stored(engine) == alone
    assert (pooled_summary.loaded, pooled_summary.duplicates, pooled_summary.rejected) == (
        in_process.loaded,
        in_process.duplicates,
        in_process.rejected,
    )
    assert in_process.loaded > 1_000
    assert max(seen) == 2  # the workers ran (one line per part: 4 parts)
    assert _no_workers_left()  # the pool was shut down and its processes joined
    descriptions = [str(r[6]) for r in alone[:-1]]
    assert all("070-" not in d and "Svensson (" not in d for d in descriptions)  # redacted, not raw


def test_a_small_file_starts_no_pool(sqlite_engine: Engine) -> None:
    """Below MIN_TEXTS new texts per part the parent redacts them itself (today's path)."""
    with sqlite_engine.begin() as conn:
        store_reference(conn, reference())
    seen: list[int] = []
    _ingest(sqlite_engine, 2, progress=lambda rows: seen.append(len(_workers())))
    assert seen == [0, 0, 0, 0]


def test_the_setting_gives_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    setting = settings.SETTINGS["redaction_workers"]
    assert setting.env == "LAGESBILD_REDACTION_WORKERS"
    assert int(setting.default) == min(settings.usable_cpus(), settings.MAX_REDACTION_WORKERS)
    monkeypatch.setenv(setting.env, "1")
    assert settings.get_int("redaction_workers") == 1
    assert not Redactions({}, 1).parallel and not Redactions({}, 0).parallel and Redactions({}, 2).parallel


@pytest.mark.usefixtures("small_batches")
def test_a_killed_worker_fails_the_ingest_and_stores_nothing(sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as conn:
        store_reference(conn, reference())

    def kill_a_worker(rows: int) -> None:
        if rows <= 400:
            os.kill(_workers()[0], signal.SIGKILL)

    with pytest.raises(BrokenProcessPool):
        _ingest(sqlite_engine, 2, progress=kill_a_worker)
    assert _no_workers_left()
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM ingest_batches")).scalar() == 0


@pytest.mark.usefixtures("small_batches")
def test_an_interrupt_shuts_the_pool_down(sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as conn:
        store_reference(conn, reference())

    def interrupt(rows: int) -> None:
        assert _workers()
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _ingest(sqlite_engine, 2, progress=interrupt)
    assert _no_workers_left()
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM ingest_batches")).scalar() == 0


@pytest.mark.parametrize(
    ("bad", "error"), [("FEL", FileFormatError), ("BUGG", ZeroDivisionError)], ids=["user-error", "bug"]
)
def test_a_workers_error_is_raised_in_the_parent_as_itself(bad: str, error: type[Exception]) -> None:
    texts = [f"text {k}" for k in range(300)] + [f"en {bad} här"]
    with pytest.raises(error) as raised, pooled({}, 2, redaction_pool_faults.failing) as redactions:
        redactions.min_texts = 10
        redactions.send(texts)
        redactions.collect_next()
    if error is FileFormatError:
        assert isinstance(raised.value, LagesbildError)
        assert str(raised.value) == "texten 'en FEL här' går inte att läsa"
    # The worker's traceback is kept, chained as the cause.
    assert "redaction_pool_faults.py" in str(raised.value.__cause__)
    assert _no_workers_left()


def test_the_memos_texts_are_not_sent() -> None:
    memo: dict[str, str | None] = {f"text {k}": f"M:text {k}" for k in range(0, 300, 2)}
    with pooled(memo, 2, redaction_pool_faults.marked) as redactions:
        redactions.min_texts = 10
        redactions.send([f"text {k}" for k in range(300)])
        redactions.send([f"text {k}" for k in range(200, 400)])  # 200-299 are under way already
        redactions.collect_next()
        assert all(memo[f"text {k}"] == f"M:text {k}" for k in range(0, 300, 2))
        assert all(memo[f"text {k}"] == f"W:text {k}" for k in range(1, 300, 2))
        redactions.collect_next()
        assert all(memo[f"text {k}"] == f"W:text {k}" for k in range(300, 400))
        assert len(memo) == 400
    assert _no_workers_left()


def test_in_process_sends_nothing() -> None:
    memo: dict[str, str | None] = {}
    with pooled(memo, 1, redaction_pool_faults.marked) as redactions:
        redactions.min_texts = 1
        redactions.send([f"text {k}" for k in range(300)])
        redactions.collect_next()
        assert memo == {} and redactions._pool is None


def test_a_worker_does_not_run_the_parents_main_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Streamlit runs a page script as `__main__`; a worker started from it must not run the script."""
    marker = tmp_path / "ran"
    script = tmp_path / "page.py"
    script.write_text(f"open({str(marker)!r}, 'w').close()\nraise SystemExit('the page script ran')\n")
    page = types.ModuleType("__main__")
    page.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", page)
    memo: dict[str, str | None] = {}
    with pooled(memo, 2, redaction_pool_faults.marked) as redactions:
        redactions.min_texts = 10
        redactions.send([f"text {k}" for k in range(300)])
        redactions.collect_next()
    assert memo["text 7"] == "W:text 7" and not marker.exists()
