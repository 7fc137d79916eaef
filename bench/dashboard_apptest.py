"""First content of dashboard pages through Streamlit's AppTest, against a hello-world floor in the same run.

    python -m bench.dashboard_apptest [--pages veckans_lagesbild,karta,presentationslage] [--db URL]
                                      [--repeats 3]

Each measurement is a fresh Python process (cold: every import counts, as on a fresh server): the
time from the start of the process's own code to the end of the first script run that shows the
page, then the median of `--repeats` warm reruns in the same process. The floor is the same for a
hello-world Streamlit script (`st.write`). Pages other than the landing page are opened through it
(switch_page), as a visitor does. Default database: the committed sample data (bench/work).
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

ROOT = Path(__file__).resolve().parents[1]
HELLO = 'import streamlit as st\nst.write("Hej")\n'


def _child(page: str, repeats: int) -> dict[str, float | list[float]]:
    from streamlit.testing.v1 import AppTest

    if page == "hello":
        at = AppTest.from_string(HELLO, default_timeout=300)
    else:
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300)
    at.run()
    if page not in ("hello", "veckans_lagesbild"):
        at.switch_page(f"views/{page}.py").run()
    cold = time.perf_counter() - _T0
    cold_cpu = time.process_time()  # all threads since the process began: steadier on a shared machine
    if at.exception:
        raise RuntimeError(f"{page}: {[e.value for e in at.exception]}")
    warm, warm_cpu = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        at.run()
        warm.append(time.perf_counter() - t)
        warm_cpu.append(time.process_time() - c)
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
    parser.add_argument("--pages", default="veckans_lagesbild,karta,presentationslage")
    parser.add_argument("--db", help="database URL (default: the sample data)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.stdout.write(json.dumps(_child(args.child, args.repeats)) + "\n")
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
