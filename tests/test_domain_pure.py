"""Pure domain functions on small parametrised tables: weeks, categories, geo, weekly flags."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from lagesbild import geo, weekly
from lagesbild.categories import load_config, map_labels, normalise_label
from lagesbild.weeks import human_week, last_complete_week, parse_week, previous_weeks, shift_week, week_label


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (dt.date(2025, 4, 14), "2025-W16"),
        (dt.date(2025, 12, 29), "2026-W01"),  # ISO year differs from the calendar year
        (dt.date(2027, 1, 3), "2026-W53"),
        (dt.date(2026, 11, 22), "2026-W47"),
    ],
)
def test_week_label(day: dt.date, label: str) -> None:
    assert week_label(day) == label


def test_week_arithmetic_across_years() -> None:
    assert previous_weeks("2026-W02", 3) == ["2025-W51", "2025-W52", "2026-W01"]
    assert shift_week("2026-W53", 1) == "2027-W01"
    assert human_week("2026-W01") == "vecka 1, 2026 (29 december – 4 januari)"
    assert last_complete_week(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)) == "2026-W47"


@pytest.mark.parametrize("bad", ["2025-W54", "2025W0", "vecka 16", "2025-16"])
def test_bad_week_is_a_clear_error(bad: str) -> None:
    with pytest.raises(ValueError, match="(Ogiltig vecka|finns inte)"):
        parse_week(bad)


@pytest.mark.parametrize(
    ("source", "label", "code", "outcome"),
    [
        ("kommun", "Skadegörelse", "skadegorelse", "mapped"),
        ("kommun", "  KLOTTER ", "klotter", "mapped"),
        ("kommun", "Anlagd brand - container", "anlagd_brand", "mapped"),
        ("kommun", "Otrygghetsskapande samling av personer (trapphus)", "samling", "mapped"),
        ("kommun", "Fyrverkerier", "ovrigt", "unknown"),
        ("polis", "Brand", "anlagd_brand", "mapped"),
        ("polis", "Ofredande/förargelse", "ofredande", "mapped"),
        ("polis", "Trafikolycka", None, "ignored"),
        ("polis", "Lagen om hundar och katter ", None, "ignored"),
        ("bostadsbolag", "Brand/brandrök", "anlagd_brand", "mapped"),
        ("bostadsbolag", "Vattenskada", None, "ignored"),
        ("bostadsbolag", "Trasig dörr", "ovrigt", "unknown"),
    ],
)
def test_category_mapping(source: str, label: str, code: str | None, outcome: str) -> None:
    mapped = map_labels(pd.Series([label]), source, load_config())
    assert mapped["outcome"].iloc[0] == outcome
    assert (mapped["category"].iloc[0] if pd.notna(mapped["category"].iloc[0]) else None) == code


def test_unknown_police_types_are_ignored_not_övrigt() -> None:
    mapped = map_labels(pd.Series(["Helt ny typ"]), "polis", load_config(), unknown="ignore")
    assert mapped["outcome"].iloc[0] == "ignored"


def test_every_real_police_type_is_mapped_or_ignored_explicitly() -> None:
    """The config names every type seen in four years of national data, so none is a guess."""
    config = load_config()
    seen = [
        "Trafikolycka",
        "Sammanfattning natt",
        "Brand",
        "Rattfylleri",
        "Misshandel",
        "Stöld",
        "Rån",
        "Bråk",
        "Skottlossning",
        "Explosion",
        "Narkotikabrott",
        "Våldtäkt",
        "Fjällräddning",
        "Inbrott",
    ]
    for label in seen:
        norm = normalise_label(label)
        assert norm in config.source_labels["polis"] or norm in config.source_ignored["polis"], label


def test_sensitive_categories() -> None:
    assert {"sexualbrott", "ofredande", "vald_i_hemmet"} <= load_config().sensitive_codes


@pytest.mark.parametrize(
    ("lat", "lon", "problem"),
    [
        (59.2935, 18.2575, ""),
        (18.2575, 59.2935, "omkastade"),
        (48.85, 2.35, "utanför Sverige"),
    ],
)
def test_wgs84_checks(lat: float, lon: float, problem: str) -> None:
    result = geo.check_wgs84(np.array([lat]), np.array([lon]))[0]
    assert (problem in result) if problem else result == ""


def test_sweref_round_trip_is_sub_metre() -> None:
    east, north = geo.to_sweref(np.array([59.2935]), np.array([18.2575]))
    lat, lon = geo.to_wgs84(east, north)
    assert 6_570_000 < north[0] < 6_580_000 and 680_000 < east[0] < 690_000
    assert abs(lat[0] - 59.2935) < 1e-7 and abs(lon[0] - 18.2575) < 1e-7


@pytest.mark.parametrize(
    ("current", "per_week", "expected"),
    [(12, 4, "ökning"), (5, 4, ""), (2, 0, ""), (0, 6, "minskning"), (0, 1, ""), (8, 1, "ökning")],
)
def test_poisson_flags(current: int, per_week: int, expected: str) -> None:
    prev = ["2026-W43", "2026-W44", "2026-W45", "2026-W46"]
    rows = [(w, "A", "klotter", per_week) for w in prev] + [("2026-W47", "A", "klotter", current)]
    counts = pd.DataFrame(rows, columns=["iso_week", "area", "category", "count"])
    table = weekly.area_category_table(counts, "2026-W47", prev, covered=[*prev, "2026-W47"])
    assert table["flag"].iloc[0] == expected


def test_area_table_and_suggested_status() -> None:
    prev = ["2026-W43", "2026-W44", "2026-W45", "2026-W46"]
    rows = [("2026-W47", "Älta", "klotter", 14), ("2026-W47", "Älta", "vald_hot", 1)]
    rows += [(w, "Älta", "klotter", 3) for w in prev] + [(w, "Fisksätra", "klotter", 2) for w in prev]
    rows += [("2026-W47", "Fisksätra", "klotter", 2), ("2026-W47", "Fisksätra", "anlagd_brand", 6)]
    counts = pd.DataFrame(rows, columns=["iso_week", "area", "category", "count"])
    table = weekly.area_category_table(counts, "2026-W47", prev, covered=[*prev, "2026-W47"])
    klotter = table[(table["area"] == "Älta") & (table["category"] == "klotter")].iloc[0]
    assert (klotter["count"], klotter["last_week"], klotter["mean_4w"], klotter["flag"]) == (
        14,
        3,
        3.0,
        "ökning",
    )
    assert "14 denna vecka mot i snitt 3,0 de 4 veckorna innan: ovanligt många" in klotter["explanation"]
    status = weekly.suggested_status(table, ["Älta", "Fisksätra", "Brandkärr"]).set_index("area")["status"]
    # Älta: a rise in klotter only → yellow unless the total is extreme (15 vs 3 a week → red)
    assert status["Älta"] == "röd"
    assert status["Fisksätra"] == "röd"  # anlagd brand 6 vs 0 is a serious rise
    assert status["Brandkärr"] == "grön"


def test_only_non_serious_rise_is_yellow() -> None:
    prev = ["2026-W01", "2026-W02", "2026-W03", "2026-W04"]
    rows = [(w, "A", c, 4) for w in prev for c in ("klotter", "nedskrapning", "samling")]
    rows += [("2026-W05", "A", "klotter", 13), ("2026-W05", "A", "nedskrapning", 4)]
    rows += [("2026-W05", "A", "samling", 3)]
    table = weekly.area_category_table(
        pd.DataFrame(rows, columns=["iso_week", "area", "category", "count"]), "2026-W05", prev
    )
    assert table.set_index("category").at["klotter", "flag"] == "ökning"
    assert weekly.suggested_status(table, ["A"])["status"].iloc[0] == "gul"
