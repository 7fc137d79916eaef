"""Faults: an ingest killed at random points, connections dropped by the server, a database out of reach.

* SIGKILL: 50 ingests per engine (SQLite and PostGIS) killed at seeded random moments; after each kill
  the database must hold either the whole batch (all counts matching) or nothing of it, and a final run
  of the CLI loads exactly the expected rows. Each ingest is `python -m lagesbild ingest --db URL FILE`
  run by `runpy` in a child forked from a warm "zygote" process, so that the kill lands in the ingest
  and not in 1.5 s of imports (a cold interpreter per kill would cost ~2 minutes per engine).
* PostgreSQL connections terminated by the server between two dashboard queries (pool_pre_ping) and in
  the middle of an ingest (the CLI's Swedish message, nothing stored, a re-run loads everything).
* An unreachable database: exit code 2, a Swedish message, no traceback, no password.
See docs/reliability.md for the numbers.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from data_ingest.pipeline import ingest_file
from lagesbild import data_range, db, queries, review_queries
from lagesbild.categories import load_config
from lagesbild.db import init_db, make_engine
from tests.factories import populate, sample_reference_database, weekly_spec

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
SEED = 20260525
KILLS = 50
TIMEOUT = 120

# ---------------------------------------------------------------- the generated weekly file

VALID_ROWS = 1000  # about 1 s of ingest on this machine: long enough to be killed anywhere in it
BAD_DATES = 20  # rejected
BLANK_LINES = 10  # ignored
REPEATED = 10  # the same row twice in one file: duplicates
AREAS = {  # a point inside each sample area (SWEREF 99 TM)
    "Brandkärr": (616773.8, 6515894.2),
    "Fisksätra": (685474.3, 6577274.1),
    "Älta": (681366.2, 6572896.8),
}
CATEGORIES = ["Klotter", "Skadegörelse", "Nedskräpning", "Anlagd brand - container", "Otrygg plats"]


def kommun_csv(path: Path, number: int, valid: int = VALID_ROWS) -> Path:
    """A kommun EST report with `valid` new rows (unique to file `number`) and bad, blank and
    repeated rows, so that all four outcomes of `rows = loaded + duplicates + ignored + rejected` occur."""
    rng = random.Random(SEED + number)
    lines: list[str] = []
    for k in range(valid):
        area, (east, north) = rng.choice(list(AREAS.items()))
        point = (
            f"{north + rng.uniform(-300, 300):.1f};{east + rng.uniform(-300, 300):.1f}".replace(".", ",")
            if k % 2
            else ";"
        )
        lines.append(
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d};{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d};"
            f"{area};{area} centrum;{rng.choice(CATEGORIES)};Fil {number} rapport "
            f"{k}.;Trygghetsvärdar;{point}"
        )
    for k in range(REPEATED):
        lines.insert(rng.randrange(k + 1, len(lines)), lines[k])  # after the row it repeats
    for k in range(BAD_DATES):
        lines.insert(
            rng.randrange(len(lines)), f"31/13/2025;21:30;Älta;;Klotter;Fil {number} fel {k}.;Väktare;;"
        )
    for _ in range(BLANK_LINES):
        lines.insert(rng.randrange(1, len(lines)), "")
    path.write_text("Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E\n" + "\n".join(lines) + "\n")
    return path


def expected_batch(valid: int = VALID_ROWS) -> dict[str, int]:
    rows = valid + BAD_DATES + BLANK_LINES + REPEATED
    return {
        "rows": rows,
        "loaded": valid,
        "duplicates": REPEATED,
        "ignored": BLANK_LINES,
        "rejected": BAD_DATES,
    }


EXPECTED_BATCH = expected_batch()


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAGESBILD_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


# ---------------------------------------------------------------- the zygote

ZYGOTE = r"""
import json, os, runpy, select, signal, sys, time
# what `python -m lagesbild ingest` imports, loaded once
import lagesbild.cli.app, data_ingest.pipeline, tqdm  # noqa: F401
import sqlalchemy.dialects.sqlite.pysqlite, sqlalchemy.dialects.postgresql.psycopg  # noqa: F401

