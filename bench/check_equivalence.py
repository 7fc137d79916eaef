"""Check that performance edits changed nothing but speed.

The normaliser: bench/normalise_dump.py runs in a `git archive` copy of REF (default: main) and in this
checkout, each in its own process, on the same inputs (every sample-data file with the sample reference,
a seeded sample of the real police events, generated kommun rows with the national synthetic
reference), and everything they return is compared: the incident frame (values and dtypes), rejected
and ignored rows and warnings. Columns only one side has are listed (a deliberate new column is no
speed edit, so it fails unless --new-columns names it).

    python -m bench.check_equivalence [--before main] [--police 2000] [--national 300] [--db URL ...]

It also runs every read in lagesbild.queries with the previous `read` (a dict per row) and the
current one (tuples) against the sample database and any --db given, and compares the frames.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Select, text

from lagesbild import data_range, period_queries, queries, review_queries

ROOT = Path(__file__).resolve().parents[1]
POLICE = ROOT.parent / "shared" / "real_data" / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"


def _dump(root: Path, out: Path, args: argparse.Namespace, work: Path) -> float:
    """Run `root`'s bench/normalise_dump.py, which puts `root` first on sys.path; wall seconds."""
    command = [sys.executable, str(root / "bench" / "normalise_dump.py"), str(out), "--work", str(work)]
    command += ["--police", str(args.police), "--national", str(args.national), "--police-feed", str(POLICE)]
    start = time.perf_counter()
    subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(root)}, cwd=root)
    return time.perf_counter() - start


def _archive(ref: str, into: Path) -> Path:
    archive = into / "before.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), ref], check=True)
    root = into / "before"
    with tarfile.open(archive) as tar:
        tar.extractall(root, filter="data")
    # this checkout's dump script (an older ref may have none), run against the archived code
    script = root / "bench" / "normalise_dump.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_bytes((ROOT / "bench" / "normalise_dump.py").read_bytes())
    return root


def compare_normalisers(args: argparse.Namespace) -> list[str]:
    """Differences between the normaliser at `args.before` and this checkout's, one line each."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        before_root = _archive(args.before, work)
        old_s = _dump(before_root, work / "before.pkl", args, work)
        new_s = _dump(ROOT, work / "after.pkl", args, work)
        old = pickle.loads((work / "before.pkl").read_bytes())
        new = pickle.loads((work / "after.pkl").read_bytes())
    allowed = set(args.new_columns)
    problems = [f"{name}: only in {args.before}" for name in old.keys() - new.keys()]
    problems += [f"{name}: only now" for name in new.keys() - old.keys()]
    rows = 0
    for name in sorted(old.keys() & new.keys()):
        (old_frame, *old_rest), (new_frame, *new_rest) = old[name], new[name]
        removed = [c for c in old_frame.columns if c not in new_frame.columns]
        added = [c for c in new_frame.columns if c not in old_frame.columns and c not in allowed]
        if removed or added:
            problems.append(f"{name}: columns removed {removed}, added {added}")
        common = [c for c in old_frame.columns if c in new_frame.columns]
        try:
            pd.testing.assert_frame_equal(old_frame[common], new_frame[common], check_exact=True, obj=name)
        except AssertionError as error:
            problems.append(f"{name}: {str(error).splitlines()[0]} ({str(error).splitlines()[-1][:200]})")
        for label, a, b in zip(("rejected", "ignored", "warnings"), old_rest, new_rest, strict=True):
            if a != b:
                problems.append(f"{name}: {label} differ")
        rows += len(new_frame)
    print(
        f"normaliser at {args.before} and now: {len(new)} inputs, {rows} incidents, "
        f"{len(problems)} difference(s) (dump {old_s:.1f} s before, {new_s:.1f} s now)"
    )
    return problems


def _read_with_mappings(bind: Any, query: Select[Any], *, plain: bool = False) -> pd.DataFrame:
    """lagesbild.queries.read as it was before the benchmark's edit (`plain` came later: ignored)."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.mappings().all(), columns=list(result.keys()))
    result = bind.execute(query)
    return pd.DataFrame(result.mappings().all(), columns=list(result.keys()))


@contextmanager
def _previous_read() -> Iterator[None]:
    current = queries.read
    queries.read = _read_with_mappings
    try:
        yield
    finally:
        queries.read = current


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
        "review_queue": lambda: review_queries.review_queue(engine),
        "batches": lambda: review_queries.batches(engine),
        "rejected": lambda: review_queries.rejected(engine, batch),
        "weeks_present": lambda: data_range.weeks_present(engine),
        "review_counts": lambda: review_queries.review_counts(engine, last),
    }
    if hasattr(period_queries, "daily_counts"):
        calls["daily_counts"] = lambda: period_queries.daily_counts(engine, start, end)
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
        .where(i.c.iso_week.in_(list(weeks)), *queries.filters(areas, None, sources, reviewed_only))
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
    parser.add_argument("--before", default="main", help="the git ref to compare the normaliser with")
    parser.add_argument("--police", type=int, default=2000, help="real police events to compare")
    parser.add_argument("--national", type=int, default=300, help="generated rows, national reference")
    parser.add_argument("--new-columns", nargs="*", default=[], help="columns added on purpose since REF")
    parser.add_argument("--db", action="append", default=[], help="also compare the queries on this database")
    args = parser.parse_args()
    from bench.sections_dashboard import sample_database

    for url in [sample_database(), *args.db]:
        print(
            f"queries: {check_queries(url)} reads identical with tuples and with mappings, "
            "week_counts identical "
            f"to the previous SQL, on {url}"
        )
    problems = compare_normalisers(args)
    for line in problems:
        print(line)
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
