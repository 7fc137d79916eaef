"""Trender and Presentationsläge in a real browser at 1440×900 and 1280×720: the split chart's legend
shows every entry in full (top five categories and "Övriga"), CompStat shows Swedish percentages
against last week and the same week last year, and Presentationsläge fits the screen without
scrolling, buttons in full, with the incomplete-week warning. Screenshots go to
test-artifacts/screenshots/."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lagesbild.db import init_db, make_engine
from lagesbild.weeks import TZ
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.factories import populate
from tests.test_dashboard_truth import MONDAY_48, truth_spec

pytestmark = pytest.mark.browser
VIEWPORTS = [(1440, 900), (1280, 720)]
TOP_FIVE = [
    "Klotter",
    "Nedskräpning",
    "Skadegörelse",
    "Anlagd brand",
    "Otrygghetsskapande samling av personer",
]


def _at(week_back: int, area: str, category: str, organisation: str = "Trygghetsvärdar") -> dict[str, object]:
    """An incident on the Wednesday `week_back` weeks before week 48 (2026)."""
    day = dt.datetime.combine(MONDAY_48 - dt.timedelta(weeks=week_back, days=-2), dt.time(12), TZ)
    return {"area": area, "category": category, "when": day, "organisation": organisation}


def trends_spec() -> list[dict[str, object]]:
    """truth_spec (two weekly reporters, week 48 incomplete) and: klotter in Brandkärr 5 in week 47,
    4 in week 46 and 2 in week 47 of 2025; nine categories in Fisksätra in week 44 only."""
    spec = truth_spec()
    spec += [_at(1, "Brandkärr", "klotter")] * 4 + [_at(2, "Brandkärr", "klotter")] * 3
    spec += [_at(53, "Brandkärr", "klotter", "Väktarbolaget")] * 2  # 2025-W47
    for category, n in [("skadegorelse", 6), ("anlagd_brand", 5), ("samling", 4), ("ordningsstorning", 3),
                        ("vald_hot", 2), ("narkotika", 1), ("ran", 1)]:  # fmt: skip
        spec += [_at(4, "Fisksätra", category)] * n
    return spec


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("trends") / "lagesbild.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    init_db(engine)
    populate(engine, trends_spec())
    engine.dispose()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    yield from serve_dashboard(url, ROOT, log, env={"LAGESBILD_COMPLETE_GRACE_DAYS": "100000"})


def _settled(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=30_000)
    page.wait_for_timeout(1000)  # charts draw after the script ends


def _open(browser: Any, server: str, path: str, width: int, height: int) -> Any:
    page = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE").new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{server}/{path}", wait_until="domcontentloaded")
    _settled(page)
    return page


def _inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (
        inner["x"] >= outer["x"] - 1
        and inner["y"] >= outer["y"] - 1
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 1
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 1
    )


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_trender_legend_and_compstat(
    server: str, chromium_path: str, artifacts: Path, width: int, height: int
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)
    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = _open(browser, server, "trender", width, height)
            expect(page.get_by_role("heading", name="Trender", exact=True)).to_be_visible()
            # CompStat: a static table, its figures and percentages are text on the page.
            table = page.locator('[data-testid="stTable"]').filter(has_text="Veckan mot förra veckan")
            table.scroll_into_view_if_needed()
            expect(table).to_be_visible()
            klotter = table.locator("tr").filter(has=page.locator("th", has_text=re.compile("^Klotter$")))
            cells = [c.strip() for c in klotter.locator("td").all_inner_texts()]
            assert cells[:5] == ["5", "4", "+25 %", "2", "+150 %"], cells
            nedskrapning = table.locator("tr").filter(has=page.locator("th", has_text="Nedskräpning"))
            cells = [c.strip() for c in nedskrapning.locator("td").all_inner_texts()]
            assert cells[:5] == ["1", "1", "±0 %", "0", "–"], cells  # no percentage from 0
            total = table.locator("tr").filter(has=page.locator("th", has_text="Totalt"))
            assert [c.strip() for c in total.locator("td").all_inner_texts()][:5] == [
                "6",
                "5",
                "+20 %",
                "2",
                "+200 %",
            ]
            assert "+0" not in table.inner_text()
            page.screenshot(path=str(shots / f"trender-compstat-{width}x{height}.png"))

            # The split by category: the five largest and "Övriga", every legend entry whole.
            page.get_by_text("Kategori", exact=True).first.click()
            _settled(page)
            chart = page.locator('[data-testid="stVegaLiteChart"]').nth(1)
            chart.scroll_into_view_if_needed()
            page.wait_for_timeout(800)
            expect(chart.locator("svg").first).to_be_visible()
            box = chart.bounding_box()
            assert box is not None
            legend = chart.locator("svg g.role-legend").first
            for label in [*TOP_FIVE, "Övriga"]:
                entry = legend.locator("text", has_text=re.compile(f"^{re.escape(label)}$")).first
                expect(entry).to_be_visible()
                entry_box = entry.bounding_box()
                assert entry_box is not None and _inside(entry_box, box), (label, entry_box, box)
            assert legend.locator("text", has_text="…").count() == 0  # nothing cut short
            assert legend.locator("text", has_text="Våld och hot").count() == 0  # in "Övriga"
            page.screenshot(path=str(shots / f"trender-kategorier-{width}x{height}.png"))
        finally:
            browser.close()


FIT = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  return {doc: document.documentElement.scrollHeight, view: window.innerHeight,
          main: main.scrollHeight, mainView: main.clientHeight};
}"""


