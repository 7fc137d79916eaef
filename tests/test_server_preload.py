"""dashboard/server.py imports the landing page's modules in a background thread at start-up, so the
first visitor after a restart does not wait for them (issue 17: measured in bench/sections_load.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.browser_support import ROOT

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


def test_the_preload_imports_every_module_it_names_and_the_server_module_stays_light() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "MISSING [] REGSO 1" in done.stdout  # and the RegSO layer is read, once
    assert "preload of" not in done.stderr, done.stderr[-3000:]  # no module failed to import