def child(argv, log):
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    sys.argv = ["lagesbild", *argv]
    code = 1
    try:
        runpy.run_module("lagesbild", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        import traceback
        traceback.print_exc()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

for line in sys.stdin:
    cmd = json.loads(line)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        child(cmd["argv"], cmd["log"])
    killed = False
    if cmd["kill_after"] is not None:
        fd = os.pidfd_open(pid)
        ready, _, _ = select.select([fd], [], [], cmd["kill_after"])
        os.close(fd)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            killed = True
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"killed": killed, "signal": os.WIFSIGNALED(status) and os.WTERMSIG(status),
                      "code": os.WIFEXITED(status) and os.WEXITSTATUS(status),
                      "elapsed": time.monotonic() - start}), flush=True)
"""


class Zygote:
    """A warm Python process that forks one CLI run per request and kills it after a delay."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            cwd=ROOT,
            env=_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.runs = 0

    def run(self, argv: list[str], kill_after: float | None) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.runs += 1
        log = self.logs / f"run{self.runs}.log"
        self.proc.stdin.write(json.dumps({"argv": argv, "log": str(log), "kill_after": kill_after}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the zygote died"
        result: dict[str, Any] = json.loads(line)
        result["log"] = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        return result

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def zygote(tmp_path: Path) -> Iterator[Zygote]:
    logs = tmp_path / "logs"
    logs.mkdir()
    z = Zygote(logs)
    yield z
    z.close()


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'lagesbild.db'}"
    return str(request.getfixturevalue("postgis_url"))


# ---------------------------------------------------------------- consistency


def _wait_for_other_backends(engine: Engine, timeout: float = 15.0) -> None:
    """PostgreSQL: the killed client's backend notices and rolls back on its own; wait until it is gone
    so that what we check is final (a COMMIT sent just before the kill may still be finishing)."""
    if engine.dialect.name != "postgresql":
        return
    deadline = time.monotonic() + timeout
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            others = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar()
            conn.rollback()  # pg_stat_activity is a snapshot taken once per transaction
            if not others:
                return
            time.sleep(0.02)
    raise AssertionError("the killed ingest's server process did not end")


def redelivery(valid: int = VALID_ROWS) -> dict[str, int]:
    """The same file again: nothing new, every row a duplicate (or rejected/ignored as before)."""
    return expected_batch(valid) | {"loaded": 0, "duplicates": valid + REPEATED}


def check_consistency(engine: Engine, integrity: bool = False, valid: int = VALID_ROWS) -> int:
    """Every batch complete and accounted for (a new file or a re-delivery of one), nothing without a
    batch; returns the number of files loaded (batches with new incidents)."""
    with engine.connect() as conn:
        batches = [
            dict(r)
            for r in conn.execute(
                text(
                    "SELECT b.id, b.rows, b.loaded, b.updated, b.duplicates, b.ignored, b.rejected, "
                    "b.finished_at, (SELECT count(*) FROM incidents i WHERE i.batch_id = b.id) AS incidents, "
                    "(SELECT count(*) FROM rejected_rows r WHERE r.batch_id = b.id) AS rejected_rows, "
                    "(SELECT count(*) FROM ignored_rows g WHERE g.batch_id = b.id) AS ignored_rows "
                    "FROM ingest_batches b ORDER BY b.id"
                )
            ).mappings()
        ]
        orphans = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM incidents WHERE batch_id NOT IN (SELECT id FROM "
                "ingest_batches))"
                " + (SELECT count(*) FROM rejected_rows WHERE batch_id NOT IN (SELECT id FROM "
                "ingest_batches))"
                " + (SELECT count(*) FROM ignored_rows WHERE batch_id NOT IN (SELECT id FROM ingest_batches))"
            )
        ).scalar()
        audits = conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'ingest'")).scalar()
        total = conn.execute(text("SELECT count(*) FROM incidents")).scalar()
        if integrity and engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert orphans == 0, "rows without a batch"
    loaded = 0
    for b in batches:
        assert b["finished_at"] is not None, f"a partial batch is visible: {b}"
        counts = {k: b[k] for k in EXPECTED_BATCH}
        assert counts in (expected_batch(valid), redelivery(valid)), b
        assert (b["rejected_rows"], b["ignored_rows"], b["updated"]) == (BAD_DATES, BLANK_LINES, 0), b
        assert b["incidents"] == b["loaded"], b
        loaded += counts == expected_batch(valid)
    assert total == valid * loaded
    assert audits == len(batches)
    return loaded


