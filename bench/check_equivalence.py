"""Check that the performance edits in data_ingest/ changed nothing but speed.

Runs the pre-fix normaliser (a frozen copy in bench/before/) and the current one on the same reader
output and compares everything they return: the incident frame (values and dtypes), rejected and
ignored rows and warnings. Inputs: every sample-data file with the sample reference data, the real
police events (a seeded sample; the pre-fix matcher is slow) and generated kommun rows with the
national synthetic reference.

    python -m bench.check_equivalence [--police 2000] [--national 300] [--db URL ...]

It also runs every read in lagesbild.queries with the previous `_read` (a dict per row) and the
current one (tuples) against the sample database and any --db given, and compares the frames.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Select, text

from bench import generate
from bench.before import normalise_pre_fix as before
from data_ingest import normalise as after
from data_ingest.readers.detect import read_file
from lagesbild import queries
from lagesbild.categories import load_config
from lagesbild.cli.demo import sample_files
from lagesbild.geo import ReferenceData
from lagesbild.reference import read_reference_dir

ROOT = Path(__file__).resolve().parents[1]
POLICE = ROOT.parent / "shared" / "real_data" / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"


def _same(records: pd.DataFrame, reference: ReferenceData, name: str) -> tuple[float, float]:
    config = load_config()
    t0 = time.perf_counter()
    old = before.normalise_incidents(records, reference, config, name)
    t1 = time.perf_counter()
    new = after.normalise_incidents(records, reference, config, name)
    t2 = time.perf_counter()
    pd.testing.assert_frame_equal(old.incidents, new.incidents, check_dtype=True, check_exact=True)
    assert old.rejected == new.rejected, name
    assert old.ignored == new.ignored, name
    assert old.warnings == new.warnings, name
    return t1 - t0, t2 - t1


def _read_with_mappings(bind: Any, query: Select[Any]) -> pd.DataFrame:
    """lagesbild.queries._read as it was before the benchmark's edit."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.mappings().all(), columns=list(result.keys()))
    result = bind.execute(query)
    return pd.DataFrame(result.mappings().all(), columns=list(result.keys()))


@contextmanager
def _previous_read() -> Iterator[None]:
    current = queries._read
    queries._read = _read_with_mappings
    try:
        yield
    finally:
        queries._read = current


def _query_calls(engine: Engine) -> dict[str, Callable[[], Any]]:
    import datetime as dt

    from lagesbild.weeks import previous_weeks, week_start

    with engine.connect() as conn:
        last = str(conn.execute(text("SELECT max(iso_week) FROM incidents")).scalar())
        batch = conn.execute(text("SELECT max(id) FROM ingest_batches")).scalar() or 0
        ids = [int(v) for v in conn.execute(text("SELECT id FROM incidents ORDER BY id LIMIT 500")).scalars()]
        names = [str(v) for v in conn.execute(text("SELECT name FROM areas ORDER BY name")).scalars()]
    weeks = [*previous_weeks(last, 4), last]
    start, end = week_start(weeks[0]), week_start(last) + dt.timedelta(days=6)
    calls: dict[str, Callable[[], Any]] = {
        "areas_frame": lambda: queries.areas_frame(engine),
        "category_labels": lambda: queries.category_labels(engine),
        "week_counts": lambda: queries.week_counts(engine, weeks),
        "week_counts_areas_reviewed": lambda: queries.week_counts(
            engine, weeks, names[:2], reviewed_only=True
        ),
        "weekly_series": lambda: queries.weekly_series(engine, weeks[0], last),
        "hour_weekday_counts": lambda: queries.hour_weekday_counts(engine, weeks[0], last),
        "grid_counts": lambda: queries.grid_counts(engine, start, end, 250),
        "incident_list": lambda: queries.incident_list(engine, start, end, limit=2000),
        "duplicate_sources": lambda: queries.duplicate_sources(engine, ids),
        "upcoming": lambda: queries.upcoming(engine, start, end + dt.timedelta(days=60)),
        "measures": lambda: queries.measures(engine),
        "area_statuses": lambda: queries.area_statuses(engine, last),
        "reporting_organisations": lambda: queries.reporting_organisations(engine, weeks),
        "review_queue": lambda: queries.review_queue(engine),
        "batches": lambda: queries.batches(engine),
        "rejected": lambda: queries.rejected(engine, batch),
        "weeks_present": lambda: queries.weeks_present(engine),
        "review_counts": lambda: queries.review_counts(engine, last),
    }
    if hasattr(queries, "daily_counts"):
        calls["daily_counts"] = lambda: queries.daily_counts(engine, start, end)
    return calls


