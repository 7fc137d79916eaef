"""The store on both engines: known incidents in, the same weekly counts out."""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import Engine

from lagesbild import queries
from tests.factories import populate, weekly_spec


def test_weekly_counts_from_a_known_population(engine: Engine) -> None:
    spec = weekly_spec(weeks=6)
    populate(engine, spec)
    counts = queries.week_counts(engine, ["2026-W47"])
    expected = sum(1 for s in spec if cast(dt.datetime, s["when"]).isocalendar()[1] == 47)
    assert counts["count"].sum() == expected > 0
