"""The kommande händelser and insatser lines that the weekly PDF and the snapshot share."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lagesbild.report.items import measure_items, upcoming_items
from lagesbild.report.snapshot import _items
from lagesbild.vocabulary import MeasureStatus


def _events(**overrides: object) -> pd.DataFrame:
    row = {
        "event_date": dt.date(2026, 11, 27),
        "title": "Skoldisco",
        "description": "Ring Anna Svensson på 070-123 45 67",
        "organisation": "Fritidsgården Fisksätra",
    } | overrides
    return pd.DataFrame([row])


def _measures(**overrides: object) -> pd.DataFrame:
    row = {
        "title": "Ny belysning",
        "category_label": "Klotter",
        "status": MeasureStatus.ONGOING,
        "start_date": dt.date(2026, 10, 1),
        "end_date": None,
        "responsible": "Nacka kommun",
    } | overrides
    return pd.DataFrame([row])


def test_an_upcoming_event_is_one_redacted_line() -> None:
    (line,) = upcoming_items(_events())
    assert line.startswith("fre 27 nov: Skoldisco – ")
    assert line.endswith("(Fritidsgården Fisksätra)")
    assert "Anna" not in line and "Svensson" not in line and "45 67" not in line


@pytest.mark.parametrize(
    ("description", "organisation", "expected"),
    [
        (None, None, "fre 27 nov: Skoldisco"),
        ("", "", "fre 27 nov: Skoldisco"),
        ("Öppet hus", None, "fre 27 nov: Skoldisco – Öppet hus"),
        (None, "Polisen", "fre 27 nov: Skoldisco (Polisen)"),
    ],
)
def test_missing_parts_of_an_event_leave_no_trace(
    description: str | None, organisation: str | None, expected: str
) -> None:
    assert upcoming_items(_events(description=description, organisation=organisation)) == [expected]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, "Ny belysning (Klotter) · pågående sedan tors 1 okt · ansvarig: Nacka kommun"),
        (
            {"status": MeasureStatus.PLANNED, "end_date": dt.date(2026, 12, 31), "responsible": None},
            "Ny belysning (Klotter) · planerad från tors 1 okt till tors 31 dec",
        ),
        ({"category_label": None, "responsible": ""}, "Ny belysning · pågående sedan tors 1 okt"),
    ],
)
def test_a_measure_is_one_line(overrides: dict[str, object], expected: str) -> None:
    assert measure_items(_measures(**overrides)) == [expected]


def test_no_rows_give_no_lines_and_the_snapshot_says_so() -> None:
    assert upcoming_items(_events().iloc[0:0]) == [] and measure_items(_measures().iloc[0:0]) == []
    assert _items([], "Inga kända.") == "<p>Inga kända.</p>"


def test_the_snapshot_escapes_the_lines() -> None:
    (line,) = upcoming_items(_events(title="<script>x</script>", description=None, organisation=None))
    assert "<script>" not in _items([line], "") and "&lt;script&gt;" in _items([line], "")
