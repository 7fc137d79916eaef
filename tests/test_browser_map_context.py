"""The map in a real browser at projector and laptop sizes (issue 15, item 5): the initial view shows
every chosen area (Brandkärr in Nyköping too), the legend covers none of them, the scale is metric
and the orientation labels (RegSO names, stations, the kommun boundary) are visible; nothing is
fetched from any host but the app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from lagesbild.db import init_db, make_engine
from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard
from tests.factories import populate, weekly_spec

pytestmark = pytest.mark.browser
FRAME = 'iframe[title="Karta över områden och händelser"]'
VIEWPORTS = [(1440, 900), (1280, 720)]
# Script run inside the map's iframe: what a person sees, as rectangles in the iframe's pixels.
MEASURE = """() => {
    const box = el => { const r = el.getBoundingClientRect();
                        return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
    const shown = el => getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length > 0;
    const map = document.querySelector(".leaflet-container");
    return {
        map: box(map),
        legend: box(document.querySelector(".lb-legend")),
        areas: Array.from(document.querySelectorAll("path.lb-area")).map(box),
        areaLabels: Array.from(document.querySelectorAll(".area-label")).map(
            el => Object.assign(box(el), {text: el.textContent})),
        context: Array.from(document.querySelectorAll(".ctx-label")).filter(shown).map(
            el => Object.assign(box(el.firstChild), {text: el.textContent})),
        kommun: document.querySelectorAll("path.ctx-kommun").length,
        scale: Array.from(document.querySelectorAll(".leaflet-control-scale-line")).map(el => el.textContent),
    };
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("mapctx") / "lagesbild.db"
    engine = make_engine(f"sqlite:///{path}")
    init_db(engine)
    populate(engine, weekly_spec(weeks=8))
    engine.dispose()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    yield from serve_dashboard(f"sqlite:///{path}", ROOT, log)


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


def _inside(a: dict[str, float], outer: dict[str, float]) -> bool:
    return (
        a["x0"] >= outer["x0"]
        and a["y0"] >= outer["y0"]
        and a["x1"] <= outer["x1"]
        and a["y1"] <= outer["y1"]
    )


def _settled(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000)
    page.wait_for_timeout(1500)  # the iframe draws after the script ends


def _measure(page: Any) -> dict[str, Any]:
    from playwright.sync_api import expect

    frame = page.frame_locator(FRAME)
    expect(frame.locator("path.lb-area:visible").first).to_be_visible(timeout=60_000)
    page.locator(FRAME).scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    inner = next(f for f in page.frames if f.url.startswith("about:srcdoc") or "srcdoc" in f.url)
    return dict(inner.evaluate(MEASURE))


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_map_orients_fits_and_keeps_the_legend_off_the_areas(
    server: str, chromium_path: str, artifacts: Path, width: int, height: int
) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = artifacts / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    hosts: set[str] = set()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE").new_page()
            page.set_default_timeout(60_000)
            page.on("request", lambda r: hosts.add(urlsplit(r.url).hostname or urlsplit(r.url).scheme))
            page.goto(f"{server}/karta", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Karta", exact=True)).to_be_visible(timeout=90_000)
            _settled(page)
            zoom = page.locator('[data-testid="stSelectbox"]').filter(has=page.get_by_text("Zooma till"))
            expect(zoom.locator("input")).to_have_value("Alla valda områden")  # the default view
            # The labels are decluttered after the view has settled; on a busy machine that is late.
            expect(page.frame_locator(FRAME).locator(".ctx-station span:visible").first).to_be_visible(
                timeout=30_000
            )
            seen = _measure(page)
            page.screenshot(path=str(shots / f"map-context-{width}x{height}.png"))

            # Every chosen area, Brandkärr in Nyköping included, is in the initial view.
            assert len(seen["areas"]) == 3
            assert {label["text"] for label in seen["areaLabels"]} == {"Brandkärr", "Fisksätra", "Älta"}
            for area in seen["areas"] + seen["areaLabels"]:
                assert _inside(area, seen["map"]), area
            # The legend covers no area.
            for area in seen["areas"]:
                assert not _overlap(seen["legend"], area), (seen["legend"], area)
            # Metric scale only: one line, in m or km.
            assert len(seen["scale"]) == 1 and re.fullmatch(r"\d+ k?m", seen["scale"][0]), seen["scale"]
            # Orientation: kommun boundaries drawn, names visible inside the map, stations among them.
            assert seen["kommun"] >= 2
            names = [c["text"] for c in seen["context"] if _inside(c, seen["map"])]
            assert len(names) >= 3 and any(n.endswith(" station") for n in names), names

            # Zoomed to Fisksätra: its station and the neighbouring RegSO names can be read.
            zoom.first.scroll_into_view_if_needed()
            zoom.first.click()
            option = page.get_by_role("option", name="Fisksätra", exact=True)
            expect(option).to_be_visible(timeout=30_000)
            option.click()
            _settled(page)
            frame = page.frame_locator(FRAME)
            seen = _measure(page)
            page.screenshot(path=str(shots / f"map-context-fisksatra-{width}x{height}.png"))
            expect(frame.locator(".ctx-label > span", has_text="Fisksätra station")).to_be_visible(
                timeout=60_000
            )
            names = [c["text"] for c in seen["context"] if _inside(c, seen["map"])]
            assert {"Fisksätra station", "Östervik station"} <= set(names), names
            # A neighbour's name moves into view from its own, distant label point.
            assert {"Södra Boo", "Storängen-Saltsjö Duvnäs", "Saltsjöbaden", "Älta-Erstavik"} & set(names), (
                names
            )
            for area in seen["areas"]:
                assert not _overlap(seen["legend"], area)
        finally:
            browser.close()
    assert hosts <= {"127.0.0.1", "localhost", "about", "data", "blob"}, hosts
