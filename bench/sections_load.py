"""Benchmark section: a meeting's worth of viewers at once (bench/run.py runs it as `load`).

- 50 simultaneous viewers of the published snapshot (`lagesbild snapshot serve` in its own process),
  each a separate Chromium context, timed from the common start until the page's heading is visible.
  Target: every viewer within 3 s. Baselines, same server, same run: one viewer alone, and the floor:
  50 viewers of a page holding one heading, which is what 50 Chromium renderers cost on this machine
  whatever the page.
  The server's share is measured apart too: 50 threads fetching the whole page at once. On this
  2-core machine the 50 Chromium renderers themselves compete for the cores; in a meeting each viewer
  brings their own device.
- 20 simultaneous samordnare of the live app's Veckans lägesbild (a fresh `streamlit run`), timed until
  the first table is visible. Target: each within 10 s. Baselines: one visitor alone, and the floor:
  20 visitors of a Streamlit app that shows one table, on its own fresh server.
  The server's share again apart: 20 protocol clients (no browser) on a fresh server and once warm.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import CHROMIUM_ARGS, ROOT, WORK, Context, Row, fmt_s, log, median
from bench.sections_dashboard import FIRST_TABLE, free_port, sample_database, streamlit_server
from bench.streamlit_protocol import SessionTimes, simultaneous_sessions
from lagesbild import data_range
from lagesbild.db import make_engine

SNAPSHOT_TARGET_S = 3.0
LIVE_TARGET_S = 10.0
# The floors: the same simultaneous load on the least a browser can be asked to show, measured in the
# same run. What the product adds is the ratio to these; the floor itself is this machine's.
FLOOR_PAGE = '<!doctype html><html lang="sv"><meta charset="utf-8"><title>Golv</title><h1>Golv</h1></html>'
FLOOR_APP = 'import streamlit as st\n\nst.title("Golv")\nst.table({"a": [1, 2, 3]})\n'


@contextlib.contextmanager
def snapshot_server(root: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "lagesbild",
        "snapshot",
        "serve",
        "--dir",
        str(root),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(f"{url}/index.html", timeout=2):
                    break
            time.sleep(0.1)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def _simultaneous_fetches(url: str, viewers: int) -> list[float]:
    """Seconds from a common start until each of `viewers` threads has the whole page: what the server
    does for a meeting's worth of viewers, without 50 browsers competing for this machine's 2 cores."""
    import threading

    barrier = threading.Barrier(viewers + 1)
    times: list[float] = [0.0] * viewers
    start = [0.0]

    def one(k: int) -> None:
        barrier.wait()
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
        times[k] = time.perf_counter() - start[0]

    threads = [threading.Thread(target=one, args=(k,)) for k in range(viewers)]
    for thread in threads:
        thread.start()
    start[0] = time.perf_counter()
    barrier.wait()
    for thread in threads:
        thread.join()
    return times


async def _simultaneous(
    chromium: str, url: str, selector: str, viewers: int, timeout_s: float
) -> list[float]:
    """Seconds from the common start until `selector` is visible, one separate context per viewer."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            contexts = [
                await browser.new_context(viewport={"width": 1440, "height": 900}) for _ in range(viewers)
            ]
            pages = [await c.new_page() for c in contexts]
            start = time.perf_counter()

            async def one(page: Any) -> float:
                await page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
                await page.wait_for_selector(selector, state="visible", timeout=timeout_s * 1000)
                return time.perf_counter() - start

            return list(await asyncio.gather(*(one(p) for p in pages)))
        finally:
            await browser.close()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far, all threads (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _row(name: str, times: list[float], alone: float, target: float, floor: list[float] | None = None) -> Row:
    """A summary line: median and slowest, against one alone; with `floor` (the same load on a minimal
    page in the same run), the ratio is taken against the floor's median instead."""
    worst = max(times)
    baseline = f"{fmt_s(alone)} (one alone)"
    ratio = median(times) / alone if alone else float("nan")
    if floor is not None:
        baseline = f"floor: median {fmt_s(median(floor))}, slowest {fmt_s(max(floor))}; {baseline}"
        ratio = median(times) / median(floor)
    return Row(
        name,
        "sqlite",
        f"median {fmt_s(median(times))}, slowest {fmt_s(worst)}",
        baseline,
        ratio,
        f"target: every one ≤ {target:.0f} s — {'met' if worst <= target else 'NOT met'}",
    )


def bench_load(ctx: Context) -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        ctx.results.notes.append("load: skipped (no chromium on PATH)")
        return
    url = sample_database()
    engine = make_engine(url)
    week = data_range.weeks_present(engine)[-1]
    root = WORK / "snapshots"
    shutil.rmtree(root, ignore_errors=True)
    from lagesbild.report.snapshot import publish_snapshot

    log(f"load: publishing the snapshot of {week}")
    publish_snapshot(engine, week, root)
    engine.dispose()
    viewers, samordnare = ctx.sizes.load_viewers, ctx.sizes.load_samordnare
    results: dict[str, Any] = {"week": week, "viewers": viewers, "samordnare": samordnare}
    (root / "golv.html").write_text(FLOOR_PAGE, "utf-8")
    with snapshot_server(root) as base:
        alone = asyncio.run(_simultaneous(chromium, f"{base}/index.html", "h1", 1, 60))[0]
        floor_alone = asyncio.run(_simultaneous(chromium, f"{base}/golv.html", "h1", 1, 60))[0]
        log(f"load: {viewers} simultaneous viewers of a one-heading page (the floor)")
        floor = asyncio.run(_simultaneous(chromium, f"{base}/golv.html", "h1", viewers, 120))
        log(f"load: {viewers} simultaneous snapshot viewers")
        times = asyncio.run(_simultaneous(chromium, f"{base}/index.html", "h1", viewers, 120))
        fetch_alone = _simultaneous_fetches(f"{base}/index.html", 1)[0]
        fetches = _simultaneous_fetches(f"{base}/index.html", viewers)
    results["snapshot"] = {
        "alone_s": alone,
        "viewers_s": times,
        "floor_s": floor,
        "floor_alone_s": floor_alone,
        "fetch_alone_s": fetch_alone,
        "fetches_s": fetches,
    }
    ctx.results.rows.append(
        _row(
            f"Load: {viewers} simultaneous whole-page fetches of the snapshot (server side)",
            fetches,
            fetch_alone,
            SNAPSHOT_TARGET_S,
        )
    )
    ctx.results.rows.append(
        _row(
            f"Load: {viewers} viewers of a one-heading page in Chromium (floor)",
            floor,
            floor_alone,
            SNAPSHOT_TARGET_S,
        )
    )
    ctx.results.rows.append(
        _row(f"Load: {viewers} viewers of the published snapshot", times, alone, SNAPSHOT_TARGET_S, floor)
    )
    floor_app = WORK / "golv_app.py"
    floor_app.write_text(FLOOR_APP, "utf-8")
    with streamlit_server(url, WORK / "streamlit_floor.log", script=str(floor_app)) as (address, _boot):
        live_floor_alone = asyncio.run(_simultaneous(chromium, address, FIRST_TABLE, 1, 300))[0]
        log(f"load: {samordnare} simultaneous visitors of a one-table Streamlit app (the floor)")
        live_floor = asyncio.run(_simultaneous(chromium, address, FIRST_TABLE, samordnare, 600))
    pids: list[int] = []
    with streamlit_server(url, WORK / "streamlit_load.log", pids.append) as (address, _boot):
        alone = asyncio.run(_simultaneous(chromium, address, FIRST_TABLE, 1, 300))[0]
        log(f"load: {samordnare} simultaneous samordnare of the live app")
        cpu_before, wall_before = _cpu_seconds(pids[0]), time.perf_counter()
        times = asyncio.run(_simultaneous(chromium, address, FIRST_TABLE, samordnare, 600))
        server_cpu, wall = _cpu_seconds(pids[0]) - cpu_before, time.perf_counter() - wall_before
    # The server's own CPU time while the sessions ran (all its threads), against the wall time of the
    # whole run on the machine's cores: how much of the wait is the server's and how much the browsers'.
    results["live"] = {
        "alone_s": alone,
        "viewers_s": times,
        "floor_s": live_floor,
        "floor_alone_s": live_floor_alone,
        "server_cpu_s": server_cpu,
        "wall_s": wall,
    }
    ctx.results.notes.append(
        f"load: the dashboard server used {server_cpu:.1f} s of CPU while {samordnare} samordnare opened "
        f"Veckans lägesbild ({wall:.1f} s wall on {os.cpu_count()} cores, shared with their browsers)"
    )
    ctx.results.rows.append(
        _row(
            f"Load: {samordnare} visitors of a one-table Streamlit app in Chromium (floor)",
            live_floor,
            live_floor_alone,
            LIVE_TARGET_S,
        )
    )
    ctx.results.rows.append(
        _row(
            f"Load: {samordnare} samordnare on Veckans lägesbild (live app)",
            times,
            alone,
            LIVE_TARGET_S,
            live_floor,
        )
    )
    results["live_protocol"] = _live_server_side(ctx, url, samordnare)
    ctx.results.sections["load"] = results


def _first_tables(sessions: list[SessionTimes]) -> list[float]:
    missing = [k for k, t in enumerate(sessions) if t.first_table_s is None]
    if missing:
        raise RuntimeError(f"load: sessions {missing} got no table from Veckans lägesbild")
    return [t.first_table_s for t in sessions if t.first_table_s is not None]


def _live_server_side(ctx: Context, url: str, samordnare: int) -> dict[str, Any]:
    """The live app's share of the load without the browsers: protocol clients (bench/streamlit_protocol)
    ask for Veckans lägesbild as the frontend does, on a fresh server (cold: every cache empty) and again
    (warm). Baselines: one session alone on another fresh server, and one alone once warm."""
    with streamlit_server(url, WORK / "streamlit_alone.log") as (address, _boot):
        alone_cold = _first_tables(simultaneous_sessions(address, 1))[0]
    with streamlit_server(url, WORK / "streamlit_protocol.log") as (address, _boot):
        log(f"load: {samordnare} simultaneous samordnare, server side (protocol clients)")
        cold = _first_tables(simultaneous_sessions(address, samordnare))
        warm = _first_tables(simultaneous_sessions(address, samordnare))
        alone_warm = _first_tables(simultaneous_sessions(address, 1))[0]
    for label, times, alone in (("cold server", cold, alone_cold), ("warm", warm, alone_warm)):
        ctx.results.rows.append(
            _row(
                f"Load: {samordnare} samordnare on Veckans lägesbild, server side ({label}, no browser)",
                times,
                alone,
                LIVE_TARGET_S,
            )
        )
    return {"alone_cold_s": alone_cold, "cold_s": cold, "warm_s": warm, "alone_warm_s": alone_warm}
