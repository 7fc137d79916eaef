"""Placing incidents: gazetteer text matching, offline geocoding, generalisation, duplicate linking."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from data_ingest.dedupe import categories_match, link_duplicates
from lagesbild.geo import PlaceMatcher, ReferenceData, areas_for_points, geocode
from lagesbild.privacy.generalisation import clip_cells, generalise
from lagesbild.weeks import TZ
from tests.factories import reference

REF = reference()
CENTRE = REF.places.set_index("area")


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Bilbrand i Fisksätra.", "Fisksätra"),
        ("Skadegörelse vid Fisksätras centrum.", "Fisksätra"),
        ("Man misshandlad i centrala Älta.", "Älta"),
        ("ÄLTA: stöld ur bil", "Älta"),
        ("Inbrott i förråd, Brandkärr.", "Brandkärr"),
        ("Brand i villa, Saltsjöbaden.", None),
        ("Fisksätravägen avstängd", None),  # a street named after the area is not the area itself
        ("", None),
        (None, None),
    ],
)
def test_area_named_in_text(text: str | None, area: str | None) -> None:
    assert PlaceMatcher(REF).area_in_text(text) == area


def test_place_named_in_text_gives_its_point() -> None:
    place = PlaceMatcher(REF).place_in_text("Ungdomar samlades vid Fisksätras centrum")
    assert place is not None and place["name"] == "Fisksätra centrum"


def test_points_in_polygons() -> None:
    east = np.array([CENTRE.at["Älta", "east"], 100.0, np.nan])
    north = np.array([CENTRE.at["Älta", "north"], 100.0, np.nan])
    assert areas_for_points(east, north, REF.areas).tolist() == ["Älta", None, None]


def test_geocode_exact_then_street_level() -> None:
    coded = geocode(
        pd.Series(["Älta­svägen 12".replace("\xad", ""), "Ältasvägen 99", "Okändgatan 1", None]), REF.addresses
    )
    assert coded["precision"].tolist() == ["address", "place", None, None]
    assert coded["east"].iloc[0] == pytest.approx(CENTRE.at["Älta", "east"] + 300)


def _incident(area: str, de: float, dn: float, **extra: object) -> dict[str, object]:
    row: dict[str, object] = {
        "area": area, "east": CENTRE.at[area, "east"] + de, "north": CENTRE.at[area, "north"] + dn,
        "location_precision": "exact", "sensitive": False,
    }  # fmt: skip
    row.update(extra)
    return row


def test_generalisation_levels() -> None:
    frame = pd.DataFrame(
        [
            _incident("Älta", 40, 30),  # next to the public place → snapped to it
            _incident("Älta", 600, 420),  # elsewhere → grid cell
            _incident("Älta", 600, 420, sensitive=True),  # sensitive → area level
            _incident("Fisksätra", 0, 0, location_precision="kommun"),  # police centroid → area level
        ]
    )
    out = generalise(frame, REF.areas, REF.places, grid_m=250)
    assert out["gen_level"].tolist() == ["plats", "ruta", "område", "område"]
    assert out["gen_place"].iloc[0] == "Älta centrum"
    assert out["gen_east"].iloc[0] == CENTRE.at["Älta", "east"]
    assert pd.isna(out["gen_east"].iloc[2]) and pd.isna(out["gen_east"].iloc[3])
    cell = out.iloc[1]
    assert cell["gen_east"] % 250 == 125 and cell["gen_north"] % 250 == 125
    assert np.hypot(
        cell["gen_east"] - frame["east"].iloc[1], cell["gen_north"] - frame["north"].iloc[1]
    ) <= 250 / np.sqrt(2)


def test_generalised_points_never_cross_an_area_boundary() -> None:
    rng = np.random.default_rng(3)
    polygon = REF.areas.set_index("name").geometry["Brandkärr"]
    minx, miny, maxx, maxy = polygon.bounds
    rows = [
        {"area": "Brandkärr", "east": rng.uniform(minx, maxx), "north": rng.uniform(miny, maxy),
         "location_precision": "exact", "sensitive": False}
        for _ in range(300)
    ]  # fmt: skip
    out = generalise(pd.DataFrame(rows), REF.areas, REF.places.assign(public=False), grid_m=700)
    assert all(polygon.covers(Point(e, n)) for e, n in zip(out["gen_east"], out["gen_north"], strict=True))
    cells = clip_cells(
        pd.DataFrame({"east": [minx + 350.0], "north": [miny + 350.0], "area": ["Brandkärr"], "count": [4]}),
        REF.areas, 700,
    )  # fmt: skip
    assert polygon.covers(Point(cells["east"].iloc[0], cells["north"].iloc[0]))


def _report(
    source: str, category: str, minutes: float, de: float = 0.0, area: str = "Fisksätra", **kw: object
) -> dict:
    when = dt.datetime(2026, 5, 1, 21, 0, tzinfo=TZ) + dt.timedelta(minutes=minutes)
    row = {
        "source": source,
        "category": category,
        "occurred_at": pd.Timestamp(when),
        "occurred_date": when.date(),
        "time_precision": "exact",
        "area": area,
        "east": CENTRE.at[area, "east"] + de,
        "north": CENTRE.at[area, "north"],
    }
    row.update(kw)
    return row


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (_report("bostadsbolag", "anlagd_brand", 60, 100), 1),  # same fire, 1 h later, 100 m away
        (_report("bostadsbolag", "skjutning_explosion", 60, 100), 1),  # neighbouring category
        (_report("bostadsbolag", "anlagd_brand", 300, 100), None),  # 5 h later
        (_report("bostadsbolag", "anlagd_brand", 60, 900), None),  # 900 m away
        (_report("bostadsbolag", "klotter", 60, 100), None),  # unrelated category
        (_report("polis", "anlagd_brand", 30, 0), None),  # the same source is never a cross-source duplicate
        (
            _report("polis", "anlagd_brand", 30, 0, source_x=1) | {"source": "kommun", "east": np.nan},
            1,
        ),  # area only
        (_report("kommun", "anlagd_brand", 30, 0) | {"east": np.nan, "area": "Älta"}, None),  # other area
        # Points decide across an area boundary, and without an area: 100 m apart is the same event.
        (_report("bostadsbolag", "anlagd_brand", 60, 100) | {"area": "Älta"}, 1),
        (_report("bostadsbolag", "anlagd_brand", 60, 100) | {"area": None}, 1),
        # 200 m east and 200 m north: inside the square the prefilter keeps, but 283 m away.
        (
            _report("bostadsbolag", "anlagd_brand", 60, 200)
            | {"area": "Älta", "north": CENTRE.at["Fisksätra", "north"] + 200},
            None,
        ),
    ],
)
def test_cross_source_duplicates(new: dict, expected: int | None) -> None:
    existing = pd.DataFrame([_report("polis", "anlagd_brand", 0) | {"id": 1}])
    result = link_duplicates(pd.DataFrame([new]), existing)
    assert (None if pd.isna(result.iloc[0]) else int(result.iloc[0])) == expected


def test_one_report_is_linked_at_most_once() -> None:
    existing = pd.DataFrame([_report("polis", "anlagd_brand", 0) | {"id": 7}])
    new = pd.DataFrame(
        [_report("bostadsbolag", "anlagd_brand", 20), _report("bostadsbolag", "anlagd_brand", 40)]
    )
    assert link_duplicates(new, existing).tolist() == [7, pd.NA]


def test_category_neighbours_are_symmetric() -> None:
    assert categories_match("klotter", "skadegorelse") and categories_match("skadegorelse", "klotter")
    assert not categories_match("klotter", "vald_hot")


def test_a_name_with_an_en_dash_is_a_candidate_by_its_words() -> None:
    """A name like "Kungshamn–Smögen": the dash matches only itself and separates words, so the name
    is searched only in texts with its words, not in every text, and is found as before."""
    areas = REF.areas.copy()
    areas["name"] = areas["name"].replace({"Älta": "Älta–Erstavik"})
    matcher = PlaceMatcher(ReferenceData(areas=areas, places=REF.places.iloc[:0], addresses=REF.addresses))
    assert [matcher.names[k][0] for k in matcher._always] == []
    assert matcher.area_in_text("Stöld i ÄLTA–ERSTAVIKS centrum") == "Älta–Erstavik"
    assert matcher.area_in_text("Stöld i Älta-Erstavik") is None  # a hyphen is not the en dash
    assert matcher.area_in_text("Stöld i Älta") is None
