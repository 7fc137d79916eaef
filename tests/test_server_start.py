"""`make run`'s server as the repository configures it: bound to this machine, and asking no third
party anything at start (Streamlit looks up an "External URL" at checkip.amazonaws.com when it runs
headless without an address)."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from lagesbild.db import init_db, make_engine
from tests.browser_support import ROOT, serve_dashboard

pytestmark = pytest.mark.slow


def test_the_configured_server_is_local_and_makes_no_lookup(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    init_db(make_engine(url))
    log = tmp_path / "server.log"
    for base in serve_dashboard(url, ROOT, log, {"LAGESBILD_AUTH": "off"}, address=None):
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=10) as response:
            assert response.status == 200
    printed = log.read_text(encoding="utf-8", errors="replace")
    assert "localhost:" in printed
    # Either line would mean the external-IP lookup ran (the second when it failed, as offline here).
    assert "External URL" not in printed and "Did not auto detect external IP" not in printed
    assert "Network URL" not in printed  # not listening for other machines
