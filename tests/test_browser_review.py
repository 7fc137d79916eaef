"""Granskning in a real browser at 1440×900 and 1280×720: a text edited in the table survives
"Markera alla" and is the text the weekly picture then lists; a report rejected with a reason leaves
the picture and the Logg page tells why. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.factories import populate, weekly_spec

pytestmark = pytest.mark.browser
VIEWPORTS = [(1440, 900), (1280, 720)]
ORIGINAL = "Klotter på muren, anmält av Kalle Svensson."
EDITED = "Klotter på muren vid Älta centrum (namn borttaget)."
TEST_REPORT = "Testrapport från utbildningen i Fisksätra."
# Column widths of the review table (small, large, medium in Streamlit's column_config).
CHECK_W, TEXT_W, REASON_W, ROW_H = 75, 400, 200, 35


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh database per viewport (the test saves a review): four weeks, two reports waiting."""
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    engine = make_engine(url)
    init_db(engine)
    spec = weekly_spec(weeks=4)
    spec += [
        {"area": "Älta", "category": "klotter", "when": dt.datetime(2026, 11, 18, 18, tzinfo=dt.UTC),
         "description": ORIGINAL},
        {"area": "Fisksätra", "category": "skadegorelse",
         "when": dt.datetime(2026, 11, 19, 19, tzinfo=dt.UTC), "description": TEST_REPORT},
    ]  # fmt: skip
    populate(engine, spec)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE incidents SET review_status = 'inkommen' WHERE description IN (:a, :b)"),
            {"a": ORIGINAL, "b": TEST_REPORT},
        )
    engine.dispose()
    yield from serve_dashboard(url, ROOT, tmp_path / "server.log")


def _settled(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_timeout(800)


def _rows(page: Any) -> list[list[str]]:
    """The review table's two rows as the grid's accessible table reads them (the columns in view)."""
    cells = [str(t) for t in page.locator('[data-testid="stDataFrame"] [role="gridcell"]').all_inner_texts()]
    width = len(cells) // 2
    return [cells[:width], cells[width:]]


def _type_into_cell(page: Any, x: float, y: float, value: str, unsaved: str) -> None:
    """Edit one cell as a person does: click until its editor opens (the first click may only focus the
    grid, the next selects the cell, one more opens it), type, Enter, then wait for the page's count."""
    editor = page.locator("textarea.gdg-input, #portal textarea")
    for _ in range(4):
        page.mouse.click(x, y)
        page.wait_for_timeout(400)
        if editor.count():
            break
    editor.first.fill(value)
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Granskning", exact=True).click()  # leave the grid
    # The edit reruns the page, which then counts the reports with unsaved edits.
    page.get_by_text(unsaved).wait_for(timeout=30_000)
    _settled(page)


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_edits_survive_select_all_and_a_rejection_leaves_the_picture(
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
            page.goto(f"{server}/granskning", wait_until="domcontentloaded")
            expect(page.get_by_text("2 rapporter väntar")).to_be_visible()
            grid = page.locator('[data-testid="stDataFrame"]').first
            expect(grid.locator("canvas").first).to_be_visible()
            _settled(page)
            assert _rows(page)[0][:2] == ["false", ORIGINAL]
            box = grid.bounding_box()
            assert box is not None
            row = [box["y"] + ROW_H * (n + 1) + ROW_H / 2 for n in range(2)]  # below the header
            _type_into_cell(
                page, box["x"] + CHECK_W + TEXT_W / 2, row[0], EDITED, "1 rapport har osparade ändringar"
            )
            # The second report: a reason in free text (the column right of the reason list).
            _type_into_cell(
                page,
                box["x"] + CHECK_W + TEXT_W + REASON_W + 60,
                row[1],
                "Testrapport",
                "2 rapporter har osparade ändringar",
            )
            assert _rows(page)[0][:2] == ["false", EDITED]
            assert _rows(page)[1][3] == "Testrapport"
            page.get_by_text("Markera alla", exact=True).click()
            _settled(page)
            expect(page.get_by_text("2 rapporter har osparade ändringar")).to_be_visible()
            rows = _rows(page)
            # Both ticked, and neither edit lost: the text and the reason are still in the table.
            assert (rows[0][:2], rows[1][0], rows[1][3]) == (["true", EDITED], "true", "Testrapport"), rows
            page.screenshot(path=str(shots / f"granskning-markera-alla-{width}x{height}.png"))
            page.get_by_role("button", name="Spara granskning").click()
            _settled(page)
            expect(page.get_by_text("Sparat: 1 rapport granskad, 1 avvisad, 1 ändrad.")).to_be_visible()
            expect(page.get_by_text("Inget väntar på granskning.")).to_be_visible()

            # The weekly picture lists the edited text in Älta; the rejected report is nowhere.
            page.get_by_role("link", name="Veckans lägesbild").click()
            expect(page.get_by_role("heading", name="Veckans lägesbild", exact=True)).to_be_visible()
            _settled(page)
            expect(page.get_by_text("Vecka 47, 2026", exact=False).first).to_be_visible()
            page.get_by_role("tab", name=re.compile(r"^Älta")).click()
            _settled(page)
            shown = page.locator('[role="tabpanel"]:visible [role="gridcell"]')
            expect(shown.filter(has_text=EDITED)).to_have_count(1)
            page.locator(
                '[role="tabpanel"]:visible [data-testid="stDataFrame"]'
            ).last.scroll_into_view_if_needed()
            page.screenshot(path=str(shots / f"granskning-redigerad-text-i-lagesbilden-{width}x{height}.png"))
            assert page.locator('[role="gridcell"]').filter(has_text=ORIGINAL).count() == 0
            page.get_by_role("tab", name=re.compile(r"^Fisksätra")).click()
            _settled(page)
            expect(shown.first).to_be_attached()  # Fisksätra lists its other reports
            assert page.locator('[role="gridcell"]').filter(has_text=TEST_REPORT).count() == 0

            # The Logg page says who rejected what and why, in Swedish.
            page.get_by_role("link", name="Logg").click()
            expect(page.get_by_role("heading", name="Logg", exact=True)).to_be_visible()
            _settled(page)
            cells = page.locator('[role="gridcell"]')
            expect(cells.filter(has_text=re.compile(r"^avvisade rapport$"))).to_have_count(1)
            reason = re.compile(r"^rapport: \d+; inläsning nr: \d+; skäl: Testrapport$")
            expect(cells.filter(has_text=reason)).to_have_count(1)
            expect(cells.filter(has_text=re.compile(r"^rapport: \d+; text: ändrad$"))).to_have_count(1)
            page.screenshot(path=str(shots / f"granskning-logg-{width}x{height}.png"))
        finally:
            browser.close()
