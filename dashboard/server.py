"""The dashboard's server: `streamlit run dashboard/server.py` (what `make serve` runs).

Streamlit finds the `st.App` below and serves dashboard/app.py through it, with the upload gate as
middleware in front of every request (issue 17). Started as `streamlit run dashboard/app.py`, the page
script installs the same gate at its first run instead, which leaves a window after each start.

At start-up, before the first request, the server imports the modules the landing page needs (pandas,
SQLAlchemy, the analyses, the privacy rules) and those of the chart and map pages, and loads the
redaction's lexicon (the landing page's first run needs it); a background thread opens the database
and reads Trender's default selection (`dashboard.trend_reads`), which the server waits for (at most
`FIRST_READS_WAIT`) before it answers; then the thread fills the RegSO layer the maps use, at a moment
when no page runs, so the first visitor after a restart waits for none of them and shares the
interpreter with none of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from dashboard.upload_gate import UploadGateMiddleware, served_behind_middleware  # noqa: E402

# What Veckans lägesbild (the landing page) and app.py import, directly or on their first render.
PRELOAD = (
    "dashboard.a11y", "dashboard.auth", "dashboard.navigation", "dashboard.data", "dashboard.pickers",
    "dashboard.sections", "dashboard.analysis_data", "dashboard.downloads", "dashboard.selection",
    "lagesbild.access", "lagesbild.schema_upgrade", "lagesbild.weeks", "lagesbild.analysis",
    "lagesbild.privacy.redaction", "lagesbild.privacy.shared", "scipy.special",
    # The redaction's word frequencies (imported where used, 0.2 s): the landing page's first run
    # names a week's missing reporters through the shared-view gate, which redacts each name.
    "wordfreq",
    # Then what the other pages' first renders import: the charts and the map (folium).
    "dashboard.charts", "dashboard.split_chart", "dashboard.presentation", "dashboard.map_page",
    "dashboard.trend_reads",
    # Streamlit's own, on every page's first run: app.py's page icon is checked against the emoji
    # table (its regex compiles on import: 0.3 s of CPU); tables with coloured cells use pandas' Styler.
    "streamlit.emojis", "pandas.io.formats.style",
)  # fmt: skip
QUIET = 0.5  # seconds without a page run before each cache below is filled
# How long the server waits, before it answers, for Trender's reads of its default selection (0.2 s
# of CPU on the sample data, more with more data): past this, it answers and they finish beside.
FIRST_READS_WAIT = 1.0


def _import_modules() -> None:
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # the page's own import will raise it where it shows
            logging.getLogger(__name__).exception("preload of %s failed", name)


def _load_lexicon() -> None:
    """The redaction's vocabulary, loaded by its first text (`lagesbild.privacy.lexicon`: wordfreq's
    Swedish frequency list, read into the set of known words and the word -> frequency table, and the
    place words): 0.15 s of CPU, once per process, whatever the data. Before the first request, as the
    imports: Veckans lägesbild, the page a restarted server's visitors come back to, names a week's
    missing reporters through the shared-view gate (`data.weekly_picture` -> `week_basis`), which
    redacts each name, and loading it there made an at-once visit's first content 0.2 s later
    (bench/RESULTS.md, stop 26). Filled in the background instead, the visitor who comes at once
    loaded it in their page run (the background waits for a quiet moment)."""
    try:
        from lagesbild.privacy.redaction import redact

        redact("Igår kom Robban till gården.")  # a capitalised word, a pet name: every list is asked
    except Exception:  # the first page that redacts will raise it where it shows
        logging.getLogger(__name__).exception("preload of the redaction's lexicon failed")


def _before_first_request() -> None:
    """What the server does before it answers: the imports, then the lexicon."""
    _import_modules()
    _load_lexicon()


def _freeze_heap(collect: bool) -> None:
    """Move every object alive now out of the garbage collector's sight (`gc.freeze`): the modules,
    the lexicon and the RegSO layer live as long as the process, and a full collection walked all of
    them (~160,000 objects: 0.1–0.5 s holding the interpreter), which the first page run after the
    imports or the preload paid. `collect`: first collect what is garbage, frozen or not (a full walk:
    only in a quiet moment)."""
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def _preload() -> None:
    """Everything at once: the imports and the lexicon, then the caches (what the server's start-up
    does in two steps)."""
    _before_first_request()
    _fill_caches(quiet=0.0)


def wait_until_quiet(quiet: float, poll: float = 0.05) -> None:
    """Return once no page script has run for `quiet` seconds. The caches below hold the interpreter
    (GIL) for about a second of CPU: filled beside a visitor's first page, they made it 5–30× slower;
    a page that needs one fills it itself (each is computed once, then cached)."""
    quiet_since = time.monotonic()
    while True:
        # Streamlit runs each page script in a thread of this name, which ends with the run.
        if any(t.name == "ScriptRunner.scriptThread" for t in threading.enumerate()):
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= quiet:
            return
        time.sleep(poll)


def _fill_caches(
    quiet: float = QUIET, answering: threading.Event | None = None, warmed: threading.Event | None = None
) -> None:
    """The caches, in order. `answering`: set once the server takes requests; until then no page can
    run, and a step need not wait for a quiet moment (without it, every step waits). `warmed`: set
    when Trender's reads are done (the server waits for that, at most `FIRST_READS_WAIT`)."""

    def settle() -> None:
        if answering is None or answering.is_set():
            wait_until_quiet(quiet)

    start = time.perf_counter()
    # The database's engine and its schema check (st.cache_resource) and the kommuner in it: every
    # page's first run reads both, whoever the visitor (0.05–0.07 s).
    try:
        from dashboard import data

        data.kommuner_or_none(data.db_url())
    except Exception:
        logging.getLogger(__name__).exception("preload of the database's engine failed")
    # Trender's first content waits for its series, change detection and week completeness (0.2–0.3 s
    # of CPU): read for the selection it opens on, in each kommun scope a first page can run in. Before
    # the server answers, when they are done within `FIRST_READS_WAIT`: a visitor who comes back the
    # moment a restarted server answers found them unread and computed them in their first run (stop
    # 26: Trender's first content 4-5x the floor's; read first, within 2x).
    try:
        from dashboard import auth, data, trend_reads

        url = data.db_url()
        for scope in trend_reads.first_scopes(list(data.kommuner_or_none(url)), auth.mode() == "off"):
            settle()
            trend_reads.warm_trender(url, scope)
    except Exception:
        logging.getLogger(__name__).exception("preload of Trender's reads failed")
    finally:
        if warmed is not None:
            warmed.set()
    # The map's orientation context is cut from the national RegSO layer: 0.7 s of CPU to parse, once
    # per process (lru_cache), on the first map any visitor opens. After the server answers.
    wait_until_quiet(quiet)
    try:
        from lagesbild import kommuner

        kommuner.regso_layer()
    except Exception:
        logging.getLogger(__name__).exception("preload of the RegSO layer failed")
    # The garbage of the imports and of the steps above collected, and what lives on frozen again.
    wait_until_quiet(quiet)
    _freeze_heap(collect=True)
    # One line in the server's console: when the first visitor no longer waits for these caches
    # (bench/first_visit.py checks it before a "settled" visit).
    took = time.perf_counter() - start
    print(f"Lägesbild: förladdningen klar på {took:.1f} s", file=sys.stderr, flush=True)


