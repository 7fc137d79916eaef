"""Lägesbild benchmarks: every number is a ratio to a baseline timed in the same run.

    python -m bench.run [--quick] [--engines sqlite,postgis] [--rows N] [--query-rows N]
                        [--sections ingest,query,map,pdf,dashboard,profile] [--out bench/RESULTS.md]

Writes bench/RESULTS.md (and bench/work/results.json) and prints the summary table. The method is in
docs/benchmarks.md. Data are generated (seeded) in bench/work/; PostgreSQL databases are created as
`lagesbild_bench_*` and dropped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import html
import json
import math
import os
import platform
import pstats
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from bench import generate
from lagesbild.db import init_db, make_engine

ROOT = Path(__file__).resolve().parents[1]
WORK = generate.WORK
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
PG_ADMIN_URL = os.environ.get("LAGESBILD_BENCH_PG", "postgresql+psycopg:///postgres?host=/var/run/postgresql")
PG_PREFIX = "lagesbild_bench_"
ENGINES = ("sqlite", "postgis")
SECTIONS = ("ingest", "query", "map", "pdf", "weekly", "dashboard", "profile")
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

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            ingest_rows=10_000, ingest_small_rows=2_500, baseline_repeats=2,
            query_rows={"sqlite": 150_000, "postgis": 150_000}, query_repeats=5, map_in_view=10_000,
            naive_markers=(500, 1_000), pdf_repeats=1, dashboard_rows=50_000, dashboard_repeats=1,
            profile_rows=3, profile_after_rows=0, weekly_rows=100, weekly_repeats=2, pg_fix_rows=0,
        )  # fmt: skip

    @classmethod
    def tiny(cls) -> Sizes:
        """For tests/test_bench_smoke.py: every code path, nothing measured seriously."""
        return cls(
            ingest_rows=400, ingest_small_rows=100, baseline_repeats=1,
            query_rows={"sqlite": 3_000, "postgis": 3_000}, query_repeats=2, map_in_view=300,
            naive_markers=(20, 40), pdf_repeats=1, dashboard_rows=2_000, dashboard_repeats=1,
            profile_rows=2, profile_after_rows=0, kommuner=8, weekly_rows=20, weekly_repeats=1, pg_fix_rows=0,
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
    scale: dict[str, int] = field(default_factory=dict)
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


# ------------------------------------------------------------------------------------------- ingest


def bench_ingest(ctx: Context) -> None:
    """1: kommun CSV through ingest_file vs read_csv + bulk insert, throughput and peak memory."""
    sizes = ctx.sizes
    counts = sorted({sizes.ingest_small_rows, sizes.ingest_rows})
    files = {}
    for n in counts:
        log(f"ingest: writing kommun CSV with {fmt_n(n)} rows")
        files[n] = generate.write_kommun_csv(WORK / f"kommun_{n}.csv", n, ctx.synthetic)
    section: dict[str, Any] = {"files": {n: files[n].stat().st_size for n in counts}, "runs": {}}
    for engine in ctx.engines:
        for n in counts:
            url = ctx.dbs.with_reference(engine, f"ingest_{engine}_{n}", ctx.synthetic)
            base_url = ctx.dbs.url(engine, f"baseline_{engine}_{n}")
            runs: dict[str, Any] = {"baseline": []}
            for k in range(sizes.baseline_repeats):
                if k == 1:  # the pipeline runs between the baseline runs
                    log(f"ingest: {engine} ingest_file {fmt_n(n)} rows")
                    runs["pipeline"] = run_worker(["ingest", url, str(files[n])])
                log(f"ingest: {engine} baseline {fmt_n(n)} rows ({k + 1}/{sizes.baseline_repeats})")
                runs["baseline"].append(run_worker(["baseline", base_url, str(files[n])]))
            if "pipeline" not in runs:
                log(f"ingest: {engine} ingest_file {fmt_n(n)} rows")
                runs["pipeline"] = run_worker(["ingest", url, str(files[n])])
            pipe = runs["pipeline"]
            if not pipe["accounted"] or pipe["rows"] != n:
                raise RuntimeError(f"ingest of {n} rows did not account for every row: {pipe}")
            ctx.dbs.drop(url)
            ctx.dbs.drop(base_url)
            base_s = median([b["seconds"] for b in runs["baseline"]])
            runs["pipeline_rows_per_s"] = n / pipe["seconds"]
            runs["baseline_rows_per_s"] = n / base_s
            runs["slowdown"] = pipe["seconds"] / base_s
            runs["pipeline_peak_mb"] = pipe["peak_rss_kb"] / 1024
            runs["baseline_peak_mb"] = max(b["peak_rss_kb"] for b in runs["baseline"]) / 1024
            runs["pipeline_imported_mb"] = pipe["imported_kb"] / 1024
            section["runs"][f"{engine}:{n}"] = runs
        big = section["runs"][f"{engine}:{counts[-1]}"]
        small = section["runs"][f"{engine}:{counts[0]}"]
        ctx.results.rows.append(
            Row(
                f"1. Ingest {fmt_n(counts[-1])} kommun rows (rows/s)",
                engine,
                fmt_n(big["pipeline_rows_per_s"]),
                fmt_n(big["baseline_rows_per_s"])
                + " (read_csv + "
                + ("to_sql" if engine == "sqlite" else "COPY")
                + ")",
                big["slowdown"],
                "time ratio ingest_file / baseline",
            )
        )
        ctx.results.rows.append(
            Row(
                "1. Ingest peak RSS, " + f"{fmt_n(counts[-1])} vs {fmt_n(counts[0])} rows",
                engine,
                f"{big['pipeline_peak_mb']:.0f} MB vs {small['pipeline_peak_mb']:.0f} MB",
                f"baseline {big['baseline_peak_mb']:.0f} MB vs {small['baseline_peak_mb']:.0f} MB",
                ratio(big["pipeline_peak_mb"], small["pipeline_peak_mb"]),
                "ratio ≈ 1 = flat (streaming); baseline grows with the file",
            )
        )
    ctx.results.sections["ingest"] = section


# -------------------------------------------------------------------------------------------- query


def _capture_sql(engine: Engine, call: Callable[[], Any]) -> tuple[str, Any]:
    """The last statement (and parameters) `call` sent to the database."""
    seen: list[tuple[str, Any]] = []

    def listener(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listener)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return seen[-1]


def explain(engine: Engine, statement: str, parameters: Any) -> str:
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, parameters).all()
    if engine.dialect.name == "sqlite":
        return "\n".join(str(r[-1]) for r in rows)
    return "\n".join(str(r[0]) for r in rows)


def hand_written(weeks: Sequence[str]) -> str:
    listed = ", ".join(f"'{w}'" for w in weeks)  # fixed labels made here, never user input
    return (
        "SELECT iso_week, area_id, category, count(*) FROM incidents "  # noqa: S608
        f"WHERE iso_week IN ({listed}) AND duplicate_of IS NULL GROUP BY iso_week, area_id, category"
    )


PARTIAL_INDEX = (
    "CREATE INDEX ix_incidents_duplicate_of ON incidents (duplicate_of) WHERE duplicate_of IS NOT NULL"
)


def _sqlite_experiments(
    engine: Engine, jobs: dict[str, Callable[[], Any]], lib_call: Callable[[], Any], repeats: int
) -> dict[str, Any]:
    """Two things that change SQLite's plan for the weekly query, timed on the same table:

    * ANALYZE (the app never runs it; SQLite recommends PRAGMA optimize, which may): the statistics
      count the NULLs of ix_incidents_duplicate_of as distinct, so `duplicate_of IS NULL` looks selective;
    * the proposed schema change: ix_incidents_duplicate_of as a partial index (duplicate_of IS NOT NULL),
      which only the look-ups by id use, so no planner can pick it for `duplicate_of IS NULL`.

    The table is left as it was (no statistics, the schema's index)."""
    out: dict[str, Any] = {}
    with engine.begin() as conn:
        original = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_incidents_duplicate_of'"
        ).scalar_one()
    steps = (
        ("analyze", ["ANALYZE"], ["DROP TABLE IF EXISTS sqlite_stat1", "DROP TABLE IF EXISTS sqlite_stat4"]),
        ("partial_index", ["DROP INDEX ix_incidents_duplicate_of", PARTIAL_INDEX],
         ["DROP INDEX ix_incidents_duplicate_of", original]),
    )  # fmt: skip
    for name, setup, teardown in steps:
        with engine.begin() as conn:
            for statement in setup:
                conn.exec_driver_sql(statement)
        engine.dispose()  # pooled connections keep the schema and statistics they loaded
        times = interleaved(jobs, repeats)
        statement, parameters = _capture_sql(engine, lib_call)
        out[name] = {
            "median_s": {k: median(v) for k, v in times.items()},
            "plan": explain(engine, statement, parameters),
        }
        with engine.begin() as conn:
            for statement in teardown:
                conn.exec_driver_sql(statement)
        engine.dispose()
    return out


