"""The compact map (issue 16, target 3) in a real browser: every grid cell is drawn where its square
lies (the browser's projection agrees with pyproj), coloured by its class; hovering a cell shows its
count; an area's popup shows its counts per category; a point's popup shows its text, and text that
looks like markup stays text. The page is opened as a file: nothing is fetched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import shapely

from dashboard import maps
from lagesbild.geo import to_wgs84
from tests.browser_support import CHROMIUM_ARGS
from tests.factories import reference

pytestmark = pytest.mark.browser
XSS = "<img src=x onerror=window.__xss=1>"

# Inside the map page: the cell layer's cells and the map's pixel position of a cell's centre.
CELLS = """() => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const cells = [];
    map.eachLayer(l => { if (l.lbCell) { cells.push(l); } });
    return cells.map(l => ({count: l.lbCell[0], area: l.lbCell[1], fill: l.options.fillColor,
                            corners: l.getLatLngs()[0].map(p => [p.lat, p.lng]),
                            pixel: map.latLngToContainerPoint(l.getCenter())}));
}"""
OPEN_POPUPS = """() => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const texts = [];
    let markup = 0;
    map.eachLayer(l => {
        if (l.getPopup && l.getPopup()) {
            l.openPopup();
            const el = l.getPopup().getElement().querySelector(".leaflet-popup-content");
            texts.push(el ? el.textContent : "");
            markup += el ? el.querySelectorAll("img, b b, script").length : 0;
            l.closePopup();
        }
    });
    return {texts: texts, markup: markup};
}"""


def _cells(areas: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for name, geom in zip(areas["name"], areas.geometry, strict=True):
        cx, cy = np.floor(geom.centroid.x / 250), np.floor(geom.centroid.y / 250)
        for k in range(6):
            rows.append({"cell_e": cx + k - 3, "cell_n": cy + k % 2, "count": 1 + 4 * k, "area": name})
    cells = pd.DataFrame(rows)
    cells["east"], cells["north"] = (cells["cell_e"] + 0.5) * 250, (cells["cell_n"] + 0.5) * 250
    return cells


def test_cells_popups_and_tooltips_in_chromium(chromium_path: str, tmp_path: Path, artifacts: Path) -> None:
    from playwright.sync_api import sync_playwright

    areas = reference().areas
    cells = _cells(areas)
    counts = pd.DataFrame(
        {
            "area": ["Brandkärr", "Brandkärr", "Älta"],
            "category_label": ["Klotter", XSS, "Sexualbrott"],
            "count": [7, 2, 3],
            "sensitive": [False, False, True],
        }
    )
    centre = areas.geometry.iloc[0].centroid
    points = pd.DataFrame(
        {
            "east": [centre.x],
            "north": [centre.y],
            "occurred_at": [pd.Timestamp("2026-11-18 20:00", tz="UTC")],
            "category_label": ["Skadegörelse"],
            "area": ["Brandkärr"],
            "place": ["<b>fet</b> plats"],
            "source": ["kommun"],
            "description": [XSS],
        }
    )
    page_file = tmp_path / "karta.html"
    fmap = maps.build_map(areas, cells, 250, points, counts, period="v. 44–47", tile_url="")
    page_file.write_text(maps.render_html(fmap), encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="sv-SE")
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri(), wait_until="load")
            page.wait_for_selector("path.lb-area")
            drawn: list[dict[str, Any]] = page.evaluate(CELLS)

            # Every cell, with its count and area, on a canvas (the areas stay SVG paths).
            assert sorted((c["area"], c["count"]) for c in drawn) == sorted(
                zip(cells["area"], cells["count"], strict=True)
            )
            assert page.locator("canvas").count() >= 1 and page.locator("path.lb-area").count() == 3
            # Where the square lies: the browser's projection of its corners agrees with pyproj.
            for cell in drawn[:6]:
                got = np.array(cell["corners"])
                row = cells[(cells["area"] == cell["area"]) & (cells["count"] == cell["count"])].iloc[0]
                e0, n0 = row["cell_e"] * 250, row["cell_n"] * 250
                east, north = np.array([e0, e0 + 250, e0 + 250, e0]), np.array([n0, n0, n0 + 250, n0 + 250])
                lat, lon = to_wgs84(east, north)
                assert np.abs(got - np.column_stack([lat, lon])).max() < 1e-7, (got, lat, lon)
            # Coloured by class: the largest count in the darkest colour, the smallest in the lightest.
            by_count = sorted(drawn, key=lambda c: c["count"])
            assert by_count[0]["fill"] == maps.PALETTE[0] and by_count[-1]["fill"] == maps.PALETTE[-1]

            # Hovering a cell shows its count and area (a cell of Fisksätra inside its polygon).
            fisksatra = areas.set_index("name").geometry["Fisksätra"]
            inside = cells[
                (cells["area"] == "Fisksätra") & shapely.contains_xy(fisksatra, cells["east"], cells["north"])
            ]
            target = int(inside["count"].max())
            cell = next(c for c in drawn if c["count"] == target and c["area"] == "Fisksätra")
            page.evaluate(
                "(c) => Object.values(window).find(v => v instanceof L.Map).setView("
                "L.latLng(c.corners[0]), 15, {animate: false})",
                cell,
            )
            cell = next(c for c in page.evaluate(CELLS) if c["count"] == target and c["area"] == "Fisksätra")
            page.mouse.move(cell["pixel"]["x"], cell["pixel"]["y"])
            tooltip = page.locator(".leaflet-tooltip.lb-cell-tip")
            tooltip.wait_for()
            assert tooltip.text_content() == f"{target} händelser · Fisksätra"
            page.screenshot(path=str(artifacts / "map-compact-cell.png"))
            # The cells let the pointer through: a click on a cell opens its area's popup.
            page.mouse.click(cell["pixel"]["x"], cell["pixel"]["y"])
            popup = page.locator(".leaflet-popup-content")
            popup.wait_for()
            assert (popup.text_content() or "").startswith("Fisksätra")
            page.evaluate("() => Object.values(window).find(v => v instanceof L.Map).closePopup()")

            # Popups: counts per category per area, the point's text; markup stays text.
            opened = page.evaluate(OPEN_POPUPS)
            texts = opened["texts"]
            assert opened["markup"] == 0
            brandkarr = next(t for t in texts if t.startswith("Brandkärr"))
            assert "Händelser v. 44–47" in brandkarr and "Per kategori" in brandkarr
            assert "Klotter7" in brandkarr and f"{XSS}2" in brandkarr
            alta = next(t for t in texts if t.startswith("Älta"))
            assert "Sexualbrott (endast per område)3" in alta
            point = next(t for t in texts if t.startswith("Skadegörelse"))
            assert "2026-11-18 21:00" in point and "Plats: <b>fet</b> plats" in point and XSS in point
            assert page.evaluate("typeof window.__xss") == "undefined"
        finally:
            browser.close()
    assert all(url.startswith("file://") for url in requests), requests
