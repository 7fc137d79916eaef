"""What a visitor waits for: a fresh dashboard server's first visit to each page, against a hello-world
Streamlit server's first visit measured the same way in the same run (issue 16, target 2).

    python -m bench.first_visit [--pages karta,trender,...] [--db URL] [--repeats 3] [--settle 8]

Every measurement starts its own server as `make serve` does (`streamlit run dashboard/server.py`,
headless, a free port, LAGESBILD_AUTH=off; bench/sections_dashboard.streamlit_server) and waits until
`/_stcore/health` answers. Then a protocol client (bench/streamlit_protocol.visit_page) opens the page
as a browser loading /<page> does: a `rerun_script` BackMsg whose `page_name` is the page's url path.

- "at once": the page is opened as soon as the server answers (since stop 19 the server imports the
  preload's modules before it answers, since stop 26 it loads the redaction's lexicon too; its engine,
  RegSO layer and Trender's reads may still be filling);
- "settled": on another fresh server, after `--settle` seconds (the server's console says when the
  preload finished: "förladdningen klar"; the run notes any server where it had not);
- "warm": a second visitor (a new session) opening the same page on the same server, after its first.

Each visit is timed from sending the rerun request to the page's *first content* and to
`script_finished`. First content: the first table in the page's main area if the page sends one, else
the first main-area element after the page's title (`st.title`, the first heading); for the floor, a
script without a heading, its one element (`st.write("Hej")`). Elements arrive as the server sends them
(Streamlit batches the deltas of a run); the sidebar does not count. Every visit checks that the server
ran the asked-for page without an exception: its navigation names the page and the title is the page's
`st.title`. A server where a visit failed is counted ("failed servers"), its log kept in bench/work, and
its times left out of the medians.

The floor is a hello-world app (`import streamlit as st; st.write("Hej")`) served by `streamlit run` the
same way, measured before each page's measurement (floor, page, floor, page ...); medians over all of a
kind, ratios to the floor's medians of the same run. Default pages: every file in dashboard/views/.
Default database: the committed sample data (bench/work). Raw numbers: bench/work/first_visit.json.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path
from typing import Any

from bench.sections_dashboard import sample_database, streamlit_server
from bench.streamlit_protocol import PageVisit, visit_page

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "work"
VIEWS = ROOT / "dashboard" / "views"
HELLO = 'import streamlit as st\nst.write("Hej")\n'
LANDING = "veckans_lagesbild"  # the default page: its url is "/"
PAGES = [LANDING] + sorted(p.stem for p in VIEWS.glob("*.py") if p.stem != LANDING)
PRELOAD_DONE = re.compile(r"förladdningen klar på ([0-9.]+) s")
KINDS = ("at_once", "settled")


def url_path(page: str) -> str:
    """The url path a browser opens the page by: "" for the landing page, else the file's stem (which
    the server's navigation confirms on every visit)."""
    return "" if page == LANDING else page


def expected_title(page: str) -> str:
    found = re.search(r'^st\.title\("([^"]+)"\)', (VIEWS / f"{page}.py").read_text(), re.MULTILINE)
    if found is None:
        raise ValueError(f"{page}: no st.title(...) in dashboard/views/{page}.py")
    return found.group(1)


def check_page(page: str, seen: PageVisit) -> None:
    """That the server ran the page asked for (an unknown url path silently runs the default page)
    without an exception."""
    errors = [e.text for e in seen.elements if e.kind == "exception"]
    if errors:
        raise RuntimeError(f"{page}: the page raised {errors[0]}")
    if page == "hello":
        if seen.ran is not None or not any(e.text == "Hej" for e in seen.elements):
            raise RuntimeError(f"hello-world: not the hello-world script ({seen.ran=})")
        return
    title = seen.title()
    if seen.ran != url_path(page) or title is None or title.text != expected_title(page):
        raise RuntimeError(
            f"{page}: the server ran {seen.ran!r} titled {title.text if title else None!r}, "
            f"not {url_path(page)!r} titled {expected_title(page)!r}"
        )


def _times(seen: PageVisit) -> dict[str, Any]:
    content = seen.first_content()
    return {
        "first_content_s": content.at_s if content is not None else None,
        "first_content_kind": content.kind if content is not None else None,
        "finished_s": seen.finished_s,
        "connect_s": seen.connect_s,
    }