# ---------------------------------------------------------------- SIGKILL


def test_sigkill_at_random_points_leaves_whole_batches_only(
    db_url: str, zygote: Zygote, tmp_path: Path
) -> None:
    """50 ingests killed with SIGKILL at seeded random moments: after each kill every batch is complete or
    absent; then the CLI loads exactly the rows still missing."""
    sample_reference_database(db_url)
    engine = make_engine(db_url)
    files = tmp_path / "files"
    files.mkdir()

    def argv(number: int) -> list[str]:
        return ["ingest", "--json", "--db", db_url, str(kommun_csv(files / f"kommun_{number}.csv", number))]

    try:
        # An uninterrupted run first: it loads file 0 and tells how long one ingest takes here.
        first = zygote.run(argv(0), kill_after=None)
        assert first["code"] == 0, first["log"]
        summary = json.loads(first["log"])["files"][0]
        assert {k: summary[k] for k in EXPECTED_BATCH} == EXPECTED_BATCH
        duration = first["elapsed"]
        assert check_consistency(engine) == 1

        rng = random.Random(SEED)
        outcomes: Counter[str] = Counter()
        committed = 1  # the next file to load is kommun_{committed}.csv
        for kill in range(KILLS):
            delay = rng.uniform(0.02, 1.15) * duration
            result = zygote.run(argv(committed), kill_after=delay)
            _wait_for_other_backends(engine)
            batches = check_consistency(engine, integrity=kill % 10 == 9)
            if not result["killed"]:
                assert result["code"] == 0, result["log"]
                outcomes["finished before the kill"] += 1
                duration = (duration + result["elapsed"]) / 2  # the machine got faster: follow it
            elif batches == committed + 1:
                outcomes["killed after its commit"] += 1
            else:
                outcomes["killed before its commit"] += 1
            assert result["signal"] in (False, signal.SIGKILL)
            assert batches in (committed, committed + 1)
            committed = batches
        assert outcomes["killed before its commit"] >= KILLS * 2 // 5, outcomes  # most hit an open batch

        # The final run, a real `python -m lagesbild ingest`: the pending file loads in full, a file
        # that was loaded before loads nothing new.
        done = subprocess.run(
            [sys.executable, "-m", "lagesbild", *argv(committed), str(files / "kommun_0.csv")],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        assert done.returncode == 0, done.stderr
        pending, again = json.loads(done.stdout)["files"]
        assert {k: pending[k] for k in EXPECTED_BATCH} == EXPECTED_BATCH
        assert {k: again[k] for k in EXPECTED_BATCH} == redelivery()
        assert check_consistency(engine, integrity=True) == committed + 1
        print(f"\n{db_url.split(':')[0]}: one ingest {duration:.2f} s, {KILLS} kills: {dict(outcomes)}")
    finally:
        engine.dispose()


def test_sigkill_during_first_use_leaves_no_half_schema(zygote: Zygote, tmp_path: Path) -> None:
    """The first `lagesbild` run on a new SQLite file creates the schema; killed half-way it must leave
    all of it or none. (Before the fix the DDL ran outside a transaction, table by table: a kill left
    e.g. every table but no categories, which `schema_exists` took for a finished schema, so every later
    ingest failed on the categories foreign key.) PostgreSQL runs the whole DDL file in one transaction."""
    tables, categories = set(db.metadata.tables), len(load_config().categories)
    folder = tmp_path / "dbs"
    folder.mkdir()
    duration = zygote.run(["db", "init", "--db", f"sqlite:///{folder / 'timing.db'}"], None)["elapsed"]
    rng = random.Random(SEED)
    states: Counter[str] = Counter()
    for kill in range(30):
        path = folder / f"new{kill}.db"
        zygote.run(["db", "init", "--db", f"sqlite:///{path}"], kill_after=rng.uniform(0.0, 1.2) * duration)
        with sqlite3.connect(path) as conn:
            found = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            seeded = conn.execute("SELECT count(*) FROM categories").fetchone()[0] if found else 0
        assert found in (set(), tables), f"half a schema after kill {kill}: {sorted(found)}"
        assert seeded == (categories if found else 0), f"tables without categories after kill {kill}"
        states["complete" if found else "empty"] += 1
    assert states["empty"] > 0, states  # some kills did land inside the schema creation
    last = folder / "new29.db"
    rerun = zygote.run(
        ["ingest", "--json", "--db", f"sqlite:///{last}", str(SAMPLE / "kommun" / "nacka_est_2025-W20.csv")],
        None,
    )
    assert rerun["code"] == 0, rerun["log"]


# ---------------------------------------------------------------- connections dropped by the server


def _terminate_backends(admin: Engine, database: str) -> int:
    with admin.connect() as conn:
        return len(
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": database},
            ).all()
        )


