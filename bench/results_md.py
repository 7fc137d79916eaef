"""RESULTS.md from a run's `Results`: the summary table and one renderer per section.

`summary_table` (also printed by `python -m bench.run`) and `render_markdown`, which joins the head
(machine, summary, notes) and the text and tables of every section that ran, in the order of
`MD_SECTIONS` (the sections on the national database render in bench/results_md_db.py). Only formatting:
every number comes from the `Results` the sections filled in.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from bench import generate
from bench.common import (
    Results,
    Row,
    Sizes,
    fmt_bytes,
    fmt_n,
    fmt_s,
    median,
    ratio,
)
from bench.results_md_db import md_dashboard, md_map, md_pdf, md_profile, md_query

# ------------------------------------------------------------------------------------------- report


def summary_table(rows: Sequence[Row]) -> str:
    lines = [
        "| Scenario | Engine | Lägesbild | Baseline (same run) | Ratio | Reading |",
        "|---|---|---|---|---:|---|",
    ]
    order = ["A.", "1.", "1b.", "2.", "3.", "4.", "5.", "Fix:"]
    ranked = sorted(
        rows, key=lambda r: order.index(r.scenario.split(" ")[0]) if r.scenario.split(" ")[0] in order else 99
    )
    for r in ranked:
        shown = "–" if math.isnan(r.ratio) else (f"{r.ratio:.2f}" if r.ratio < 100 else f"{r.ratio:,.0f}")
        lines.append(f"| {r.scenario} | {r.engine} | {r.measured} | {r.baseline} | {shown}× | {r.note} |")
    return "\n".join(lines)


def ctx_sizes_repeats(results: Results) -> int:
    weekly = results.sections.get("weekly", {})
    first = next((v for v in weekly.values() if isinstance(v, dict)), {})
    return len(first.get("seconds", {}).get("empty", []))


def _md_head(results: Results) -> list[str]:
    """The title, the machine, the summary table and the notes."""
    m = results.machine
    out = [
        "# Benchmark results",
        "",
        f"Written by `python -m bench.run{' --quick' if results.mode == 'quick' else ''}` on "
        f"{results.started} "
        f"(took {results.seconds / 60:.1f} min). Method, baselines and why they are fair: "
        "[docs/benchmarks.md](../docs/benchmarks.md). Every ratio compares two things timed in this same run "
        "(medians of repeated, interleaved runs where affordable); absolute times are only context — the "
        "machine is shared with other engineers' test runs.",
        "",
        "## Machine",
        "",
        f"- {m.get('cores')} cores ({m.get('cpu')}), {m.get('ram_gb')} GB RAM; load average at start "
        f"{', '.join(f'{v:.1f}' for v in m.get('load_average_start', ()))}, at end "
        f"{', '.join(f'{v:.1f}' for v in m.get('load_average_end', ()))}",
        f"- {m.get('os')}; Python {m.get('python')}, pandas {m.get('pandas')}, numpy {m.get('numpy')}, "
        f"SQLAlchemy {m.get('sqlalchemy')}, SQLite {m.get('sqlite')}, Streamlit {m.get('streamlit')}, "
        f"folium {m.get('folium')}, fpdf2 {m.get('fpdf2')}",
        f"- PostgreSQL {m.get('postgresql', 'not available')}, PostGIS {m.get('postgis', '–')}"
        + (
            f" ({', '.join(f'{k}={v}' for k, v in m.get('pg_settings', {}).items())}, defaults)"
            if m.get("pg_settings")
            else ""
        ),
        f"- {m.get('chromium', 'no Chromium')}",
        "",
        "## Summary",
        "",
        summary_table(results.rows),
        "",
    ]
    out += [f"- {note}" for note in results.notes]
    return out


def _md_areas(results: Results, sizes: Sizes) -> list[str]:
    """Section A: the real RegSO areas against the synthetic grid, same run."""
    a = results.sections["areas"]
    shape = a["shape"]
    out = ["", "## A. Real RegSO areas vs the synthetic grid", ""]
    out.append(
        "The run's areas are "
        + ("the real RegSO 2025 areas (SCB, CC0) " if a["source"] == "regso" else "**the synthetic grid** ")
        + f"of {results.scale['kommuner']} kommuner; the baseline, built in the same run for the same "
        "kommuner, is the grid of 16-sided polygons (about 1.2 km radius, 3 per kommun) the benchmarks "
        "used before. Places (3 per area) and addresses (36 per area) are invented either way, at points "
        "inside each area. Timings are medians of interleaved rounds."
    )
    out += ["", "| | real areas | grid (baseline) | ratio |", "|---|---:|---:|---:|"]
    for key, label in (
        ("areas", "areas"),
        ("vertices", "vertices, all areas"),
        ("median", "vertices per area, median"),
        ("p99", "vertices per area, 99th percentile"),
        ("max", "vertices per area, max"),
        ("names", "gazetteer names (areas, aliases, places)"),
        ("places", "places"),
        ("addresses", "addresses"),
    ):
        real, grid = shape["real"][key], shape["grid"][key]
        out.append(f"| {label} | {fmt_n(real)} | {fmt_n(grid)} | {ratio(real, grid):.1f}× |")
    for key, label in (
        ("build_tree_s", "STRtree over the areas, build"),
        ("point_s_per_row", f"placing by point, per row ({fmt_n(a['points'])} points)"),
        ("text_s_per_row", f"placing by text, per row ({fmt_n(a['rows'])} generated rows)"),
        ("normalise_s_per_row", f"ingest normalise step, per row ({fmt_n(a['rows'])} rows)"),
    ):
        real, grid = a[key]["real"], a[key]["grid"]
        out.append(f"| {label} | {fmt_s(real)} | {fmt_s(grid)} | {ratio(real, grid):.1f}× |")
    for engine, per in a["engines"].items():
        real, grid = per["real"], per["grid"]
        out.append(
            f"| {engine}: store the reference | {fmt_s(real['store_s'])} | {fmt_s(grid['store_s'])} | "
            f"{ratio(real['store_s'], grid['store_s']):.1f}× |"
        )
        for key, label in (
            ("areas_table", "areas table"),
            ("areas_indexes", "areas indexes (GiST on geom, keys)"),
            ("places_addresses", "places + addresses with indexes"),
            ("file", "database file with the reference"),
        ):
            if key in real:
                out.append(
                    f"| {engine}: {label} | {fmt_bytes(real[key])} | {fmt_bytes(grid[key])} | "
                    f"{ratio(real[key], grid[key]):.1f}× |"
                )
    if "note" in a:
        out += ["", f"**Note: {a['note']}.**"]
    return out


def _md_ingest(results: Results, sizes: Sizes) -> list[str]:
    """Section 1: ingest throughput and peak memory, per engine and file."""
    s = results.sections
    out: list[str] = []
    out += ["", "## 1. Ingest: throughput and peak memory", ""]
    out.append(
        "Generated kommun EST report (`;`, Windows-1252, CRLF; columns as sample_data/kommun) over "
        f"{results.scale['areas']} areas in {results.scale['kommuner']} kommuner, {generate.WEEKS} "
        "weeks; ~0.2 % bad rows. "
        "Each job runs in its own process; peak RSS is that process's `ru_maxrss` from `os.wait4` "
        "(PostgreSQL's own server memory is not included). The baseline runs once before and once after "
        "the pipeline (median)."
    )
    out += [
        "",
        "| Engine | Rows | File | ingest_file | rows/s | peak RSS | baseline | rows/s | peak RSS | "
        "time ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key, run in s["ingest"]["runs"].items():
        engine, n = key.split(":")
        p = run["pipeline"]
        base = median([b["seconds"] for b in run["baseline"]])
        out.append(
            f"| {engine} | {fmt_n(int(n))} | {fmt_bytes(s['ingest']['files'][int(n)])} | "
            f"{fmt_s(p['seconds'])} | "
            f"{fmt_n(run['pipeline_rows_per_s'])} | {run['pipeline_peak_mb']:.0f} MB | {fmt_s(base)} | "
            f"{fmt_n(run['baseline_rows_per_s'])} | {run['baseline_peak_mb']:.0f} MB | "
            f"{run['slowdown']:.1f}× |"
        )
    first = max((r["pipeline"] for r in s["ingest"]["runs"].values()), key=lambda p: p["rows"])
    out += ["", f"Outcome of the pipeline runs (largest file): loaded {fmt_n(first['loaded'])}, "
            f"duplicates {first['duplicates']}, rejected {first['rejected']}, ignored {first['ignored']} — "
            "every row accounted for. The interpreter with pandas, SQLAlchemy and geopandas imported already "
            f"holds {first['imported_kb'] / 1024:.0f} MB before any data is read."]  # fmt: skip
    return out


def _md_weekly(results: Results, sizes: Sizes) -> list[str]:
    """Section 1b: a weekly report into the national database."""
    s = results.sections
    out: list[str] = []
    w = s["weekly"]
    out += ["", "## 1b. A weekly report into the national database", ""]
    out.append(
        f"One kommun's weekly EST report ({w['rows']} rows in its three areas, week {w['week']}) through "
        "`ingest_file` into the section-2 database and, as the baseline, into a database with only the "
        f"reference data; {ctx_sizes_repeats(results)} file(s), each from another kommun, "
        "alternating, medians. Both "
        "include the same fixed costs (process, reference loading, the PlaceMatcher compile). "
        "`purge_raw_text`, which every ingest runs, is also timed alone (rolled back)."
    )
    out += [
        "",
        "| Engine | into the national database | into the empty one | purge alone (national / empty) |",
        "|---|---|---|---|",
    ]
    for engine, r in w.items():
        if not isinstance(r, dict):
            continue
        out.append(
            f"| {engine} | {', '.join(fmt_s(v) for v in r['seconds']['national'])} | "
            f"{', '.join(fmt_s(v) for v in r['seconds']['empty'])} | {fmt_s(r['purge_s']['national'])} / "
            f"{fmt_s(r['purge_s']['empty'])} |"
        )
    for engine, r in w.items():
        if isinstance(r, dict) and r.get("top_national"):
            out += [
                "",
                f"Where the first national import spends its time on {engine} (cProfile, own time):",
                "",
                "| function | own time | share | cumulative |",
                "|---|---:|---:|---:|",
            ]
            for t in r["top_national"]:
                out.append(
                    f"| `{t['function']}` | {fmt_s(t['tottime'])} | {t['share']:.0%} | "
                    f"{fmt_s(t['cumtime'])} |"
                )
    return out


MD_SECTIONS: tuple[tuple[str, Callable[[Results, Sizes], list[str]]], ...] = (
    ("areas", _md_areas),
    ("ingest", _md_ingest),
    ("weekly", _md_weekly),
    ("query", md_query),
    ("map", md_map),
    ("pdf", md_pdf),
    ("dashboard", md_dashboard),
    ("profile", md_profile),
)


def render_markdown(results: Results, sizes: Sizes) -> str:
    out = _md_head(results)
    for name, render in MD_SECTIONS:
        if name in results.sections:
            out += render(results, sizes)
    out.append("")
    return "\n".join(out)
