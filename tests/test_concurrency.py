"""Several processes at once on one database: ingests of overlapping files, dashboard reads, first use.

Every process here is a real, separate Python process running the CLI's own `main` (the same code as
`python -m lagesbild …`). They import first and then wait at a barrier (a folder in which each drops a
file) so that they really start together instead of one after the other as their imports finish.
Both engines: SQLite in WAL mode and PostGIS. See docs/reliability.md.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, text

from data_ingest.pipeline import ingest_file
from lagesbild.categories import load_config
from lagesbild.db import make_engine
from lagesbild.reference import load_reference
from tests.factories import sample_reference_database

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
TIMEOUT = 180  # seconds for any one child process; a hang fails the test instead of blocking CI

# Imports first, then waits until `count` processes are ready, then runs the CLI with the given argv.
RUNNER = r"""
import os, sys, time
barrier, count, *argv = sys.argv[1:]
from lagesbild.cli import main
if argv[0] == "ingest":
    import data_ingest.pipeline  # noqa: F401  (loaded before the barrier: the ingests start together)
open(os.path.join(barrier, f"ready-{os.getpid()}"), "w").close()
deadline = time.monotonic() + 60
while len(os.listdir(barrier)) < int(count) and time.monotonic() < deadline:
    time.sleep(0.002)
sys.exit(main(argv))
"""

# A dashboard in a loop: week_counts and the import list until the stop file appears (at most 150 s).
READER = r"""
import json, os, sys, time
barrier, count, url, weeks, stop = sys.argv[1:]
from lagesbild import queries, review_queries
from lagesbild.db import make_engine
engine = make_engine(url)
weeks = weeks.split(",")
open(os.path.join(barrier, f"ready-{os.getpid()}"), "w").close()
deadline = time.monotonic() + 60
while len(os.listdir(barrier)) < int(count) and time.monotonic() < deadline:
    time.sleep(0.002)
totals, errors, unfinished, reads = [], [], 0, 0
deadline = time.monotonic() + 150
while not os.path.exists(stop) and time.monotonic() < deadline:
    try:
        counts = queries.week_counts(engine, weeks)
        listed = review_queries.batches(engine)
        totals.append(int(counts["count"].sum()) if len(counts) else 0)
        unfinished += int(listed["finished_at"].isna().sum()) if "finished_at" in listed else 0
        reads += 1
    except Exception as exc:  # every error is a finding: report it, keep reading
        errors.append(f"{type(exc).__name__}: {exc}"[:500])
print(json.dumps({"reads": reads, "errors": errors, "totals": totals, "unfinished": unfinished}))
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAGESBILD_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


@dataclass
class Child:
    name: str
    proc: subprocess.Popen[bytes]
    out: Path
    err: Path

    def wait(self) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=TIMEOUT)
        return code, self.out.read_text(encoding="utf-8"), self.err.read_text(encoding="utf-8")


def _start(tmp: Path, barrier: Path, count: int, name: str, script: str, args: list[str]) -> Child:
    out, err = tmp / f"{name}.out", tmp / f"{name}.err"
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(barrier), str(count), *args],
            cwd=ROOT,
            env=_env(),
            stdout=fo,
            stderr=fe,
            stdin=subprocess.DEVNULL,
        )
    return Child(name, proc, out, err)


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a database that does not exist yet (SQLite) or is empty (PostGIS, no schema)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'lagesbild.db'}"
    return str(request.getfixturevalue("postgis_url"))


def _kill_all(children: list[Child]) -> None:
    for child in children:
        if child.proc.poll() is None:
            child.proc.kill()
            child.proc.wait()


# ---------------------------------------------------------------- first use of a new database


def test_first_use_by_four_processes_at_once(empty_db_url: str, tmp_path: Path) -> None:
    """Four processes open a new database at the same moment (two cron ingests, the dashboard and an
    admin running `db init`): each must find or create the schema, none may fail on "already exists"."""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    children = [
        _start(tmp_path, barrier, 4, f"init{k}", RUNNER, ["db", "init", "--db", empty_db_url])
        for k in range(4)
    ]
    try:
        results = [c.wait() for c in children]
    finally:
        _kill_all(children)
    for code, _out, err in results:
        assert code == 0, f"db init failed under concurrency: {err}"
        assert "Traceback" not in err
    engine = make_engine(empty_db_url)
    try:
        with engine.connect() as conn:
            categories = conn.execute(text("SELECT count(*) FROM categories")).scalar()
            assert categories == len(load_config().categories)
            assert conn.execute(text("SELECT count(*) FROM incidents")).scalar() == 0
    finally:
        engine.dispose()


