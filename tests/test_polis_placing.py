"""Police events placed in real RegSO areas: the kommun's own name is not a district (docs/ingest.md).

The events are real ones from the police's public events API (2023), shortened to the fields the
reader uses; the areas are SCB's RegSO 2025 areas shipped in the package. Before the rule, the first
two were placed in the RegSO areas "Åre" and "Transtrand-Sälen-Sörsjön" (alias "Sälen") only because
the headline and location.name name the kommun; the third in "Östhammar" instead of "Öregrund".
"""

from __future__ import annotations

import io
import json

import geopandas as gpd
import pandas as pd
import pytest

from data_ingest.normalise import normalise_incidents
from data_ingest.readers import polis_api
from lagesbild.categories import load_config
from lagesbild.geo import SWEREF, PlaceMatcher, ReferenceData, own_name_pattern
from lagesbild.kommuner import regso_areas


def _event(event_id: int, when: str, name: str, summary: str, kind: str, where: str) -> dict[str, object]:
    return {
        "id": event_id,
        "datetime": when,
        "name": name,
        "summary": summary,
        "url": f"/aktuellt/handelser/{event_id}/",
        "type": kind,
        "location": {"name": where, "gps": "59.0,17.0"},
    }


# (event, the RegSO area a reader of the text would choose, or None for kommun level)
CASES = [
    (
        _event(
            414000,
            "2023-04-06 20:23:21 +02:00",
            "06 april 16:32, Fylleri/LOB, Åre",
            "Berusad ung man omhändertagen för fylleri.",
            "Fylleri/LOB",
            "Åre",
        ),
        None,
    ),
    (
        _event(
            429231,
            "2023-06-01 18:25:04 +02:00",
            "01 juni 18:20, Motorfordon, stöld, Malung-Sälen",
            "Två personer greps efter att har färdats på en stulen motorcykel.",
            "Motorfordon, stöld",
            "Malung-Sälen",
        ),
        None,
    ),
    (
        _event(
            442502,
            "2023-09-03 14:05:57 +02:00",
            "01 september 20:35, Bråk, Östhammar",
            "Bråk vid fest i Öregrund.",
            "Bråk",
            "Östhammar",
        ),
        "Öregrund",
    ),
    (
        _event(
            420538,
            "2023-04-19 09:02:21 +02:00",
            "18 april 20:46, Stöld/inbrott, Malung-Sälen",
            "3 gripna efter inbrott i sportstuga i Sälen",
            "Stöld/inbrott",
            "Malung-Sälen",
        ),
        "Transtrand-Sälen-Sörsjön",
    ),
    (
        _event(
            437824,
            "2023-07-29 10:10:08 +02:00",
            "29 juli 09:39, Rån, Täby",
            "En butik i Täby centrum har blivit rånad.",
            "Rån",
            "Täby",
        ),
        "Täby centrum",
    ),
    (
        _event(
            612371,
            "2025-11-11 12:35:22 +01:00",
            "11 november 12.59, Misshandel, Tyresö",
            "Flera personer i Tyresö centrum har ringt till polisens ledningscentral då de sett att två "
            "män slåss",
            "Misshandel",
            "Tyresö",
        ),
        "Tyresö centrum",
    ),
]
KOMMUNER = ["2321", "2023", "0382", "0160", "0138"]


@pytest.fixture(scope="module")
def real_areas() -> ReferenceData:
    areas = pd.concat([regso_areas(code) for code in KOMMUNER], ignore_index=True)
    areas["id"] = range(1, len(areas) + 1)
    return ReferenceData(
        areas=gpd.GeoDataFrame(areas, geometry="geometry", crs=SWEREF),
        places=pd.DataFrame(columns=["name", "kind", "area", "east", "north", "public", "aliases"]),
        addresses=pd.DataFrame(columns=["street", "number", "east", "north"]),
    )


def test_real_events_are_placed_by_the_district_not_the_kommuns_name(real_areas: ReferenceData) -> None:
    payload = json.dumps([event for event, _ in CASES], ensure_ascii=False).encode("utf-8")
    read = polis_api.read(io.BytesIO(payload), "polisen.json")
    out = normalise_incidents(read.records, real_areas, load_config(), "polisen.json")
    placed = out.incidents.set_index("source_key")
    expected = {str(event["id"]): area for event, area in CASES}
    got = {i: placed.at[i, "area"] for i in expected}
    assert {i: (a if isinstance(a, str) else None) for i, a in got.items()} == expected
    assert {placed.at[i, "location_precision"] for i, area in expected.items() if area is None} == {"kommun"}
    # Each event stays in the kommun its location names, placed in an area or not.
    assert placed.loc["414000", "kommun_code"] == "2321"
    assert placed.loc["429231", "kommun_code"] == "2023"


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Åre 06 april 16:32, Fylleri/LOB, Åre Berusad ung man.", None),
        ("Brand i Åres kommun.", None),  # genitive and "kommun"
        ("Brand i ÅRE", None),
        ("Bråk i Duved, Åre", "Duved"),  # a district besides the kommun's name
    ],
)
def test_own_name_rule_on_the_matcher(real_areas: ReferenceData, text: str, area: str | None) -> None:
    matcher = PlaceMatcher(real_areas.for_kommun("2321"))
    assert matcher.area_in_text(text, own_name_pattern("Åre")) == area
    # Without the rule (a row whose kommun is not known), the bare name still finds the area "Åre".
    assert matcher.area_in_text("Brand i Åre") == "Åre"


def test_non_latin1_text_takes_the_same_rule(real_areas: ReferenceData) -> None:
    # An en dash sends the matcher to its whole-alternation path (geo.PlaceMatcher); same answer.
    matcher = PlaceMatcher(real_areas.for_kommun("0382"))
    own = own_name_pattern("Östhammar")
    assert matcher.area_in_text("Bråk, Östhammar – fest i Öregrund", own) == "Öregrund"
    assert matcher.area_in_text("Bråk, Östhammar – fest", own) is None


@pytest.mark.parametrize(
    "text",
    [
        "Bråk, Östhammar – fest i Öregrund",  # en dash: a word separator without case
        "”Fest” i Östhammar … sedan Öregrund",  # the own name first (unusable), then the district
        "Östhammar–Öregrund: bråk",
        "Bråk i Öregrund – Östhammar",
        "Bilbrand – ingen plats",
        "Bråk i Öregrund ſ",  # a long s folds to "s" in the regex engine: the whole alternation
    ],
)
def test_word_index_answers_as_the_whole_alternation(real_areas: ReferenceData, text: str) -> None:
    matcher = PlaceMatcher(real_areas.for_kommun("0382"))
    own = own_name_pattern("Östhammar")
    spans = [m.span() for m in own.finditer(text)]
    expected = None
    # The definition (geo.PlaceMatcher): the alternation's first match not inside the kommun's own name.
    for match in matcher._alternation.finditer(text):
        if match.lastindex is not None and not any(s <= match.start() and match.end() <= e for s, e in spans):
            expected = matcher.names[match.lastindex - 1][1]
            break
    assert matcher.area_in_text(text, own) == expected
