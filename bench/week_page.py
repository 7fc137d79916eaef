"""Veckans lägesbild's data on a national database, against hand-written GROUP BYs (Stop 25).

    python -m bench.week_page --db URL [--repeats 7] [--pickle OUT.pkl] [--profile OUT.prof]

Times, alternating the jobs within the run (`interleaved`), on an existing database (e.g. 10 M
incidents bulk loaded by `generate.bulk_load` on the real areas, as section 2 of bench.run):

* section 2's figures: week_counts for 1 week and for 5 weeks × all areas, and "Veckans lägesbild data"
  (those 5 weeks' counts + `weekly.area_category_table` + `weekly.suggested_status`), against the
  hand-written GROUP BY of the same weeks;
* the landing page itself: `dashboard.data.weekly_picture` for every area (the page's default) and for
  the areas of the kommun with the most (picked in the page's area picker; not in a kommun scope, as
  bulk-loaded incidents have no kommun code), caches cleared before each call (a cold page), against
  the hand-written GROUP BY of the weeks it reads (`weekly.history_weeks`).

Prints one JSON line with the medians (and every time), the load average before and after. With
`--pickle`, every job's output once; `--compare BEFORE AFTER` checks two such files are the same (two
versions of the code: run this file with each version first on PYTHONPATH). Only what both versions
have is imported, so one copy of this file times main and the branch alike.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import text

from bench import generate
from bench.common import interleaved, median
from bench.sections_query import hand_written_run
from lagesbild.db import make_engine


def jobs(url: str) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[], Any]]]:
    """(timed jobs, the same jobs returning what is compared)."""
    import logging

    import streamlit as st

    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "No runtime found" at every cached read

    from dashboard import data
    from lagesbild import queries, weekly
    from lagesbild.weeks import previous_weeks

    engine = make_engine(url)
    week = generate.LAST_WEEK
    previous = previous_weeks(week, 4)
    five = [*previous, week]
    history = weekly.history_weeks(week)
    with engine.connect() as conn:
        names = [str(v) for v in conn.execute(text("SELECT name FROM areas ORDER BY name")).scalars()]
        (code,) = conn.execute(
            text("SELECT kommun_code FROM areas GROUP BY kommun_code ORDER BY count(*) DESC LIMIT 1")
        ).one()
        in_kommun = [
            str(v)
            for v in conn.execute(
                text("SELECT name FROM areas WHERE kommun_code = :k ORDER BY name"), {"k": code}
            ).scalars()
        ]

    def hand(weeks: Sequence[str]) -> Callable[[], Any]:
        return hand_written_run(engine, weeks)

    def page_5() -> Any:
        counts = queries.week_counts(engine, five, areas=names)
        table = weekly.area_category_table(counts, week, previous)
        return table, weekly.suggested_status(table, names)

    def landing(area_list: Sequence[str], kommun: str | None) -> Callable[[], Any]:
        def run() -> Any:
            st.cache_data.clear()
            with queries.kommun_scope(kommun):
                return data.weekly_picture(url, week, tuple(area_list), False)

        return run

    timed: dict[str, Callable[[], Any]] = {
        "hand_1": hand([week]),
        "week_counts_1": lambda: queries.week_counts(engine, [week]),
        "hand_5": hand(five),
        "week_counts_5": lambda: queries.week_counts(engine, five, areas=names),
        "page_5": page_5,
        "hand_history": hand(history),
        "landing_all": landing(names, None),
        "landing_kommun_areas": landing(in_kommun, None),
    }
    compared = dict(timed)
    for key in [k for k in compared if k.startswith("hand")]:
        del compared[key]
    return timed, compared


def compare(before: str, after: str) -> None:
    """Every job's output in two --pickle files the same (week_counts' rows, which have no order, in
    one order); raises at the first difference."""
    import pandas as pd

    with open(before, "rb") as f:
        old = pickle.load(f)  # files this module wrote
    with open(after, "rb") as f:
        new = pickle.load(f)
    assert old.keys() == new.keys(), (sorted(old), sorted(new))

    def ordered(frame: pd.DataFrame) -> pd.DataFrame:
        if list(frame.columns) == ["iso_week", "area", "category", "count"]:
            return frame.sort_values(["iso_week", "area", "category"]).reset_index(drop=True)
        return frame

    for key in old:
        frames = old[key] if isinstance(old[key], tuple) else (old[key],)
        others = new[key] if isinstance(new[key], tuple) else (new[key],)
        for a, b in zip(frames, others, strict=True):
            pd.testing.assert_frame_equal(ordered(a), ordered(b), check_exact=True)
        print(f"{key}: {[f.shape for f in frames]} identical")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="two --pickle files")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--only", default="", help="comma-separated job names (default: all)")
    parser.add_argument("--pickle", help="write every compared job's output here")
    parser.add_argument("--profile", help="cProfile one call of each --only job into this file")
    args = parser.parse_args(argv)
    if args.compare:
        compare(*args.compare)
        return
    if not args.db:
        parser.error("--db is required (or --compare)")
    timed, compared = jobs(args.db)
    if args.only:
        chosen = set(args.only.split(","))
        timed = {k: v for k, v in timed.items() if k in chosen}
    load_before = os.getloadavg()
    times = interleaved(timed, args.repeats) if args.repeats else {}  # one warm-up round first
    if args.profile:
        profiler = cProfile.Profile()
        for job in timed.values():
            profiler.runcall(job)
        profiler.dump_stats(args.profile)
    out = {
        "at": time.strftime("%H:%M:%S"),
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "median_s": {k: round(median(v), 4) for k, v in times.items()},
        "all_s": {k: [round(x, 4) for x in v] for k, v in times.items()},
    }
    print("RESULT " + json.dumps(out), flush=True)
    if args.pickle:
        with open(args.pickle, "wb") as f:
            pickle.dump({k: job() for k, job in compared.items()}, f)


if __name__ == "__main__":
    main()
