"""history_counts, the landing page's read of week_counts' frame (lagesbild/history_counts.py), on real
SQLite and PostGIS: the same frame as queries.week_counts (and as counted by hand) for every area list,
narrowed or picked after, reviewed only and in a kommun scope, and the same weekly table from it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from sqlalchemy import Engine

from lagesbild import queries, weekly
from lagesbild.history_counts import COLUMNS, history_counts, history_counts_query
from lagesbild.weeks import TZ, previous_weeks
from tests.factories import CENTRES, populate, weekly_spec
from tests.test_week_counts_national import WEEK, by_hand, sorted_frame
from tests.test_week_counts_national import (
    stored as stored,
)  # the fixture: 12 weeks with what a count leaves out

AREA_LISTS = [
    None,
    list(CENTRES),
    ["Älta", "Fisksätra"],
    ["Brandkärr"],
    ["Älta", "Finns inte"],
    ["Finns inte"],
]


@pytest.mark.parametrize("areas", AREA_LISTS)
@pytest.mark.parametrize("reviewed_only", [False, True])
def test_the_same_frame_as_week_counts_narrowed_or_picked_after(
    stored: Engine, monkeypatch: pytest.MonkeyPatch, areas: list[str] | None, reviewed_only: bool
) -> None:
    weeks = weekly.history_weeks(WEEK)
    old = queries.week_counts(stored, weeks, areas=areas, reviewed_only=reviewed_only)
    narrowed = history_counts(stored, weeks, areas, reviewed_only)
    monkeypatch.setattr(queries, "NARROWED_AREAS", 0)  # as for more named areas than that: picked after
    picked = history_counts(stored, weeks, areas, reviewed_only)
    if old.empty:
        pd.testing.assert_frame_equal(narrowed, old)
        pd.testing.assert_frame_equal(picked, old)
        return
    expected = by_hand(stored, weeks, areas, reviewed_only, None)
    pd.testing.assert_frame_equal(sorted_frame(old), expected)
    for new in (narrowed, picked):
        assert list(new.columns) == COLUMNS
        assert list(new.dtypes) == list(old.dtypes)
        pd.testing.assert_frame_equal(sorted_frame(new), sorted_frame(old), check_exact=True)
        pd.testing.assert_frame_equal(
            new.sort_values(COLUMNS[:3]).reset_index(drop=True),
            old.sort_values(COLUMNS[:3]).reset_index(drop=True),
            check_exact=True,
        )


def test_within_a_kommun_the_same_as_week_counts(stored: Engine) -> None:
    weeks = weekly.history_weeks(WEEK)
    with queries.kommun_scope("0182"):
        old = queries.week_counts(stored, weeks, areas=list(CENTRES))
        new = history_counts(stored, weeks, list(CENTRES))
        everywhere = history_counts(stored, weeks)
    assert set(new["area"]) == set(everywhere["area"]) == {"Älta", "Fisksätra"}
    pd.testing.assert_frame_equal(sorted_frame(new), sorted_frame(old), check_exact=True)


def test_no_cells_the_same_empty_frame(stored: Engine) -> None:
    old = queries.week_counts(stored, ["1999-W01"])
    pd.testing.assert_frame_equal(history_counts(stored, ["1999-W01"]), old)


def test_counts_past_one_digit(engine: Engine) -> None:
    """The packed text's numbers parse past one digit (25 in one cell; ids and counts of many cells)."""
    when = dt.datetime(2026, 11, 18, 12, tzinfo=TZ)
    spec = weekly_spec(weeks=12)
    spec += [{"area": "Älta", "category": "klotter", "when": when} for _ in range(25)]
    populate(engine, spec)
    weeks = weekly.history_weeks(WEEK)
    old = queries.week_counts(engine, weeks)
    assert old["count"].max() >= 25
    pd.testing.assert_frame_equal(sorted_frame(history_counts(engine, weeks)), sorted_frame(old))


def test_the_same_weekly_table_and_status(stored: Engine) -> None:
    """What the landing page makes of the counts: the same to the last bit from either read."""
    weeks = weekly.history_weeks(WEEK)
    previous = previous_weeks(WEEK, 4)
    names = sorted({*CENTRES, "Finns inte"})
    old = weekly.area_category_table(queries.week_counts(stored, weeks, areas=names), WEEK, previous)
    new = weekly.area_category_table(history_counts(stored, weeks, names), WEEK, previous)
    pd.testing.assert_frame_equal(new, old, check_exact=True)
    pd.testing.assert_frame_equal(
        weekly.suggested_status(new, names), weekly.suggested_status(old, names), check_exact=True
    )


def test_one_row_per_week_and_category(stored: Engine) -> None:
    weeks = weekly.history_weeks(WEEK)
    with stored.connect() as conn:
        rows = conn.execute(history_counts_query(weeks)).all()
    cells = queries.week_counts(stored, weeks)
    assert len(rows) == len(cells.drop_duplicates(["iso_week", "category"]))
    assert sum((str(r[2]).count(",") + 1) // 2 for r in rows) >= len(cells)
