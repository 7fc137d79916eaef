"""RESULTS.md renderers for the sections on the bulk-loaded national database: 2. the weekly query,
3. the map, 4. the weekly PDF, 5. the dashboard's first render, and the profile of the worst ratio.
Only formatting, as in bench/results_md.py, which joins them.
"""

from __future__ import annotations

from bench import generate
from bench.common import Results, Sizes, fmt_bytes, fmt_n, fmt_rate, fmt_s, median, ratio


def _plan_block(plan: str) -> str:
    return "```\n" + plan.strip() + "\n```"


def md_query(results: Results, sizes: Sizes) -> list[str]:
    """Section 2: the weekly query, its plans and the SQLite experiments."""
    s = results.sections
    out: list[str] = []
    out += ["", "## 2. Weekly lägesbild query", ""]
    out.append(
        f"Bulk-loaded incidents (COPY / executemany in 500 000-row transactions, indexes and keys built "  # noqa: S608 - prose
        "afterwards; PostgreSQL then VACUUM ANALYZE as autovacuum would, SQLite without "
        "statistics as the app "
        f"leaves it), {generate.WEEKS} weeks × {results.scale['areas']} areas; week {generate.LAST_WEEK}. "
        "`week_counts` goes through SQLAlchemy, joins `areas` for the name and returns a DataFrame; the "
        "baseline is the hand-written `SELECT iso_week, area_id, category, count(*) … WHERE iso_week IN (…) "
        "AND duplicate_of IS NULL GROUP BY …` through the same driver, rows as tuples. "
        f"Medians of {sizes.query_repeats} interleaved runs after one warm-up. "
        "Changed by this benchmark (same cells and counts, checked by bench/check_equivalence.py, "
        "which keeps "
        "the previous SQL): `week_counts` now counts per `area_id` on `incidents` alone and joins the names "
        "afterwards — before, SQLite planned the join on `ix_incidents_duplicate_of` (1.95 s instead of "
        "0.24 s for 5 weeks on 5 M rows in the first full run) and PostgreSQL joined every incident row; and "
        "`queries._read` builds its frames from tuples instead of a dict per row."
    )
    out += [
        "",
        "| Engine | Incidents | In the week | Load | Indexes | hand 1 wk | week_counts 1 wk | hand 5 "
        "wk | "
        "week_counts 5 wk, all areas | page data 5 wk |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for engine, q in s["query"].items():
        med = q["median_s"]
        out.append(
            f"| {engine} | {fmt_n(q['rows'])} | {fmt_n(q['rows_in_week'])} | {fmt_s(q['load']['load_s'])} | "
            f"{fmt_s(q['load']['index_s'])} | {fmt_s(med['hand_1'])} | {fmt_s(med['week_counts_1'])} | "
            f"{fmt_s(med['hand_5'])} | {fmt_s(med['week_counts_5'])} | {fmt_s(med['page_5'])} |"
        )
    for engine, q in s["query"].items():
        out += ["", f"EXPLAIN on {engine}, `week_counts` for 5 weeks and all areas "
                f"(index `ix_incidents_week_area_category` {'used' if q['index_used'] else 'NOT used'}):", "",
                _plan_block(q["plan_week_counts"]), "", f"Hand-written query on {engine}:", "",
                _plan_block(q["plan_hand"])]  # fmt: skip
        experiments = q.get("experiments") or {}
        if experiments:
            med = q["median_s"]
            out += [
                "",
                f"Two things that change the plan on {engine} (same table, medians):",
                "",
                "| | week_counts 5 wk, all areas | hand-written 5 wk | page data 5 wk | plan "
                "of week_counts |",
                "|---|---:|---:|---:|---|",
                f"| as the app leaves it (no statistics) | {fmt_s(med['week_counts_5'])} | "
                f"{fmt_s(med['hand_5'])} | "
                f"{fmt_s(med['page_5'])} | {'; '.join(q['plan_week_counts'].splitlines())} |",
            ]
            labels = {
                "analyze": "after `ANALYZE` (the app never runs it; `PRAGMA optimize` may)",
                "full_index": "before the fix: a full index on `duplicate_of` (now partial, `IS NOT NULL`)",
            }
            for key, label in labels.items():
                if key in experiments:
                    e = experiments[key]
                    out.append(
                        f"| {label} | {fmt_s(e['median_s']['week_counts_5'])} | "
                        f"{fmt_s(e['median_s']['hand_5'])} | "
                        f"{fmt_s(e['median_s']['page_5'])} | {'; '.join(e['plan'].splitlines())} |"
                    )
    return out


def md_map(results: Results, sizes: Sizes) -> list[str]:
    """Section 3: the map payload, aggregated against naive markers."""
    s = results.sections
    out: list[str] = []
    mp = s["map"]
    out += ["", "## 3. Map payload", ""]
    out.append(
        f"{fmt_n(mp['in_view'])} located incidents between {mp['start']} and {mp['end']} ({mp['engine']}). "
        f"Aggregated: `queries.grid_counts` (250 m cells) + area counts + `dashboard.maps.build_map` "
        f"(self-hosted, Leaflet inlined) → {fmt_n(mp['features'])} features, "
        f"{fmt_bytes(mp['aggregated_bytes'])}, "
        f"{fmt_s(mp['aggregated_s'])} including the queries. Naive: `folium.Marker` with tooltip "
        "and popup per "
        "incident (Leaflet from folium's CDN links, not counted), measured at "
        + ", ".join(
            f"{fmt_n(k)} markers = {fmt_bytes(v['bytes'])} in {fmt_s(v['seconds'])}"
            for k, v in mp["naive"].items()
        )
        + f"; {mp['naive_bytes_per_marker']:.0f} bytes per marker, extrapolated linearly to "
        f"{fmt_n(mp['in_view'])}: "
        f"{fmt_bytes(mp['naive_bytes_extrapolated'])} and "
        f"~{fmt_s(mp['naive_seconds_extrapolated'])} to build "
        "(building 100 000 folium markers was not attempted: minutes and a page no browser opens "
        "comfortably)."
    )
    if "before_bytes" in mp:
        parts = ", ".join(f"{k} {fmt_bytes(v)}" for k, v in mp.get("parts", {}).items())
        draw = mp.get("first_draw_s") or {}
        out += [
            "",
            "Compact map data (issue 16, target 3: ≤ 1 MB, first draw ≤ 2 s), the same inputs in the "
            f"same run: now {fmt_bytes(mp['aggregated_bytes'])} ({parts}), before "
            f"{fmt_bytes(mp['before_bytes'])} ({fmt_n(mp['before_features'])} GeoJSON features with "
            "HTML popups, the frozen builder in bench/before/maps_pre_compact.py; built in "
            f"{fmt_s(mp['before_s'])} against {fmt_s(mp['aggregated_s'])} now)."
            + (
                f" First draw in headless Chromium (navigation to the second animation frame after "
                f"`load`, median of 3, page from a file): now {fmt_s(draw['after'])}, before "
                f"{fmt_s(draw['before'])}."
                if draw
                else " First draw: no Chromium on PATH."
            ),
        ]
    if "detailed_bytes" in mp and not mp.get("kommun_view"):
        out += [
            "",
            "These areas are drawn one by one (not a view over many kommuner: `map_kommuner.kommun_view`).",
        ]
    elif "detailed_bytes" in mp:
        parts = ", ".join(f"{k} {fmt_bytes(v)}" for k, v in mp.get("detailed_parts", {}).items())
        draw = mp.get("first_draw_s") or {}
        out += [
            "",
            "Kommun totals for a view over many kommuner (`dashboard.map_kommuner`, stop 17): the page "
            f"above; every area drawn instead (as before stop 17, same run): "
            f"{fmt_bytes(mp['detailed_bytes'])}, {fmt_n(mp['detailed_features'])} features ({parts})"
            + (f", first draw {fmt_s(draw['detailed'])}." if "detailed" in draw else "."),
        ]
    return out


def md_pdf(results: Results, sizes: Sizes) -> list[str]:
    """Section 4: the weekly PDF against plain fpdf2 pages."""
    s = results.sections
    out: list[str] = []
    out += ["", "## 4. Weekly PDF", ""]
    p = s["pdf"]
    out.append(
        f"`lagesbild.report.week.write_weekly_report` for week {p['week']} and three areas "
        f"({', '.join(p['areas'])}) "
        "on the query section's database; `collect_weekly` (its queries and shaping) timed "
        "separately. Baseline: "
        "fpdf2 writing the same number of A4 pages with 50 lines of plain text each, DejaVu Sans embedded."
    )
    out += [
        "",
        "| Engine | Pages | write_weekly_report | of which collect_weekly | size | plain fpdf2 | size |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for engine, r in p.items():
        if not isinstance(r, dict):
            continue
        out.append(
            f"| {engine} | {r['pages']} | {fmt_s(r['total_s'])} | {fmt_s(r['collect_s'])} | "
            f"{fmt_bytes(r['bytes'])} | {fmt_s(r['plain_s'])} | {fmt_bytes(r['plain_bytes'])} |"
        )
    return out


def md_dashboard(results: Results, sizes: Sizes) -> list[str]:
    """Section 5: the dashboard's first render."""
    s = results.sections
    out: list[str] = []
    d = s["dashboard"]
    out += ["", "## 5. Dashboard first render", ""]
    out.append(
        "`streamlit run dashboard/server.py` on a free port (LAGESBILD_AUTH=off, LAGESBILD_DB pointing at "
        "the database), a fresh server per measurement; headless Chromium opens the landing page (Veckans "
        "lägesbild) and the time runs from navigation until the first data table is visible. "
        f"Large: {fmt_n(d['big_rows'])} bulk-loaded incidents in {d['big_areas']} areas (SQLite). Small: the "
        f"committed sample data as `make run` loads it ({fmt_n(d['small_rows'])} incidents, "
        f"{d['small_areas']} areas)."
    )
    out += [
        "",
        "| Database | first render (each run) | median | second visitor (warm caches) | server "
        "start to healthy |",
        "|---|---|---:|---:|---:|",
    ]
    for label in ("small", "big"):
        r = d[label]
        out.append(
            f"| {label} | {', '.join(fmt_s(v) for v in r['first_render_s'])} | "
            f"{fmt_s(median(r['first_render_s']))} | "
            f"{fmt_s(median(r['warm_render_s']))} | {fmt_s(median(r['boot_s']))} |"
        )
    out += [
        "",
        f"Ratio of medians, first render: {d['ratio']:.2f}×; second visitor: {d['ratio_warm']:.2f}×.",
    ]
    return out


def md_profile(results: Results, sizes: Sizes) -> list[str]:
    """The profile and the fixes of the worst ratio."""
    s = results.sections
    out: list[str] = []
    p = s["profile"]
    out += ["", "## Profile and fix: the worst ratio", ""]
    b, a = p["before"], p["after"]
    per_row_before = b["placing_s"] / p["rows"]
    out.append(
        f"The same {p['rows']}-row kommun file (reference: {results.scale['areas']} areas, "
        f"{p['names']} area and place names with aliases) ingested into SQLite with the code before the fix "
        "(frozen copies in bench/before/) and now, each under cProfile. Placing by text "
        f"(`normalise._place` + `_areas`): {fmt_s(per_row_before)} per row before, "
        f"{fmt_s(a['placing_s'] / p['rows'])} after on the same file, "
        f"{fmt_s(p['placing_per_row']['after'])} per row in steady state "
        f"({ratio(per_row_before, p['placing_per_row']['after']):,.0f}×). Whole "
        f"`ingest_file`: {fmt_rate(b['rows_per_s'])} rows/s before, {fmt_rate(a['rows_per_s'])} after; "
        f"building the matcher once per file took {fmt_s(b['matcher_init_s'])} before (compiling one "
        f"alternation of every name) and {fmt_s(a['matcher_init_s'])} after (a word index). "
        f"At {fmt_s(per_row_before)} per row the 1 000 000-row file of section 1 would have needed about "
        f"{per_row_before * 1e6 / 86400:.0f} days before the fix. "
        f"Stored incidents identical before and after: {'yes' if p['same_rows'] else 'NO'} "
        "(and bench/check_equivalence.py compares the normaliser's complete output on the sample data, "
        "real police events and generated rows)."
    )
    if "pg_first_import" in p:
        g = p["pg_first_import"]
        out += ["", "### Second fix: the first large import into PostgreSQL", ""]
        out.append(
            "Found while running section 1: the first import of a large file into a fresh "
            "PostgreSQL database "
            "slowed down with every chunk. `store._existing_keys` looks up each chunk's keys 500 at a time; "
            "PostgreSQL plans those look-ups on table statistics from before the transaction (an "
            "empty table), "
            "picks a bitmap scan on `source` alone and filters `source_key`, i.e. reads every row "
            "inserted so far "
            "for every 500 keys — quadratic in the file (the 250 000-row file had not finished "
            "after 8 minutes; "
            "1 000 000 rows would take hours). Fix: one `ANALYZE incidents` inside the transaction "
            "once the file "
            "has passed 20 000 rows (PostgreSQL counts its own uncommitted rows), after which the "
            "look-ups use "
            f"`uq_incidents_source_key` on both columns. {fmt_n(g['rows'])} rows into a fresh database: "
            f"{fmt_s(g['before'])} with the store before the fix, {fmt_s(g['after'])} after "
            f"({ratio(g['before'], g['after']):.1f}×; the gap grows with the file)."
        )
    for mode in ("before", "after", "now"):
        if mode not in p:
            continue
        if mode == "now":
            title = (
                f"Where {fmt_n(p['now']['rows'])} rows spend their time now ({fmt_s(p['now']['seconds'])})"
            )
        else:
            title = {"before": "Before (top functions by own time)", "after": "After"}[mode]
        out += [
            "",
            f"{title}:",
            "",
            "| function | own time | share | cumulative |",
            "|---|---:|---:|---:|",
        ]
        for r in p[mode]["top"]:
            out.append(
                f"| `{r['function']}` | {fmt_s(r['tottime'])} | {r['share']:.0%} | {fmt_s(r['cumtime'])} |"
            )
    return out


# The sections in the order they appear in RESULTS.md (which is not the order they run in).
