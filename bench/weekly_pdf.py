"""The weekly PDF for a few areas on a big database: `collect_weekly` and `render` timed apart.

    python -m bench.weekly_pdf --db URL [--repeats 5] [--week 2026-W47] [--areas 3] [--out report.pdf]
        [--profile prof.out]

The database is one `bench.generate.bulk_load` built (`--build N` builds it first: the real 3,363
RegSO areas, as `python -m bench.run --sections query` does; a PostgreSQL database named in the URL is
created, an existing one dropped first). The areas are the first `--areas` of the database (by id: the
bench's `synthetic.area_names[:3]`, Bollstanäs, Hammarby-Vaxmyra and Odenslunda norra-Frestaby-Ekeby
on the national reference). One warm-up call, then `--repeats` rounds; prints the median and every
round. `--out` keeps the last PDF (to compare before/after with `pdftotext -layout` and `pdfimages`);
`--profile` writes a cProfile of one more round of the whole report. Also printed: the median CPU time
of the process (steadier than the wall time on a shared machine; PostgreSQL's own work is not in it).
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench import generate
from bench.common import PG_ADMIN_URL
from lagesbild.db import make_engine


def build(url: str, n: int) -> None:
    """A fresh database at `url` with `n` bulk-loaded incidents on the national RegSO reference."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
        admin.dispose()
    else:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{parsed.database}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    timings = generate.bulk_load(make_engine(url), n, generate.make_reference())
    print(f"built {n:,} incidents in {time.perf_counter() - t0:.1f} s {timings}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="SQLAlchemy URL")
    parser.add_argument("--build", type=int, default=0, help="build the database first with N incidents")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--week", default=generate.LAST_WEEK)
    parser.add_argument("--areas", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()
    if args.build:
        build(args.db, args.build)

    from lagesbild.report import week as report

    engine = make_engine(args.db)
    with engine.connect() as conn:
        query = text("SELECT name FROM areas ORDER BY id LIMIT :n")
        areas = [str(v) for v in conn.execute(query, {"n": args.areas}).scalars()]
    out = args.out or Path(tempfile.mkdtemp()) / "weekly.pdf"
    report.write_weekly_report(engine, args.week, out, areas)  # warm-up: fonts, matplotlib, caches
    collects, renders, cpu = [], [], []
    for _ in range(args.repeats):
        c0, t0 = time.process_time(), time.perf_counter()
        data = report.collect_weekly(engine, args.week, areas)
        t1 = time.perf_counter()
        report.render(data, out)
        collects.append(t1 - t0)
        renders.append(time.perf_counter() - t1)
        cpu.append(time.process_time() - c0)
    totals = [c + r for c, r in zip(collects, renders, strict=True)]
    print(f"{args.week}, areas {', '.join(areas)}; {make_url(args.db).render_as_string(hide_password=True)}")
    print(
        f"median of {args.repeats}: total {statistics.median(totals):.2f} s (collect "
        f"{statistics.median(collects):.2f} + render {statistics.median(renders):.2f})"
    )
    # On a shared machine the wall time follows the load; this process's CPU time much less (the
    # database server's work on PostgreSQL is not in it).
    print(
        f"median CPU time of this process: {statistics.median(cpu):.2f} s; fastest round {min(totals):.2f} s"
    )
    print(
        "rounds (collect + render): "
        + ", ".join(f"{c:.2f}+{r:.2f}" for c, r in zip(collects, renders, strict=True))
    )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        report.write_weekly_report(engine, args.week, out, areas)
        profiler.disable()
        profiler.dump_stats(args.profile)
    engine.dispose()


if __name__ == "__main__":
    main()