@contextlib.asynccontextmanager
async def _lifespan(_app: st.App) -> AsyncIterator[None]:
    # The imports finish before the server takes its first request: a page script importing SQLAlchemy
    # while this thread does could get a partly initialised module, and that server then failed every
    # page until restarted (bench/first_visit.py saw it once in 33 fresh servers). The lexicon too:
    # the landing page's first run needs it (`_load_lexicon`). The caches after them are safe to fill
    # beside a visitor; the engine and Trender's reads are read before the server answers if they are
    # done within `FIRST_READS_WAIT`, the rest (and what is left of them past it) each waits for a
    # moment when no page runs, so the visitors who come back the moment a restarted server answers do
    # not share the interpreter with them.
    await asyncio.to_thread(_before_first_request)
    _freeze_heap(collect=False)  # instant: the first visitor's run does not walk the imported modules
    served_behind_middleware()  # the middleware below gates every request: pages need not look
    answering, warmed = threading.Event(), threading.Event()
    threading.Thread(
        target=_fill_caches,
        kwargs={"answering": answering, "warmed": warmed},
        name="lagesbild-preload",
        daemon=True,
    ).start()
    await asyncio.to_thread(warmed.wait, FIRST_READS_WAIT)
    answering.set()
    yield


app = st.App(
    Path(__file__).with_name("app.py"),
    lifespan=_lifespan,
    middleware=[Middleware(UploadGateMiddleware)],
)
