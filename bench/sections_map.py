"""Benchmark section 3: the map payload on the bulk-loaded national database (bench/run.py runs it).

The aggregated map page against the page before the compact data (bench/before/) and against one
folium marker per incident (`bench_map`), with its bytes by part and its first draw in Chromium. It
reuses the databases section 2 loads (`Context.query_urls`).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from typing import Any

from sqlalchemy import Engine, text

from bench.common import WORK, Context, Row, fmt_bytes, fmt_n, fmt_s, log, median, ratio, timed
from lagesbild.db import make_engine


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