def bench_query(ctx: Context) -> None:
    """2: the weekly lägesbild query on N incidents vs one hand-written GROUP BY."""
    section: dict[str, Any] = {}
    for engine_name in ctx.engines:
        section[engine_name] = _query_engine(ctx, engine_name)
    ctx.results.sections["query"] = section


def _query_engine(ctx: Context, engine_name: str) -> dict[str, Any]:
    from lagesbild import queries, weekly
    from lagesbild.weeks import previous_weeks

    week = generate.LAST_WEEK
    previous = previous_weeks(week, 4)
    five = [*previous, week]
    n = ctx.sizes.query_rows[engine_name]
    url = ctx.dbs.url(engine_name, f"query_{engine_name}")
    engine = make_engine(url)
    log(f"query: bulk loading {fmt_n(n)} incidents into {engine_name}")
    load = generate.bulk_load(engine, n, ctx.synthetic)
    ctx.query_urls[engine_name] = url
    with engine.connect() as conn:
        names = [str(v) for v in conn.execute(text("SELECT name FROM areas ORDER BY name")).scalars()]
        stored = conn.execute(text("SELECT count(*) FROM incidents")).scalar_one()
        in_week = conn.execute(
            text("SELECT count(*) FROM incidents WHERE iso_week = :w"), {"w": week}
        ).scalar_one()

    def hand(weeks: Sequence[str]) -> Callable[[], Any]:
        sql = hand_written(weeks)

        def run() -> Any:
            with engine.connect() as conn:
                return conn.exec_driver_sql(sql).fetchall()

        return run

    def page() -> Any:
        counts = queries.week_counts(engine, five, areas=names)
        table = weekly.area_category_table(counts, week, previous)
        return weekly.suggested_status(table, names)

    log(f"query: timing on {engine_name}")
    times = interleaved(
        {
            "hand_1": hand([week]),
            "week_counts_1": lambda: queries.week_counts(engine, [week]),
            "hand_5": hand(five),
            "week_counts_5": lambda: queries.week_counts(engine, five, areas=names),
            "page_5": page,
        },
        ctx.sizes.query_repeats,
    )
    med = {k: median(v) for k, v in times.items()}
    # Same numbers as the hand-written query?
    lib = queries.week_counts(engine, [week])
    base = hand([week])()
    agree = int(lib["count"].sum()) == sum(int(r[3]) for r in base if r[1] is not None)
    statement, parameters = _capture_sql(engine, lambda: queries.week_counts(engine, five, areas=names))
    plan = explain(engine, statement, parameters)
    plan_hand = explain(engine, hand_written(five), ())
    index = "ix_incidents_week_area_category"
    experiments: dict[str, Any] = {}
    if engine_name == "sqlite":
        week_counts_5 = functools.partial(queries.week_counts, engine, five, areas=names)
        jobs: dict[str, Callable[[], Any]] = {
            "hand_5": hand(five),
            "week_counts_5": week_counts_5,
            "page_5": page,
        }
        experiments = _sqlite_experiments(engine, jobs, week_counts_5, max(2, ctx.sizes.query_repeats // 2))
    result = {
        "rows": stored, "rows_in_week": in_week, "load": load, "median_s": med, "all_s": times,
        "same_counts": agree, "plan_week_counts": plan, "plan_hand": plan_hand,
        "index_used": index in plan, "index_used_hand": index in plan_hand, "experiments": experiments,
    }  # fmt: skip
    label = f"{fmt_n(n)} incidents"
    for key, base_key, what in (
        ("week_counts_1", "hand_1", "week_counts, 1 week"),
        ("week_counts_5", "hand_5", "week_counts, 5 weeks × all areas (dashboard)"),
        ("page_5", "hand_5", "Veckans lägesbild data (counts + table + status)"),
    ):
        ctx.results.rows.append(
            Row(
                f"2. {what}, {label}",
                engine_name,
                fmt_s(med[key]),
                fmt_s(med[base_key]) + " (hand-written GROUP BY)",
                ratio(med[key], med[base_key]),
                ("index used" if index in plan else "NO INDEX")
                + ("" if agree else "; COUNTS DIFFER")
                + ("; mostly Python in lagesbild.weekly" if key == "page_5" else ""),
            )
        )
    engine.dispose()
    return result


# ---------------------------------------------------------------------------------------------- map


def _window_for(engine: Engine, target: int) -> tuple[dt.date, dt.date, int]:
    """The shortest period ending on the newest day with at least `target` located incidents."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT occurred_date, count(*) FROM incidents WHERE east IS NOT NULL AND duplicate_of IS NULL "
                "GROUP BY occurred_date ORDER BY occurred_date DESC"
            )
        ).all()
    total = 0
    end = rows[0][0]
    start = end
    for day, count in rows:
        total += int(count)
        start = day
        if total >= target:
            break
    return _as_date(start), _as_date(end), total


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def naive_map(points: Any) -> str:
    """What one would write first: a folium Marker with a popup per incident."""
    import folium

    from lagesbild.geo import to_wgs84

    lat, lon = to_wgs84(points["east"].to_numpy(float), points["north"].to_numpy(float))
    fmap = folium.Map(location=[62.0, 16.0], zoom_start=5)
    for k, row in enumerate(points.itertuples(index=False)):
        folium.Marker(
            [float(lat[k]), float(lon[k])],
            tooltip=html.escape(str(row.category_label)),
            popup=folium.Popup(
                html.escape(f"{row.occurred_date} {row.area}: {row.description}"), max_width=300
            ),
        ).add_to(fmap)
    return str(fmap.get_root().render())


def aggregated_map(engine: Engine, start: dt.date, end: dt.date, cell_m: int = 250) -> tuple[str, int, int]:
    """The dashboard's internal map: grid_counts in SQL, area counts, lagesbild.maps builder."""
    from lagesbild import maps, queries
    from lagesbild.weeks import week_label

    cells = queries.grid_counts(engine, start, end, cell_m)
    areas = queries.areas_frame(engine)
    series = queries.weekly_series(engine, week_label(start), week_label(end))
    labels = queries.category_labels(engine).rename(columns={"code": "category", "label": "category_label"})
    area_counts = (
        series.groupby(["area", "category"], as_index=False)["count"].sum().merge(labels, on="category")
    )
    fmap = maps.build_map(areas, cells, cell_m, None, area_counts)
    return maps.render_html(fmap), int(cells["count"].sum()), maps.feature_count(fmap)


def bench_map(ctx: Context) -> None:
    """3: bytes of the map page with N incidents in view: aggregated vs one marker per incident."""
    from lagesbild import queries

    engine_name = "postgis" if "postgis" in ctx.query_urls else next(iter(ctx.query_urls), None)
    if engine_name is None:
        ctx.results.notes.append("map: skipped (needs the query section's database)")
        return
    engine = make_engine(ctx.query_urls[engine_name])
    start, end, located = _window_for(engine, ctx.sizes.map_in_view)
    log(f"map: {fmt_n(located)} located incidents {start}…{end} on {engine_name}")
    agg_times = []
    for _ in range(3):
        seconds, (page, in_view, features) = timed(lambda: aggregated_map(engine, start, end))
        agg_times.append(seconds)
    agg_bytes = len(page.encode("utf-8"))
    frame = queries.incident_list(engine, start, end)
    frame = frame[frame["east"].notna()].reset_index(drop=True)
    naive: dict[int, dict[str, float]] = {}
    for k in ctx.sizes.naive_markers:
        log(f"map: naive folium map with {fmt_n(k)} markers")
        seconds, page_naive = timed(functools.partial(naive_map, frame.head(k)))
        naive[k] = {"seconds": seconds, "bytes": len(page_naive.encode("utf-8"))}
    k1, k2 = ctx.sizes.naive_markers
    per_marker = (naive[k2]["bytes"] - naive[k1]["bytes"]) / (k2 - k1)
    fixed = naive[k2]["bytes"] - per_marker * k2
    naive_bytes = fixed + per_marker * in_view
    s_per_marker = (naive[k2]["seconds"] - naive[k1]["seconds"]) / (k2 - k1)
    naive_seconds = naive[k2]["seconds"] + s_per_marker * (in_view - k2)
    linear = abs(naive[k1]["bytes"] - (fixed + per_marker * k1)) < 1  # two points: trivially; report slope
    ctx.results.sections["map"] = {
        "engine": engine_name, "start": str(start), "end": str(end), "in_view": in_view, "features": features,
        "aggregated_bytes": agg_bytes, "aggregated_s": median(agg_times), "naive": naive,
        "naive_bytes_per_marker": per_marker, "naive_fixed_bytes": fixed, "naive_bytes_extrapolated": naive_bytes,
        "naive_seconds_extrapolated": naive_seconds, "linear": linear,
    }  # fmt: skip
    ctx.results.rows.append(
        Row(
            f"3. Map page for {fmt_n(in_view)} incidents in view (bytes)",
            engine_name,
            f"{fmt_bytes(agg_bytes)}, {fmt_n(features)} features, {fmt_s(median(agg_times))}",
            f"{fmt_bytes(naive_bytes)} naive folium markers (extrapolated from {fmt_n(k2)}), ~{fmt_s(naive_seconds)}",
            ratio(agg_bytes, naive_bytes),
            "bytes ratio aggregated / naive",
        )
    )
    engine.dispose()


# ---------------------------------------------------------------------------------------------- pdf


def plain_pdf(pages: int, out: Path) -> None:
    """The baseline: fpdf2 writing the same number of A4 pages of plain text, with the same three
    DejaVu faces embedded as the report (the fonts are most of a small PDF's size and time)."""
    import matplotlib
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = FPDF(format="A4")
    for style, file in (
        ("", "DejaVuSans.ttf"),
        ("B", "DejaVuSans-Bold.ttf"),
        ("I", "DejaVuSans-Oblique.ttf"),
    ):
        pdf.add_font("DejaVu", style, str(fonts / file))
    line = "Lägesbild vecka 47: händelser per område och kategori, jämfört med snittet för fyra veckor."
    for _ in range(pages):
        pdf.add_page()
        for k in range(50):
            pdf.set_font("DejaVu", ("", "B", "I")[k % 3], size=10)
            pdf.cell(0, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(out))


def bench_pdf(ctx: Context) -> None:
    """4: the weekly PDF for 3 areas vs plain fpdf2 pages, and vs its own queries."""
    week = generate.LAST_WEEK
    three = ctx.synthetic.area_names[:3]
    section: dict[str, Any] = {"week": week, "areas": three}
    for engine_name, url in ctx.query_urls.items():
        section[engine_name] = _pdf_engine(ctx, engine_name, url, week, three)
    ctx.results.sections["pdf"] = section


def _pdf_engine(ctx: Context, engine_name: str, url: str, week: str, three: list[str]) -> dict[str, Any]:
    from lagesbild import report

    engine = make_engine(url)
    out = WORK / f"report_{engine_name}.pdf"
    plain = WORK / "plain.pdf"
    totals, collects, plains = [], [], []
    log(f"pdf: {engine_name}")
    report.write_weekly_report(engine, week, out, three)  # warm-up (fonts, matplotlib)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", out.read_bytes()))
    for _ in range(ctx.sizes.pdf_repeats):
        totals.append(timed(lambda: report.write_weekly_report(engine, week, out, three))[0])
        collects.append(timed(lambda: report.collect_weekly(engine, week, three))[0])
        plains.append(timed(lambda: plain_pdf(pages, plain))[0])
    size = out.stat().st_size
    result = {
        "total_s": median(totals), "collect_s": median(collects), "plain_s": median(plains), "pages": pages,
        "bytes": size, "plain_bytes": plain.stat().st_size,
    }  # fmt: skip
    ctx.results.rows.append(
        Row(
            f"4. Weekly PDF, 3 areas, {pages} pages",
            engine_name,
            f"{fmt_s(median(totals))}, {fmt_bytes(size)} (queries {fmt_s(median(collects))})",
            f"{fmt_s(median(plains))}, {fmt_bytes(plain.stat().st_size)} (fpdf2 plain text, same pages)",
            ratio(median(totals), median(plains)),
            f"time ratio; {median(collects) / median(totals):.0%} of it is collecting data",
        )
    )
    engine.dispose()
    return result


# ------------------------------------------------------------------------------------------- weekly


def bench_weekly(ctx: Context) -> None:
    """1b: one kommun's weekly report into the national database vs into one with only reference data."""
    from lagesbild.retention import purge_raw_text

    week = generate.LAST_WEEK
    n = ctx.sizes.weekly_rows
    section: dict[str, Any] = {"rows": n, "week": week}
    for engine_name, national_url in ctx.query_urls.items():
        empty_url = ctx.dbs.with_reference(engine_name, f"weekly_empty_{engine_name}", ctx.synthetic)
        times: dict[str, list[float]] = {"empty": [], "national": []}
        top: list[dict[str, Any]] = []
        for k in range(ctx.sizes.weekly_repeats):
            path = generate.write_kommun_csv(
                WORK / f"weekly_{k}.csv", n, ctx.synthetic, seed=generate.SEED + 100 + k, week=week, kommun=k
            )
            for label, url in (("empty", empty_url), ("national", national_url)):
                log(f"weekly: {engine_name} {n}-row weekly report into the {label} database ({k + 1})")
                prof = WORK / "weekly_national.prof"
                extra = ["--profile", str(prof)] if (label, k) == ("national", 0) else []
                times[label].append(run_worker(["ingest", url, str(path), *extra])["seconds"])
                if extra:
                    top = _top(prof, 8)
        purge: dict[str, float] = {}
        for label, url in (("empty", empty_url), ("national", national_url)):
            engine = make_engine(url)
            with engine.connect() as conn:
                purge[label] = median([timed(functools.partial(purge_raw_text, conn))[0] for _ in range(3)])
                conn.rollback()
            engine.dispose()
        ctx.dbs.drop(empty_url)
        section[engine_name] = {"seconds": times, "purge_s": purge, "top_national": top}
        national, empty = median(times["national"]), median(times["empty"])
        ctx.results.rows.append(
            Row(
                f"1b. Weekly kommun report ({n} rows) into {fmt_n(ctx.sizes.query_rows[engine_name])} incidents",
                engine_name,
                fmt_s(national),
                f"{fmt_s(empty)} (same kind of file into a database with only the reference data)",
                ratio(national, empty),
                f"time ratio; retention purge alone {fmt_s(purge['national'])} vs {fmt_s(purge['empty'])}",
            )
        )
    ctx.results.sections["weekly"] = section


# ---------------------------------------------------------------------------------------- dashboard


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def streamlit_server(db_url: str, log_path: Path) -> Iterator[tuple[str, float]]:
    """`streamlit run dashboard/app.py` on a free port against `db_url`; yields (url, seconds to healthy)."""
    port = free_port()
    env = {
        **os.environ, "LAGESBILD_DB": db_url, "LAGESBILD_AUTH": "off", "PYTHONPATH": str(ROOT),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }  # fmt: skip
    with log_path.open("w") as log_file:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited: {log_path.read_text()[-2000:]}")
                with contextlib.suppress(OSError):
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                        if response.status == 200:
                            break
                if time.perf_counter() - t0 > 120:
                    raise TimeoutError("streamlit did not become healthy in 120 s")
                time.sleep(0.1)
            yield url, time.perf_counter() - t0
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)  # the session we started for this server only
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


FIRST_TABLE = '[data-testid="stDataFrame"], [data-testid="stTable"]'


def first_render(browser: Any, url: str, timeout_s: float = 900) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        t0 = time.perf_counter()
        page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
        page.wait_for_selector(FIRST_TABLE, state="visible", timeout=timeout_s * 1000)
        return time.perf_counter() - t0
    finally:
        page.close()


def sample_database() -> str:
    """The committed sample data loaded as `make run` does (cached by the sample data's manifest)."""
    import hashlib

    from lagesbild.demo import load_demo

    manifest = (ROOT / "sample_data" / "manifest.json").read_bytes()
    key = hashlib.sha256(manifest + (ROOT / "sql" / "001_schema.sql").read_bytes()).hexdigest()[:12]
    path = WORK / f"sample_{key}.db"
    if not path.exists():
        for old in WORK.glob("sample_*.db*"):
            old.unlink()
        tmp = WORK / "sample_tmp.db"
        Databases.remove_sqlite(tmp)
        engine = make_engine(f"sqlite:///{tmp}")
        init_db(engine)
        load_demo(engine, ROOT / "sample_data")
        engine.dispose()
        tmp.replace(path)
    return f"sqlite:///{path}"


def bench_dashboard(ctx: Context) -> None:
    """5: first render of the landing page in Chromium, N incidents vs the sample database."""
    chromium = shutil.which("chromium")
    if not chromium:
        ctx.results.notes.append("dashboard: skipped (no chromium on PATH)")
        return
    from playwright.sync_api import sync_playwright

    n = ctx.sizes.dashboard_rows
    log("dashboard: sample database")
    small_url = sample_database()
    big_url = ctx.dbs.url("sqlite", f"dashboard_{n}")
    log(f"dashboard: bulk loading {fmt_n(n)} incidents (SQLite)")
    generate.bulk_load(make_engine(big_url), n, ctx.synthetic)
    with make_engine(small_url).connect() as conn:
        small_n = conn.execute(text("SELECT count(*) FROM incidents")).scalar_one()
        small_areas = conn.execute(text("SELECT count(*) FROM areas")).scalar_one()
    results: dict[str, Any] = {"small_rows": small_n, "small_areas": small_areas, "big_rows": n,
                               "big_areas": len(ctx.synthetic.area_names)}  # fmt: skip
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for label, url in (("small", small_url), ("big", big_url)):
                renders, warm, boots = [], [], []
                repeats = ctx.sizes.dashboard_repeats
                for k in range(repeats):
                    log(f"dashboard: {label} database, first render {k + 1}/{repeats}")
                    with streamlit_server(url, WORK / f"streamlit_{label}.log") as (address, boot):
                        boots.append(boot)
                        renders.append(first_render(browser, address))
                        warm.append(first_render(browser, address))  # a second visitor: caches warm
                results[label] = {"first_render_s": renders, "warm_render_s": warm, "boot_s": boots}
        finally:
            browser.close()
    small_s = median(results["small"]["first_render_s"])
    big_s = median(results["big"]["first_render_s"])
    results["ratio"] = ratio(big_s, small_s)
    results["ratio_warm"] = ratio(
        median(results["big"]["warm_render_s"]), median(results["small"]["warm_render_s"])
    )
    ctx.results.sections["dashboard"] = results
    ctx.results.rows.append(
        Row(
            f"5. Dashboard first table, {fmt_n(n)} incidents / {results['big_areas']} areas (Chromium)",
            "sqlite",
            fmt_s(big_s),
            f"{fmt_s(small_s)} (sample database: {fmt_n(small_n)} incidents, {small_areas} areas)",
            results["ratio"],
            f"time ratio, fresh server (already healthy); second visitor {results['ratio_warm']:.2f}×",
        )
    )
    ctx.dbs.drop(big_url)


# ------------------------------------------------------------------------------------------ profile


def _top(profile: Path, count: int = 8) -> list[dict[str, Any]]:
    stats = pstats.Stats(str(profile))
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_, _, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"function": f"{Path(file).name}:{line}({name})", "tottime": tottime, "cumtime": cumtime,
                     "share": tottime / total})  # fmt: skip
    return sorted(rows, key=lambda r: r["tottime"], reverse=True)[:count]


