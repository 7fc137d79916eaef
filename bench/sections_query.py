"""Benchmark sections on the bulk-loaded national database (bench/run.py runs them).

2. The weekly lägesbild query against a hand-written GROUP BY, with its EXPLAIN plans and the two SQLite
experiments that change the plan (`bench_query`); 4. the weekly PDF against plain fpdf2 pages
(`bench_pdf`). Sections 3 (bench/sections_map.py), 4 and 1b reuse the databases section 2 loads
(`Context.query_urls`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text

from bench import generate
from bench.common import (
    WORK,
    Context,
    Row,
    fmt_bytes,
    fmt_n,
    fmt_s,
    interleaved,
    log,
    median,
    ratio,
    timed,
)
from lagesbild.db import make_engine

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


def hand_written_run(engine: Engine, weeks: Sequence[str]) -> Callable[[], Any]:
    """The baseline as a timed callable: the hand-written GROUP BY of these weeks, all its rows fetched."""
    sql = hand_written(weeks)

    def run() -> Any:
        with engine.connect() as conn:
            return conn.exec_driver_sql(sql).fetchall()

    return run


def hand_written(weeks: Sequence[str]) -> str:
    listed = ", ".join(f"'{w}'" for w in weeks)  # fixed labels made here, never user input
    return (
        "SELECT iso_week, area_id, category, count(*) FROM incidents "  # noqa: S608
        f"WHERE iso_week IN ({listed}) AND duplicate_of IS NULL GROUP BY iso_week, area_id, category"
    )


# The schema's index before the fix (lagesbild/db.py now makes it partial: duplicate_of IS NOT NULL).
FULL_INDEX = "CREATE INDEX ix_incidents_duplicate_of ON incidents (duplicate_of)"


def _sqlite_experiments(
    engine: Engine, jobs: dict[str, Callable[[], Any]], lib_call: Callable[[], Any], repeats: int
) -> dict[str, Any]:
    """Two things that change SQLite's plan for the weekly query, timed on the same table:

    * ANALYZE (the app never runs it; SQLite recommends PRAGMA optimize, which may): the statistics
      count the NULLs of ix_incidents_duplicate_of as distinct, so `duplicate_of IS NULL` looks selective;
    * the schema before the fix: ix_incidents_duplicate_of as a full index, which SQLite picked for
      `duplicate_of IS NULL` over the week index; the schema's partial index (duplicate_of IS NOT NULL)
      serves only the look-ups by id, so no planner can pick it for `duplicate_of IS NULL`.

    The table is left as it was (no statistics, the schema's index)."""
    out: dict[str, Any] = {}
    with engine.begin() as conn:
        original = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_incidents_duplicate_of'"
        ).scalar_one()
    steps = (
        ("analyze", ["ANALYZE"], ["DROP TABLE IF EXISTS sqlite_stat1", "DROP TABLE IF EXISTS sqlite_stat4"]),
        ("full_index", ["DROP INDEX ix_incidents_duplicate_of", FULL_INDEX],
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
        return hand_written_run(engine, weeks)

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
    from lagesbild.report import week as report

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
