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
    progress = _progress_logger(progress_log, starts) if progress_log else None
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
    return {
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu0,
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
