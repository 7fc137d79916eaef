"""Veckans lägesbild and Presentationsläge in a real browser at 1440×900 and 1280×720: the
incomplete-week warning and the status chips are visible text (in the tabs, the badges and the overview
table, whose status cells are also coloured), and a decision shows at once. Screenshots go to
test-artifacts/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dashboard.data import STATUS_CELL
from lagesbild.db import init_db, make_engine
from lagesbild.weekly import INSUFFICIENT
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.factories import populate, register_reporters
from tests.test_dashboard_truth import truth_spec

pytestmark = pytest.mark.browser
VIEWPORTS = [(1440, 900), (1280, 720)]
# The decision taken at each size: different ones, so each run sees its own decision arrive at once
# (the server and its database are shared by both runs).
DECISION = {1440: "gul", 1280: "röd"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("truth") / "lagesbild.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    init_db(engine)
    populate(engine, truth_spec())
    register_reporters(engine, truth_spec())  # the missing reporter is named on shared pages
    engine.dispose()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    yield from serve_dashboard(url, ROOT, log, env={"LAGESBILD_COMPLETE_GRACE_DAYS": "100000"})


def _settled(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_timeout(800)


def _pick_week(page: Any, expect: Any, current: str, wanted: str) -> None:
    box = page.locator('[data-testid="stSelectbox"]').filter(has=page.get_by_text("Vecka", exact=True))
    expect(box.locator("input")).to_have_value(re.compile(current))
    box.first.click()
    page.get_by_role("option", name=re.compile(wanted)).click()
    _settled(page)


def _overview(page: Any, expect: Any) -> tuple[dict[str, list[str]], Any]:
    """The overview table (one row per area) as its grid reads to a screen reader: area -> cells."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    expect(grid.locator("canvas").first).to_be_visible()
    grid.scroll_into_view_if_needed()
    # The accessible copy of the grid's rows is filled after the canvas; on a busy machine, late.
    expect(grid.locator('[role="gridcell"]', has_text="Brandkärr").first).to_be_attached(timeout=30_000)
    rows = grid.locator('[role="row"]').all()
    cells = [[str(t) for t in row.locator('[role="gridcell"]').all_inner_texts()] for row in rows]
    return {r[0]: r for r in cells if r}, grid


def _coloured(grid: Any, status: str) -> int:
    """How many pixels of the drawn grid have the status cell's background colour."""
    from io import BytesIO

    import numpy as np
    from PIL import Image

    hex_colour = STATUS_CELL[status][0]
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    pixels = np.asarray(Image.open(BytesIO(grid.screenshot())).convert("RGB"), dtype=int)
    return int((np.abs(pixels - rgb).max(axis=2) <= 6).sum())


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_incomplete_week_and_status_chips_are_visible(
    server: str, chromium_path: str, artifacts: Path, width: int, height: int
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)
    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE").new_page()
            page.set_default_timeout(60_000)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Veckans lägesbild", exact=True)).to_be_visible()
            _settled(page)
            # The default is the last complete week: no warning.
            expect(page.get_by_text("Vecka 47, 2026", exact=False).first).to_be_visible()
            assert page.get_by_text("Ofullständig vecka:").count() == 0
            _pick_week(page, expect, "vecka 47", "vecka 48")
            warning = page.locator('[data-testid="stAlert"]').filter(has_text="Ofullständig vecka:")
            expect(warning).to_be_visible()
            expect(warning).to_contain_text("rapport saknas från Nacka Energi (1 av 2 ordinarie rapportörer")
            expect(warning).to_contain_text("Inget område får status grön")
            # Status chips: the tab labels and the badge carry the status in words.
            expect(
                page.get_by_role("tab", name=re.compile(r"Brandkärr .*otillräckligt underlag"))
            ).to_be_visible()
            expect(page.get_by_text("● otillräckligt underlag").first).to_be_visible()
            # The overview table: Brandkärr's suggested status in words, on its grey cell.
            rows, grid = _overview(page, expect)
            assert "otillräckligt underlag" in rows["Brandkärr"], rows
            assert not any("grön" in row for row in rows.values()), rows
            assert rows["Brandkärr"][-1] == "ej beslutad", rows
            decision = DECISION[width]
            assert rows["Älta"][-1] != decision, rows
            assert _coloured(grid, INSUFFICIENT) > 300
            page.screenshot(path=str(shots / f"veckans-lagesbild-ofullstandig-{width}x{height}.png"))

            # A decision shows at once in the tab label and the chip.
            page.get_by_role("tab", name=re.compile("Älta")).click()
            panel = page.locator('[data-testid="stTabs"] [role="tabpanel"]:visible')
            panel.get_by_text(f"● {decision}", exact=True).first.click()
            panel.get_by_role("button", name="Spara beslut").click()
            _settled(page)
            expect(page.get_by_role("tab", name=re.compile(rf"Älta .*{decision}$"))).to_be_visible()
            page.get_by_role("tab", name=re.compile("Älta")).click()
            expect(page.get_by_text(f"Beslutad status: ● {decision}").first).to_be_visible()
            page.screenshot(path=str(shots / f"veckans-lagesbild-beslut-{width}x{height}.png"))
            rows, grid = _overview(page, expect)  # the table too, without a reload
            assert rows["Älta"][-1] == decision, rows
            assert _coloured(grid, decision) > 300

            page.goto(f"{server}/presentationslage", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Presentationsläge", exact=True)).to_be_visible()
            _settled(page)
            _pick_week(page, expect, "vecka 47", "vecka 48")
            expect(
                page.locator('[data-testid="stAlert"]').filter(has_text="Ofullständig vecka:")
            ).to_be_visible()
            expect(page.get_by_text("● otillräckligt underlag").first).to_be_attached()
            page.screenshot(path=str(shots / f"presentationslage-ofullstandig-{width}x{height}.png"))
        finally:
            browser.close()
