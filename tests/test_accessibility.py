"""WCAG 2.1 AA pieces that need no browser: theme contrast, the page script, the map page, the charts.

The browser side (axe-core on every page, focus, tab order) is tests/test_browser_a11y.py; the PDFs
are tests/test_report_accessible.py.
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard import a11y, charts, maps, split_chart
from tests.browser_support import ROOT


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _blend(hex_colour: str, alpha: float, background: str = "#ffffff") -> str:
    mixed = [
        round(alpha * int(hex_colour[k : k + 2], 16) + (1 - alpha) * int(background[k : k + 2], 16))
        for k in (1, 3, 5)
    ]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def test_theme_gives_captions_and_focus_aa_contrast() -> None:
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
    # Streamlit draws captions in the text colour at 60 % opacity; its default gave 3.9:1.
    assert _contrast(_blend("#2f2d2b", 0.6), "#ffffff") < 4.5
    assert _contrast(_blend(theme["textColor"], 0.6), "#ffffff") >= 4.5
    assert _contrast(theme["primaryColor"], "#ffffff") >= 3.0  # focus ring, non-text contrast
    assert a11y.FOCUS == theme["primaryColor"]


def test_page_script_survives_streamlits_sanitiser_and_translates() -> None:
    assert a11y.script_is_kept()
    assert 'doc.documentElement.lang = "sv"' in a11y.SCRIPT
    labels = json.loads(re.search(r"const labels = (\{.*?\});", a11y.SCRIPT).group(1))  # type: ignore[union-attr]
    assert (
        labels["Clear all"] == "Rensa alla" and labels["Skip to main content"] == "Hoppa till huvudinnehållet"
    )
    # The chart toolbar's PNG button must not take the name of the app's own "Ladda ner som PNG".
    assert labels["Download as PNG"] != "Ladda ner som PNG"


def test_map_page_is_swedish_titled_and_zoomable() -> None:
    areas = gpd.GeoDataFrame(
        {"name": ["Älta"], "kommun": ["Nacka"]}, geometry=[box(0, 0, 500, 500)], crs=3006
    )
    page = maps.render_html(maps.build_map(areas))
    assert page.startswith(
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<title>Karta över områden och händelser</title>'
    )
    assert "user-scalable=no" not in page and "maximum-scale" not in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1.0" />' in page


def _layers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = [spec]
    for layer in spec.get("layer", []):
        found += _layers(layer)
    return found


def test_series_differ_by_dash_and_shape_and_the_flag_by_a_symbol() -> None:
    weeks = pd.to_datetime(["2026-11-02", "2026-11-09"] * 2)
    series = pd.DataFrame(
        {
            "week_start": weeks,
            "Vecka": ["v45", "v46"] * 2,
            "Område": ["A", "A", "B", "B"],
            "count": [1, 2, 3, 4],
        }
    )
    spec = json.loads(charts.to_spec(split_chart.breakdown_chart(series, "Område", "Område")))
    encodings = [layer.get("encoding", {}) for layer in _layers(spec)]
    assert any({"color", "strokeDash", "shape"} <= set(e) for e in encodings)
    group = series.rename(columns={"Område": "Grupp", "count": "Antal"})
    group["Grupp"] = ["A (insatsområde)"] * 2 + ["B"] * 2
    spec = json.loads(charts.to_spec(charts.measure_chart(group, pd.Timestamp("2026-11-05"))))
    assert any({"color", "strokeDash", "shape"} <= set(layer.get("encoding", {})) for layer in _layers(spec))
    frame = pd.DataFrame(
        {
            "Kategori": ["klotter", "klotter", "brand", "brand"],
            "Period": ["Denna vecka", "Snitt 4 veckor innan"] * 2,
            "Antal": [6.0, 1.25, 1.0, 1.0],
            "flag": ["ökning", "ökning", "", ""],
        }
    )
    text = json.dumps(json.loads(charts.to_spec(charts.category_chart(frame))), ensure_ascii=False)
    assert "▲ ökning" in text and "datum.Period == 'Denna vecka'" in text
    png = charts.spec_to_png(charts.to_spec(charts.category_chart(frame)))
    assert png is None or png.startswith(b"\x89PNG")
