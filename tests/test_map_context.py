"""The maps' orientation layer (issue 15, item 5): RegSO names and outlines, the kommun boundary,
stations and places from the shipped open data, on the dashboard map, the PDF and the PNG; a metric
scale; no request to any third party while the tile background is off; no incident data in it."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from pypdf import PdfReader
from shapely.geometry import Polygon, box
from sqlalchemy import Engine

from dashboard import maps
from dashboard.map_context import context_payload
from lagesbild import context
from lagesbild.geo import SWEREF
from lagesbild.kommuner import regso_areas
from lagesbild.report import charts
from lagesbild.report.week import write_weekly_report
from tests.factories import CENTRES, populate, reference, weekly_spec
from tests.test_dashboard_apptest import _ok, _open, app_db  # noqa: F401 - the app fixture
from tests.test_maps import NOT_FETCHED, _links, _urls


def _regso() -> gpd.GeoDataFrame:
    """Two kommuner: 0001 of two squares that share an edge (with a 1 m gap, as simplification leaves)
    and a 50 m sliver, 0002 of one square far away."""
    return gpd.GeoDataFrame(
        {
            "regsokod": ["0001R001", "0001R002", "0001R003", "0002R001"],
            "regsonamn": ["Väster", "Öster", "Remsan", "Annanstans"],
            "kommunkod": ["0001", "0001", "0001", "0002"],
            "kommunnamn": ["Ettby", "Ettby", "Ettby", "Tvåstad"],
        },
        geometry=[
            box(0, 0, 1000, 1000),
            Polygon(
                [(1000, 0), (2000, 0), (2000, 1000), (1000, 1000), (1000, 600), (1001, 500), (1000, 400)]
            ),
            box(3000, 0, 3050, 1),
            box(90_000, 0, 91_000, 1000),
        ],
        crs=SWEREF,
    )


PLACES = pd.DataFrame(
    {
        "name": ["Ettby", "Ettby C", "Tvåstad"],
        "kind": ["ort", "station", "ort"],
        "kommunkod": ["0001", "0001", "0002"],
        "east": [500.0, 1500.0, 90_500.0],
        "north": [500.0, 500.0, 500.0],
    }
)


def test_context_builder_keeps_the_kommun_and_solid_boundary() -> None:
    ctx = context.build_context(_regso(), PLACES, ["1"], {"0001": "Ettby"})
    assert list(ctx.regso["name"]) == ["Väster", "Öster", "Remsan"]
    assert list(ctx.kommuner["name"]) == ["Ettby kommun"]
    boundary = ctx.kommuner.geometry.iloc[0]
    # The two squares' union without the pin-hole between them, and without the 50 m² sliver.
    assert boundary.geom_type == "Polygon" and not list(boundary.interiors)
    assert boundary.area == pytest.approx(2_000_000, rel=0.01)
    assert list(ctx.places["name"]) == ["Ettby", "Ettby C station"]
    assert set(ctx.places["kind"]) == {"ort", "station"}
    for _, row in ctx.regso.iterrows():  # each name is placed inside its own area
        assert (
            _regso()
            .set_index("regsonamn")
            .geometry[row["name"]]
            .buffer(1)
            .contains(gpd.points_from_xy([row["label_east"]], [row["label_north"]])[0])
        )
    assert context.build_context(_regso(), PLACES, []).empty


def test_clipping_keeps_what_is_in_view_and_names_big_neighbours() -> None:
    ctx = context.build_context(_regso(), PLACES, ["0001", "0002"])
    clipped = context.clip_context(ctx, (900, 0, 1900, 1000))
    assert set(clipped.regso["name"]) == {"Väster", "Öster"}
    named = clipped.regso.dropna(subset=["label_east"])
    assert list(named["name"]) == ["Öster"]  # Väster shows 100 m of 1000: too small for its name
    assert list(clipped.places["name"]) == ["Ettby C station"]
    assert list(clipped.kommuner["name"]) == ["Ettby kommun"]


def test_shipped_context_of_nacka_and_nykoping() -> None:
    ctx = context.kommun_context(("0182", "0480"))
    assert len(ctx.regso) == 36  # every RegSO area of both kommuner
    assert {"Fisksätra", "Älta-Erstavik", "Brandkärr"} <= set(ctx.regso["name"])
    assert list(ctx.kommuner["name"]) == ["Nacka kommun", "Nyköpings kommun"]
    assert {"Fisksätra station", "Nyköping södra station", "Saltsjöbaden"} <= set(ctx.places["name"])
    payload = context_payload(ctx)
    size = len(maps._script_json(payload).encode("utf-8"))
    assert size < 150_000, size  # issue 16: the whole map page stays well under 1 MB


def test_the_context_carries_no_incident_data() -> None:
    """The payload is built from the context alone: its texts are the context's names, nothing else."""
    ctx = context.kommun_context(("0182",))
    payload = context_payload(ctx, skip_names=["Fisksätra"])
    assert set(payload) == {"outlines", "borders", "labels"}
    names = set(ctx.regso["name"]) | set(ctx.places["name"]) | set(ctx.kommuner["name"])
    assert {label[2] for label in payload["labels"]} <= names
    assert "Fisksätra" not in {label[2] for label in payload["labels"]}  # already written as an area
    # ... and its RegSO outline is not drawn twice either
    assert len(payload["outlines"]) == len(context_payload(ctx)["outlines"]) - 1
    assert "Fisksätra station" in {label[2] for label in payload["labels"]}


