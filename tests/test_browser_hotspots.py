"""The hotspot tables on Karta in a real browser at 1440×900 and 1280×720 (issue 15: "Hotspot table
columns are cut off"): every heading and every value of both tables is shown whole (no cell's text
wider than its cell, no table wider than the page or scrolled sideways), and a person reads the long
place name, the class and the counts. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.factories import populate, weekly_spec
from tests.test_report_hotspot_table import LONG_NAME
from tests.test_report_hotspot_table import spec as cluster_spec

pytestmark = pytest.mark.browser
VIEWPORTS = [(1440, 900), (1280, 720)]
PLACES = ["Område", "Plats", "Starkaste klass", "Rutor", "Händelser"]
TREND = ["Område", "Plats", "Mönster", "Rutor", "Händelser"]
# Run on a table's element: its headings and rows as text, and every way a column could be cut.
MEASURE = """(table) => {
    const box = el => { const r = el.getBoundingClientRect();
                        return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
    const main = document.querySelector('[data-testid="stMain"]');
    const cells = Array.from(table.querySelectorAll("th, td"));
    const scrollers = [table, ...table.querySelectorAll("*")].filter(el => el.scrollWidth > el.clientWidth + 1
        && !["TH", "TD"].includes(el.tagName) && el.clientWidth > 0);
    return {
        headers: Array.from(table.querySelectorAll("thead th")).map(th => th.innerText.trim()),
        rows: Array.from(table.querySelectorAll("tbody tr")).map(
            tr => Array.from(tr.querySelectorAll("th, td")).map(td => td.innerText.trim())),
        clipped: cells.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.innerText),
        scrollers: scrollers.map(el => el.tagName + "." + el.className),
        cells: cells.map(c => Object.assign(box(c), {text: c.innerText})),
        table: box(table),
        main: box(main),
        width: window.innerWidth,
    };
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Eight weeks in three areas, and a cluster in Brandkärr at a place with the longest RegSO name."""
    path = tmp_path_factory.mktemp("hotspots") / "lagesbild.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    init_db(engine)
    populate(engine, cluster_spec() + weekly_spec(weeks=8))
    with engine.begin() as conn:
        conn.execute(text("UPDATE places SET name = :n WHERE name = 'Brandkärr centrum'"), {"n": LONG_NAME})
    engine.dispose()
    yield from serve_dashboard(url, ROOT, tmp_path_factory.mktemp("streamlit") / "server.log")


def _settled(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=120_000)
    page.wait_for_timeout(1000)


def _whole(seen: dict[str, Any]) -> None:
    """Nothing of the table is cut: no cell's text overflows it, nothing scrolls sideways, and every
    cell lies inside the table, the page's main section and the window."""
    assert not seen["clipped"], seen["clipped"]
    assert not seen["scrollers"], seen["scrollers"]
    assert seen["table"]["x1"] <= min(seen["main"]["x1"], seen["width"]), (seen["table"], seen["main"])
    for cell in seen["cells"]:
        assert seen["table"]["x0"] - 1 <= cell["x0"] and cell["x1"] <= seen["table"]["x1"] + 1, cell
        assert cell["x1"] <= seen["width"], cell


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_hotspot_tables_show_every_column_whole(
    server: str, chromium_path: str, artifacts: Path, width: int, height: int
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=120_000)
    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE").new_page()
            page.set_default_timeout(120_000)
            page.goto(f"{server}/karta", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Karta", exact=True)).to_be_visible()
            _settled(page)
            tables = page.locator('[data-testid="stTable"]')
            places = tables.filter(has_text="Starkaste klass")
            trend = tables.filter(has_text="Mönster")
            expect(places).to_have_count(1)
            expect(trend).to_have_count(1)
            page.get_by_text("Hotspots (Gi*) under perioden").scroll_into_view_if_needed()
            page.wait_for_timeout(500)
            page.screenshot(path=str(shots / f"karta-hotspots-{width}x{height}.png"))

            seen = places.evaluate(MEASURE)
            assert seen["headers"] == PLACES, seen["headers"]
            _whole(seen)
            expect(places.locator("thead th")).to_have_text(PLACES)
            for header in places.locator("thead th").all():
                expect(header).to_be_visible()
            # The row a person reads: area, the long place name whole, the class and the counts.
            area, place, level, cells, count = seen["rows"][0]
            assert (area, place) == ("Brandkärr", f"nära {LONG_NAME}"), seen["rows"]
            assert level in {"hotspot 99 %", "hotspot 95 %"}, level
            assert re.fullmatch(r"\d+", cells) and re.fullmatch(r"\d+", count), (cells, count)
            assert int(count) >= 16  # the planted cluster: 4 a week in the 4 weeks shown
            expect(places.get_by_text(f"nära {LONG_NAME}", exact=True)).to_be_visible()

            page.get_by_text("Utveckling under perioden").scroll_into_view_if_needed()
            page.wait_for_timeout(500)
            page.screenshot(path=str(shots / f"karta-hotspots-utveckling-{width}x{height}.png"))
            seen = trend.evaluate(MEASURE)
            assert seen["headers"] == TREND, seen["headers"]
            _whole(seen)
            patterns = {row[2] for row in seen["rows"]}
            assert patterns and patterns <= {
                "ny",
                "intensifierande",
                "ihållande",
                "avtagande",
                "sporadisk",
            }, seen["rows"]
            assert all(row[1] == f"nära {LONG_NAME}" for row in seen["rows"]), seen["rows"]
            expect(trend.locator("thead th")).to_have_text(TREND)
        finally:
            browser.close()
