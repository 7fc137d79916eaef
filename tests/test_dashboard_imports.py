"""Heavy libraries load where they are used: importing the modules behind the weekly picture, the
review and import pages must not pull in the PDF, spreadsheet, plotting or map libraries, the
redaction rules (the privacy gate loads where a shared output is built) or scipy.special."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lagesbild.db import init_db, make_engine
from tests.browser_support import ROOT
from tests.factories import populate, weekly_spec

MODULES = [
    "dashboard.auth",
    "dashboard.navigation",
    "dashboard.data",
    "dashboard.intake",
    "dashboard.display",
    "dashboard.pickers",
    "dashboard.sections",
    "dashboard.analysis_sections",
    "dashboard.downloads",
]
HEAVY = [
    "matplotlib",
    "fpdf",
    "openpyxl",
    "libpysal",
    "folium",
    "altair",
    "vl_convert",
    "scipy.stats",
    "scipy.spatial",
    "scipy.special",
    "lagesbild.privacy.shared",
    "lagesbild.privacy.redaction",
]


def test_no_heavy_library_at_import_time() -> None:
    code = f"import sys, {', '.join(MODULES)}; print(','.join(h for h in {HEAVY!r} if h in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "", f"importeras vid start: {done.stdout.strip()}"


# A whole first visit, not just the modules: what the pages run (in a fresh process, against a real
# SQLite database) must not load the libraries of files built on click, of the map or of other views.
RUN = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=300)
if sys.argv[2] != "veckans_lagesbild":  # by the page's own link, as a fresh server's first visit
    at.switch_page(f"views/{sys.argv[2]}.py")
at.run()
assert not at.exception, [e.value for e in at.exception]
loaded = [h for h in json.loads(sys.argv[3]) if h in sys.modules]
print(json.dumps({"title": [t.value for t in at.title], "loaded": loaded}))
"""
FILES_ON_CLICK = ["matplotlib", "fpdf", "fontTools", "openpyxl", "pyogrio", "vl_convert", "PIL"]
ANALYSIS = ["scipy.stats", "scipy.spatial", "libpysal", "esda", "sklearn"]
# The redaction rules and the gate: only pages that list or share incidents load them.
GATE = ["lagesbild.privacy.shared", "lagesbild.privacy.redaction", "lagesbild.privacy.names"]
NOTHING_SHARED = [*FILES_ON_CLICK, *ANALYSIS, *GATE, "scipy.special", "folium", "altair"]


@pytest.fixture
def small_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    engine = make_engine(url)
    init_db(engine)
    populate(engine, weekly_spec(weeks=8))
    engine.dispose()
    return url


@pytest.mark.parametrize(
    ("page", "title", "not_loaded"),
    [
        ("veckans_lagesbild", "Veckans lägesbild", [*FILES_ON_CLICK, *ANALYSIS, "folium", "altair"]),
        # The charts are plain Vega-Lite dicts (dashboard.vega): no Altair on the chart pages either.
        ("presentationslage", "Presentationsläge", [*FILES_ON_CLICK, *ANALYSIS, *GATE, "folium", "altair"]),
        ("trender", "Trender", [*FILES_ON_CLICK, "folium", "altair"]),
        ("granskning", "Granskning", NOTHING_SHARED),
        ("logg", "Logg", NOTHING_SHARED),
    ],
)
def test_a_first_visit_loads_only_what_the_page_shows(
    small_db: str, page: str, title: str, not_loaded: list[str]
) -> None:
    env = {**os.environ, "LAGESBILD_DB": small_db, "LAGESBILD_AUTH": "off", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(ROOT / "dashboard" / "app.py"), page, json.dumps(not_loaded)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["title"] == [title]
    assert shown["loaded"] == [], f"{page} läser in {shown['loaded']}"