# Opens each of the same new SQLite files in turn; the processes start together, so they collide on the
# first use of each file (the switch to WAL). Prints how many opens failed and the first error.
OPENER = r"""
import os, sys, time
barrier, count, *paths = sys.argv[1:]
from sqlalchemy import text
from lagesbild.db import make_engine
open(os.path.join(barrier, f"ready-{os.getpid()}"), "w").close()
while len(os.listdir(barrier)) < int(count):
    time.sleep(0.001)
errors = []
for path in paths:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        errors.append(str(exc).splitlines()[0])
    engine.dispose()
print(len(errors), errors[:1])
"""


def test_many_processes_opening_new_sqlite_files_never_fail(tmp_path: Path) -> None:
    """SQLite answers "database is locked" at once, without waiting the busy timeout, when several
    processes switch a brand-new file to WAL together (CI saw it once in `db init`). Six processes open
    the same 150 new files in the same order: every open succeeds and every file ends up in WAL mode."""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    paths = [str(tmp_path / f"new{k}.db") for k in range(150)]
    children = [_start(tmp_path, barrier, 6, f"open{k}", OPENER, paths) for k in range(6)]
    try:
        results = [c.wait() for c in children]
    finally:
        _kill_all(children)
    for code, out, err in results:
        assert code == 0, err
        assert out.startswith("0 "), f"opening a new database failed: {out}"
    for path in paths:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# ---------------------------------------------------------------- concurrent ingests and reads


