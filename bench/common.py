"""Shared pieces of the benchmarks (bench/run.py): constants, sizes, results, helpers and databases.

The paths and settings (ROOT, WORK, RESULTS, PG_ADMIN_URL, ENGINES, SECTIONS, CHROMIUM_ARGS), the run's
sizes (`Sizes`), its results (`Row`, `Results`) and the `Context` every section gets; the small helpers
for timing and formatting (median, ratio, fmt_*, timed, interleaved, log), `machine_info`, the fresh
databases of a run (`Databases`, `pg_admin_engine`) and `run_worker`, which runs one measured job in
its own process (bench/worker.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from bench import generate
from lagesbild.db import init_db, make_engine

ROOT = Path(__file__).resolve().parents[1]
WORK = generate.WORK
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
PG_ADMIN_URL = os.environ.get("LAGESBILD_BENCH_PG", "postgresql+psycopg:///postgres?host=/var/run/postgresql")
PG_PREFIX = "lagesbild_bench_"
ENGINES = ("sqlite", "postgis")
SECTIONS = ("areas", "ingest", "query", "map", "pdf", "weekly", "dashboard", "profile", "load")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass
class Sizes:
    ingest_rows: int = 1_000_000
    ingest_small_rows: int = 250_000
    baseline_repeats: int = 2  # bracketing the pipeline run: one before, one after
    # SQLite: 5 M, so that the whole run stays near 30 minutes on 2 cores (10 M adds ~3 min of loading).
    query_rows: dict[str, int] = field(default_factory=lambda: {"sqlite": 5_000_000, "postgis": 10_000_000})
    query_repeats: int = 7
    map_in_view: int = 100_000
    naive_markers: tuple[int, int] = (5_000, 10_000)
    pdf_repeats: int = 3
    dashboard_rows: int = 1_000_000
    dashboard_repeats: int = 2
    profile_rows: int = 40
    profile_after_rows: int = 20_000
    pg_fix_rows: int = 100_000  # first import into a fresh PostgreSQL, store before/after the fix
    kommuner: int = generate.N_KOMMUNER  # x 3 areas, 3 places (7 names) per area
    weekly_rows: int = 200
    weekly_repeats: int = 3
    areas_points: int = 200_000  # A: placing by point, real RegSO areas vs the synthetic grid
    areas_rows: int = 5_000  # A: placing by text and the normalise step per row
    areas_repeats: int = 3
    load_viewers: int = 50  # simultaneous viewers of the published snapshot (issue 17: each within 3 s)
    load_samordnare: int = 20  # simultaneous samordnare of the live app (issue 17: each within 10 s)
    area_source: str = "regso"  # the run's areas: generate.AREA_SOURCES

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            ingest_rows=10_000, ingest_small_rows=2_500, baseline_repeats=2,
            query_rows={"sqlite": 150_000, "postgis": 150_000}, query_repeats=5, map_in_view=10_000,
            naive_markers=(500, 1_000), pdf_repeats=1, dashboard_rows=50_000, dashboard_repeats=1,
            profile_rows=3, profile_after_rows=0, weekly_rows=100, weekly_repeats=2, pg_fix_rows=0,
            areas_points=50_000, areas_rows=1_000, areas_repeats=2,
        )  # fmt: skip

    @classmethod
    def tiny(cls) -> Sizes:
        """For tests/test_bench_smoke.py: every code path, nothing measured seriously."""
        return cls(
            ingest_rows=400, ingest_small_rows=100, baseline_repeats=1,
            query_rows={"sqlite": 3_000, "postgis": 3_000}, query_repeats=2, map_in_view=300,
            naive_markers=(20, 40), pdf_repeats=1, dashboard_rows=2_000, dashboard_repeats=1,
            profile_rows=2, profile_after_rows=0, kommuner=8, weekly_rows=20, weekly_repeats=1, pg_fix_rows=0,
            areas_points=500, areas_rows=30, areas_repeats=1, load_viewers=3, load_samordnare=2,
        )  # fmt: skip


@dataclass
class Row:
    """One line of the summary table."""

    scenario: str
    engine: str
    measured: str
    baseline: str
    ratio: float
    note: str = ""


@dataclass
class Results:
    started: str = ""
    finished: str = ""
    seconds: float = 0.0
    mode: str = "full"
    scale: dict[str, Any] = field(default_factory=dict)
    machine: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------ helpers


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else math.nan


def ratio(a: float, b: float) -> float:
    return a / b if b else math.nan


def fmt_s(seconds: float) -> str:
    if math.isnan(seconds):
        return "–"
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if abs(n) < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def fmt_n(n: float) -> str:
    return f"{n:,.0f}".replace(",", " ")


def fmt_rate(n: float) -> str:
    return fmt_n(n) if n >= 100 else f"{n:.2f}"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds for one call, started from a collected heap.

    The benchmark process holds the national reference data (hundreds of thousands of objects), so a
    full garbage collection costs it ~140 ms; without this, that pause landed in whichever job happened
    to trip the threshold (it was the 1-week week_counts in five rounds of seven: 3.5× instead of ~1.1×).
    Collections the call itself causes are still counted."""
    gc.collect()
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def interleaved(jobs: dict[str, Callable[[], Any]], repeats: int, warmup: int = 1) -> dict[str, list[float]]:
    """Run every job once per round, in turn, so that load from other users hits all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for round_ in range(warmup + repeats):
        for name, job in jobs.items():
            seconds, _ = timed(job)
            if round_ >= warmup:
                times[name].append(seconds)
    return times


def log(message: str) -> None:
    print(f"[{dt.datetime.now():%H:%M:%S}] {message}", flush=True)


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def machine_info(pg: Engine | None) -> dict[str, Any]:
    import fpdf
    import numpy
    import pandas
    import sqlalchemy
    import streamlit

    meminfo = _read("/proc/meminfo")
    total_kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1)) if "MemTotal" in meminfo else 0  # type: ignore[union-attr]
    model = re.search(r"model name\s*:\s*(.+)", _read("/proc/cpuinfo"))
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "cpu": model.group(1).strip() if model else platform.processor(),
        "ram_gb": round(total_kb / 1024 / 1024, 1),
        "load_average_start": os.getloadavg(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pandas": pandas.__version__,
        "numpy": numpy.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": __import__("sqlite3").sqlite_version,
        "streamlit": streamlit.__version__,
        "fpdf2": fpdf.__version__,
    }
    try:
        import folium

        info["folium"] = folium.__version__
    except ImportError:  # pragma: no cover
        pass
    chromium = shutil.which("chromium")
    if chromium:
        with contextlib.suppress(Exception):
            info["chromium"] = subprocess.run(
                [chromium, "--version"], capture_output=True, text=True, timeout=20
            ).stdout.strip()
    if pg is not None:
        with pg.connect() as conn:
            info["postgresql"] = conn.execute(text("SHOW server_version")).scalar()
            info["postgis"] = conn.execute(
                text("SELECT default_version FROM pg_available_extensions WHERE name = 'postgis'")
            ).scalar()
            info["pg_settings"] = {
                name: conn.execute(text(f"SHOW {name}")).scalar()
                for name in ("shared_buffers", "work_mem", "max_parallel_workers_per_gather")
            }
    return info


# --------------------------------------------------------------------------------------- databases


class Databases:
    """Fresh databases for the run: SQLite files in bench/work, PostgreSQL `lagesbild_bench_*`."""

    def __init__(self, pg_admin: Engine | None) -> None:
        self.pg_admin = pg_admin
        self.created: list[str] = []
        self.files: list[Path] = []

    def url(self, engine: str, label: str) -> str:
        if engine == "sqlite":
            path = WORK / f"{label}.db"
            self.remove_sqlite(path)
            self.files.append(path)
            return f"sqlite:///{path}"
        assert self.pg_admin is not None
        name = f"{PG_PREFIX}{label}"
        with self.pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def with_reference(self, engine: str, label: str, synthetic: generate.Synthetic) -> str:
        from lagesbild.reference import store_reference

        url = self.url(engine, label)
        eng = make_engine(url)
        init_db(eng)
        with eng.begin() as conn:
            store_reference(conn, synthetic.reference)
        eng.dispose()
        return url

    @staticmethod
    def remove_sqlite(path: Path) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def drop(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            self.remove_sqlite(Path(parsed.database or ""))
            return
        name = parsed.database
        if self.pg_admin is not None and name and name.startswith(PG_PREFIX):
            with self.pg_admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            if name in self.created:
                self.created.remove(name)

    def drop_all(self) -> None:
        for name in list(self.created):
            self.drop(make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False))
        for path in self.files:
            self.remove_sqlite(path)


def pg_admin_engine() -> Engine | None:
    try:
        engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            available = conn.execute(
                text("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")
            ).scalar()
        return engine if available else None
    except Exception:  # no server, no PostGIS: the PostGIS numbers are skipped and say so
        return None


def run_worker(args: Sequence[str], timeout: float = 7200) -> dict[str, Any]:
    """`python -m bench.worker ARGS` in a child process; its JSON plus its own peak RSS (os.wait4)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.worker", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + timeout
    out_parts: list[str] = []
    err_parts: list[str] = []
    # Drain the pipes while waiting so a chatty child cannot block; wait4 gives this child's rusage.
    import selectors

    selector = selectors.DefaultSelector()
    assert proc.stdout is not None and proc.stderr is not None
    selector.register(proc.stdout, selectors.EVENT_READ, out_parts)
    selector.register(proc.stderr, selectors.EVENT_READ, err_parts)
    open_streams = 2
    while open_streams:
        if time.monotonic() > deadline:
            proc.kill()
            raise TimeoutError(f"bench.worker {' '.join(args)} took more than {timeout} s")
        for key, _ in selector.select(timeout=5):
            chunk = key.fileobj.readline()  # type: ignore[union-attr]
            if chunk:
                key.data.append(chunk)
            else:
                selector.unregister(key.fileobj)
                open_streams -= 1
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"bench.worker {' '.join(args)} failed:\n{''.join(err_parts)[-4000:]}")
    lines = [line for line in "".join(out_parts).splitlines() if line.startswith("{")]
    result = json.loads(lines[-1])
    result["peak_rss_kb"] = usage.ru_maxrss  # kilobytes on Linux
    return result


# ------------------------------------------------------------------------------------------ context


@dataclass
class Context:
    """What every section gets: the sizes, the engines, the databases, the reference and the results."""

    sizes: Sizes
    engines: list[str]
    dbs: Databases
    synthetic: generate.Synthetic
    results: Results
    query_urls: dict[str, str] = field(default_factory=dict)