def _fits(page: Any) -> None:
    sizes = page.evaluate(FIT)
    assert sizes["doc"] <= sizes["view"], sizes
    assert sizes["main"] <= sizes["mainView"], sizes  # Streamlit scrolls inside its main section


def _buttons_whole(page: Any, expect: Any, width: int, height: int) -> None:
    for name in ("◀ Föregående", "Nästa område ▶"):
        button = page.get_by_role("button", name=name, exact=True)
        expect(button).to_be_visible()
        expect(button).to_have_text(name)
        box = button.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width and box["y"] + box["height"] <= height
        # The label is not cut: the text needs no more room than the button gives it.
        fits = button.evaluate("b => [...b.querySelectorAll('p')].every(p => p.scrollWidth <= p.clientWidth)")
        assert fits, name


def _show(page: Any, expect: Any, view: str, heading: str) -> None:
    """Pick a view and wait until its heading is there and the previous view's elements are gone."""
    page.locator('[data-testid="stButtonGroup"]').get_by_text(view, exact=True).click()
    expect(page.get_by_role("heading", name=re.compile(heading))).to_be_in_viewport(ratio=1)
    _settled(page)
    expect(page.locator('[data-stale="true"]')).to_have_count(0)


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_presentation_fits_the_screen_with_the_warning(
    server: str, chromium_path: str, artifacts: Path, width: int, height: int
) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)
    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = _open(browser, server, "presentationslage", width, height)
            expect(page.get_by_role("heading", name="Presentationsläge", exact=True)).to_be_visible()
            box = page.locator('[data-testid="stSelectbox"]').filter(
                has=page.get_by_text("Vecka", exact=True)
            )
            box.first.click()
            page.get_by_role("option", name=re.compile("vecka 48")).click()
            _settled(page)
            warning = page.locator('[data-testid="stAlert"]').filter(has_text="Ofullständig vecka:")
            expect(warning).to_be_visible()
            expect(warning).to_be_in_viewport(ratio=1)
            expect(page.get_by_text("otillräckligt underlag").first).to_be_in_viewport()
            expect(page.get_by_role("heading", name="Brandkärr: händelser per vecka")).to_be_in_viewport(
                ratio=1
            )
            chart = page.locator('[data-testid="stVegaLiteChart"]').first
            expect(chart).to_be_in_viewport(ratio=1)
            _buttons_whole(page, expect, width, height)
            _fits(page)
            page.screenshot(path=str(shots / f"presentationslage-trend-{width}x{height}.png"))

            _show(page, expect, "Kategorier denna vecka", "Brandkärr: vecka 48, 2026 per kategori")
            expect(page.locator('[data-testid="stVegaLiteChart"]').first).to_be_in_viewport(ratio=1)
            _fits(page)
            page.screenshot(path=str(shots / f"presentationslage-kategorier-{width}x{height}.png"))

            _show(page, expect, "Karta", "Brandkärr: karta, vecka 45–48")
            frame = page.frame_locator('iframe[title="Karta över områden och händelser"]')
            expect(frame.locator("path.leaflet-interactive:visible").first).to_be_visible()
            page.wait_for_timeout(1000)
            expect(page.locator('iframe[title="Karta över områden och händelser"]')).to_be_in_viewport(
                ratio=1
            )
            _fits(page)
            page.screenshot(path=str(shots / f"presentationslage-karta-{width}x{height}.png"))

            page.get_by_role("button", name="Nästa område ▶").click()
            _settled(page)
            _show(page, expect, "Trend", "Fisksätra: händelser per vecka")
            expect(page.get_by_role("heading", name="Fisksätra: händelser per vecka")).to_be_in_viewport(
                ratio=1
            )
            _buttons_whole(page, expect, width, height)
            _fits(page)
        finally:
            browser.close()
