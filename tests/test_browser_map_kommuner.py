"""The national map in a real browser at 1440×900 and 1280×720 (issue 16, target 3): all of Sweden's
RegSO areas are drawn as the 290 kommun outlines with the Swedish notice that the map shows kommun
totals and how to see the areas; a kommun's popup gives its totals; nothing is fetched. The page is
opened as a file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from shapely.ops import polylabel

from dashboard import map_kommuner, maps
from lagesbild.geo import to_wgs84
from tests.browser_support import CHROMIUM_ARGS
from tests.national_map_inputs import national_cells

pytestmark = pytest.mark.browser
N = 20_000


def _inputs() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    areas, cells = national_cells(N, seed=16)
    counts = cells.groupby("area", as_index=False)["count"].sum().assign(category_label="Skadegörelse")
    return areas, cells, counts


@pytest.mark.parametrize(("width", "height"), [(1440, 900), (1280, 720)])
def test_national_map_shows_kommun_outlines_and_the_notice(
    chromium_path: str, tmp_path: Path, artifacts: Path, width: int, height: int
) -> None:
    from playwright.sync_api import sync_playwright

    areas, cells, counts = _inputs()
    assert map_kommuner.kommun_view(areas)
    page_file = tmp_path / "sverige.html"
    fmap = map_kommuner.build_kommun_map(areas, cells, counts, period="v. 44–47", tile_url="")
    page_file.write_text(maps.render_html(fmap), encoding="utf-8")
    arjeplog = areas[areas["kommun"] == "Arjeplog"]
    expected = int(counts[counts["area"].isin(arjeplog["name"])]["count"].sum())
    # the point farthest inside the kommun's largest part: a click there is on no neighbour's outline at
    # either size (a representative point can lie a few pixels from Sorsele's border at 1280×720)
    whole = arjeplog.geometry.union_all()
    largest = max(getattr(whole, "geoms", [whole]), key=lambda g: g.area)
    spot = polylabel(largest, tolerance=10.0)
    lat, lon = (float(v[0]) for v in to_wgs84(np.array([spot.x]), np.array([spot.y])))
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri(), wait_until="load")
            page.wait_for_selector("path.lb-kommun")
            # One outline per kommun, no RegSO area drawn.
            assert page.locator("path.lb-kommun").count() == 290
            assert page.locator("path.lb-area").count() == 0 and page.locator("path.ctx-regso").count() == 0
            notice = page.locator(".lb-notice")
            assert notice.is_visible()
            assert notice.text_content() == (
                "Kartan visar summor per kommun (290 kommuner, 3\u00a0363 områden). "
                "Välj en kommun under ”Zooma till” för att se dess områden och rutor."
            )
            # The notice covers no kommun when the map opens (the view is fitted beside it).
            box = notice.bounding_box()
            assert box is not None
            outlines = page.evaluate(
                """() => Array.from(document.querySelectorAll('path.lb-kommun'))
                        .map(p => p.getBoundingClientRect()).map(r => r.right)"""
            )
            assert max(outlines) <= box["x"] + 1, (max(outlines), box)
            # Kommun names are written where there is room.
            shown = page.locator(".ctx-kommun").evaluate_all(
                "els => els.filter(e => e.style.visibility !== 'hidden').map(e => e.textContent)"
            )
            # (at 1280×720 Sweden is drawn one zoom level smaller: 17–19 names fit, at 1440×900 about 33)
            assert len(shown) >= (20 if width >= 1440 else 12), shown
            assert all(name.endswith("kommun") for name in shown), shown
            # A kommun's popup: its name and its total, the sum of its areas' counts.
            where = "(ll) => Object.values(window).find(v => v instanceof L.Map).latLngToContainerPoint(ll)"
            point = page.evaluate(where, [lat, lon])
            for _ in range(
                20
            ):  # the view is fitted once the page is laid out: click where it has come to rest
                page.wait_for_timeout(100)
                moved, point = point, page.evaluate(where, [lat, lon])
                if moved == point:
                    break
            page.mouse.click(point["x"], point["y"])
            popup = page.locator(".leaflet-popup-content")
            popup.wait_for()
            text = popup.text_content() or ""
            assert text.startswith(f"Arjeplogs kommunSumma för {len(arjeplog)} områden"), text
            assert f"Händelser v. 44–47{expected}" in text, text
            page.wait_for_timeout(1000)  # the popup fades in and the map pans to show it
            page.screenshot(path=str(artifacts / f"map-national-kommuner-{width}.png"))
        finally:
            browser.close()
    assert all(url.startswith(("file:", "data:")) for url in requests), requests
