"""The pure tables behind the dashboard's page sections, on small hand-made tables."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from dashboard import summaries


def _cells(rows: list[tuple[str, str, str, int, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["area", "label", "class", "count", "emerging"])
    return frame.assign(area_n=frame.groupby("area")["count"].transform("sum"))


def test_hotspot_places_strongest_class_first_then_most_incidents() -> None:
    cells = _cells([
        ("Älta", "Älta centrum", "hotspot 95 %", 9, ""),
        ("Älta", "Älta centrum", "hotspot 99 %", 4, ""),
        ("Älta", "Älta", "hotspot 95 %", 12, ""),  # no named place near: the label is the area
        ("Fisksätra", "Fisksätra torg", "hotspot 95 %", 3, ""),
        ("Fisksätra", "Fisksätra torg", "coldspot 95 %", 1, ""),
        ("Fisksätra", "Skolan", "ej signifikant", 30, ""),
    ])  # fmt: skip
    places = summaries.hotspot_places(cells)
    assert places[["area", "label", "Klass", "cells", "count"]].values.tolist() == [
        ["Älta", "Älta centrum", "hotspot 99 %", 2, 13],
        ["Älta", summaries.NO_PLACE, "hotspot 95 %", 1, 12],
        ["Fisksätra", "Fisksätra torg", "hotspot 95 %", 1, 3],
    ]


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (["", "inget mönster", ""], []),
        (["ny hotspot", "ny hotspot", ""], [["Älta", "torg", "ny hotspot", 2, 3]]),
        (
            ["ihållande hotspot", "ny hotspot", "ny hotspot"],
            [["Älta", "torg", "ny hotspot", 2, 5], ["Älta", "torg", "ihållande hotspot", 1, 1]],
        ),
    ],
)
def test_hotspot_development(patterns: list[str], expected: list[list[object]]) -> None:
    cells = _cells([("Älta", "torg", "hotspot 95 %", n, p) for n, p in zip([1, 2, 3], patterns, strict=True)])
    shown = summaries.hotspot_development(cells)
    assert shown[["area", "label", "emerging", "cells", "count"]].values.tolist() == expected


@pytest.mark.parametrize(
    ("minimum", "expected"), [(5, []), (20, [("Älta", 13)]), (40, [("Älta", 13), ("Nacka", 30)])]
)
def test_sparse_areas(minimum: int, expected: list[tuple[str, int]]) -> None:
    cells = _cells([("Älta", "a", "ej signifikant", 6, ""), ("Älta", "b", "ej signifikant", 7, ""),
                    ("Nacka", "c", "hotspot 95 %", 30, "")])  # fmt: skip
    assert summaries.sparse_areas(cells, minimum) == expected


@pytest.mark.parametrize(
    ("simple", "flag", "rule", "run_weeks", "seasonal", "line"),
    [
        ("", "ökning", "single", 1, False, "▲ ökning: x"),  # the analysis flags what 4 weeks missed
        ("ökning", "ökning", "single", 1, False, None),  # both agree: nothing to add
        ("ökning", "ökning", "trend", 3, False, "▲ ökning: x"),  # sustained: more than this week
        ("ökning", "", "", 0, True, "↻ säsong: x"),
        ("ökning", "", "", 0, False, "○ ingen flagga i fördjupad analys: x"),
        ("minskning", "", "", 0, False, None),
        ("", "minskning", "trend", 2, False, "▼ minskning: x"),
    ],
)
def test_analysis_note_lines(
    simple: str, flag: str, rule: str, run_weeks: int, seasonal: bool, line: str | None
) -> None:
    part = pd.DataFrame({"category": ["klotter"], "flag": [simple]})
    changes = pd.DataFrame({"category": ["klotter"], "flag": [flag], "rule": [rule], "run_weeks": [run_weeks],
                            "seasonal_veto": [seasonal], "explanation": ["x"]})  # fmt: skip
    assert summaries.analysis_note_lines(changes, part) == ([line] if line else [])


def test_weekly_costs_sums_the_housing_companies_per_week() -> None:
    monday = pd.Timestamp("2026-11-16")
    series = pd.DataFrame({
        "iso_week": ["2026-W47", "2026-W47", "2026-W47", "2026-W48"],
        "week_start": [monday, monday, monday, monday + pd.Timedelta(days=7)],
        "Vecka": ["v47", "v47", "v47", "v48"],
        "source": ["bostadsbolag", "bostadsbolag", "polis", "bostadsbolag"],
        "cost_sek": [1000.0, 2500.0, 99.0, 0.0],
    })  # fmt: skip
    costs = summaries.weekly_costs(series)
    assert costs["cost_sek"].tolist() == [3500.0, 0.0]
    assert costs["week_end"].tolist() == [pd.Timestamp("2026-11-22"), pd.Timestamp("2026-11-29")]
    assert summaries.weekly_costs(series[series["source"] == "polis"]).empty


LOG = pd.DataFrame({
    "at": ["2026-11-30T22:30:00+00:00", "2026-12-01T08:00:00+00:00", "2026-12-02T12:00:00+00:00"],
    "actor": ["anna@nacka.se", "Bo (EST)", None],
    "action": ["Inläsning", "Granskning", "Nedladdning"],
})  # fmt: skip


def test_with_local_time_is_stockholm_time() -> None:
    log = summaries.with_local_time(LOG, "Europe/Stockholm")
    assert log["time"].tolist() == ["2026-11-30 23:30:00", "2026-12-01 09:00:00", "2026-12-02 13:00:00"]
    assert log["date"].tolist() == [dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 2)]


@pytest.mark.parametrize(
    ("actions", "who", "start", "end", "shown"),
    [
        ((), "", None, None, ["Inläsning", "Granskning", "Nedladdning"]),
        (("Granskning", "Nedladdning"), "", None, None, ["Granskning", "Nedladdning"]),
        ((), "  ANNA ", None, None, ["Inläsning"]),  # any case, trimmed; no actor never matches
        ((), "(est)", None, None, ["Granskning"]),  # literal, not a pattern
        ((), "", dt.date(2026, 12, 1), None, ["Granskning", "Nedladdning"]),
        ((), "", None, dt.date(2026, 12, 1), ["Inläsning", "Granskning"]),
        (("Inläsning",), "bo", None, None, []),
    ],
)
def test_filter_log(
    actions: tuple[str, ...], who: str, start: dt.date | None, end: dt.date | None, shown: list[str]
) -> None:
    log = summaries.with_local_time(LOG, "Europe/Stockholm")
    assert summaries.filter_log(log, actions, who, start, end)["action"].tolist() == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, ""),
        ("", ""),
        ('{"week": "2026-W47", "area": "Älta"}', "vecka: 2026-W47; område: Älta"),
        (json.dumps({"incidents": list(range(11))}), "rapporter: 11 st"),
        (json.dumps({"incidents": [1, 2], "edited": []}), "rapporter: 1, 2; ändrad text i: inga"),
        (json.dumps({"file": "a.csv", "rows": 3, "batch": 7}), "fil: a.csv; rader: 3; inläsning nr: 7"),
        (json.dumps({"areas": None, "ids": [1]}), "områden: –; ids: 1"),
        ("[1, 2]", "[1, 2]"),
        ("inte json", "inte json"),
        ("x" * 400, "x" * 300),
    ],
)
def test_log_details(value: object, shown: str) -> None:
    assert summaries.log_details(value) == shown
