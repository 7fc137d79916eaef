"""Benchmark sections on the bulk-loaded national database (bench/run.py runs them).

2. The weekly lägesbild query against a hand-written GROUP BY, with its EXPLAIN plans and the two SQLite
experiments that change the plan (`bench_query`); 3. the map payload, aggregated against one folium
marker per incident (`bench_map`); 4. the weekly PDF against plain fpdf2 pages (`bench_pdf`). Sections
3 and 4 (and 1b) reuse the databases section 2 loads (`Context.query_urls`).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
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
        sql = hand_written(weeks)

        def run() -> Any:
            with engine.connect() as conn:
                return conn.exec_driver_sql(sql).fetchall()

        return run

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


# ---------------------------------------------------------------------------------------------- map


def _window_for(engine: Engine, target: int) -> tuple[dt.date, dt.date, int]:
    """The shortest period ending on the newest day with at least `target` located incidents."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT occurred_date, count(*) FROM incidents WHERE east IS NOT NULL AND "
                "duplicate_of IS NULL "
                "GROUP BY occurred_date ORDER BY occurred_date DESC"
            )
        ).all()
    total = 0
    end = rows[0][0]
    start = end
    for day, count in rows:
        total += int(count)
        start = day
        if total >= target:
            break
    return _as_date(start), _as_date(end), total


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def naive_map(points: Any) -> str:
    """What one would write first: a folium Marker with a popup per incident."""
    import folium

    from lagesbild.geo import to_wgs84

    lat, lon = to_wgs84(points["east"].to_numpy(float), points["north"].to_numpy(float))
    fmap = folium.Map(location=[62.0, 16.0], zoom_start=5)
    for k, row in enumerate(points.itertuples(index=False)):
        folium.Marker(
            [float(lat[k]), float(lon[k])],
            tooltip=html.escape(str(row.category_label)),
            popup=folium.Popup(
                html.escape(f"{row.occurred_date} {row.area}: {row.description}"), max_width=300
            ),
        ).add_to(fmap)
    return str(fmap.get_root().render())


def _map_inputs(engine: Engine, start: dt.date, end: dt.date, cell_m: int) -> tuple[Any, Any, Any]:
    """What the dashboard's internal map draws: grid_counts in SQL, the areas, counts per area × category."""
    from lagesbild import queries
    from lagesbild.weeks import week_label

    cells = queries.grid_counts(engine, start, end, cell_m)
    areas = queries.areas_frame(engine)
    series = queries.weekly_series(engine, week_label(start), week_label(end))
    labels = queries.category_labels(engine).rename(columns={"code": "category", "label": "category_label"})
    area_counts = (
        series.groupby(["area", "category"], as_index=False)["count"].sum().merge(labels, on="category")
    )
    return cells, areas, area_counts


def aggregated_map(
    engine: Engine,
    start: dt.date,
    end: dt.date,
    cell_m: int = 250,
    builder: Any = None,
    kommun_totals: bool = True,
) -> tuple[str, int, int]:
    """The dashboard's internal map: grid_counts in SQL, area counts, the map builder (`builder`:
    dashboard.maps, or the frozen copy from before the compact data in bench/before/). A view over
    many kommuner is drawn as kommun totals as the dashboard does (`dashboard.map_kommuner`), unless
    `kommun_totals` is False (every area, as before stop 17)."""
    from dashboard import map_kommuner, maps

    cells, areas, area_counts = _map_inputs(engine, start, end, cell_m)
    if builder is None and kommun_totals and map_kommuner.kommun_view(areas):
        fmap = map_kommuner.build_kommun_map(areas, cells, area_counts)
        return maps.render_html(fmap), int(cells["count"].sum()), maps.feature_count(fmap)
    builder = builder or maps
    fmap = builder.build_map(areas, cells, cell_m, None, area_counts)
    return builder.render_html(fmap), int(cells["count"].sum()), builder.feature_count(fmap)


def page_parts(page: str) -> dict[str, int]:
    """Bytes of the compact page by part: Leaflet and the layer code, then each layer's data."""
    parts: dict[str, int] = {}
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    parts["leaflet + layer code"] = sum(len(x.encode("utf-8")) for x in scripts[:2])
    for kind, data in re.findall(r"LB\.(\w+)\(\s*(\{.*?\}), \{", page, flags=re.DOTALL):
        parts[kind] = parts.get(kind, 0) + len(data.encode("utf-8"))
    context = re.search(r"var data = (\{.*?\});\n", page)
    if context:
        parts["context"] = len(context.group(1).encode("utf-8"))
    return parts


