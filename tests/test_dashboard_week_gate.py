"""The weekly picture's status reason names a missing reporter only through the privacy gate, also now
that the gate is consulted only when someone is missing (`dashboard.data.weekly_picture`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from dashboard import data
from lagesbild import weeks
from tests.factories import populate, weekly_spec

TZ = weeks.TZ


def _spec(end: dt.date, missing_week: str) -> list[dict[str, object]]:
    """The weekly spec plus a regular, unregistered reporter (a person's name would do as well) that
    skipped `missing_week`."""
    spec = weekly_spec(weeks=10, end=end, seed=5)
    for w in range(10):
        monday = end - dt.timedelta(weeks=9 - w, days=6)
        if weeks.week_label(monday) == missing_week:
            continue
        for k in range(2):
            when = dt.datetime.combine(monday + dt.timedelta(days=2 + k), dt.time(10), TZ)
            spec.append({"area": "Fisksätra", "category": "nedskrapning", "when": when,
                         "organisation": "Stena Fastigheter", "source": "bostadsbolag"})  # fmt: skip
    return spec


def test_a_missing_reporter_is_named_as_the_gate_names_it(engine: Engine) -> None:
    today = dt.datetime.now(weeks.TZ).date()
    end = today - dt.timedelta(days=today.isoweekday())  # last Sunday: a week just over, within grace
    last_week = weeks.week_label(end)
    populate(engine, _spec(end, last_week))
    url = engine.url.render_as_string(hide_password=False)
    data.clear_caches()

    internal, _ = data.week_basis(url, last_week)
    assert internal.missing == ("Stena Fastigheter",)
    _, suggested = data.weekly_picture(url, last_week, ("Fisksätra",))
    reason = str(suggested.iloc[0]["reason"])
    assert "rapport saknas från Oregistrerad rapportör (bostadsbolag)" in reason
    assert "Stena" not in reason

    # A week with everybody in names nobody, so the reason needs no gate.
    _, suggested = data.weekly_picture(url, weeks.shift_week(last_week, -1), ("Fisksätra",))
    assert "saknas" not in str(suggested.iloc[0]["reason"])
