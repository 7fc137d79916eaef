"""dashboard/server.py imports the landing page's modules at start-up, before its first request, so the
first visitor after a restart does not wait for them (issue 17: measured in bench/sections_load.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

from tests.browser_support import ROOT
from tests.test_trend_breakdown import trends_db  # noqa: F401  (the fixture)


def _run(script: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The script in a fresh interpreter at the project's root; it must end without an error."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


CHECK = """
import logging, sys
logging.basicConfig(level=logging.ERROR)
from dashboard import server
before = set(sys.modules)
assert "lagesbild.privacy.redaction" not in before, "already imported by the server module itself"
server._preload()
missing = [name for name in server.PRELOAD if name not in sys.modules]
from lagesbild import kommuner
print("MISSING", missing, "REGSO", kommuner.regso_layer.cache_info().currsize)
"""


def test_the_preload_imports_every_module_it_names_and_the_server_module_stays_light(tmp_path: Path) -> None:
    database = tmp_path / "preload.db"
    env = {**os.environ, "LAGESBILD_DB": f"sqlite:///{database}"}
    done = _run(CHECK, env)
    assert "MISSING [] REGSO 1" in done.stdout  # and the RegSO layer is read, once
    assert database.exists()  # and the database opened (a new one gets its schema, as a first page does)
    assert "preload of" not in done.stderr, done.stderr[-3000:]  # no module failed to import


LIFESPAN = """
import asyncio, gc, logging, sys
logging.basicConfig(level=logging.ERROR)
from dashboard import server

async def main():
    async with server._lifespan(None):
        # The server takes requests from here: every named module must already be imported.
        print("MISSING", [name for name in server.PRELOAD if name not in sys.modules])
        # and the imported heap frozen (a full collection in the first page run walked it).
        print("FROZEN", gc.get_freeze_count() > 10_000)
        # and the redaction's lexicon loaded (Veckans lägesbild's first run redacts reporters' names).
        from lagesbild.privacy import lexicon
        filled = [f.cache_info().currsize for f in (lexicon._buckets, lexicon.lexicon, lexicon._zipf_of)]
        print("LEXICON", all(filled))

asyncio.run(main())
"""


def test_the_server_takes_no_request_before_the_imports_are_done(tmp_path: Path) -> None:
    # A page script importing SQLAlchemy beside the preload thread could get a partly initialised
    # module and leave the server failing every page (bench/first_visit.py, stop 19).
    env = {**os.environ, "LAGESBILD_DB": f"sqlite:///{tmp_path / 'lifespan.db'}"}
    done = _run(LIFESPAN, env)
    assert "MISSING []" in done.stdout, done.stdout[-2000:]
    assert "FROZEN True" in done.stdout, done.stdout[-2000:]
    assert "LEXICON True" in done.stdout, done.stdout[-2000:]


QUIET = """
import threading, time
from dashboard import server

page = threading.Thread(target=time.sleep, args=(0.3,), name="ScriptRunner.scriptThread")
page.start()
server.wait_until_quiet(0.1)
print("PAGE STILL RUNNING", page.is_alive())
"""


def test_the_caches_are_filled_only_when_no_page_runs() -> None:
    # Filled beside a visitor's first page, they shared the interpreter with it (bench/first_visit.py,
    # "at once"): each step waits until no page script has run for a moment.
    done = _run(QUIET)
    assert "PAGE STILL RUNNING False" in done.stdout, done.stdout[-2000:]


WARMED = """
import asyncio, logging, sys
logging.basicConfig(level=logging.ERROR)
from dashboard import server

async def main():
    async with server._lifespan(None):
        # The server takes requests from here: Trender's reads of its default selection are read.
        from dashboard import data, trend_reads
        from lagesbild import analysis, queries
        calls = []
        recorded = [(queries, "weekly_series"), (analysis, "detect_changes"), (analysis, "week_completeness")]
        for owner, name in recorded:
            original = getattr(owner, name)
            setattr(owner, name, lambda *a, _f=original, _n=name, **k: (calls.append(_n), _f(*a, **k))[1])
        url = data.db_url()
        reads = trend_reads.read(url, trend_reads.trend_defaults(url))
        print("COMPUTED", calls, "FLAGGED", int((reads.changes["flag"] != "").sum()) > 0)

asyncio.run(main())
"""


def test_the_server_answers_after_trenders_default_reads(
    trends_db: Engine,  # noqa: F811
) -> None:
    # A visitor who came back the moment a restarted server answered computed them in Trender's first
    # run (0.2 s of CPU on the sample data: 4-5x the floor, bench/RESULTS.md stop 26).
    env = {**os.environ, "LAGESBILD_AUTH": "off"}  # the fixture's LAGESBILD_DB and grace days with it
    done = _run(WARMED, env)
    assert "COMPUTED [] FLAGGED True" in done.stdout, done.stdout[-2000:] + done.stderr[-2000:]
