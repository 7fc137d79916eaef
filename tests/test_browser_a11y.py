"""WCAG 2.1 AA in the browser: axe-core (axe-playwright-python) on every page of the dashboard at 1440×900.

Zero serious or critical violations that the app controls. What Streamlit itself renders and the app
cannot change is listed once, in STREAMLIT_EXCEPTIONS (rule id -> why), each explained in
docs/accessibility.md; the test fails if a violation outside that list appears, and also if an
exception no longer occurs (so the list only shrinks). Besides axe: the page language the app sets, a
title per page, the map iframe's title, lang and zoom, and the downloads early in the tab order.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser_support import CHROMIUM_ARGS
from tests.test_browser import PAGES, database, server  # noqa: F401  (module fixtures reused)

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# rule id -> why the app cannot fix it. Keep in step with docs/accessibility.md ("Brister i Streamlit").
STREAMLIT_EXCEPTIONS: dict[str, str] = {}
ALL_PAGES = [*PAGES, ("logg", "Logg", "Logg")]


def _serious(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = []
    for violation in results["violations"]:
        if violation["impact"] in ("serious", "critical"):
            for node in violation["nodes"]:
                found.append((violation["id"], violation["impact"], " ".join(map(str, node["target"]))))
    return found


@pytest.fixture(scope="module")
def browser_page(server: str, chromium_path: str) -> Iterator[Any]:  # noqa: F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="sv-SE")
            page = context.new_page()
            page.set_default_timeout(60_000)
            yield page
        finally:
            browser.close()


def _open(page: Any, server: str, path: str, heading: str, marker: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page.goto(f"{server}/{path}", wait_until="domcontentloaded")
    expect(page.get_by_role("heading", name=heading, exact=True).first).to_be_visible(timeout=60_000)
    expect(page.get_by_text(marker).first).to_be_visible(timeout=60_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=30_000)
    page.wait_for_timeout(1500)  # charts and the map draw after the script ends


def _axe(target: Any, script: str) -> dict[str, Any]:
    """Run axe-core in a page or frame (the map's iframe has its own document)."""
    target.evaluate(script)
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    return dict(target.evaluate("options => axe.run(document, options)", options))


def test_axe_language_and_title_on_every_page(server: str, browser_page: Any, artifacts: Path) -> None:  # noqa: F811
    from axe_playwright_python.base import AXE_SCRIPT

    page, report = browser_page, []
    found: dict[str, list[str]] = {}
    for path, heading, marker in ALL_PAGES:
        _open(page, server, path, heading, marker)
        assert page.evaluate("document.documentElement.lang") == "sv", path
        assert page.title() == f"{heading} – Lägesbild", path
        targets = [("", page)]
        if path == "karta":  # the map is a document of its own
            frame = page.frame_locator('iframe[title="Karta över områden och händelser"]')
            frame.locator("path.leaflet-interactive:visible").first.wait_for(timeout=30_000)
            targets.append((" (kartan)", next(f for f in page.frames if f != page.main_frame)))
        for where, target in targets:
            results = _axe(target, AXE_SCRIPT)
            assert len(results["passes"]) >= 5, (path, where)  # axe did run its rules here
            for rule, impact, node in _serious(results):
                found.setdefault(rule, []).append(f"/{path}{where}: {impact} {node}")
                report.append(f"/{path}{where}\t{rule}\t{impact}\t{node}")
    (artifacts / "axe.tsv").write_text("\n".join(report) + "\n", encoding="utf-8")
    unexpected = {rule: where for rule, where in found.items() if rule not in STREAMLIT_EXCEPTIONS}
    assert not unexpected, unexpected
    assert set(found) == set(STREAMLIT_EXCEPTIONS), "an exception no longer occurs: remove it from the list"


def test_downloads_early_in_tab_order_focus_ring_and_swedish_chrome(server: str, browser_page: Any) -> None:  # noqa: F811
    page = browser_page
    _open(page, server, "", "Veckans lägesbild", "Föreslagen status:")
    # Streamlit's own labels in Swedish: the skip link and the multiselect's "Clear all".
    assert page.get_by_role("link", name="Hoppa till huvudinnehållet").count() == 1
    assert page.get_by_text("Skip to main content").count() == 0
    assert page.locator('[aria-label="Rensa alla"]').count() >= 1
    assert page.locator('[aria-label="Clear all"]').count() == 0
    # From the first stop on the page (the skip link), Tab reaches the PDF download soon: past the
    # sidebar, the three choices and nothing else.
    page.get_by_role("link", name="Hoppa till huvudinnehållet").focus()
    stops, reached = [], None
    for stop in range(1, 40):
        page.keyboard.press("Tab")
        label = page.evaluate(
            "(document.activeElement.innerText || "
            "document.activeElement.getAttribute('aria-label') || '').trim()"
        )
        stops.append(label)
        if label == "Veckans lägesbild (PDF)":
            reached = stop
            break
    assert reached is not None and reached <= 30, stops
    # The focused button shows the app's focus ring (3 px, the theme's primary colour).
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, "
        "s.outlineWidth, s.outlineColor]; })()"
    )
    assert outline == ["solid", "3px", "rgb(31, 95, 139)"], outline
    # Sidebar links too (the audit found a 1.1:1 tint only).
    link = page.locator('[data-testid="stSidebarNavLink"]').nth(1)
    link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return "
        "[document.activeElement.dataset.testid, s.outlineStyle, s.outlineWidth]; })()"
    )
    assert style == ["stSidebarNavLink", "solid", "3px"], style


def test_map_iframe_has_title_language_and_allows_zoom(server: str, browser_page: Any) -> None:  # noqa: F811
    page = browser_page
    _open(page, server, "karta", "Karta", "händelser med plats")
    iframe = page.locator('iframe[title="Karta över områden och händelser"]')
    assert iframe.count() == 1
    frame = page.frame_locator('iframe[title="Karta över områden och händelser"]')
    frame.locator("path.leaflet-interactive:visible").first.wait_for(timeout=30_000)
    inner = next(f for f in page.frames if f != page.main_frame)
    assert inner.evaluate("document.documentElement.lang") == "sv"
    assert inner.evaluate("document.title") == "Karta över områden och händelser"
    viewport = inner.evaluate("document.querySelector('meta[name=viewport]').content")
    assert "user-scalable=no" not in viewport and "maximum-scale" not in viewport, viewport


def test_axe_on_the_static_snapshot(browser_page: Any, tmp_path: Path) -> None:
    """The shared snapshot (lagesbild.report.snapshot): zero serious or critical violations, no exception."""
    from axe_playwright_python.base import AXE_SCRIPT

    from lagesbild.db import init_db, make_engine
    from lagesbild.report.snapshot import render_snapshot
    from lagesbild.report.week_data import collect_weekly
    from tests.test_report import WEEK, add_status_event_and_measure, populate_known_week

    engine = make_engine(f"sqlite:///{tmp_path / 'week.db'}")
    init_db(engine)
    populate_known_week(engine)
    add_status_event_and_measure(engine)
    html = render_snapshot(collect_weekly(engine, WEEK))
    engine.dispose()
    page = browser_page
    page.set_content(html, wait_until="load")
    assert page.evaluate("document.documentElement.lang") == "sv" and page.title()
    results = _axe(page, AXE_SCRIPT)
    assert len(results["passes"]) >= 5
    assert _serious(results) == []
