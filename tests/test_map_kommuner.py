"""Issue 16, target 3: a map over many kommuner shows kommun totals (`dashboard.map_kommuner`). The
rule that switches, the Swedish notice, and that every number is the detailed map's own: a kommun's
totals per category are the sums of its areas' counts on the detailed map, and the coarse cells hold
the same incidents as the 250 m cells. Through the dashboard's path (`map_page.map_html`) on SQLite and
PostGIS."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box
from sqlalchemy import Engine, text

from dashboard import map_kommuner
from lagesbild.db import init_db, make_engine
from lagesbild.geo import SWEREF, ReferenceData
from lagesbild.reference import load_reference, store_reference
from lagesbild.swedish import kommun_name
from lagesbild.weeks import week_label
from tests.factories import incident_rows, reference, store_frame

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
# Five made-up kommuner of 45 areas each (codes the shipped layer does not have: their outline is
# the union of their areas) and the factories' three areas in Nacka and Nyköping (shipped outlines).
FAKE = {f"99{k:02d}": f"Testby{k}" for k in range(1, 6)}
PER_KOMMUN = 45
WEEK_END = dt.date(2026, 11, 22)


def _reference() -> ReferenceData:
    base = reference()
    rows = [base.areas]
    for k, (code, short) in enumerate(FAKE.items()):
        x0, y0 = 400_000 + 60_000 * k, 6_600_000
        rows.append(
            gpd.GeoDataFrame(
                {
                    "id": [100 + k * PER_KOMMUN + j for j in range(PER_KOMMUN)],
                    "name": [f"{short} {j}" for j in range(PER_KOMMUN)],
                    "kommun": short,
                    "kommun_code": code,
                    "population": [1_000 + j for j in range(PER_KOMMUN)],
                },
                geometry=[
                    box(
                        x0 + 1_000 * (j % 9),
                        y0 + 1_000 * (j // 9),
                        x0 + 1_000 * (j % 9 + 1),
                        y0 + 1_000 * (j // 9 + 1),
                    )
                    for j in range(PER_KOMMUN)
                ],
                crs=SWEREF,
            )
        )
    areas = gpd.GeoDataFrame(pd.concat(rows, ignore_index=True), crs=SWEREF)
    return ReferenceData(areas=areas, places=base.places, addresses=base.addresses)


def _populate(engine: Engine, n: int = 900) -> None:
    """Areas and `n` reviewed incidents spread over every area, two open categories and a sensitive one,
    in the four weeks up to WEEK_END."""
    ref = _reference()
    with engine.begin() as conn:
        store_reference(conn, ref)
        area_ids = load_reference(conn).area_ids
    rng = np.random.default_rng(17)
    pick = rng.integers(0, len(ref.areas), n)
    spec = [
        {
            "area": "Brandkärr",
            "category": ["klotter", "skadegorelse", "sexualbrott"][k % 3],
            "when": pd.Timestamp(
                WEEK_END - dt.timedelta(days=int(rng.integers(0, 28))), tz="Europe/Stockholm"
            )
            + pd.Timedelta(hours=12),
        }
        for k in range(n)
    ]
    frame = incident_rows(spec)
    chosen = ref.areas.iloc[pick].reset_index(drop=True)
    spot = chosen.geometry.centroid
    frame["area"] = chosen["name"].to_numpy()
    frame["kommun_code"] = chosen["kommun_code"].to_numpy()
    frame["east"] = spot.x.to_numpy() + rng.uniform(-400, 400, n)
    frame["north"] = spot.y.to_numpy() + rng.uniform(-400, 400, n)
    store_frame(engine, frame, area_ids)
    with engine.begin() as conn:
        conn.execute(text("UPDATE incidents SET review_status = 'granskad'"))


def _payload(page: str, kind: str) -> dict:
    match = re.search(rf"LB\.{kind}\(\s*(\{{.*?\}}), \{{", page, flags=re.DOTALL)
    assert match is not None, kind
    return json.loads(match.group(1).replace("\\u003c", "<").replace("\\u003e", ">"))


def _per_category(area: list, categories: list[str]) -> dict[str, int]:
    return {categories[area[3][i]]: area[3][i + 1] for i in range(0, len(area[3]), 2)}


def _map(url: str, shared: bool, focus: tuple[str, ...] | None) -> tuple[str, int]:
    from dashboard import data, map_page
    from dashboard.selection import MapOptions, Selection

    data.clear_caches()
    first, last = week_label(WEEK_END - dt.timedelta(days=27)), week_label(WEEK_END)
    selection = Selection.of(first, last, shared_view=shared)
    html, in_view, _, _ = map_page.map_html(url, selection, MapOptions(250, False, focus, False))
    return html, in_view


def test_the_rule_switches_for_many_areas_of_several_kommuner() -> None:
    areas = _reference().areas
    assert len(areas) > map_kommuner.KOMMUN_VIEW_AREAS
    assert map_kommuner.kommun_view(areas)
    # One kommun is always drawn in detail, however many areas it has.
    one = areas.assign(kommun_code="9901")
    assert not map_kommuner.kommun_view(one)
    # Few areas of several kommuner: in detail.
    assert not map_kommuner.kommun_view(areas.iloc[: map_kommuner.KOMMUN_VIEW_AREAS])
    # An area without a kommun cannot be summed into one: the areas are drawn.
    assert not map_kommuner.kommun_view(areas.assign(kommun_code=areas["kommun_code"].where(areas.index > 0)))
    # "Zooma till" one area or one kommun: that kommun's areas.
    detail = map_kommuner.detail_areas(areas, ("Testby2 7",))
    assert set(detail["kommun_code"]) == {"9902"} and len(detail) == PER_KOMMUN
    assert map_kommuner.detail_areas(areas, None) is areas


def test_kommun_totals_are_the_sums_of_the_detailed_maps_counts(engine: Engine) -> None:
    """The national view on the dashboard's path: one polygon per kommun with the Swedish notice;
    each kommun's counts per category are the sums of the counts its areas show on the detailed map
    (reached by "Zooma till" the kommun); the coarse cells hold every incident the 250 m cells do; in
    the shared view the sensitive category is only an area-level count, as on the detailed map."""
    _populate(engine)
    url = engine.url.render_as_string(hide_password=False)
    for shared in (False, True):
        page, in_view = _map(url, shared, None)
        assert "Kartan visar summor per kommun (7 kommuner, 228 områden)." in page
        assert "Välj en kommun under ”Zooma till” för att se dess områden och rutor." in page
        kommuner = _payload(page, "areas")
        assert len(kommuner["areas"]) == 7 and "lb-kommun" in page and "lb-area" not in page
        assert "Testby1 0" not in page  # no area is drawn or named
        cells = _payload(page, "cells")
        assert cells["size"] == map_kommuner.coarse_cell_m(_reference().areas)
        assert sum(cells["g"][2::3]) == in_view > 0
        detailed_cells = 0
        ref = _reference().areas
        first_area = {kommun_name(k): a for k, a in zip(ref["kommun"], ref["name"], strict=True)}
        for kommun in kommuner["areas"]:
            name = kommun[0]
            detail, detail_in_view = _map(url, shared, (first_area[name],))
            assert "Kartan visar summor per kommun" not in detail and "lb-area" in detail
            detailed_cells += detail_in_view
            areas = _payload(detail, "areas")
            expected: dict[str, int] = {}
            for area in areas["areas"]:
                for label, count in _per_category(area, areas["categories"]).items():
                    expected[label] = expected.get(label, 0) + count
            got = _per_category(kommun, kommuner["categories"])
            assert got == expected and sum(got.values()) > 0, name
            assert kommun[2][:2] == [0, str(sum(expected.values()))]  # the popup's total
            assert kommun[1] == f"Summa för {len(areas['areas'])} områden"
            if name.startswith("Testby"):  # 900 incidents over 228 areas: only these have many
                assert got["Sexualbrott (endast per område)"] > 0
        assert detailed_cells == in_view  # the kommuner's detailed maps hold every incident in view
    # The shared view draws no sensitive incident in any cell (per area only): fewer in the cells.
    assert _map(url, True, None)[1] < _map(url, False, None)[1]


def test_karta_page_shows_kommun_totals_and_a_kommuns_areas_when_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """AppTest: the Karta page over the seven kommuner opens on the kommun totals with the notice;
    choosing a kommun under "Zooma till" draws its areas, and counts only its incidents."""
    from streamlit.testing.v1 import AppTest

    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    monkeypatch.setenv("LAGESBILD_DB", url)
    engine = make_engine(url)
    init_db(engine)
    _populate(engine)
    at = AppTest.from_file(str(APP), default_timeout=240)
    at.run()
    at.switch_page("views/karta.py").run()
    assert not at.exception and not at.error, [e.value for e in [*at.exception, *at.error]]
    page = at.get("iframe")[0].proto.srcdoc
    assert "Kartan visar summor per kommun (7 kommuner, 228 områden)." in page and "lb-area" not in page
    everything = next(m.value for m in at.markdown if "händelser med plats" in m.value)
    at.selectbox(key="map-focus").select("Testby3s kommun").run()
    assert not at.exception and not at.error, [e.value for e in [*at.exception, *at.error]]
    page = at.get("iframe")[0].proto.srcdoc
    assert "Kartan visar summor per kommun" not in page and "lb-area" in page
    names = [a[0] for a in _payload(page, "areas")["areas"]]
    assert sorted(names) == sorted(f"Testby3 {j}" for j in range(PER_KOMMUN))
    chosen = next(m.value for m in at.markdown if "händelser med plats" in m.value)
    assert int(chosen.split()[0].strip("*")) < int(everything.split()[0].strip("*"))
