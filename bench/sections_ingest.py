"""Benchmark sections that put kommun files through `ingest_file` (bench/run.py runs them).

1. Ingest (`bench_ingest`: throughput and peak memory against read_csv + bulk insert), 1b. a weekly
report into the national database (`bench_weekly`) and the profile of the worst ratio before and after
its fix (`bench_profile`), with the cProfile helpers they share. Each import runs in its own process
through `run_worker`.
"""

from __future__ import annotations

import functools
import pstats
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench import generate
from bench.common import (
    WORK,
    Context,
    Row,
    fmt_n,
    fmt_rate,
    fmt_s,
    log,
    median,
    ratio,
    run_worker,
    timed,
)
from lagesbild.db import make_engine

# ------------------------------------------------------------------------------------------- ingest


def bench_ingest(ctx: Context) -> None:
    """1: kommun CSV through ingest_file vs read_csv + bulk insert, throughput and peak memory."""
    sizes = ctx.sizes
    counts = sorted({sizes.ingest_small_rows, sizes.ingest_rows})
    files = {}
    for n in counts:
        log(f"ingest: writing kommun CSV with {fmt_n(n)} rows")
        files[n] = generate.write_kommun_csv(WORK / f"kommun_{n}.csv", n, ctx.synthetic)
    section: dict[str, Any] = {"files": {n: files[n].stat().st_size for n in counts}, "runs": {}}
    for engine in ctx.engines:
        for n in counts:
            url = ctx.dbs.with_reference(engine, f"ingest_{engine}_{n}", ctx.synthetic)
            base_url = ctx.dbs.url(engine, f"baseline_{engine}_{n}")
            runs: dict[str, Any] = {"baseline": []}
            for k in range(sizes.baseline_repeats):
                if k == 1:  # the pipeline runs between the baseline runs
                    log(f"ingest: {engine} ingest_file {fmt_n(n)} rows")
                    runs["pipeline"] = run_worker(["ingest", url, str(files[n])])
                log(f"ingest: {engine} baseline {fmt_n(n)} rows ({k + 1}/{sizes.baseline_repeats})")
                runs["baseline"].append(run_worker(["baseline", base_url, str(files[n])]))
            if "pipeline" not in runs:
                log(f"ingest: {engine} ingest_file {fmt_n(n)} rows")
                runs["pipeline"] = run_worker(["ingest", url, str(files[n])])
            pipe = runs["pipeline"]
            if not pipe["accounted"] or pipe["rows"] != n:
                raise RuntimeError(f"ingest of {n} rows did not account for every row: {pipe}")
            ctx.dbs.drop(url)
            ctx.dbs.drop(base_url)
            base_s = median([b["seconds"] for b in runs["baseline"]])
            runs["pipeline_rows_per_s"] = n / pipe["seconds"]
            runs["baseline_rows_per_s"] = n / base_s
            runs["slowdown"] = pipe["seconds"] / base_s
            runs["pipeline_peak_mb"] = pipe["peak_rss_kb"] / 1024
            runs["baseline_peak_mb"] = max(b["peak_rss_kb"] for b in runs["baseline"]) / 1024
            runs["pipeline_imported_mb"] = pipe["imported_kb"] / 1024
            section["runs"][f"{engine}:{n}"] = runs
        big = section["runs"][f"{engine}:{counts[-1]}"]
        small = section["runs"][f"{engine}:{counts[0]}"]
        ctx.results.rows.append(
            Row(
                f"1. Ingest {fmt_n(counts[-1])} kommun rows (rows/s)",
                engine,
                fmt_n(big["pipeline_rows_per_s"]),
                fmt_n(big["baseline_rows_per_s"])
                + " (read_csv + "
                + ("to_sql" if engine == "sqlite" else "COPY")
                + ")",
                big["slowdown"],
                "time ratio ingest_file / baseline",
            )
        )
        ctx.results.rows.append(
            Row(
                "1. Ingest peak RSS, " + f"{fmt_n(counts[-1])} vs {fmt_n(counts[0])} rows",
                engine,
                f"{big['pipeline_peak_mb']:.0f} MB vs {small['pipeline_peak_mb']:.0f} MB",
                f"baseline {big['baseline_peak_mb']:.0f} MB vs {small['baseline_peak_mb']:.0f} MB",
                ratio(big["pipeline_peak_mb"], small["pipeline_peak_mb"]),
                "ratio ≈ 1 = flat (streaming); baseline grows with the file",
            )
        )
    ctx.results.sections["ingest"] = section


