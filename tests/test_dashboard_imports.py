"""Heavy libraries load where they are used: importing the modules behind the weekly picture, the
review and import pages must not pull in the PDF, spreadsheet, plotting or map libraries."""

from __future__ import annotations

import subprocess
import sys

from tests.browser_support import ROOT

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
]


def test_no_heavy_library_at_import_time() -> None:
    code = f"import sys, {', '.join(MODULES)}; print(','.join(h for h in {HEAVY!r} if h in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "", f"importeras vid start: {done.stdout.strip()}"
