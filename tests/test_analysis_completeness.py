"""Data completeness: who reported which week, and which weeks are incomplete."""

from __future__ import annotations

import pandas as pd

from lagesbild.analysis.completeness import annotate_series, reporting_matrix, week_completeness
from lagesbild.weeks import week_span

WEEKS = week_span("2025-W01", "2025-W20")


def reports() -> pd.DataFrame:
    rows = []
    for i, week in enumerate(WEEKS, start=1):
        rows.append({"organisation": "Polisen", "source": "polis", "iso_week": week, "count": 4})
        if not 10 <= i <= 12:  # Stena misses weeks 10–12
            rows.append(
                {"organisation": "Stena Fastigheter", "source": "bostadsbolag", "iso_week": week, "count": 2}
            )
        if i >= 5:  # the fritidsgård joined in week 5
            rows.append(
                {"organisation": "Fisksätra fritidsgård", "source": "kommun", "iso_week": week, "count": 1}
            )
        if i in (2, 9, 15):  # the school only reports when something happened
            rows.append({"organisation": "Skolan", "source": "kommun", "iso_week": week, "count": 1})
        if i == 7:  # a zero row is not a report
            rows.append({"organisation": "Trygghetsvärdar", "source": "kommun", "iso_week": week, "count": 0})
    return pd.DataFrame(rows)


def test_a_reporter_missing_weeks_10_to_12_is_listed_for_exactly_those_weeks() -> None:
    everyone = week_completeness(reports(), first_week=WEEKS[0], last_week=WEEKS[-1]).set_index("iso_week")
    assert everyone.loc["2025-W05", "missing"] == ["Skolan"]  # expected from its first to its last report
    assert not everyone.loc["2025-W16", "incomplete"]  # … and not after its last one
    weeks = week_completeness(reports(), first_week=WEEKS[0], last_week=WEEKS[-1], min_share=0.8)
    weeks = weeks.set_index("iso_week")  # only regular reporters (Stena: 17 of 20 weeks) are expected
    incomplete = weeks.index[weeks["incomplete"]].tolist()
    assert incomplete == ["2025-W10", "2025-W11", "2025-W12"]
    assert weeks.loc["2025-W11", "missing"] == ["Stena Fastigheter"]
    assert weeks.loc["2025-W11", "note"] == "Ofullständig vecka: rapport saknas från Stena Fastigheter."
    assert weeks.loc["2025-W03", "expected_n"] == 2  # the fritidsgård is not expected before it joined
    assert weeks.loc["2025-W11", "reported_n"] == 2 and weeks.loc["2025-W11", "expected_n"] == 3


def test_an_expected_list_includes_reporters_that_never_reported() -> None:
    expected = ["Polisen", "Stena Fastigheter", "Fisksätra fritidsgård", "Wallenstam"]
    weeks = week_completeness(reports(), first_week=WEEKS[0], last_week=WEEKS[-1], expected=expected)
    assert weeks["incomplete"].all()  # Wallenstam never reported
    first = weeks.iloc[0]
    assert first["missing"] == ["Fisksätra fritidsgård", "Wallenstam"]
    matrix = reporting_matrix(reports(), first_week=WEEKS[0], last_week=WEEKS[-1], expected=expected)
    trygg = matrix[matrix["organisation"] == "Trygghetsvärdar"]
    assert not trygg["expected"].any() and not trygg["reported"].any()
    assert matrix.loc[matrix["organisation"] == "Stena Fastigheter", "source"].iloc[0] == "bostadsbolag"


def test_expected_periods_from_a_frame() -> None:
    expected = pd.DataFrame(
        {
            "organisation": ["Stena Fastigheter", "Polisen"],
            "from_week": ["2025-W12", None],
            "to_week": [None, None],
        }
    )
    weeks = week_completeness(reports(), first_week=WEEKS[0], last_week=WEEKS[-1], expected=expected)
    assert weeks.loc[weeks["incomplete"], "iso_week"].tolist() == ["2025-W12"]


def test_annotate_series_marks_incomplete_weeks() -> None:
    completeness = week_completeness(reports(), first_week=WEEKS[0], last_week=WEEKS[-1], min_share=0.8)
    series = pd.DataFrame({"iso_week": ["2025-W09", "2025-W10", "2025-W30"], "count": [5, 2, 4]})
    out = annotate_series(series, completeness)
    assert out["incomplete"].tolist() == [False, True, False]
    assert out["missing_reporters"].tolist() == ["", "Stena Fastigheter", ""]
    assert out["completeness_note"].iloc[1].startswith("Ofullständig vecka")
    assert out["count"].tolist() == [5, 2, 4]