def _cumtime(profile: Path, names: set[str], file_part: str) -> float:
    stats = pstats.Stats(str(profile))
    return sum(
        cumtime
        for (file, _, name), (_, _, _, cumtime, _) in stats.stats.items()  # type: ignore[attr-defined]
        if name in names and file_part in Path(file).name
    )


def _table_rows(url: str) -> list[tuple[Any, ...]]:
    columns = ", ".join(
        c for c in generate.INCIDENT_COLUMNS if c not in ("created_at", "updated_at", "batch_id")
    )
    query = f"SELECT {columns} FROM incidents ORDER BY id"  # noqa: S608 - column names from our own list
    with make_engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(text(query))]


def bench_profile(ctx: Context) -> None:
    """The worst ratio found: ingest at national scale. Before/after the fix, same file, same output."""
    m = ctx.sizes.profile_rows
    path = generate.write_kommun_csv(
        WORK / f"kommun_profile_{m}.csv", m, ctx.synthetic, seed=generate.SEED + 7
    )
    section: dict[str, Any] = {"rows": m, "names": ctx.results.scale["names"]}
    urls = {}
    for mode in ("before", "after"):
        url = ctx.dbs.with_reference("sqlite", f"profile_{mode}", ctx.synthetic)
        prof = WORK / f"profile_{mode}.prof"
        log(f"profile: ingest {m} rows with the {mode}-fix code")
        args = ["ingest", url, str(path), "--profile", str(prof)] + (
            ["--before", "all"] if mode == "before" else []
        )
        result = run_worker(args)
        section[mode] = {
            "seconds": result["seconds"], "rows_per_s": m / result["seconds"], "top": _top(prof),
            "placing_s": _cumtime(prof, {"_place", "_areas"}, "normalise"),
            "matcher_init_s": _cumtime(prof, {"__init__"}, "geo.py"),
        }  # fmt: skip
        urls[mode] = url
    section["same_rows"] = _table_rows(urls["before"]) == _table_rows(urls["after"])
    for url in urls.values():
        ctx.dbs.drop(url)
    if ctx.sizes.pg_fix_rows and "postgis" in ctx.engines:
        n = ctx.sizes.pg_fix_rows
        big = generate.write_kommun_csv(WORK / f"kommun_{n}.csv", n, ctx.synthetic)
        pg: dict[str, Any] = {"rows": n}
        for mode in ("before", "after"):
            url = ctx.dbs.with_reference("postgis", f"pg_fix_{mode}", ctx.synthetic)
            log(f"profile: first import of {fmt_n(n)} rows into a fresh PostgreSQL, store {mode} the fix")
            extra = ["--before", "store"] if mode == "before" else []
            pg[mode] = run_worker(["ingest", url, str(big), *extra])["seconds"]
            ctx.dbs.drop(url)
        section["pg_first_import"] = pg
        ctx.results.rows.append(
            Row(
                f"Fix: first import of {fmt_n(n)} rows into a fresh PostgreSQL (seconds)",
                "postgis",
                f"{fmt_s(pg['after'])} after",
                f"{fmt_s(pg['before'])} before",
                ratio(pg["before"], pg["after"]),
                "speed-up; key look-ups planned on stale statistics (quadratic) before",
            )
        )
    if ctx.sizes.profile_after_rows:
        n = ctx.sizes.profile_after_rows
        big = generate.write_kommun_csv(WORK / f"kommun_{n}.csv", n, ctx.synthetic)
        url = ctx.dbs.with_reference("sqlite", "profile_now", ctx.synthetic)
        prof = WORK / "profile_now.prof"
        log(f"profile: where {fmt_n(n)} rows spend their time now")
        result = run_worker(["ingest", url, str(big), "--profile", str(prof)])
        section["now"] = {
            "rows": n, "seconds": result["seconds"], "top": _top(prof, 12),
            "placing_s": _cumtime(prof, {"_place", "_areas"}, "normalise"),
        }  # fmt: skip
        ctx.dbs.drop(url)
    ctx.results.sections["profile"] = section
    before, after = section["before"], section["after"]
    same = "stored rows identical" if section["same_rows"] else "STORED ROWS DIFFER"
    # Per row after the fix: from the large profile when there is one (start-up costs spread thin).
    steady = (
        section["now"]["placing_s"] / section["now"]["rows"] if "now" in section else after["placing_s"] / m
    )
    section["placing_per_row"] = {"before": before["placing_s"] / m, "after": steady}
    ctx.results.rows.append(
        Row(
            f"Fix: placing by text (area/place names in free text), {section['names']} names, per row",
            "sqlite",
            f"{fmt_s(steady)} after"
            + (f" ({fmt_n(section['now']['rows'])}-row profile)" if "now" in section else ""),
            f"{fmt_s(before['placing_s'] / m)} before ({m}-row profile)",
            ratio(before["placing_s"] / m, steady),
            f"speed-up; {same}",
        )
    )
    ctx.results.rows.append(
        Row(
            f"Fix: whole ingest_file of the same {m} rows (rows/s)",
            "sqlite",
            f"{fmt_rate(after['rows_per_s'])} after",
            f"{fmt_rate(before['rows_per_s'])} before",
            ratio(after["rows_per_s"], before["rows_per_s"]),
            f"speed-up incl. the one-off {fmt_s(after['matcher_init_s'])} PlaceMatcher compile per file",
        )
    )


