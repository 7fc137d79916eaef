"""Generic words in RegSO names ("söder", "skog", "centrum") place a free text only as proper nouns.

RegSO areas are called "Söder" (Kristianstad), "Skog" (Söderhamn), "…-Centrum" (Borlänge): also common
Swedish words. Written in lower case ("söder om Kristianstad", "brand i skog") they name no district;
capitalised ("på Söder", "Söder. En skadad person…") they do. The sentences here are written for the
test, not taken from the police feed (docs/ingest.md measures the rule on the real events).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from sqlalchemy import Engine

from lagesbild import db
from lagesbild.cli import main
from lagesbild.geo import (
    REGSO_FILE,
    SWEREF,
    PlaceMatcher,
    ReferenceData,
    generic_name_words,
    generic_words_of,
    is_generic_name,
    own_name_pattern,
    regso_names,
)
from lagesbild.kommuner import regso_areas
from tests.kommun_support import engine_url, ingest_police_events, kommun_and_area

SODERHAMN, KRISTIANSTAD, HELSINGBORG, BORLANGE, JARFALLA = "2182", "1290", "1283", "2081", "0123"


def test_generic_words_come_from_how_many_names_use_them() -> None:
    names = [f"{town} centrum" for town in ("Ala", "Bro", "Eda", "Fors", "Hova")]  # 5 × "centrum"
    names += [f"{first}skog" for first in "ABCDEFGHIJKLMNOPQRST"]  # 20 × "…skog"
    names += ["Fisksätra", "Skog"]
    generic = generic_words_of(names)
    assert {"centrum", "skog"} <= generic
    assert not {"fisksätra", "ala", "bro"} & generic
    assert is_generic_name("Skog", generic) and is_generic_name("Centrum-Skog", generic)
    assert not is_generic_name("Fisksätra centrum", generic)


def test_the_real_names_make_these_words_generic() -> None:
    generic = generic_name_words()
    assert {"söder", "skog", "centrum", "norra", "östra", "strand", "berg"} <= generic
    assert not {"fisksätra", "älta", "erstavik", "brandkärr", "tensta", "duved", "öregrund"} & generic


def test_the_names_picked_from_the_layer_text_are_those_of_its_features() -> None:
    with gzip.open(REGSO_FILE, "rt", encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    assert regso_names() == [str(f["properties"]["regsonamn"]) for f in features]


@pytest.fixture(scope="module")
def reference() -> ReferenceData:
    areas = pd.concat(
        [regso_areas(c) for c in (SODERHAMN, KRISTIANSTAD, HELSINGBORG, BORLANGE, JARFALLA)],
        ignore_index=True,
    )
    areas["id"] = range(1, len(areas) + 1)
    return ReferenceData(
        areas=gpd.GeoDataFrame(areas, geometry="geometry", crs=SWEREF),
        places=pd.DataFrame(columns=["name", "kind", "area", "east", "north", "public", "aliases"]),
        addresses=pd.DataFrame(columns=["street", "number", "east", "north"]),
    )


@pytest.mark.parametrize(
    ("kommun", "short", "text", "area"),
    [
        (KRISTIANSTAD, "Kristianstad", "Viltolycka på väg 19 söder om Kristianstad.", None),
        (KRISTIANSTAD, "Kristianstad", "Cykelstöld i ett garage på Söder under natten.", "Söder"),
        (KRISTIANSTAD, "Kristianstad", "Söder. Två personer grälar högljutt i en trappuppgång.", "Söder"),
        (KRISTIANSTAD, "Kristianstad", "Lägenhetsbrand söder om centrum, ingen skadad.", None),
        (
            SODERHAMN,
            "Söderhamn",
            "Brand i skog och mark norr om Söderhamn, räddningstjänsten på plats.",
            None,
        ),
        (SODERHAMN, "Söderhamn", "En man har skadats vid en fallolycka i Skog.", "Skog"),
        # A hyphenated area's generic part ("Söder" of Söder-Oceanhamnen-Oljehamnen) follows the rule too.
        (HELSINGBORG, "Helsingborg", "Inbrott i en bil som stod parkerad strax söder om hamnen.", None),
        (HELSINGBORG, "Helsingborg", "Misshandel på Söder sent i går kväll.", "Söder-Oceanhamnen-Oljehamnen"),
        # One word capitalised is enough: "centrala" is generic, "Jakobsberg" is in seven RegSO names.
        (JARFALLA, "Järfälla", "Rån mot en butik i centrala Jakobsberg.", "Centrala Jakobsberg"),
        # In a text whose kommun is known, "i centrum" is that kommun's centre (alias of Mjälga-Centrum).
        (BORLANGE, "Borlänge", "Två personer grips efter bråk i centrum.", "Mjälga-Centrum"),
        (BORLANGE, "Borlänge", "Fickstöld i Borlänge centrum.", "Mjälga-Centrum"),
    ],
)
def test_a_generic_name_places_only_as_a_proper_noun(
    reference: ReferenceData, kommun: str, short: str, text: str, area: str | None
) -> None:
    matcher = PlaceMatcher(reference.for_kommun(kommun))
    assert matcher.area_in_text(text, own_name_pattern(short)) == area


def test_centrum_in_lower_case_needs_the_kommun(reference: ReferenceData) -> None:
    # Without a known kommun (no own name given) a lower-case "centrum" names no district.
    matcher = PlaceMatcher(reference.for_kommun(BORLANGE))
    assert matcher.area_in_text("Två personer grips efter bråk i centrum.") is None
    assert matcher.area_in_text("Två personer grips efter bråk i Centrum.") == "Mjälga-Centrum"


def test_the_whole_alternation_path_takes_the_same_rule(reference: ReferenceData) -> None:
    # An en dash sends the matcher to its whole-alternation path (geo.PlaceMatcher); same answers.
    matcher = PlaceMatcher(reference.for_kommun(KRISTIANSTAD))
    own = own_name_pattern("Kristianstad")
    assert matcher.area_in_text("Trafikolycka – söder om Kristianstad", own) is None
    assert matcher.area_in_text("Trafikolycka – på Söder i Kristianstad", own) == "Söder"


def _event(event_id: int, summary: str, where: str) -> dict[str, object]:
    return {
        "id": event_id,
        "datetime": "2026-03-02 22:10:00 +01:00",
        "name": f"02 mars 21.40, Skadegörelse, {where}",
        "summary": summary,
        "url": f"/aktuellt/handelser/{event_id}/",
        "type": "Skadegörelse",
        "location": {"name": where, "gps": "61.3,17.06"},
    }


def test_police_events_with_generic_words_are_stored_in_the_right_area(
    engine: Engine, tmp_path: Path
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", SODERHAMN, "--db", url]) == 0
    assert main(["kommun", "add", KRISTIANSTAD, "--db", url]) == 0
    events = [
        _event(1, "Rutor krossade i ett förråd vid en skog öster om stan.", "Söderhamn"),
        _event(2, "Rutor krossade i ett förråd i Skog.", "Söderhamn"),
        _event(3, "Klotter på en vägg söder om Kristianstad.", "Kristianstad"),
        _event(4, "Klotter på en vägg på Söder.", "Kristianstad"),
    ]
    ingest_police_events(url, tmp_path, events)
    assert kommun_and_area(engine, db.incidents.c.source_key) == {
        "1": (SODERHAMN, None),
        "2": (SODERHAMN, "Skog"),
        "3": (KRISTIANSTAD, None),
        "4": (KRISTIANSTAD, "Söder"),
    }
