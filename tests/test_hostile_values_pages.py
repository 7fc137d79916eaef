"""One stored hostile value must not break a page for everyone (issue 17): an Inf cost and dates in
1899 and 9999 in the database (an older database; ingest refuses them now) degrade per row; exports of
any range are bounded; the Importera page shows a Swedish message for a deep JSON upload."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from lagesbild import data_range, queries
from lagesbild.report import export
from tests import hostile_files as hostile
from tests.factories import populate, weekly_spec
from tests.test_dashboard_apptest import WEEK, _engine_at, _ok, _open

WEIRD = [
    ("1899-W22", "1899-06-01", "1899-06-01 12:00:00"),
    ("9999-W52", "9999-12-31", "9999-12-31 12:00:00"),
]


def _poison(engine: Engine) -> None:
    """One Inf cost and two incidents dated 1899 and 9999, written past the ingest checks."""
    inf = "'Infinity'::float8" if engine.dialect.name == "postgresql" else "9e999"
    with engine.begin() as conn:
        ids = (
            conn.execute(
                text(
                    "SELECT id FROM incidents WHERE iso_week = (SELECT max(iso_week) FROM "
                    "incidents) ORDER BY id LIMIT 4"
                )
            )
            .scalars()
            .all()
        )
        conn.execute(
            text(f"UPDATE incidents SET cost_sek = {inf}, source = 'bostadsbolag' WHERE id = :id"),  # noqa: S608
            {"id": ids[0]},
        )
        conn.execute(
            text("UPDATE incidents SET cost_sek = 4500, source = 'bostadsbolag' WHERE id = :id"),
            {"id": ids[3]},
        )
        for incident_id, (week, day, stamp) in zip(ids[1:3], WEIRD, strict=True):
            conn.execute(
                text(
                    "UPDATE incidents SET iso_week = :w, occurred_date = :d, occurred_at = :t WHERE id = :id"
                ),
                {
                    "w": week,
                    "d": dt.date.fromisoformat(day),
                    "t": dt.datetime.fromisoformat(stamp),
                    "id": incident_id,
                },
            )


@pytest.fixture
def poisoned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    engine = _engine_at(f"sqlite:///{tmp_path / 'lagesbild.db'}", monkeypatch)
    populate(engine, weekly_spec(weeks=12))
    _poison(engine)
    return engine


def test_queries_keep_weeks_and_costs_plausible(engine: Engine) -> None:
    populate(engine, weekly_spec(weeks=4))
    _poison(engine)
    present = data_range.weeks_present(engine)
    assert present and present[0] >= "2000-W01" and present[-1] < "2100-W01"
    first, last = data_range.week_range_in_data(engine)
    assert first == present[0] and last == present[-1]
    counts = queries.weekly_series(engine, present[0], present[-1])
    assert counts["cost_sek"].map(lambda v: v == v and abs(v) != float("inf")).all()


def test_an_export_of_any_range_is_clamped_to_the_data(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(engine, weekly_spec(weeks=4))
    _poison(engine)
    first, last = data_range.date_range_in_data(engine)
    assert first is not None and last is not None and first.year >= 2000 and last.year < 2100
    start, end = export.clamp_period(engine, dt.date(1899, 1, 1), dt.date(9999, 12, 31))
    assert (start, end) == (first, last)
    count = export.export_shared(
        engine, dt.date(1899, 1, 1), dt.date(9999, 12, 31), "xlsx", tmp_path / "allt.xlsx"
    )
    assert count > 0 and (tmp_path / "allt.xlsx").stat().st_size > 0
    asked = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert export.clamp_period(engine, *asked) == asked  # an ordinary period stays as asked
    monkeypatch.setattr(export, "MAX_EXPORT_DAYS", 7)
    with pytest.raises(ValueError, match="högst 7 dagar"):
        export.clamp_period(engine, dt.date(1899, 1, 1), dt.date(9999, 12, 31))


@pytest.mark.parametrize("page", ["trender", "insatser", "veckans_lagesbild", "karta"])
def test_pages_render_with_a_hostile_value_stored(poisoned: Engine, page: str) -> None:
    at = _open(page)
    _ok(at)
    assert "Databasen går inte att nå" not in " ".join(str(e.value) for e in at.warning)
    if page == "trender":
        total = next(m for m in at.metric if "Summa under perioden" in m.label)
        assert total.value == "4\u00a0500 kr"  # the Inf row counts as no cost; the rest is summed
        assert all("9999" not in str(o) for box in at.selectbox for o in box.options)
    assert WEEK  # the fixture's data ends in this week


def test_importera_shows_a_swedish_message_for_deep_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _engine_at(f"sqlite:///{tmp_path / 'lagesbild.db'}", monkeypatch)
    populate(engine, weekly_spec(weeks=2))
    deep = hostile.deep_json(tmp_path / "djup.json").read_bytes()
    at = _open("importera")
    at.file_uploader(key="import-files").set_value(("djup.json", deep, "application/json")).run()
    _ok_but_errors = [e.value for e in at.error]
    assert not at.exception, [e.value for e in at.exception]
    assert any("djup.json: JSON-filen är för djupt nästlad" in e for e in _ok_but_errors)
    at.button(key="import-commit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert all("Traceback" not in e.value and "/work" not in e.value for e in at.error)
    assert sum("för djupt nästlad" in e.value for e in at.error) == 2  # the preview and the commit
