"""Lägesbild benchmarks: every number is a ratio to a baseline timed in the same run.

    python -m bench.run [--quick] [--engines sqlite,postgis] [--rows N] [--query-rows N]
                        [--sections areas,ingest,query,map,pdf,dashboard,profile,load]
                        [--areas regso|synthetic] [--out bench/RESULTS.md]

The areas are the real 3,363 RegSO 2025 areas of the 290 kommuner (shipped in the package); section
"areas" compares them with the synthetic grid of 16-sided polygons used before (`--areas synthetic`
runs every section on that grid).

Writes bench/RESULTS.md (and bench/work/results.json) and prints the summary table. The method is in
docs/benchmarks.md. Data are generated (seeded) in bench/work/; PostgreSQL databases are created as
`lagesbild_bench_*` and dropped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from bench import generate
from bench.common import (
    ENGINES,
    PG_ADMIN_URL,
    RESULTS,
    SECTIONS,
    WORK,
    Context,
    Databases,
    Results,
    Row,
    Sizes,
    log,
    machine_info,
    pg_admin_engine,
)
from bench.results_md import render_markdown, summary_table
from bench.sections_areas import bench_areas
from bench.sections_dashboard import bench_dashboard
from bench.sections_ingest import bench_ingest, bench_profile, bench_weekly
from bench.sections_load import bench_load
from bench.sections_map import bench_map
from bench.sections_query import bench_pdf, bench_query

# The sections live in bench/sections_*.py, the shared pieces in bench/common.py and the Markdown in
# bench/results_md.py; these names are re-exported for tests/test_bench_smoke.py and other callers.
__all__ = [
    "ENGINES",
    "SECTIONS",
    "Results",
    "Row",
    "Sizes",
    "main",
    "pg_admin_engine",
    "render_markdown",
    "run",
    "summary_table",
]


# ------------------------------------------------------------------------------------------ driver


RUNNERS: dict[str, Callable[[Context], None]] = {
    "areas": bench_areas,
    "ingest": bench_ingest,
    "query": bench_query,
    "map": bench_map,
    "pdf": bench_pdf,
    "weekly": bench_weekly,
    "dashboard": bench_dashboard,
    "profile": bench_profile,
    "load": bench_load,
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
    synthetic = generate.make_reference(n_kommuner=sizes.kommuner, source=sizes.area_source)
    results.scale = {
        "kommuner": sizes.kommuner,
        "areas": len(synthetic.area_names),
        "names": len(synthetic.reference.matcher.names),
        "area_source": synthetic.source,
    }
    if synthetic.source != "regso":
        message = (
            "AREAS ARE SYNTHETIC: this run used the grid of 16-sided polygons (--areas synthetic), "
            "not the real RegSO areas"
        )
        results.notes.append(message)
        log(message)
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
    parser.add_argument(
        "--areas",
        choices=generate.AREA_SOURCES,
        default="regso",
        help="regso: the real 3,363 RegSO areas (default); synthetic: the earlier grid of 870 polygons",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the Markdown results")
    args = parser.parse_args(argv)
    # A terminated run still drops its databases (run() cleans up in `finally`).
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    sizes = Sizes.quick() if args.quick else Sizes()
    sizes.area_source = args.areas
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