@pytest.mark.postgis
def test_queries_recover_after_the_server_drops_connections(postgis_url: str, postgis_admin: Engine) -> None:
    """A database restart between two dashboard queries: the next `lagesbild.queries` call reconnects
    (pool_pre_ping) instead of failing on a dead pooled connection."""
    database = make_url(postgis_url).database
    assert database
    engine = make_engine(postgis_url)
    plain = create_engine(postgis_url)  # the same without pool_pre_ping, to show what it prevents
    try:
        init_db(engine)
        populate(engine, weekly_spec(weeks=4))
        weeks = [str(w) for w in data_range.weeks_present(engine)]
        before = queries.week_counts(engine, weeks)
        assert int(before["count"].sum()) > 0
        queries.week_counts(plain, weeks)
        assert _terminate_backends(postgis_admin, database) >= 2  # both pools' idle connections
        after = queries.week_counts(engine, weeks)
        assert (
            after.sort_values(list(after.columns))
            .reset_index(drop=True)
            .equals(before.sort_values(list(before.columns)).reset_index(drop=True))
        )
        with pytest.raises(OperationalError):
            queries.week_counts(plain, weeks)
        assert _terminate_backends(postgis_admin, database) >= 1
        assert len(review_queries.batches(engine)) > 0  # and again
    finally:
        engine.dispose()
        plain.dispose()


@pytest.mark.postgis
def test_dashboard_says_so_while_the_database_is_down_and_recovers(
    postgis_url: str, postgis_admin: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restart while the dashboard is open: the page shows a Swedish message instead of a traceback,
    and the next run after the database is back shows the weekly picture again."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard import data

    database = make_url(postgis_url).database
    engine = make_engine(postgis_url)
    init_db(engine)
    populate(engine, weekly_spec(weeks=6))
    engine.dispose()
    monkeypatch.setenv("LAGESBILD_DB", postgis_url)
    monkeypatch.setenv("LAGESBILD_AUTH", "off")
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120).run()
    assert not at.exception and at.title[0].value == "Veckans lägesbild"

    def allow(value: bool) -> None:
        with postgis_admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {str(value).lower()}'))

    assert database is not None
    allow(False)  # the "restart": every connection cut, new ones refused
    try:
        assert _terminate_backends(postgis_admin, database) >= 1
        st.cache_data.clear()  # as after "Läs om data": the page must ask the database again
        at.run()
        assert not at.exception
        assert [e.value for e in at.error] == [data.UNAVAILABLE]
        assert any(b.label == "Försök igen" for b in at.button)
    finally:
        allow(True)
    at.button(key="db-retry").click().run()
    assert not at.exception and not at.error
    assert at.title[0].value == "Veckans lägesbild" and len(at.dataframe) > 0
    st.cache_resource.clear()  # the cached engine's pool, before the fixture drops the database


