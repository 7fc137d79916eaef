"""Benchmark section 5: the dashboard's first render in headless Chromium (bench/run.py runs it).

A fresh `streamlit run dashboard/server.py` per measurement (`streamlit_server`), timed until the first
data table is visible (`first_render`), on a bulk-loaded database against the committed sample data
(`sample_database`, which bench/check_equivalence.py also uses).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench import generate
from bench.common import (
    CHROMIUM_ARGS,
    ROOT,
    WORK,
    Context,
    Databases,
    Row,
    fmt_n,
    fmt_s,
    log,
    median,
    ratio,
)
from lagesbild.db import init_db, make_engine

# ---------------------------------------------------------------------------------------- dashboard


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def streamlit_server(
    db_url: str,
    log_path: Path,
    on_start: Callable[[int], None] | None = None,
    script: str = "dashboard/server.py",
) -> Iterator[tuple[str, float]]:
    """`streamlit run <script>` (the dashboard unless told) on a free port against `db_url`; yields (url,
    seconds to healthy). `on_start` gets the server's process id once it is healthy."""
    port = free_port()
    env = {
        **os.environ, "LAGESBILD_DB": db_url, "LAGESBILD_AUTH": "off", "PYTHONPATH": str(ROOT),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }  # fmt: skip
    with log_path.open("w") as log_file:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                script,
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited: {log_path.read_text()[-2000:]}")
                with contextlib.suppress(OSError):
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                        if response.status == 200:
                            break
                if time.perf_counter() - t0 > 120:
                    raise TimeoutError("streamlit did not become healthy in 120 s")
                time.sleep(0.1)
            if on_start is not None:
                on_start(proc.pid)
            yield url, time.perf_counter() - t0
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)  # the session we started for this server only
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


FIRST_TABLE = '[data-testid="stDataFrame"], [data-testid="stTable"]'


def first_render(browser: Any, url: str, timeout_s: float = 900) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        t0 = time.perf_counter()
        page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
        page.wait_for_selector(FIRST_TABLE, state="visible", timeout=timeout_s * 1000)
        return time.perf_counter() - t0
    finally:
        page.close()


def sample_database() -> str:
    """The committed sample data loaded as `make run` does (cached by its inputs)."""
    import hashlib

    from lagesbild.cli.demo import load_demo

    # The reports (manifest), the areas and the way the demo sets them up (kommun add + reference load).
    inputs = [
        ROOT / "sample_data" / "manifest.json",
        ROOT / "sample_data" / "areas.geojson",
        ROOT / "lagesbild" / "cli" / "demo.py",
        ROOT / "sql" / "001_schema.sql",
    ]
    key = hashlib.sha256(b"".join(p.read_bytes() for p in inputs)).hexdigest()[:12]
    path = WORK / f"sample_{key}.db"
    if not path.exists():
        for old in WORK.glob("sample_*.db*"):
            old.unlink()
        tmp = WORK / "sample_tmp.db"
        Databases.remove_sqlite(tmp)
        engine = make_engine(f"sqlite:///{tmp}")
        init_db(engine)
        load_demo(engine, ROOT / "sample_data")
        engine.dispose()
        tmp.replace(path)
    return f"sqlite:///{path}"


def bench_dashboard(ctx: Context) -> None:
    """5: first render of the landing page in Chromium, N incidents vs the sample database."""
    chromium = shutil.which("chromium")
    if not chromium:
        ctx.results.notes.append("dashboard: skipped (no chromium on PATH)")
        return
    from playwright.sync_api import sync_playwright

    n = ctx.sizes.dashboard_rows
    log("dashboard: sample database")
    small_url = sample_database()
    big_url = ctx.dbs.url("sqlite", f"dashboard_{n}")
    log(f"dashboard: bulk loading {fmt_n(n)} incidents (SQLite)")
    generate.bulk_load(make_engine(big_url), n, ctx.synthetic)
    with make_engine(small_url).connect() as conn:
        small_n = conn.execute(text("SELECT count(*) FROM incidents")).scalar_one()
        small_areas = conn.execute(text("SELECT count(*) FROM areas")).scalar_one()
    results: dict[str, Any] = {"small_rows": small_n, "small_areas": small_areas, "big_rows": n,
                               "big_areas": len(ctx.synthetic.area_names)}  # fmt: skip
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for label, url in (("small", small_url), ("big", big_url)):
                renders, warm, boots = [], [], []
                repeats = ctx.sizes.dashboard_repeats
                for k in range(repeats):
                    log(f"dashboard: {label} database, first render {k + 1}/{repeats}")
                    with streamlit_server(url, WORK / f"streamlit_{label}.log") as (address, boot):
                        boots.append(boot)
                        renders.append(first_render(browser, address))
                        warm.append(first_render(browser, address))  # a second visitor: caches warm
                results[label] = {"first_render_s": renders, "warm_render_s": warm, "boot_s": boots}
        finally:
            browser.close()
    small_s = median(results["small"]["first_render_s"])
    big_s = median(results["big"]["first_render_s"])
    results["ratio"] = ratio(big_s, small_s)
    results["ratio_warm"] = ratio(
        median(results["big"]["warm_render_s"]), median(results["small"]["warm_render_s"])
    )
    ctx.results.sections["dashboard"] = results
    ctx.results.rows.append(
        Row(
            f"5. Dashboard first table, {fmt_n(n)} incidents / {results['big_areas']} areas (Chromium)",
            "sqlite",
            fmt_s(big_s),
            f"{fmt_s(small_s)} (sample database: {fmt_n(small_n)} incidents, {small_areas} areas)",
            results["ratio"],
            f"time ratio, fresh server (already healthy); second visitor {results['ratio_warm']:.2f}×",
        )
    )
    ctx.dbs.drop(big_url)
