"""First content of dashboard pages through Streamlit's AppTest, against a hello-world floor in the same run.

    python -m bench.dashboard_apptest [--pages veckans_lagesbild,karta,...] [--db URL] [--repeats 3]
                                      [--profile DIR]

Each measurement is a fresh Python process (cold: every import counts, as on a fresh server): the
time from the start of the process's own code to the end of the first script run that shows the
page, then the median of `--repeats` warm reruns in the same process. The floor is the same for a
hello-world Streamlit script (`st.write`). Each page is opened by its own link (a fresh server's
first visit to /karta runs only that page); `--via-landing` opens it from the landing page instead,
so its time includes the landing page's. Default pages: every file in dashboard/views/. Default database: the
committed sample data (bench/work). `--profile DIR` writes cProfile statistics of the script thread's
cold and warm runs per page (DIR/<page>-cold.prof, DIR/<page>-warm.prof; read with `python -m pstats`).
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # before the heavy imports: they are part of a cold start

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HELLO = 'import streamlit as st\nst.write("Hej")\n'
# The landing page first, then the others in file order.
PAGES = ["veckans_lagesbild"] + sorted(
    p.stem for p in (ROOT / "dashboard" / "views").glob("*.py") if p.stem != "veckans_lagesbild"
)


def _profile_script_runs(profile: Any) -> None:
    """Profile every script run: AppTest runs the page in its own thread, out of a main-thread
    profiler's sight."""
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner

    original = ScriptRunner._run_script

    def run(self: Any, rerun_data: Any) -> None:
        profile.enable()
        try:
            original(self, rerun_data)
        finally:
            profile.disable()

    ScriptRunner._run_script = run  # type: ignore[method-assign]


def _child(
    page: str, repeats: int, profile_dir: str | None, via_landing: bool
) -> dict[str, float | list[float]]:
    import cProfile

    from streamlit.testing.v1 import AppTest

    profile = cProfile.Profile() if profile_dir else None
    if profile is not None:
        _profile_script_runs(profile)

    if page == "hello":
        at = AppTest.from_string(HELLO, default_timeout=300)
    else:
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300)
    if page not in ("hello", "veckans_lagesbild"):
        if via_landing:
            at.run()
        at.switch_page(f"views/{page}.py")
    at.run()
    cold = time.perf_counter() - _T0
    cold_cpu = time.process_time()  # all threads since the process began: steadier on a shared machine
    if at.exception:
        raise RuntimeError(f"{page}: {[e.value for e in at.exception]}")
    if profile is not None and profile_dir:
        profile.dump_stats(f"{profile_dir}/{page}-cold.prof")
        profile.clear()
    warm, warm_cpu = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        at.run()
        warm.append(time.perf_counter() - t)
        warm_cpu.append(time.process_time() - c)
    if profile is not None and profile_dir:
        profile.dump_stats(f"{profile_dir}/{page}-warm.prof")
    return {
        "cold": cold,
        "cold_cpu": cold_cpu,
        "warm": statistics.median(warm),
        "warm_cpu": statistics.median(warm_cpu),
        "warm_all": warm,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--db", help="database URL (default: the sample data)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", help="write cProfile statistics of each page's runs to this folder")
    parser.add_argument(
        "--via-landing", action="store_true", help="open each page from the landing page, not by its link"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.stdout.write(json.dumps(_child(args.child, args.repeats, args.profile, args.via_landing)) + "\n")
        return
    if args.db is None:
        from bench.sections_dashboard import sample_database

        args.db = sample_database()
    env = {**os.environ, "LAGESBILD_DB": args.db, "LAGESBILD_AUTH": "off", "PYTHONPATH": str(ROOT)}
    results = {}
    for page in ["hello", *[p for p in args.pages.split(",") if p]]:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.dashboard_apptest",
                "--child",
                page,
                "--repeats",
                str(args.repeats),
                *(["--profile", str(Path(args.profile).resolve())] if args.profile else []),
                *(["--via-landing"] if args.via_landing else []),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        results[page] = json.loads(out.stdout.strip().splitlines()[-1])
        floor = results["hello"]
        r = results[page]
        print(
            f"{page:22s} cold {r['cold']:6.2f} s ({r['cold'] / floor['cold']:4.1f}x floor)   "
            f"warm rerun {r['warm']:5.2f} s ({r['warm'] / max(floor['warm'], 1e-9):5.1f}x floor)   "
            f"CPU cold {r['cold_cpu']:6.2f} s ({r['cold_cpu'] / floor['cold_cpu']:4.1f}x), "
            f"warm {r['warm_cpu']:5.2f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