def _overlapping_files(tmp: Path) -> list[Path]:
    """The same kommun file twice, and two police API files sharing half their event ids."""
    kommun = SAMPLE / "kommun" / "nacka_est_2025-W20.csv"
    week20 = json.loads((SAMPLE / "polis" / "handelser_2025-W20.json").read_bytes())
    week21 = json.loads((SAMPLE / "polis" / "handelser_2025-W21.json").read_bytes())
    first, second = tmp / "polis_a.json", tmp / "polis_b.json"
    first.write_text(json.dumps(week20, ensure_ascii=False), encoding="utf-8")
    shared = week20[len(week20) // 2 :]
    second.write_text(json.dumps(shared + week21[: len(week21) // 2], ensure_ascii=False), encoding="utf-8")
    assert {e["id"] for e in shared} <= {e["id"] for e in week20}
    return [kommun, kommun, first, second]


STATE_SQL = {
    "incidents": "SELECT count(*) FROM incidents",
    "first_reports": "SELECT count(*) FROM incidents WHERE duplicate_of IS NULL",
    "rejected_rows": "SELECT count(*) FROM rejected_rows",
    "ignored_rows": "SELECT count(*) FROM ignored_rows",
    "batches": "SELECT count(*) FROM ingest_batches",
    "unfinished_batches": "SELECT count(*) FROM ingest_batches WHERE finished_at IS NULL",
    "totals": "SELECT sum(rows), sum(loaded), sum(duplicates), sum(ignored), sum(rejected) FROM "
    "ingest_batches",
    "history": "SELECT count(*) FROM incident_history",
    "orphans": "SELECT count(*) FROM incidents i LEFT JOIN ingest_batches b ON b.id = i.batch_id WHERE b.id "
    "IS NULL",
    "duplicate_keys": "SELECT count(*) FROM (SELECT source, source_key FROM incidents "
    "GROUP BY source, source_key HAVING count(*) > 1) d",
}


def _state(url: str) -> dict[str, Any]:
    """What must not depend on the order in which the files were loaded."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            state: dict[str, Any] = {k: tuple(conn.execute(text(q)).one()) for k, q in STATE_SQL.items()}
            state["keys"] = sorted(
                tuple(r) for r in conn.execute(text("SELECT source, source_key, content_hash FROM incidents"))
            )
            unaccounted = conn.execute(
                text("SELECT id FROM ingest_batches WHERE rows <> loaded + duplicates + ignored + rejected")
            ).all()
            state["unaccounted_batches"] = len(unaccounted)
    finally:
        engine.dispose()
    return state


def _sequential(files: list[Path], tmp: Path) -> tuple[dict[str, Any], list[str]]:
    """The reference: the same files one after the other, in-process, into a fresh SQLite database."""
    url = f"sqlite:///{tmp / 'sequential.db'}"
    sample_reference_database(url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            reference = load_reference(conn)
        for path in files:
            ingest_file(engine, io.BytesIO(path.read_bytes()), path.name, reference=reference)
        with engine.connect() as conn:
            weeks = sorted(conn.execute(text("SELECT DISTINCT iso_week FROM incidents")).scalars())
    finally:
        engine.dispose()
    return _state(url), weeks


def _visible_states(url: str, weeks: list[str]) -> set[int]:
    """week_counts totals a reader may see: 0, then after each batch in commit order (= id order, ids
    are taken under the ingest lock). Anything else would be a batch seen half-way."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            per_batch = conn.execute(
                text(
                    "SELECT b.id, count(i.id) FROM ingest_batches b LEFT JOIN incidents i ON "
                    "i.batch_id = b.id "
                    "AND i.duplicate_of IS NULL AND i.area_id IS NOT NULL AND i.iso_week IN :weeks "
                    "GROUP BY b.id ORDER BY b.id"
                ).bindparams(bindparam("weeks", expanding=True)),
                {"weeks": weeks},
            ).all()
    finally:
        engine.dispose()
    states, total = {0}, 0
    for _, n in per_batch:
        total += int(n)
        states.add(total)
    return states


def test_concurrent_ingests_and_reads_equal_sequential(empty_db_url: str, tmp_path: Path) -> None:
    """4 ingests at once (the same file twice, two police files sharing event ids) while a dashboard
    reads in a loop: no errors, no duplicate keys, the same end state as loading them one by one, and
    the reader never sees a batch half-way."""
    url = empty_db_url
    sample_reference_database(url)
    files = _overlapping_files(tmp_path)
    expected, weeks = _sequential(files, tmp_path)
    assert expected["incidents"][0] > 0 and expected["totals"][2] > 0  # the overlap really duplicates

    barrier, stop = tmp_path / "barrier", tmp_path / "stop"
    barrier.mkdir()
    count = len(files) + 1
    reader = _start(tmp_path, barrier, count, "reader", READER, [url, ",".join(weeks), str(stop)])
    ingests = [
        _start(tmp_path, barrier, count, f"ingest{k}", RUNNER, ["ingest", "--json", "--db", url, str(path)])
        for k, path in enumerate(files)
    ]
    try:
        results = [c.wait() for c in ingests]
        stop.touch()
        reader_code, reader_out, reader_err = reader.wait()
    finally:
        stop.touch()
        _kill_all([*ingests, reader])

    summaries = []
    for code, out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
        summaries.extend(json.loads(out)["files"])
    assert all(s["rows"] == s["loaded"] + s["duplicates"] + s["ignored"] + s["rejected"] for s in summaries)
    assert sum(s["rows"] for s in summaries) == expected["totals"][0]

    actual = _state(url)
    assert actual["duplicate_keys"] == (0,)
    assert actual["orphans"] == (0,) and actual["unfinished_batches"] == (0,)
    assert actual["unaccounted_batches"] == 0
    assert actual == expected

    assert reader_code == 0, reader_err
    seen = json.loads(reader_out)
    assert seen["errors"] == [], seen["errors"][:3]
    assert seen["reads"] > 0 and seen["unfinished"] == 0
    assert seen["totals"] == sorted(seen["totals"]), "a reader saw the counts go down"
    assert set(seen["totals"]) <= _visible_states(url, weeks), "a reader saw a batch half-way"
    print(
        f"\n{url.split(':')[0]}: {len(files)} ingests at once, {seen['reads']} dashboard reads, totals "
        "seen "
        f"{sorted(set(seen['totals']))}"
    )