def test_map_html_has_the_context_a_metric_scale_and_no_third_party_url() -> None:
    areas = reference().areas
    page = maps.render_html(maps.build_map(areas[areas["name"] == "Brandkärr"], tile_url=""))
    # Tiles off: nothing linked and no address but the two identifiers Leaflet carries unfetched.
    assert _links(page).links == [] and _urls(page) <= NOT_FETCHED and "L.tileLayer" not in page
    # The context of Brandkärr's kommun: its RegSO names, stations and kommun boundary.
    for text in ("Nyköping södra station", "Oppeby", "Nyköpings kommun", "ctx-kommun"):
        assert text in page, text
    assert "Fisksätra" not in page  # Nacka is not shown, so neither is its context
    assert "imperial: false" in page and "L.control.scale()" not in page
    both = maps.render_html(maps.build_map(areas, tile_url=""))
    assert "Fisksätra station" in both and "Nacka kommun" in both and "Saltsjöbaden" in both
    assert _urls(both) <= NOT_FETCHED
    tile_url = "https://tiles.example.se/{z}/{x}/{y}.png"
    assert _urls(maps.render_html(maps.build_map(areas, tile_url=tile_url))) - NOT_FETCHED == {tile_url}


def test_initial_view_fits_all_areas_beside_the_legend() -> None:
    areas = reference().areas
    cells = pd.DataFrame({"east": [618_000.0], "north": [6_517_000.0], "count": [3], "area": ["Brandkärr"]})
    page = maps.render_html(maps.build_map(areas, cells, 250, tile_url=""))
    fit = re.search(r"L\.latLngBounds\((\[\[.*?\]\])\)", page)
    assert fit is not None
    (south, west), (north, east) = json.loads(fit.group(1))
    wgs = areas.to_crs(4326).total_bounds
    assert south <= wgs[1] and west <= wgs[0] and north >= wgs[3] and east >= wgs[2]
    assert "leaflet-control-attribution" in page and "paddingBottomRight: [right + 14" in page
    assert "Teckenförklaring" in page


def test_pdf_map_draws_the_context(monkeypatch: pytest.MonkeyPatch, artifacts: Path) -> None:
    import matplotlib

    monkeypatch.setitem(matplotlib.rcParams, "svg.fonttype", "none")  # plain text stays text in the SVG
    nacka = regso_areas("0182")
    fisk = nacka.loc[nacka["name"] == "Fisksätra"].geometry.iloc[0]
    others = list(nacka.loc[nacka["name"] != "Fisksätra"].geometry)
    empty = pd.DataFrame(columns=["east", "north", "count"])
    fig = charts.area_map_figure(fisk, others, empty)
    # The names written on the map (labels that would overlap another were removed from the figure;
    # the haloed labels become outlines in an SVG, so the figure's own texts are what is checked).
    written = [t.get_text() for t in fig.axes[0].texts]
    assert {"Fisksätra station", "Fisksätra", "Södra Boo", "Älta-Erstavik", "500 m", "N"} <= set(written)
    assert written.count("Fisksätra") == 1  # the place and its RegSO area share the name: once
    FigureCanvasAgg(fig)
    svg = io.StringIO()
    fig.savefig(svg, format="svg")
    assert ">500 m<" in svg.getvalue() and not re.search(r">\d+ (ft|mi)<", svg.getvalue())  # metric scale
    lines = [line for line in fig.axes[0].lines if line.get_linestyle() == "--"]
    assert lines  # the kommun boundary, dashed
    bare = charts.area_map_figure(fisk, others, empty, context=False)
    assert "Fisksätra station" not in [t.get_text() for t in bare.axes[0].texts]
    charts.area_map(fisk, others, empty).save(artifacts / "pdf-map-context-fisksatra.png")


def test_weekly_pdf_names_the_context_sources(engine: Engine, artifacts: Path) -> None:
    populate(engine, weekly_spec(weeks=6))
    out = artifacts / f"map-context-week-{engine.dialect.name}.pdf"
    write_weekly_report(engine, "2026-W47", out)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    area_pages = [p for p in pages if "Karta, generaliserade platser" in p]
    assert area_pages
    for page in area_pages:
        assert "bakgrund: RegSO, kommungräns (SCB), stationer (Trafikverket), orter (GeoNames)" in page
    subprocess.run(
        ["pdftoppm", "-r", "80", "-f", "2", "-l", "2", "-png", str(out), str(out.with_suffix(""))],
        check=False,
    )


def test_karta_page_opens_on_every_area_with_the_context(app_db: Engine) -> None:  # noqa: F811
    """AppTest: the Karta page's default view is all chosen areas (both kommuner), its map carries
    the orientation layer of both kommuner and the metric scale, and the caption says no background
    is fetched."""
    at = _open("karta")
    _ok(at)
    assert at.selectbox(key="map-focus").value == "Alla valda områden"
    page = at.get("iframe")[0].proto.srcdoc
    for text in ("Fisksätra station", "Nyköping södra station", "Saltsjöbaden", "Oppeby"):
        assert text in page, text
    assert "Nacka kommun" in page and "Nyköpings kommun" in page and "ctx-kommun" in page
    assert "imperial: false" in page and "L.control.scale()" not in page
    fit = re.search(r"L\.latLngBounds\((\[\[.*?\]\])\)", page)
    assert fit is not None
    (south, west), (north, east) = json.loads(fit.group(1))
    lat = {name: latlon[0] for name, latlon in CENTRES.items()}
    assert south < lat["Brandkärr"] < north and south < lat["Fisksätra"] < north  # both kommuner
    assert _links(page).links == [] and _urls(page) <= NOT_FETCHED
    assert any("Ingen kartbakgrund hämtas utifrån." in c.value for c in at.caption)