# ------------------------------------------------------------------------------------------- weekly


def bench_weekly(ctx: Context) -> None:
    """1b: one kommun's weekly report into the national database vs into one with only reference data."""
    from lagesbild.retention import purge_raw_text

    week = generate.LAST_WEEK
    n = ctx.sizes.weekly_rows
    section: dict[str, Any] = {"rows": n, "week": week}
    for engine_name, national_url in ctx.query_urls.items():
        empty_url = ctx.dbs.with_reference(engine_name, f"weekly_empty_{engine_name}", ctx.synthetic)
        times: dict[str, list[float]] = {"empty": [], "national": []}
        top: list[dict[str, Any]] = []
        for k in range(ctx.sizes.weekly_repeats):
            path = generate.write_kommun_csv(
                WORK / f"weekly_{k}.csv", n, ctx.synthetic, seed=generate.SEED + 100 + k, week=week, kommun=k
            )
            for label, url in (("empty", empty_url), ("national", national_url)):
                log(f"weekly: {engine_name} {n}-row weekly report into the {label} database ({k + 1})")
                prof = WORK / "weekly_national.prof"
                extra = ["--profile", str(prof)] if (label, k) == ("national", 0) else []
                times[label].append(run_worker(["ingest", url, str(path), *extra])["seconds"])
                if extra:
                    top = top_functions(prof, 8)
        purge: dict[str, float] = {}
        for label, url in (("empty", empty_url), ("national", national_url)):
            engine = make_engine(url)
            with engine.connect() as conn:
                purge[label] = median([timed(functools.partial(purge_raw_text, conn))[0] for _ in range(3)])
                conn.rollback()
            engine.dispose()
        ctx.dbs.drop(empty_url)
        section[engine_name] = {"seconds": times, "purge_s": purge, "top_national": top}
        national, empty = median(times["national"]), median(times["empty"])
        ctx.results.rows.append(
            Row(
                f"1b. Weekly kommun report ({n} rows) into "
                f"{fmt_n(ctx.sizes.query_rows[engine_name])} incidents",
                engine_name,
                fmt_s(national),
                f"{fmt_s(empty)} (same kind of file into a database with only the reference data)",
                ratio(national, empty),
                f"time ratio; retention purge alone {fmt_s(purge['national'])} vs {fmt_s(purge['empty'])}",
            )
        )
    ctx.results.sections["weekly"] = section


# ------------------------------------------------------------------------------------------ profile


def top_functions(profile: Path, count: int = 8) -> list[dict[str, Any]]:
    """The `count` functions of a cProfile file with the most own time, each with its share of the total."""
    stats = pstats.Stats(str(profile))
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_, _, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"function": f"{Path(file).name}:{line}({name})", "tottime": tottime, "cumtime": cumtime,
                     "share": tottime / total})  # fmt: skip
    return sorted(rows, key=lambda r: r["tottime"], reverse=True)[:count]


def _cumtime(profile: Path, names: set[str], file_part: str) -> float:
    stats = pstats.Stats(str(profile))
    return sum(
        cumtime
        for (file, _, name), (_, _, _, cumtime, _) in stats.stats.items()  # type: ignore[attr-defined]
        if name in names and file_part in Path(file).name
    )


def _table_rows(url: str) -> list[tuple[Any, ...]]:
    columns = ", ".join(
        c for c in generate.INCIDENT_COLUMNS if c not in ("created_at", "updated_at", "batch_id")
    )
    query = f"SELECT {columns} FROM incidents ORDER BY id"  # noqa: S608 - column names from our own list
    with make_engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(text(query))]