def first_draw(pages: dict[str, str], repeats: int = 3) -> dict[str, list[float]]:
    """Seconds from navigation to the first frame after the map's scripts ran (two animation frames
    after `load`), in headless Chromium, each page from a file; empty without Chromium."""
    import shutil

    chromium = shutil.which("chromium")
    if not chromium:
        return {}
    from playwright.sync_api import sync_playwright

    from bench.common import CHROMIUM_ARGS

    files = {}
    for name, page in pages.items():
        path = WORK / f"map_{name}.html"
        path.write_text(page, encoding="utf-8")
        files[name] = path
    out: dict[str, list[float]] = {name: [] for name in pages}
    script = (
        "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame("
        "() => done(performance.now()))))"
    )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for _ in range(repeats):
                for name, path in files.items():  # interleaved: load on the machine hits both
                    tab = browser.new_page(viewport={"width": 1440, "height": 900})
                    tab.goto(path.as_uri(), wait_until="load", timeout=300_000)
                    out[name].append(float(tab.evaluate(script)) / 1000)
                    tab.close()
        finally:
            browser.close()
    return out


def bench_map(ctx: Context) -> None:
    """3: bytes of the map page with N incidents in view: the compact page against the page before
    (GeoJSON with HTML popups, bench/before/) and against one marker per incident; first draw in
    Chromium for both pages."""
    from bench.before import maps_pre_compact
    from lagesbild import queries

    engine_name = "postgis" if "postgis" in ctx.query_urls else next(iter(ctx.query_urls), None)
    if engine_name is None:
        ctx.results.notes.append("map: skipped (needs the query section's database)")
        return
    engine = make_engine(ctx.query_urls[engine_name])
    start, end, located = _window_for(engine, ctx.sizes.map_in_view)
    log(f"map: {fmt_n(located)} located incidents {start}…{end} on {engine_name}")
    agg_times: list[float] = []
    before_times: list[float] = []
    for _ in range(3):
        seconds, (page, in_view, features) = timed(lambda: aggregated_map(engine, start, end))
        agg_times.append(seconds)
        seconds, (page_before, _, features_before) = timed(
            lambda: aggregated_map(engine, start, end, builder=maps_pre_compact)
        )
        before_times.append(seconds)
    page_detailed, _, features_detailed = aggregated_map(engine, start, end, kommun_totals=False)
    agg_bytes = len(page.encode("utf-8"))
    before_bytes = len(page_before.encode("utf-8"))
    log(f"map: first draw in Chromium ({fmt_bytes(agg_bytes)} now, {fmt_bytes(before_bytes)} before)")
    draws = first_draw({"after": page, "detailed": page_detailed, "before": page_before})
    frame = queries.incident_list(engine, start, end)
    frame = frame[frame["east"].notna()].reset_index(drop=True)
    naive: dict[int, dict[str, float]] = {}
    for k in ctx.sizes.naive_markers:
        log(f"map: naive folium map with {fmt_n(k)} markers")
        seconds, page_naive = timed(functools.partial(naive_map, frame.head(k)))
        naive[k] = {"seconds": seconds, "bytes": len(page_naive.encode("utf-8"))}
    k1, k2 = ctx.sizes.naive_markers
    per_marker = (naive[k2]["bytes"] - naive[k1]["bytes"]) / (k2 - k1)
    fixed = naive[k2]["bytes"] - per_marker * k2
    naive_bytes = fixed + per_marker * in_view
    s_per_marker = (naive[k2]["seconds"] - naive[k1]["seconds"]) / (k2 - k1)
    naive_seconds = naive[k2]["seconds"] + s_per_marker * (in_view - k2)
    linear = abs(naive[k1]["bytes"] - (fixed + per_marker * k1)) < 1  # two points: trivially; report slope
    ctx.results.sections["map"] = {
        "engine": engine_name,
        "start": str(start),
        "end": str(end),
        "in_view": in_view,
        "features": features,
        "aggregated_bytes": agg_bytes,
        "aggregated_s": median(agg_times),
        "parts": page_parts(page),
        "kommun_view": "lb-kommun" in page,
        "detailed_bytes": len(page_detailed.encode("utf-8")),
        "detailed_features": features_detailed,
        "detailed_parts": page_parts(page_detailed),
        "before_bytes": before_bytes,
        "before_features": features_before,
        "before_s": median(before_times),
        "first_draw_s": {name: median(v) for name, v in draws.items()},
        "naive": naive,
        "naive_bytes_per_marker": per_marker,
        "naive_fixed_bytes": fixed,
        "naive_bytes_extrapolated": naive_bytes,
        "naive_seconds_extrapolated": naive_seconds,
        "linear": linear,
    }
    draw = (
        f", first draw {fmt_s(median(draws['after']))} (before {fmt_s(median(draws['before']))})"
        if draws
        else ""
    )
    ctx.results.rows.append(
        Row(
            f"3. Map page for {fmt_n(in_view)} incidents in view (bytes)",
            engine_name,
            f"{fmt_bytes(agg_bytes)}, {fmt_n(features)} features, {fmt_s(median(agg_times))}{draw}",
            f"{fmt_bytes(before_bytes)} before the compact data (bench/before/)",
            ratio(agg_bytes, before_bytes),
            f"bytes ratio now / before; naive folium markers: {fmt_bytes(naive_bytes)}",
        )
    )
    engine.dispose()


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
