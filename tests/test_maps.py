"""Map builders: self-contained HTML (no CDN, no URL but a configured tile server), escaped text, the
shared view's rules, and aggregation that keeps 100,000 incidents to a few thousand features."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from sqlalchemy import Engine, select

from dashboard import map_data, maps
from lagesbild import db, queries
from lagesbild.privacy import generalisation
from lagesbild.reference import store_reference
from lagesbild.weeks import TZ, week_label
from tests.factories import reference

XSS = "<script>alert(1)</script>"
# Addresses that may appear in a map page although nothing is fetched from them: the SVG XML
# namespace (an identifier inside Leaflet) and the project URL in Leaflet's licence header.
NOT_FETCHED = {"http://www.w3.org/2000/svg", "https://leafletjs.com"}
URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'<>)\\]*""")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.links += [v for k, v in attrs if k in {"src", "href"} and v]


def _links(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


def _urls(page: str) -> set[str]:
    return {m.group(0) for m in URL.finditer(page)}


@pytest.fixture
def areas() -> pd.DataFrame:
    return reference().areas


@pytest.fixture
def cells(areas: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for name, geom in zip(areas["name"], areas.geometry, strict=True):
        cx, cy = geom.centroid.x, geom.centroid.y
        for k in range(4):
            rows.append(
                {
                    "east": (np.floor(cx / 250) + 0.5 + k) * 250,
                    "north": (np.floor(cy / 250) + 0.5) * 250,
                    "count": 1 + 3 * k,
                    "area": name,
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture
def points(areas: pd.DataFrame) -> pd.DataFrame:
    centre = areas.geometry.iloc[0].centroid
    return pd.DataFrame(
        {
            "east": [centre.x, centre.x + 50],
            "north": [centre.y, centre.y + 50],
            "occurred_at": [pd.Timestamp("2026-11-18 20:00", tz="UTC")] * 2,
            "category_label": ["Klotter", "Skadegörelse"],
            "area": ["Brandkärr", "Brandkärr"],
            "place": ["vid centrum", "<b>fet</b> plats"],
            "source": ["kommun", "bostadsbolag"],
            "description": [XSS, "Text med `backtick` och ${mall}"],
        }
    )


def test_map_page_is_self_contained(areas: pd.DataFrame, cells: pd.DataFrame, points: pd.DataFrame) -> None:
    fmap = maps.build_map(areas, cells, 250, points, tile_url="")
    page = maps.render_html(fmap)
    parsed = _links(page)

    # The Leaflet container and the layers by name (layer control keys are JSON, i.e. \u-escaped).
    assert 'class="folium-map"' in page and "L.map(" in page
    for layer in (maps.AREA_LAYER, "Händelser per ruta (250 m)", maps.POINT_LAYER):
        assert json.dumps(layer) in page
    for name in areas["name"]:
        assert f'["{name}","' in page  # the area's row: its label and popup data
    # Leaflet is inlined, nothing is linked: no <script src>, no <link href>, no src/href at all.
    assert 't.version="1.9.3"' in page and ".leaflet-container" in page
    assert not [t for t, a in parsed.tags if t == "script" and a.get("src")]
    assert not [t for t, a in parsed.tags if t == "link"]
    assert parsed.links == []
    # No CDN names and no URL anywhere but the two non-fetched identifiers.
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "fontawesome", "unpkg"):
        assert cdn not in page
    assert _urls(page) <= NOT_FETCHED
    licence = page.index("https://leafletjs.com")
    assert page.rfind("/*", 0, licence) > page.rfind("*/", 0, licence), (
        "leafletjs.com only in the licence comment"
    )
    assert page.count("https://leafletjs.com") == 1
    # CSS images are data: URIs, so nothing relative is fetched either.
    assert re.findall(r"url\((?!data:|#default#VML)", page) == []


def test_tiles_only_from_the_configured_url(
    areas: pd.DataFrame, cells: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAGESBILD_TILE_URL", raising=False)
    assert "L.tileLayer" not in maps.render_html(maps.build_map(areas, cells, 250))

    tiles = "https://karta.nacka.example/tiles/{z}/{x}/{y}.png"
    monkeypatch.setenv("LAGESBILD_TILE_URL", tiles)
    monkeypatch.setenv("LAGESBILD_TILE_ATTRIBUTION", "© Nacka kommun")
    page = maps.render_html(maps.build_map(areas, cells, 250))
    assert "L.tileLayer" in page
    assert _urls(page) - NOT_FETCHED == {tiles}


def test_popups_and_tooltips_are_escaped(
    areas: pd.DataFrame, cells: pd.DataFrame, points: pd.DataFrame
) -> None:
    counts = pd.DataFrame(
        {"area": ["Brandkärr"], "category_label": [XSS], "count": [2], "sensitive": [False]}
    )
    page = maps.render_html(maps.build_map(areas, cells, 250, points, counts))
    assert XSS not in page and "<b>fet</b>" not in page
    # The texts travel as JSON strings with < and > escaped, and become DOM text in the browser
    # (textContent; tests/test_browser_security.py opens every popup): no HTML is built from data.
    json_xss = r'"\u003cscript\u003ealert(1)\u003c/script\u003e"'
    assert page.count(json_xss) == 2  # the category label and the point's description
    assert page.count("alert(1)") == 2
    assert r'"\u003cb\u003efet\u003c/b\u003e plats"' in page
    assert "&lt;script" not in page  # nothing pre-escaped into HTML
    # Text travels as JSON strings (no JS template literals), so a backtick or ${…} stays text.
    assert "Text med `backtick` och ${mall}" in page
    js = map_data.layers_js()
    assert "innerHTML" not in js and "textContent" in js
    scripts = [a for t, a in _links(page).tags if t == "script"]
    assert scripts and all(not a.get("src") for a in scripts)


def test_escape_helper() -> None:
    assert maps.esc('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert maps.esc(None) == "" and maps.esc(float("nan")) == ""


def test_shared_view_takes_no_points(areas: pd.DataFrame, cells: pd.DataFrame, points: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="delade"):
        maps.build_map(areas, cells, 250, points, shared=True)
    many = pd.concat([points] * (maps.MAX_POINTS // 2 + 1), ignore_index=True)
    with pytest.raises(ValueError, match=str(maps.MAX_POINTS)):
        maps.build_map(areas, cells, 250, many)
    shared = maps.render_html(
        maps.build_map(areas, generalisation.clip_cells(cells, areas, 250), 250, shared=True)
    )
    assert json.dumps(maps.POINT_LAYER) not in shared
    assert json.dumps("Händelser, generaliserade (250 m)") in shared


def test_sensitive_category_only_as_area_count(areas: pd.DataFrame) -> None:
    counts = pd.DataFrame(
        {
            "area": ["Älta", "Älta"],
            "category_label": ["Klotter", "Sexualbrott"],
            "count": [4, 1],
            "sensitive": [False, True],
        }
    )
    payload = map_data.area_payload(areas, counts)
    alta = next(a for a in payload["areas"] if a[0] == "Älta")
    shown = {payload["categories"][c]: n for c, n in zip(alta[3][::2], alta[3][1::2], strict=True)}
    assert shown == {"Klotter": 4, "Sexualbrott (endast per område)": 1}
    assert [payload["facts"][alta[2][0]], alta[2][1]] == ["Händelser", "5"]
    assert alta[5] and all(len(ring) >= 6 for polygon in alta[5] for ring in polygon)


def test_each_area_name_sits_at_a_point_inside_its_area(areas: pd.DataFrame) -> None:
    """The name is drawn once at this point (no tooltip that Leaflet measures at every move)."""
    from shapely.geometry import Point

    payload = map_data.area_payload(areas)
    sweref = areas.to_crs(3006).set_index("name")
    for row in payload["areas"]:
        east, north = row[6]
        assert sweref.loc[row[0], "geometry"].contains(Point(east, north)), row[0]
    page = maps.render_html(maps.build_map(areas))
    assert 'bindTooltip(el("span", "", area[0])' not in page and "area-label" in page


def _bulk_incidents(engine: Engine, n: int, seed: int = 7) -> None:
    """n incidents spread over the three test areas, inserted straight into the table."""
    ref = reference()
    with engine.begin() as conn:
        store_reference(conn, ref)
    rng = np.random.default_rng(seed)
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as conn:
        batch = conn.execute(
            db.ingest_batches.insert().values(
                file_name="bulk.csv",
                sha256="0" * 64,
                source="kommun",
                kind="incidents",
                rows=n,
                loaded=n,
                updated=0,
                duplicates=0,
                ignored=0,
                rejected=0,
                started_at=now,
            )  # fmt: skip
        ).inserted_primary_key[0]  # type: ignore[index]
        org = conn.execute(
            db.organisations.insert().values(name="Bulk", source="kommun")
        ).inserted_primary_key[0]  # type: ignore[index]
        ids = dict(conn.execute(select(db.areas.c.name, db.areas.c.id)).all())
        names = list(ref.areas["name"])
        bounds = {name: geom.bounds for name, geom in zip(ref.areas["name"], ref.areas.geometry, strict=True)}
        start = dt.datetime(2026, 11, 16, tzinfo=TZ)
        rows = []
        for k in range(n):
            area = names[k % 3]
            x0, y0, x1, y1 = bounds[area]
            when = start + dt.timedelta(minutes=int(rng.integers(0, 7 * 24 * 60)))
            rows.append(
                {
                    "batch_id": batch,
                    "row_number": k + 2,
                    "source": "kommun",
                    "organisation_id": org,
                    "source_key": f"bulk:{k}",
                    "content_hash": f"{k}",
                    "occurred_at": when,
                    "occurred_date": when.date(),
                    "iso_week": week_label(when.date()),
                    "weekday": when.isoweekday(),
                    "hour": when.hour,
                    "time_precision": "exact",
                    "area_id": ids[area],
                    "category": "klotter",
                    "source_category": "Klotter",
                    "description": "Klotter",
                    "east": float(rng.uniform(x0, x1)),
                    "north": float(rng.uniform(y0, y1)),
                    "location_precision": "exact",
                    "review_status": "granskad",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        conn.execute(db.incidents.insert(), rows)


def test_100k_incidents_become_a_few_thousand_features(sqlite_engine: Engine, artifacts: Path) -> None:
    n = 100_000
    _bulk_incidents(sqlite_engine, n)
    start, end = dt.date(2026, 11, 16), dt.date(2026, 11, 22)
    areas = queries.areas_frame(sqlite_engine)
    numbers: dict[str, float] = {"incidents": n}
    for cell_m in (250, 100):
        cells = queries.grid_counts(sqlite_engine, start, end, cell_m)
        assert int(cells["count"].sum()) == n  # aggregated in SQL, nothing lost
        fmap = maps.build_map(areas, cells, cell_m)
        page = maps.render_html(fmap)
        features = maps.feature_count(fmap)
        assert features <= 3000, features
        numbers[f"features_{cell_m}m"] = features
        numbers[f"html_bytes_{cell_m}m"] = len(page.encode())

    # What one marker per incident would cost: measure on the largest sample the builder allows.
    sample = queries.incident_list(sqlite_engine, start, end, limit=maps.MAX_POINTS)
    bare = len(maps.render_html(maps.build_map(areas)).encode())
    with_points = len(maps.render_html(maps.build_map(areas, points=sample)).encode())
    per_point = (with_points - bare) / len(sample)
    naive = bare + per_point * n
    numbers.update({"bytes_per_point": round(per_point, 1), "naive_html_bytes_100k": round(naive),
                    "leaflet_inline_bytes": bare})  # fmt: skip
    assert numbers["html_bytes_100m"] < naive / 20
    (artifacts / "map_payload.json").write_text(json.dumps(numbers, indent=2), encoding="utf-8")
    print("\nkartans storlek:", json.dumps(numbers))


def test_hotspot_layer_draws_significant_cells_with_escaped_tooltips(areas: pd.DataFrame) -> None:
    from lagesbild.analysis import hotspots as gi

    centre = areas.geometry.iloc[0].centroid
    rng = np.random.default_rng(5)
    spread = pd.DataFrame(
        {"east": centre.x + rng.uniform(-950, 950, 300), "north": centre.y + rng.uniform(-950, 950, 300)}
    )
    cluster = pd.DataFrame(
        {"east": centre.x + 300 + rng.normal(0, 40, 60), "north": centre.y - 300 + rng.normal(0, 40, 60)}
    )
    gazetteer = pd.DataFrame(
        {
            "name": [XSS],
            "east": [centre.x + 300],
            "north": [centre.y - 300],
            "public": [True],
            "area": ["Brandkärr"],
        }
    )
    cells = gi(pd.concat([spread, cluster]), areas.iloc[[0]], permutations=499, gazetteer=gazetteer)
    cells["emerging"] = "ihållande"
    significant = cells[cells["class"] != "ej signifikant"]
    assert significant["class"].str.startswith("hotspot").any()

    payload = map_data.hotspot_payload(
        significant, list(maps.HOTSPOT_COLOURS), list(maps.HOTSPOT_COLOURS.values()), 250
    )
    rows = payload["cells"]
    assert len(rows) == len(significant)
    assert {payload["classes"][r[0]] for r in rows} == set(significant["class"])
    assert "hotspot 99 %" in {payload["classes"][r[0]] for r in rows}
    assert all(r[3] == "ihållande" for r in rows)
    assert any(XSS in r[2] for r in rows)  # the place name as text; the browser writes it as text
    brandkarr = areas.geometry.iloc[0]
    for r in rows:  # whole cells by index, cells cut by the boundary as their own outline
        if r[6] is None:
            assert brandkarr.contains(shapely.box(r[4] * 250, r[5] * 250, (r[4] + 1) * 250, (r[5] + 1) * 250))
        else:
            assert brandkarr.buffer(2).contains(shapely.Point(r[6][0][0][0], r[6][0][0][1]))

    fmap = maps.build_map(areas, hotspots=cells)
    page = maps.render_html(fmap)
    assert json.dumps(maps.HOTSPOT_LAYER) in page and "<script>alert(1)" not in page
    assert maps.feature_count(fmap) == len(areas) + len(significant)
    assert maps.HOTSPOT_LAYER not in maps.render_html(maps.build_map(areas, hotspots=cells.iloc[0:0]))


def test_grid_cells_are_floored_on_both_engines(engine: Engine) -> None:
    """PostgreSQL's CAST(float AS integer) rounds where SQLite's truncates: every point must land in
    the cell whose square contains it, on either engine."""
    _bulk_incidents(engine, 2_000, seed=11)
    start, end = dt.date(2026, 11, 16), dt.date(2026, 11, 22)
    cells = queries.grid_counts(engine, start, end, 250)
    with engine.connect() as conn:
        points = pd.DataFrame(conn.execute(select(db.incidents.c.east, db.incidents.c.north)).all())
    expected = (
        points.assign(cell_e=(points["east"] // 250).astype(int), cell_n=(points["north"] // 250).astype(int))
        .groupby(["cell_e", "cell_n"])
        .size()
    )
    got = cells.groupby(["cell_e", "cell_n"])["count"].sum()
    pd.testing.assert_series_equal(
        got.sort_index(), expected.sort_index(), check_names=False, check_dtype=False
    )
    assert ((points["east"] // 250 + 0.5) * 250 - points["east"]).abs().max() <= 125