@pytest.mark.postgis
def test_connection_dropped_during_ingest(postgis_url: str, postgis_admin: Engine, tmp_path: Path) -> None:
    """The server drops the ingest's connection while it holds the ingest lock: the CLI says so in
    Swedish (exit 2, no traceback), nothing of the file is stored, and a re-run loads all of it."""
    sample_reference_database(postgis_url)
    database = make_url(postgis_url).database
    big = 8 * VALID_ROWS  # a few seconds: still inside when the connection is cut
    path = kommun_csv(tmp_path / "kommun.csv", 0, valid=big)
    command = [sys.executable, "-m", "lagesbild", "ingest", "--json", "--db", postgis_url, str(path)]
    proc = subprocess.Popen(
        command, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        holder = None
        with postgis_admin.connect() as conn:
            while holder is None and time.monotonic() < deadline and proc.poll() is None:
                holder = conn.execute(
                    text(
                        "SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                        "WHERE l.locktype = 'advisory' AND l.granted AND a.datname = :name"
                    ),
                    {"name": database},
                ).scalar()
                time.sleep(0.01)
            assert holder is not None, "the ingest never took the ingest lock"
            # the lock is the transaction's first statement: normalising and inserting are still ahead
            time.sleep(0.05)
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": holder})
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 2, (out, err)
    # Only the Swedish message: psycopg's own "error ignored terminating <psycopg.Pipeline…>" is silenced.
    assert err.startswith("Kan inte använda databasen ("), err
    assert "Traceback" not in err and "psycopg.Pipeline" not in err
    engine = make_engine(postgis_url)
    try:
        assert check_consistency(engine, valid=big) == 0
        with path.open("rb") as fh:  # the next attempt, once the database is back
            summary = ingest_file(engine, fh, path.name)
        assert {k: getattr(summary, k) for k in EXPECTED_BATCH} == expected_batch(big)
        assert check_consistency(engine, valid=big) == 1
    finally:
        engine.dispose()


# ---------------------------------------------------------------- an unreachable database

SECRET = "Hemligt-9qX"


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_database_gives_a_clear_message(tmp_path: Path) -> None:
    """Exit code 2, a Swedish message naming the database, no traceback and never the password —
    whether it is in the URL's user part or given libpq-style as ?password=."""
    port = _closed_port()
    (tmp_path / "a_directory.db").mkdir()
    cases = {
        "refused": f"postgresql+psycopg://lagesbild:{SECRET}@127.0.0.1:{port}/lagesbild",
        "password parameter": f"postgresql+psycopg://lagesbild@127.0.0.1:{port}/lagesbild?password={SECRET}",
        "no server socket": f"postgresql+psycopg://lagesbild:{SECRET}@/lagesbild?host={tmp_path}",
        "sqlite not a file": f"sqlite:///{tmp_path / 'a_directory.db'}",
    }
    sample = SAMPLE / "kommun" / "nacka_est_2025-W20.csv"
    commands = {name: ["db", "init"] for name in cases} | {"refused": ["ingest", str(sample)]}
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "lagesbild", *commands[name]],
            cwd=ROOT,
            env=_env() | {"LAGESBILD_DB": url},  # as a deployment sets it
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, url in cases.items()
    }
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 2, (name, out, err)
        assert err.startswith("Kan inte använda databasen ("), (name, err)
        assert "Traceback" not in err, (name, err)
        assert SECRET not in out + err, (name, err)
        assert len(err.strip().splitlines()) <= 3, (name, err)
