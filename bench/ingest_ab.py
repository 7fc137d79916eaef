"""One ingest measured against the bare load in the same run, and a digest of the stored rows.

    python -m bench.ingest_ab [--rows 100000] [--engines sqlite,postgis] [--profile] [--repeats 1]
        [--progress]

For before/after comparisons of one change: run it on each commit with the same --rows (the file is
generated with the fixed seed, so it is the same file) and compare the ratios and the digests. The
digest covers every stored incident column except the batch id and the two timestamps of the run; the
same digest means the same stored rows. Much smaller than `make bench` (one section, one size).
`--progress`: the timed ingest appends one line per chunk (wall s, CPU s, rows, RSS kB) to
bench/work/ab_progress_ENGINE_ROWS.log, to follow a long run (10 M rows) and read its growth.
With redaction workers (LAGESBILD_REDACTION_WORKERS, data_ingest/redaction_pool.py) the client CPU is the
ingest process's plus its workers' (read from the fork server once they are joined); the workers' own
peak RSS, and their sum with the ingest process's RSS, sampled after each chunk, are printed beside the
ingest process's peak.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os

from sqlalchemy import text

from bench import generate
from bench.common import WORK, Databases, log, median, pg_admin_engine, run_worker
from bench.sections_ingest import top_functions
from lagesbild.db import make_engine

# The redaction workers' share (bench/worker.py: WorkerWatch); `cpu_seconds` includes their CPU.
_WORKER_FIELDS = (
    "own_cpu_seconds",
    "workers_cpu_seconds",
    "workers_peak_rss_kb",
    "workers_rss_sum_kb",
    "rss_sum_with_parent_kb",
)
_COLUMNS = [c for c in generate.INCIDENT_COLUMNS if c not in ("batch_id", "created_at", "updated_at")]


def stored_digest(url: str) -> tuple[int, str]:
    """Row count and sha256 of every stored incident (ordered by id), geometry as stored. The rows are
    streamed (a server-side cursor on PostgreSQL), so 10 M of them need no more memory than 100,000."""
    digest = hashlib.sha256()
    engine = make_engine(url)
    columns = ", ".join(_COLUMNS)
    with engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=10_000).execute(
            text(f"SELECT {columns} FROM incidents ORDER BY id")  # noqa: S608 - our own list
        )
        count = 0
        for row in rows:
            digest.update(repr(tuple(row)).encode())
            count += 1
        other = conn.execute(
            text("SELECT (SELECT count(*) FROM rejected_rows), (SELECT count(*) FROM ignored_rows)")
        ).one()
        digest.update(repr(tuple(other)).encode())
    engine.dispose()
    return count, digest.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--engines", default="sqlite")
    parser.add_argument("--repeats", type=int, default=1, help="ingest runs (the median is reported)")
    parser.add_argument("--profile", action="store_true", help="cProfile the (first) ingest, print the top")
    parser.add_argument("--progress", action="store_true", help="log the timed ingest's chunks (see above)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    synthetic = generate.make_reference()
    path = WORK / f"kommun_{args.rows}.csv"
    if not path.exists():
        generate.write_kommun_csv(path, args.rows, synthetic)
    engines = [e for e in args.engines.split(",") if e]
    pg = pg_admin_engine() if "postgis" in engines else None
    dbs = Databases(pg)
    try:
        for engine in engines:
            base_url = dbs.url(engine, f"ab{os.getpid()}_baseline_{engine}")
            log(f"{engine} {args.rows} rows: bare load (1/2)")
            first = run_worker(["baseline", base_url, str(path)])
            base, base_cpu = [first["seconds"]], [first["cpu_seconds"]]
            times: list[float] = []
            cpus: list[float] = []
            peaks: list[int] = []
            workers: list[dict[str, float]] = []
            digest: tuple[int, str] = (0, "")
            outcome: dict[str, int] = {}
            runs = args.repeats + (1 if args.profile else 0)
            for k in range(runs):
                log(f"{engine} {args.rows} rows: database with the reference ({k + 1}/{runs})")
                url = dbs.with_reference(engine, f"ab{os.getpid()}_ingest_{engine}", synthetic)
                prof = WORK / f"ab_{engine}.prof"
                extra = ["--profile", str(prof)] if args.profile and k == 0 else []
                if args.progress and not extra:
                    progress_log = WORK / f"ab_progress_{engine}_{args.rows}.log"
                    progress_log.unlink(missing_ok=True)
                    extra = ["--progress", str(progress_log)]
                log(f"{engine} {args.rows} rows: ingest ({k + 1}/{runs})")
                result = run_worker(["ingest", url, str(path), *extra])
                if "--profile" not in extra:  # the profiled run is slower and not timed
                    times.append(result["seconds"])
                    cpus.append(result["cpu_seconds"])
                    peaks.append(result["peak_rss_kb"])
                    workers.append({k: result[k] for k in _WORKER_FIELDS})
                outcome = {k: result[k] for k in ("rows", "loaded", "duplicates", "rejected", "ignored")}
                log(f"{engine} {args.rows} rows: digest of the stored rows")
                digest = stored_digest(url)
                dbs.drop(url)
                if "--profile" in extra:
                    for row in top_functions(prof, 25):
                        print(f"  {row['tottime']:7.2f} {row['cumtime']:7.2f}  {row['function']}")
            log(f"{engine} {args.rows} rows: bare load (2/2)")
            last = run_worker(["baseline", base_url, str(path)])
            base.append(last["seconds"])
            base_cpu.append(last["cpu_seconds"])
            dbs.drop(base_url)
            ingest_s, base_s = median(times), median(base)
            print(
                f"{engine} {args.rows} rows: ingest {ingest_s:.2f} s, bare load {base_s:.2f} s, "
                f"ratio {ingest_s / base_s:.2f}x; client CPU {median(cpus):.2f} s vs "
                f"{median(base_cpu):.2f} s, "
                f"ratio {median(cpus) / median(base_cpu):.2f}x; peak RSS {max(peaks) / 1024:.0f} MB "
                f"(bare load {last['peak_rss_kb'] / 1024:.0f} MB); stored {digest[0]} incidents, "
                f"digest {digest[1]}; redaction workers: CPU "
                f"{median([w['workers_cpu_seconds'] for w in workers]):.2f} s of the client's, peak RSS "
                f"{max(w['workers_peak_rss_kb'] for w in workers) / 1024:.0f} MB each, "
                f"{max(w['workers_rss_sum_kb'] for w in workers) / 1024:.0f} MB together, with the "
                f"ingest process {max(w['rss_sum_with_parent_kb'] for w in workers) / 1024:.0f} MB",
                flush=True,
            )
            summary = {
                "engine": engine, "rows": args.rows, "file_bytes": path.stat().st_size,
                "ingest_s": times, "ingest_cpu_s": cpus, "ingest_peak_rss_kb": peaks, "workers": workers,
                "bare_s": base, "bare_cpu_s": base_cpu,
                "bare_peak_rss_kb": [first["peak_rss_kb"], last["peak_rss_kb"]],
                "stored": digest[0], "digest": digest[1], **outcome,
            }  # fmt: skip
            print("AB " + json.dumps(summary), flush=True)
    finally:
        dbs.drop_all()
        if pg is not None:
            pg.dispose()


if __name__ == "__main__":
    main()