# ------------------------------------------------------------------------------------------- report


def summary_table(rows: Sequence[Row]) -> str:
    lines = [
        "| Scenario | Engine | Lägesbild | Baseline (same run) | Ratio | Reading |",
        "|---|---|---|---|---:|---|",
    ]
    order = ["1.", "1b.", "2.", "3.", "4.", "5.", "Fix:"]
    ranked = sorted(
        rows, key=lambda r: order.index(r.scenario.split(" ")[0]) if r.scenario.split(" ")[0] in order else 99
    )
    for r in ranked:
        shown = "–" if math.isnan(r.ratio) else (f"{r.ratio:.2f}" if r.ratio < 100 else f"{r.ratio:,.0f}")
        lines.append(f"| {r.scenario} | {r.engine} | {r.measured} | {r.baseline} | {shown}× | {r.note} |")
    return "\n".join(lines)


def _plan_block(plan: str) -> str:
    return "```\n" + plan.strip() + "\n```"


def ctx_sizes_repeats(results: Results) -> int:
    weekly = results.sections.get("weekly", {})
    first = next((v for v in weekly.values() if isinstance(v, dict)), {})
    return len(first.get("seconds", {}).get("empty", []))


def render_markdown(results: Results, sizes: Sizes) -> str:
    m = results.machine
    out = [
        "# Benchmark results",
        "",
        f"Written by `python -m bench.run{' --quick' if results.mode == 'quick' else ''}` on {results.started} "
        f"(took {results.seconds / 60:.1f} min). Method, baselines and why they are fair: "
        "[docs/benchmarks.md](../docs/benchmarks.md). Every ratio compares two things timed in this same run "
        "(medians of repeated, interleaved runs where affordable); absolute times are only context — the "
        "machine is shared with other engineers' test runs.",
        "",
        "## Machine",
        "",
        f"- {m.get('cores')} cores ({m.get('cpu')}), {m.get('ram_gb')} GB RAM; load average at start "
        f"{', '.join(f'{v:.1f}' for v in m.get('load_average_start', ()))}, at end "
        f"{', '.join(f'{v:.1f}' for v in m.get('load_average_end', ()))}",
        f"- {m.get('os')}; Python {m.get('python')}, pandas {m.get('pandas')}, numpy {m.get('numpy')}, "
        f"SQLAlchemy {m.get('sqlalchemy')}, SQLite {m.get('sqlite')}, Streamlit {m.get('streamlit')}, "
        f"folium {m.get('folium')}, fpdf2 {m.get('fpdf2')}",
        f"- PostgreSQL {m.get('postgresql', 'not available')}, PostGIS {m.get('postgis', '–')}"
        + (
            f" ({', '.join(f'{k}={v}' for k, v in m.get('pg_settings', {}).items())}, defaults)"
            if m.get("pg_settings")
            else ""
        ),
        f"- {m.get('chromium', 'no Chromium')}",
        "",
        "## Summary",
        "",
        summary_table(results.rows),
        "",
    ]
    out += [f"- {note}" for note in results.notes]
    s = results.sections
    if "ingest" in s:
        out += ["", "## 1. Ingest: throughput and peak memory", ""]
        out.append(
            "Generated kommun EST report (`;`, Windows-1252, CRLF; columns as sample_data/kommun) over "
            f"{results.scale['areas']} areas in {results.scale['kommuner']} kommuner, {generate.WEEKS} weeks; ~0.2 % bad rows. "
            "Each job runs in its own process; peak RSS is that process's `ru_maxrss` from `os.wait4` "
            "(PostgreSQL's own server memory is not included). The baseline runs once before and once after "
            "the pipeline (median)."
        )
        out += ["", "| Engine | Rows | File | ingest_file | rows/s | peak RSS | baseline | rows/s | peak RSS | time ratio |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
        for key, run in s["ingest"]["runs"].items():
            engine, n = key.split(":")
            p = run["pipeline"]
            base = median([b["seconds"] for b in run["baseline"]])
            out.append(
                f"| {engine} | {fmt_n(int(n))} | {fmt_bytes(s['ingest']['files'][int(n)])} | {fmt_s(p['seconds'])} | "
                f"{fmt_n(run['pipeline_rows_per_s'])} | {run['pipeline_peak_mb']:.0f} MB | {fmt_s(base)} | "
                f"{fmt_n(run['baseline_rows_per_s'])} | {run['baseline_peak_mb']:.0f} MB | {run['slowdown']:.1f}× |"
            )
        first = max((r["pipeline"] for r in s["ingest"]["runs"].values()), key=lambda p: p["rows"])
        out += ["", f"Outcome of the pipeline runs (largest file): loaded {fmt_n(first['loaded'])}, "
                f"duplicates {first['duplicates']}, rejected {first['rejected']}, ignored {first['ignored']} — "
                "every row accounted for. The interpreter with pandas, SQLAlchemy and geopandas imported already "
                f"holds {first['imported_kb'] / 1024:.0f} MB before any data is read."]  # fmt: skip
    if "weekly" in s:
        w = s["weekly"]
        out += ["", "## 1b. A weekly report into the national database", ""]
        out.append(
            f"One kommun's weekly EST report ({w['rows']} rows in its three areas, week {w['week']}) through "
            "`ingest_file` into the section-2 database and, as the baseline, into a database with only the "
            f"reference data; {ctx_sizes_repeats(results)} file(s), each from another kommun, alternating, medians. Both "
            "include the same fixed costs (process, reference loading, the PlaceMatcher compile). "
            "`purge_raw_text`, which every ingest runs, is also timed alone (rolled back)."
        )
        out += ["", "| Engine | into the national database | into the empty one | purge alone (national / empty) |",
                "|---|---|---|---|"]  # fmt: skip
        for engine, r in w.items():
            if not isinstance(r, dict):
                continue
            out.append(
                f"| {engine} | {', '.join(fmt_s(v) for v in r['seconds']['national'])} | "
                f"{', '.join(fmt_s(v) for v in r['seconds']['empty'])} | {fmt_s(r['purge_s']['national'])} / "
                f"{fmt_s(r['purge_s']['empty'])} |"
            )
        for engine, r in w.items():
            if isinstance(r, dict) and r.get("top_national"):
                out += ["", f"Where the first national import spends its time on {engine} (cProfile, own time):", "",
                        "| function | own time | share | cumulative |", "|---|---:|---:|---:|"]  # fmt: skip
                for t in r["top_national"]:
                    out.append(
                        f"| `{t['function']}` | {fmt_s(t['tottime'])} | {t['share']:.0%} | {fmt_s(t['cumtime'])} |"
                    )
    if "query" in s:
        out += ["", "## 2. Weekly lägesbild query", ""]
        out.append(
            f"Bulk-loaded incidents (COPY / executemany in 500 000-row transactions, indexes and keys built "  # noqa: S608 - prose
            f"afterwards; PostgreSQL then VACUUM ANALYZE as autovacuum would, SQLite without statistics as the app "
            f"leaves it), {generate.WEEKS} weeks × {results.scale['areas']} areas; week {generate.LAST_WEEK}. "
            "`week_counts` goes through SQLAlchemy, joins `areas` for the name and returns a DataFrame; the "
            "baseline is the hand-written `SELECT iso_week, area_id, category, count(*) … WHERE iso_week IN (…) "
            "AND duplicate_of IS NULL GROUP BY …` through the same driver, rows as tuples. "
            f"Medians of {sizes.query_repeats} interleaved runs after one warm-up. "
            "Changed by this benchmark (same cells and counts, checked by bench/check_equivalence.py, which keeps "
            "the previous SQL): `week_counts` now counts per `area_id` on `incidents` alone and joins the names "
            "afterwards — before, SQLite planned the join on `ix_incidents_duplicate_of` (1.95 s instead of "
            "0.24 s for 5 weeks on 5 M rows in the first full run) and PostgreSQL joined every incident row; and "
            "`queries._read` builds its frames from tuples instead of a dict per row."
        )
        out += ["", "| Engine | Incidents | In the week | Load | Indexes | hand 1 wk | week_counts 1 wk | hand 5 wk | "
                "week_counts 5 wk, all areas | page data 5 wk |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
        for engine, q in s["query"].items():
            med = q["median_s"]
            out.append(
                f"| {engine} | {fmt_n(q['rows'])} | {fmt_n(q['rows_in_week'])} | {fmt_s(q['load']['load_s'])} | "
                f"{fmt_s(q['load']['index_s'])} | {fmt_s(med['hand_1'])} | {fmt_s(med['week_counts_1'])} | "
                f"{fmt_s(med['hand_5'])} | {fmt_s(med['week_counts_5'])} | {fmt_s(med['page_5'])} |"
            )
        for engine, q in s["query"].items():
            out += ["", f"EXPLAIN on {engine}, `week_counts` for 5 weeks and all areas "
                    f"(index `ix_incidents_week_area_category` {'used' if q['index_used'] else 'NOT used'}):", "",
                    _plan_block(q["plan_week_counts"]), "", f"Hand-written query on {engine}:", "",
                    _plan_block(q["plan_hand"])]  # fmt: skip
            experiments = q.get("experiments") or {}
            if experiments:
                med = q["median_s"]
                out += ["", f"Two things that change the plan on {engine} (same table, medians):", "",
                        "| | week_counts 5 wk, all areas | hand-written 5 wk | page data 5 wk | plan of week_counts |",
                        "|---|---:|---:|---:|---|",
                        f"| as the app leaves it (no statistics) | {fmt_s(med['week_counts_5'])} | {fmt_s(med['hand_5'])} | "
                        f"{fmt_s(med['page_5'])} | {'; '.join(q['plan_week_counts'].splitlines())} |"]  # fmt: skip
                labels = {"analyze": "after `ANALYZE` (the app never runs it; `PRAGMA optimize` may)",
                          "partial_index": "proposed: `ix_incidents_duplicate_of … WHERE duplicate_of IS NOT NULL`"}  # fmt: skip
                for key, label in labels.items():
                    if key in experiments:
                        e = experiments[key]
                        out.append(
                            f"| {label} | {fmt_s(e['median_s']['week_counts_5'])} | {fmt_s(e['median_s']['hand_5'])} | "
                            f"{fmt_s(e['median_s']['page_5'])} | {'; '.join(e['plan'].splitlines())} |"
                        )
    if "map" in s:
        mp = s["map"]
        out += ["", "## 3. Map payload", ""]
        out.append(
            f"{fmt_n(mp['in_view'])} located incidents between {mp['start']} and {mp['end']} ({mp['engine']}). "
            f"Aggregated: `queries.grid_counts` (250 m cells) + area counts + `lagesbild.maps.build_map` "
            f"(self-hosted, Leaflet inlined) → {fmt_n(mp['features'])} features, {fmt_bytes(mp['aggregated_bytes'])}, "
            f"{fmt_s(mp['aggregated_s'])} including the queries. Naive: `folium.Marker` with tooltip and popup per "
            "incident (Leaflet from folium's CDN links, not counted), measured at "
            + ", ".join(
                f"{fmt_n(k)} markers = {fmt_bytes(v['bytes'])} in {fmt_s(v['seconds'])}"
                for k, v in mp["naive"].items()
            )
            + f"; {mp['naive_bytes_per_marker']:.0f} bytes per marker, extrapolated linearly to {fmt_n(mp['in_view'])}: "
            f"{fmt_bytes(mp['naive_bytes_extrapolated'])} and ~{fmt_s(mp['naive_seconds_extrapolated'])} to build "
            "(building 100 000 folium markers was not attempted: minutes and a page no browser opens comfortably)."
        )
    if "pdf" in s:
        out += ["", "## 4. Weekly PDF", ""]
        p = s["pdf"]
        out.append(
            f"`lagesbild.report.write_weekly_report` for week {p['week']} and three areas ({', '.join(p['areas'])}) "
            "on the query section's database; `collect_weekly` (its queries and shaping) timed separately. Baseline: "
            "fpdf2 writing the same number of A4 pages with 50 lines of plain text each, DejaVu Sans embedded."
        )
        out += ["", "| Engine | Pages | write_weekly_report | of which collect_weekly | size | plain fpdf2 | size |",
                "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
        for engine, r in p.items():
            if not isinstance(r, dict):
                continue
            out.append(
                f"| {engine} | {r['pages']} | {fmt_s(r['total_s'])} | {fmt_s(r['collect_s'])} | "
                f"{fmt_bytes(r['bytes'])} | {fmt_s(r['plain_s'])} | {fmt_bytes(r['plain_bytes'])} |"
            )
    if "dashboard" in s:
        d = s["dashboard"]
        out += ["", "## 5. Dashboard first render", ""]
        out.append(
            "`streamlit run dashboard/app.py` on a free port (LAGESBILD_AUTH=off, LAGESBILD_DB pointing at the "
            "database), a fresh server per measurement; headless Chromium opens the landing page (Veckans "
            "lägesbild) and the time runs from navigation until the first data table is visible. "
            f"Large: {fmt_n(d['big_rows'])} bulk-loaded incidents in {d['big_areas']} areas (SQLite). Small: the "
            f"committed sample data as `make run` loads it ({fmt_n(d['small_rows'])} incidents, {d['small_areas']} areas)."
        )
        out += [
            "",
            "| Database | first render (each run) | median | second visitor (warm caches) | server start to healthy |",
            "|---|---|---:|---:|---:|",
        ]
        for label in ("small", "big"):
            r = d[label]
            out.append(
                f"| {label} | {', '.join(fmt_s(v) for v in r['first_render_s'])} | {fmt_s(median(r['first_render_s']))} | "
                f"{fmt_s(median(r['warm_render_s']))} | {fmt_s(median(r['boot_s']))} |"
            )
        out += [
            "",
            f"Ratio of medians, first render: {d['ratio']:.2f}×; second visitor: {d['ratio_warm']:.2f}×.",
        ]
    if "profile" in s:
        p = s["profile"]
        out += ["", "## Profile and fix: the worst ratio", ""]
        b, a = p["before"], p["after"]
        per_row_before = b["placing_s"] / p["rows"]
        out.append(
            f"The same {p['rows']}-row kommun file (reference: {results.scale['areas']} areas, "
            f"{p['names']} area and place names with aliases) ingested into SQLite with the code before the fix "
            "(frozen copies in bench/before/) and now, each under cProfile. Placing by text "
            f"(`normalise._place` + `_areas`): {fmt_s(per_row_before)} per row before, "
            f"{fmt_s(a['placing_s'] / p['rows'])} after on the same file, "
            f"{fmt_s(p['placing_per_row']['after'])} per row in steady state "
            f"({ratio(per_row_before, p['placing_per_row']['after']):,.0f}×). Whole "
            f"`ingest_file`: {fmt_rate(b['rows_per_s'])} rows/s before, {fmt_rate(a['rows_per_s'])} after; both "
            f"include the one-off {fmt_s(a['matcher_init_s'])} in which `geo.PlaceMatcher` compiles its "
            "alternation for each file. "
            f"At {fmt_s(per_row_before)} per row the 1 000 000-row file of section 1 would have needed about "
            f"{per_row_before * 1e6 / 86400:.0f} days before the fix. "
            f"Stored incidents identical before and after: {'yes' if p['same_rows'] else 'NO'} "
            "(and bench/check_equivalence.py compares the normaliser's complete output on the sample data, "
            "real police events and generated rows)."
        )
        if "pg_first_import" in p:
            g = p["pg_first_import"]
            out += ["", "### Second fix: the first large import into PostgreSQL", ""]
            out.append(
                f"Found while running section 1: the first import of a large file into a fresh PostgreSQL database "
                "slowed down with every chunk. `store._existing_keys` looks up each chunk's keys 500 at a time; "
                "PostgreSQL plans those look-ups on table statistics from before the transaction (an empty table), "
                "picks a bitmap scan on `source` alone and filters `source_key`, i.e. reads every row inserted so far "
                "for every 500 keys — quadratic in the file (the 250 000-row file had not finished after 8 minutes; "
                "1 000 000 rows would take hours). Fix: one `ANALYZE incidents` inside the transaction once the file "
                "has passed 20 000 rows (PostgreSQL counts its own uncommitted rows), after which the look-ups use "
                f"`uq_incidents_source_key` on both columns. {fmt_n(g['rows'])} rows into a fresh database: "
                f"{fmt_s(g['before'])} with the store before the fix, {fmt_s(g['after'])} after "
                f"({ratio(g['before'], g['after']):.1f}×; the gap grows with the file)."
            )
        for mode in ("before", "after", "now"):
            if mode not in p:
                continue
            if mode == "now":
                title = f"Where {fmt_n(p['now']['rows'])} rows spend their time now ({fmt_s(p['now']['seconds'])})"
            else:
                title = {"before": "Before (top functions by own time)", "after": "After"}[mode]
            out += [
                "",
                f"{title}:",
                "",
                "| function | own time | share | cumulative |",
                "|---|---:|---:|---:|",
            ]
            for r in p[mode]["top"]:
                out.append(
                    f"| `{r['function']}` | {fmt_s(r['tottime'])} | {r['share']:.0%} | {fmt_s(r['cumtime'])} |"
                )
    out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ driver


@dataclass
class Context:
    sizes: Sizes
    engines: list[str]
    dbs: Databases
    synthetic: generate.Synthetic
    results: Results
    query_urls: dict[str, str] = field(default_factory=dict)


RUNNERS: dict[str, Callable[[Context], None]] = {
    "ingest": bench_ingest,
    "query": bench_query,
    "map": bench_map,
    "pdf": bench_pdf,
    "weekly": bench_weekly,
    "dashboard": bench_dashboard,
    "profile": bench_profile,
}


def run(
    sizes: Sizes,
    engines: Sequence[str] = ENGINES,
    sections: Sequence[str] = SECTIONS,
    out: Path | None = RESULTS,
    mode: str = "full",
) -> Results:
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results = Results(started=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), mode=mode)
    pg = pg_admin_engine() if "postgis" in engines else None
    chosen = [e for e in engines if e != "postgis" or pg is not None]
    if "postgis" in engines and pg is None:
        results.notes.append(f"PostGIS: skipped, no PostgreSQL with PostGIS at {PG_ADMIN_URL}")
    results.machine = machine_info(pg)
    dbs = Databases(pg)
    synthetic = generate.make_reference(n_kommuner=sizes.kommuner)
    results.scale = {
        "kommuner": sizes.kommuner, "areas": len(synthetic.area_names), "names": len(synthetic.reference.matcher._areas),
    }  # fmt: skip
    ctx = Context(sizes, chosen, dbs, synthetic, results)
    try:
        for name in SECTIONS:
            if name in sections:
                RUNNERS[name](ctx)
    finally:
        dbs.drop_all()
        if pg is not None:
            pg.dispose()
    results.machine["load_average_end"] = os.getloadavg()
    results.seconds = time.perf_counter() - started
    results.finished = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    (WORK / "results.json").write_text(json.dumps(asdict(results), indent=1, default=str))
    if out is not None:
        out.write_text(render_markdown(results, sizes), encoding="utf-8")
    return results


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small N: the whole run in about 3 minutes")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated: sqlite,postgis")
    parser.add_argument("--rows", type=int, help="ingest rows (the flat-memory check uses a quarter)")
    parser.add_argument("--query-rows", type=int, help="incidents for the query benchmark (both engines)")
    parser.add_argument(
        "--sections", default=",".join(SECTIONS), help="comma-separated: " + ",".join(SECTIONS)
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the Markdown results")
    args = parser.parse_args(argv)
    # A terminated run still drops its databases (run() cleans up in `finally`).
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    sizes = Sizes.quick() if args.quick else Sizes()
    if args.rows:
        sizes.ingest_rows, sizes.ingest_small_rows = args.rows, max(1, args.rows // 4)
    if args.query_rows:
        sizes.query_rows = {e: args.query_rows for e in ENGINES}
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = set(engines) - set(ENGINES) | {s for s in args.sections.split(",") if s and s not in SECTIONS}
    if unknown:
        parser.error(f"unknown engine or section: {', '.join(sorted(unknown))}")
    sections = [s for s in args.sections.split(",") if s]
    results = run(sizes, engines, sections, args.out, "quick" if args.quick else "full")
    print()
    print(summary_table(results.rows))
    for note in results.notes:
        print(f"- {note}")
    if args.out:
        print(f"\nWritten: {args.out}")


if __name__ == "__main__":
    main()
