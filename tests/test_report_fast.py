"""The shortcuts of the weekly PDF (bench/RESULTS.md stop 18) give what the long way gave.

- `queries.incident_list` also filters on the indexed `iso_week`: the same rows for date ranges that
  start or end mid-week, across a year boundary, and for ranges longer than the week list.
- `reference.load_reference` for some areas and without addresses: those areas and their places.
- `charts.area_map` draws the week's points on the kept base map: the pixels of a full draw.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import Engine

from lagesbild import queries
from lagesbild.reference import load_reference
from lagesbild.report import charts
from lagesbild.weeks import TZ
from tests.factories import populate, reference

DAYS = [dt.date(2025, 12, 20) + dt.timedelta(days=k) for k in range(0, 400, 3)]


@pytest.fixture
def spread(engine: Engine) -> Engine:
    """One incident every third day from 2025-12-20 (ISO week 2025-W51) for 400 days, 13:00 local."""
    spec: list[dict[str, object]] = [
        {"area": ("Brandkärr", "Fisksätra", "Älta")[k % 3], "when": dt.datetime.combine(day, dt.time(13), TZ)}
        for k, day in enumerate(DAYS)
    ]
    populate(engine, spec)
    return engine


@pytest.mark.parametrize(
    "start, end",
    [
        (dt.date(2025, 12, 24), dt.date(2026, 1, 6)),  # mid-week to mid-week over the new year (2026-W01)
        (dt.date(2026, 3, 2), dt.date(2026, 3, 8)),  # one whole week
        (dt.date(2026, 3, 8), dt.date(2026, 3, 9)),  # a Sunday and the Monday after
        (dt.date(2026, 5, 5), dt.date(2026, 5, 5)),  # one day
        (dt.date(2025, 12, 1), dt.date(2027, 2, 1)),  # longer than the week list: the date alone
        (dt.date(2026, 3, 9), dt.date(2026, 3, 1)),  # empty range
    ],
)
def test_incident_list_gives_the_incidents_of_the_dates(spread: Engine, start: dt.date, end: dt.date) -> None:
    frame = queries.incident_list(spread, start, end)
    got = sorted(pd.to_datetime(frame["occurred_date"]).dt.date)
    assert got == [day for day in DAYS if start <= day <= end]
    named = queries.incident_list(spread, start, end, areas=["Älta"], reviewed_only=True)
    assert sorted(pd.to_datetime(named["occurred_date"]).dt.date) == [
        day for k, day in enumerate(DAYS) if start <= day <= end and k % 3 == 2
    ]


def test_reference_of_some_areas_without_addresses(engine: Engine) -> None:
    populate(engine, [])
    with engine.connect() as conn:
        whole = load_reference(conn)
        some = load_reference(conn, ["Älta", "Brandkärr"], addresses=False)
        none = load_reference(conn, [], addresses=False)
    assert sorted(some.areas["name"]) == ["Brandkärr", "Älta"]
    for name in ("Brandkärr", "Älta"):
        assert (
            some.areas.set_index("name").geometry[name].equals(whole.areas.set_index("name").geometry[name])
        )
    assert sorted(some.places["area"]) == ["Brandkärr", "Älta"]
    expected = whole.places[whole.places["area"].isin(["Brandkärr", "Älta"])].sort_values("name")
    pd.testing.assert_frame_equal(
        some.places.sort_values("name").reset_index(drop=True), expected.reset_index(drop=True)
    )
    assert some.addresses.empty and list(some.addresses.columns) == list(whole.addresses.columns)
    assert len(whole.addresses) == 3
    assert none.areas.empty and none.places.empty


def test_area_map_on_the_kept_base_has_the_pixels_of_a_full_draw() -> None:
    ref = reference()
    geoms = list(ref.areas.geometry)
    area, others = geoms[1], [geoms[0], geoms[2]]  # Fisksätra beside Älta (Nacka)
    centre = area.centroid
    weeks = [
        pd.DataFrame(
            {"east": [centre.x, centre.x + 300.0], "north": [centre.y, centre.y - 250.0], "count": [1, 4]}
        ),
        pd.DataFrame({"east": [centre.x - 500.0], "north": [centre.y + 400.0], "count": [12]}),
        pd.DataFrame(columns=["east", "north", "count"]),
    ]
    charts._BASE_MAPS.clear()
    for points in [*weeks, weeks[0]]:  # the first draws the base, the others reuse it
        full = charts.to_image(charts.area_map_figure(area, others, points, 76.0))
        kept = charts.area_map(area, others, points, 76.0)
        assert kept.size == full.size and kept.mode == full.mode == "RGB"
        assert np.array_equal(np.asarray(kept), np.asarray(full))
    assert len(charts._BASE_MAPS) == 1