def _week_counts_before(
    bind: Any, weeks: Any, areas: Any = None, sources: Any = None, reviewed_only: bool = False
) -> Any:
    """lagesbild.queries.week_counts as it was before the benchmark's edit (join first, then count)."""
    from sqlalchemy import func, select

    i, a = queries.i, queries.a
    query = (
        select(i.c.iso_week, a.c.name.label("area"), i.c.category, func.count().label("count"))
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(i.c.iso_week.in_(list(weeks)), *queries._filters(areas, None, sources, reviewed_only))
        .group_by(i.c.iso_week, a.c.name, i.c.category)
    )
    return _read_with_mappings(bind, query)


def check_week_counts(engine: Engine) -> int:
    """The same cells and counts as before (GROUP BY promises no order: compared sorted)."""
    from lagesbild.weeks import previous_weeks

    with engine.connect() as conn:
        last = str(conn.execute(text("SELECT max(iso_week) FROM incidents")).scalar())
        names = [str(v) for v in conn.execute(text("SELECT name FROM areas ORDER BY name")).scalars()]
    five = [*previous_weeks(last, 4), last]
    cases: list[tuple[list[str], dict[str, Any]]] = [
        ([last], {}), (five, {"areas": names}), (five, {"areas": names[:2], "reviewed_only": True}),
        (five, {"sources": ["polis", "bostadsbolag"]}), ([], {}), (["1999-W01"], {}),
    ]  # fmt: skip
    key = ["iso_week", "area", "category"]
    for weeks, kwargs in cases:
        old = _week_counts_before(engine, weeks, **kwargs).sort_values(key).reset_index(drop=True)
        new = queries.week_counts(engine, weeks, **kwargs).sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(
            old, new, check_dtype=True, check_exact=True, obj=f"week_counts{kwargs}"
        )
    return len(cases)


def check_queries(url: str) -> int:
    from lagesbild.db import make_engine

    engine = make_engine(url)
    check_week_counts(engine)
    calls = _query_calls(engine)
    for name, call in calls.items():
        with _previous_read():
            old = call()
        new = call()
        if isinstance(old, pd.DataFrame):
            pd.testing.assert_frame_equal(old, new, check_dtype=True, check_exact=True, obj=name)
        else:
            assert old == new, name
    engine.dispose()
    return len(calls)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--police", type=int, default=2000, help="real police events to compare")
    parser.add_argument("--national", type=int, default=300, help="generated rows with ~7,000 names")
    parser.add_argument("--db", action="append", default=[], help="also compare the queries on this database")
    args = parser.parse_args()
    from bench.sections_dashboard import sample_database

    for url in [sample_database(), *args.db]:
        print(
            f"queries: {check_queries(url)} reads identical with tuples and with mappings, "
            "week_counts identical "
            f"to the previous SQL, on {url}"
        )
    sample = read_reference_dir(ROOT / "sample_data")
    files = rows = 0
    slow = fast = 0.0
    for path in sample_files(ROOT / "sample_data"):
        with path.open("rb") as fh:
            result = read_file(fh, path.name)
        if result.kind != "incidents" or result.records.empty:
            continue
        a, b = _same(result.records, sample, path.name)
        files, rows, slow, fast = files + 1, rows + len(result.records), slow + a, fast + b
    print(f"sample data: {files} files, {rows} rows identical (pre-fix {slow:.1f} s, now {fast:.1f} s)")
    if POLICE.exists() and args.police:
        events = json.loads(gzip.decompress(POLICE.read_bytes()))
        chosen = random.Random(1).sample(events, min(args.police, len(events)))
        result = read_file(io.BytesIO(json.dumps(chosen).encode()), "polis.json")
        a, b = _same(result.records, sample, "polis.json")
        print(f"real police events: {len(result.records)} rows identical (pre-fix {a:.1f} s, now {b:.1f} s)")
    if args.national:
        synthetic = generate.make_reference()
        path = generate.WORK / f"equivalence_{args.national}.csv"
        generate.write_kommun_csv(path, args.national, synthetic)
        with path.open("rb") as fh:
            result = read_file(fh, path.name)
        a, b = _same(result.records, synthetic.reference, path.name)
        print(
            f"national reference ({len(synthetic.reference.areas)} areas): {len(result.records)} "
            "rows identical "
            f"(pre-fix {a:.1f} s, now {b:.1f} s)"
        )


if __name__ == "__main__":
    main()
