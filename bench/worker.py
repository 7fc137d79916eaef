"""One measured job in its own process, so that its peak memory is its own (see bench/common.py).

    python -m bench.worker ingest   URL FILE [--before [all|store]] [--profile OUT] [--progress LOG]
    python -m bench.worker baseline URL FILE

Prints one JSON line: seconds for the work itself (imports and setup excluded), rows, and the
process's RSS after imports (what the interpreter, pandas, SQLAlchemy … cost before any data).
The parent reads the peak RSS from os.wait4.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def _rss_now_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def redaction_workers() -> tuple[int | None, list[int]]:
    """The fork server's pid and its live children (the redaction workers, data_ingest/redaction_pool)."""
    from multiprocessing import forkserver

    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server is None:
        return None, []
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == server:
            children.append(int(stat.parent.name))
    return server, children


class WorkerWatch:
    """The redaction workers' memory, sampled after each chunk (their peak RSS is theirs, not the
    ingest process's), and their CPU, read from the fork server once they have been joined."""

    def __init__(self) -> None:
        self.peak_kb = 0  # the largest single worker's VmHWM
        self.sum_kb = 0  # the largest sum of the workers' VmRSS at one sample
        self.sum_with_parent_kb = 0  # the same plus the ingest process's RSS at that sample

    def sample(self) -> None:
        total = 0
        for pid in redaction_workers()[1]:
            try:
                status = Path(f"/proc/{pid}/status").read_text().splitlines()
            except OSError:
                continue
            values = {line.split(":")[0]: int(line.split()[1]) for line in status if line.startswith("Vm")}
            self.peak_kb = max(self.peak_kb, values.get("VmHWM", 0))
            total += values.get("VmRSS", 0)
        self.sum_kb = max(self.sum_kb, total)
        if total:
            self.sum_with_parent_kb = max(self.sum_with_parent_kb, total + _rss_now_kb())

    @staticmethod
    def cpu_seconds() -> float:
        """The CPU of the fork server's joined children (cutime + cstime), and its own."""
        server, _ = redaction_workers()
        if server is None:
            return 0.0
        fields = Path(f"/proc/{server}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        return ticks / os.sysconf("SC_CLK_TCK")


def _progress_logger(log: Path, t0: list[float]) -> Any:
    """`ingest_file`'s progress callback: one line per chunk (wall and CPU seconds since the start, rows
    done, RSS now in kB), flushed, so that a long run can be followed and its growth read afterwards."""

    def progress(rows: int) -> None:
        wall, cpu = time.perf_counter() - t0[0], time.process_time() - t0[1]
        with log.open("a") as fh:
            fh.write(f"{wall:.2f} {cpu:.2f} {rows} {_rss_now_kb()}\n")

    return progress


def ingest(
    url: str, file: Path, before: str | None, profile: Path | None, progress_log: Path | None = None
) -> dict[str, Any]:
    from data_ingest import pipeline
    from lagesbild.db import make_engine

    # The code before the benchmark's fixes (frozen copies of the committed versions), for before/after:
    # "all" = normaliser and store, "store" = only the store.
    if before == "all":
        from bench.before import normalise_pre_fix

        pipeline.normalise_incidents = normalise_pre_fix.normalise_incidents  # type: ignore[assignment]
    if before in ("all", "store"):
        from bench.before import store_pre_fix

        pipeline.store_incidents = store_pre_fix.store_incidents  # type: ignore[assignment]
    engine = make_engine(url)
    imported_kb = _rss_now_kb()
    profiler = cProfile.Profile() if profile else None
    starts = [0.0, 0.0]
    logged = _progress_logger(progress_log, starts) if progress_log else None
    watch = WorkerWatch()
    workers_cpu0 = watch.cpu_seconds()

    def progress(rows: int) -> None:
        watch.sample()
        if logged is not None:
            logged(rows)

    t0, cpu0 = time.perf_counter(), time.process_time()
    starts[:] = [t0, cpu0]
    if profiler:
        profiler.enable()
    with file.open("rb") as fh:
        summary = pipeline.ingest_file(engine, fh, file.name, imported_by="bench", progress=progress)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    seconds = time.perf_counter() - t0
    own_cpu = time.process_time() - cpu0
    workers_cpu = watch.cpu_seconds() - workers_cpu0
    return {
        "seconds": seconds,
        # The client's CPU: this process's and its redaction workers' (data_ingest/redaction_pool.py).
        "cpu_seconds": own_cpu + workers_cpu,
        "own_cpu_seconds": own_cpu,
        "workers_cpu_seconds": workers_cpu,
        "workers_peak_rss_kb": watch.peak_kb,
        "workers_rss_sum_kb": watch.sum_kb,
        "rss_sum_with_parent_kb": watch.sum_with_parent_kb,
        "rows": summary.rows,
        "loaded": summary.loaded,
        "duplicates": summary.duplicates,
        "rejected": summary.rejected,
        "ignored": summary.ignored,
        "accounted": summary.accounted(),
        "imported_kb": imported_kb,
    }


BASELINE_TABLE = "baseline_rows"


def baseline(url: str, file: Path) -> dict[str, Any]:
    """The bare minimum: pandas.read_csv of the whole file, then one bulk insert of its columns as
    text (to_sql's executemany on SQLite, COPY on PostgreSQL), in one transaction."""
    import pandas as pd
    from sqlalchemy import text

    from lagesbild.db import is_postgis, make_engine

    engine = make_engine(url)
    imported_kb = _rss_now_kb()
    t0, cpu0 = time.perf_counter(), time.process_time()
    frame = pd.read_csv(file, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    if is_postgis(engine):
        columns = ", ".join(f'"c{i}" text' for i in range(len(frame.columns)))
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(f"DROP TABLE IF EXISTS {BASELINE_TABLE}")
            cursor.execute(f"CREATE TABLE {BASELINE_TABLE} ({columns})")
            buffer = io.StringIO()
            frame.to_csv(buffer, header=False, index=False)
            with cursor.copy(f"COPY {BASELINE_TABLE} FROM STDIN WITH (FORMAT csv)") as copy:
                copy.write(buffer.getvalue())
            raw.commit()
        finally:
            raw.close()
    else:
        frame.columns = [f"c{i}" for i in range(len(frame.columns))]
        with engine.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {BASELINE_TABLE}"))
            frame.to_sql(BASELINE_TABLE, conn, index=False)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    with engine.connect() as conn:
        stored = conn.execute(text(f"SELECT count(*) FROM {BASELINE_TABLE}")).scalar_one()  # noqa: S608
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": int(stored), "imported_kb": imported_kb}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("job", choices=["ingest", "baseline"])
    parser.add_argument("url")
    parser.add_argument("file", type=Path)
    parser.add_argument("--before", nargs="?", const="all", choices=["all", "store"])
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--progress", type=Path, help="ingest: append one line per chunk to this file")
    args = parser.parse_args()
    if args.job == "ingest":
        result = ingest(args.url, args.file, args.before, args.profile, args.progress)
    else:
        result = baseline(args.url, args.file)
    result["self_maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