def bench_profile(ctx: Context) -> None:
    """The worst ratio found: ingest at national scale. Before/after the fix, same file, same output."""
    m = ctx.sizes.profile_rows
    path = generate.write_kommun_csv(
        WORK / f"kommun_profile_{m}.csv", m, ctx.synthetic, seed=generate.SEED + 7
    )
    section: dict[str, Any] = {"rows": m, "names": ctx.results.scale["names"]}
    urls = {}
    for mode in ("before", "after"):
        url = ctx.dbs.with_reference("sqlite", f"profile_{mode}", ctx.synthetic)
        prof = WORK / f"profile_{mode}.prof"
        log(f"profile: ingest {m} rows with the {mode}-fix code")
        args = ["ingest", url, str(path), "--profile", str(prof)] + (
            ["--before", "all"] if mode == "before" else []
        )
        result = run_worker(args)
        section[mode] = {
            "seconds": result["seconds"],
            "rows_per_s": m / result["seconds"],
            "top": top_functions(prof),
            "placing_s": _cumtime(prof, {"_place", "_areas"}, "normalise"),
            "matcher_init_s": _cumtime(prof, {"__init__"}, "geo.py")
            + _cumtime(prof, {"__init__"}, "geo_pre_fix.py"),
        }
        urls[mode] = url
    section["same_rows"] = _table_rows(urls["before"]) == _table_rows(urls["after"])
    for url in urls.values():
        ctx.dbs.drop(url)
    if ctx.sizes.pg_fix_rows and "postgis" in ctx.engines:
        n = ctx.sizes.pg_fix_rows
        big = generate.write_kommun_csv(WORK / f"kommun_{n}.csv", n, ctx.synthetic)
        pg: dict[str, Any] = {"rows": n}
        for mode in ("before", "after"):
            url = ctx.dbs.with_reference("postgis", f"pg_fix_{mode}", ctx.synthetic)
            log(f"profile: first import of {fmt_n(n)} rows into a fresh PostgreSQL, store {mode} the fix")
            extra = ["--before", "store"] if mode == "before" else []
            pg[mode] = run_worker(["ingest", url, str(big), *extra])["seconds"]
            ctx.dbs.drop(url)
        section["pg_first_import"] = pg
        ctx.results.rows.append(
            Row(
                f"Fix: first import of {fmt_n(n)} rows into a fresh PostgreSQL (seconds)",
                "postgis",
                f"{fmt_s(pg['after'])} after",
                f"{fmt_s(pg['before'])} before",
                ratio(pg["before"], pg["after"]),
                "speed-up; key look-ups planned on stale statistics (quadratic) before",
            )
        )
    if ctx.sizes.profile_after_rows:
        n = ctx.sizes.profile_after_rows
        big = generate.write_kommun_csv(WORK / f"kommun_{n}.csv", n, ctx.synthetic)
        url = ctx.dbs.with_reference("sqlite", "profile_now", ctx.synthetic)
        prof = WORK / "profile_now.prof"
        log(f"profile: where {fmt_n(n)} rows spend their time now")
        result = run_worker(["ingest", url, str(big), "--profile", str(prof)])
        section["now"] = {
            "rows": n, "seconds": result["seconds"], "top": top_functions(prof, 12),
            "placing_s": _cumtime(prof, {"_place", "_areas"}, "normalise"),
        }  # fmt: skip
        ctx.dbs.drop(url)
    ctx.results.sections["profile"] = section
    before, after = section["before"], section["after"]
    same = "stored rows identical" if section["same_rows"] else "STORED ROWS DIFFER"
    # Per row after the fix: from the large profile when there is one (start-up costs spread thin).
    steady = (
        section["now"]["placing_s"] / section["now"]["rows"] if "now" in section else after["placing_s"] / m
    )
    section["placing_per_row"] = {"before": before["placing_s"] / m, "after": steady}
    ctx.results.rows.append(
        Row(
            f"Fix: placing by text (area/place names in free text), {section['names']} names, per row",
            "sqlite",
            f"{fmt_s(steady)} after"
            + (f" ({fmt_n(section['now']['rows'])}-row profile)" if "now" in section else ""),
            f"{fmt_s(before['placing_s'] / m)} before ({m}-row profile)",
            ratio(before["placing_s"] / m, steady),
            f"speed-up; {same}",
        )
    )
    ctx.results.rows.append(
        Row(
            f"Fix: whole ingest_file of the same {m} rows (rows/s)",
            "sqlite",
            f"{fmt_rate(after['rows_per_s'])} after",
            f"{fmt_rate(before['rows_per_s'])} before",
            ratio(after["rows_per_s"], before["rows_per_s"]),
            f"speed-up; building the matcher per file {fmt_s(before['matcher_init_s'])} before, "
            f"{fmt_s(after['matcher_init_s'])} after",
        )
    )