def measure(page: str, db_url: str, settle_s: float) -> dict[str, Any]:
    """One fresh server: its first visit to the page (after `settle_s` seconds if not 0), then a second
    visitor's."""
    script = str(WORK / "first_visit_hello.py") if page == "hello" else "dashboard/server.py"
    log_path = WORK / f"first_visit_{page}.log"
    with streamlit_server(db_url, log_path, script=script) as (url, boot_s):
        if settle_s:
            time.sleep(settle_s)
        preload_before = PRELOAD_DONE.search(log_path.read_text())
        first = visit_page(url, url_path(page) if page != "hello" else "")
        second = visit_page(url, url_path(page) if page != "hello" else "")
        failures = []
        for seen in (first, second):
            try:
                check_page(page, seen)
            except RuntimeError as exc:
                failures.append(str(exc))
        time.sleep(0.2)  # the server's console after the visits
        server_log = log_path.read_text()
        preload = PRELOAD_DONE.search(server_log)
    if failures:  # kept for reading; the run goes on and counts it, its times count in no median
        kept = WORK / f"first_visit_failed_{page}_{time.strftime('%H%M%S')}.log"
        kept.write_text(server_log)
        failures.append(f"server log: {kept}")
    return {
        "boot_s": boot_s,
        "failures": failures,
        "first": _times(first),
        "warm": _times(second),
        # The dashboard's background preload: its own duration and whether it had finished before the
        # first visit began (the hello-world server has none).
        "preload_s": float(preload.group(1)) if preload else None,
        "preload_done_before_visit": preload_before is not None,
    }


def _median(runs: list[dict[str, Any]], visit: str, key: str) -> float | None:
    values = [r[visit][key] for r in runs if r[visit][key] is not None and not r["failures"]]
    return statistics.median(values) if values else None


def _s(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f} s"


def _x(value: float | None, floor: float | None) -> str:
    return "–" if value is None or not floor else f"{value / floor:.1f}×"


def table(results: dict[str, dict[str, list[dict[str, Any]]]]) -> str:
    """The Markdown table: medians per page and visit, ratios to the floor's medians."""
    floor = results["hello"]
    f_once = _median(floor["at_once"], "first", "first_content_s")
    f_settled = _median(floor["settled"], "first", "first_content_s")
    lines = [
        "| page | at once: first content | × floor | settled: first content | × floor "
        "| warm visit: first content / finished | script finished: at once / settled | failed servers |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page, runs in results.items():
        once = _median(runs["at_once"], "first", "first_content_s")
        settled = _median(runs["settled"], "first", "first_content_s")
        warm_runs = runs["at_once"] + runs["settled"]
        warm = _median(warm_runs, "warm", "first_content_s")
        warm_finished = _median(warm_runs, "warm", "finished_s")
        name = "floor: hello-world `st.write`" if page == "hello" else page
        lines.append(
            f"| {name} | {_s(once)} | {_x(once, f_once)} | {_s(settled)} | {_x(settled, f_settled)} "
            f"| {_s(warm)} / {_s(warm_finished)} "
            f"| {_s(_median(runs['at_once'], 'first', 'finished_s'))} / "
            f"{_s(_median(runs['settled'], 'first', 'finished_s'))} "
            f"| {sum(bool(r['failures']) for kind in KINDS for r in runs[kind])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--db", help="database URL (default: the sample data)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--settle", type=float, default=8.0, help="seconds before a settled visit")
    args = parser.parse_args()
    pages = [p for p in args.pages.split(",") if p]
    for page in pages:
        expected_title(page)  # an unknown page fails before any server starts
    db_url = args.db or sample_database()
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "first_visit_hello.py").write_text(HELLO)
    results: dict[str, dict[str, list[dict[str, Any]]]] = {
        page: {kind: [] for kind in KINDS} for page in ["hello", *pages]
    }
    for k in range(args.repeats):
        for page in pages:
            for kind in KINDS:
                for who in ("hello", page):  # floor, page, floor, page ...
                    run = measure(who, db_url, args.settle if kind == "settled" else 0)
                    results[who][kind].append(run)
                    late = kind == "settled" and who != "hello" and not run["preload_done_before_visit"]
                    print(
                        f"[{k + 1}/{args.repeats}] {who:20s} {kind:8s} "
                        f"first content {_s(run['first']['first_content_s'])} "
                        f"({run['first']['first_content_kind']}), finished {_s(run['first']['finished_s'])}; "
                        f"warm {_s(run['warm']['first_content_s'])} / {_s(run['warm']['finished_s'])}"
                        f"{'; preload NOT finished before the visit' if late else ''}"
                        f"{''.join(f'; FAILED: {f}' for f in run['failures'])}",
                        flush=True,
                    )
                    (WORK / "first_visit.json").write_text(json.dumps(results, indent=1))
    print()
    print(table(results))


if __name__ == "__main__":
    main()
