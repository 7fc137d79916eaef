"""The row limit's count before the ingest (issue 16, Stop 24 in RESULTS.md): what it costs.

    python -m bench.row_count [--rows 1000000] [--repeats 3] [--limit 500000]

On the generated kommun CSV of ``--rows`` rows (the file `bench.ingest_ab` makes and times, same fixed
seed; made here if missing):

* the pre-count pass that `tabular.open_table` makes before handing on its first row
  (`tabular._count_csv_rows`: the whole file under the limit, else up to the limit + 1), wall and CPU,
  median of ``--repeats``, at the current ``LAGESBILD_MAX_ROWS``;
* under the limit, the whole file read by the reader (`open_table` and all its chunks: pre-count, parse,
  no normalising);
* with ``--limit`` (``LAGESBILD_MAX_ROWS`` for this step): `ingest_file` of the file into a SQLite
  database with the synthetic reference, how long it took and what it stored (over the limit: refused,
  nothing).

Compare the pre-count with the ingest of the same file: ``python -m bench.ingest_ab --rows N``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from bench import generate
from bench.common import WORK, Databases, log, median
from data_ingest.readers import tabular
from data_ingest.readers.base import FileFormatError


def _timed(fn: Callable[[], Any], repeats: int) -> tuple[float, float, Any]:
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return median(walls), median(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--limit", type=int, default=0, help="LAGESBILD_MAX_ROWS for the ingest (0: no ingest)"
    )
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    synthetic = generate.make_reference()
    path = WORK / f"kommun_{args.rows}.csv"
    if not path.exists():
        generate.write_kommun_csv(path, args.rows, synthetic)
    name = path.name
    with path.open("rb") as fh:
        head = fh.read(tabular.HEAD_BYTES)
        fh.seek(0)
        encoding = tabular._encoding(fh, head, name)
        delimiter, _ = tabular._choose_delimiter(head.decode(encoding, errors="ignore"), None)
        limit = os.environ.get("LAGESBILD_MAX_ROWS")
        os.environ["LAGESBILD_MAX_ROWS"] = str(1 << 62)  # the header only: not refused here
        table = tabular.open_table(fh, name)
        header_row, width = table.header_row, len(table.headers)
        del table
        if limit is None:
            del os.environ["LAGESBILD_MAX_ROWS"]
        else:
            os.environ["LAGESBILD_MAX_ROWS"] = limit

        def pre_count() -> str:
            fh.seek(0)
            try:
                tabular._count_csv_rows(fh, 0, encoding, delimiter, header_row, width, name)
            except FileFormatError:
                return "over the limit (counted to the limit + 1)"
            return "under the limit (the whole file counted)"

        log(f"{args.rows} rows ({path.stat().st_size / 1e6:.1f} MB): the pre-count, {args.repeats} runs")
        count_s, count_cpu, outcome = _timed(pre_count, args.repeats)
        print(f"pre-count {count_s:.2f} s wall, {count_cpu:.2f} s CPU: {outcome}", flush=True)

        def read_all() -> int:
            fh.seek(0)
            return sum(len(rows) for _, rows in tabular.open_table(fh, name).batches())

        if outcome.startswith("under"):
            log(f"{args.rows} rows: the whole file through the reader, {args.repeats} runs")
            read_s, read_cpu, rows = _timed(read_all, args.repeats)
            print(
                f"reading all {rows} rows (pre-count included) {read_s:.2f} s wall, {read_cpu:.2f} s CPU",
                flush=True,
            )
    if not args.limit:
        return
    from data_ingest.pipeline import ingest_file
    from lagesbild import db

    dbs = Databases(None)
    url = dbs.with_reference("sqlite", f"rowcount{os.getpid()}", synthetic)
    os.environ["LAGESBILD_MAX_ROWS"] = str(args.limit)
    engine = db.make_engine(url)
    try:
        log(f"{args.rows} rows, LAGESBILD_MAX_ROWS={args.limit}: the ingest")
        done: list[int] = []
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            with path.open("rb") as fh:
                ingest_file(engine, fh, name, imported_by="bench", progress=done.append)
            message = "loaded"
        except FileFormatError as exc:
            message = str(exc)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        with engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(db.incidents)).scalar_one()
            batches = conn.execute(select(func.count()).select_from(db.ingest_batches)).scalar_one()
        print(
            f"ingest: {wall:.2f} s wall, {cpu:.2f} s CPU, {len(done)} chunks processed, {stored} "
            f"incidents and {batches} import batches stored: {message}",
            flush=True,
        )
    finally:
        engine.dispose()
        dbs.drop_all()


if __name__ == "__main__":
    main()
