"""week_counts as Veckans lägesbild reads it nationally (bench/RESULTS.md, Stop 25), on real SQLite and
PostGIS: the same cells whether the named areas are narrowed inside the count or picked after it, as
counted by hand from the stored rows; the driver's rows make the same frame as SQLAlchemy's; the count
reads the week index alone; PostgreSQL sessions run without JIT."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from sqlalchemy import Engine, text

from lagesbild import db, queries, weekly
from lagesbild.weeks import TZ, previous_weeks
from tests.factories import CENTRES, populate, weekly_spec

WEEK = "2026-W47"
KEY = ["iso_week", "area", "category"]


@pytest.fixture
def stored(engine: Engine) -> Engine:
    """12 weeks of a few incidents per area, with what a count must leave out: a linked duplicate, a
    rejected report, one not yet reviewed, and one outside any area."""
    spec = weekly_spec(weeks=12)
    outside = dt.datetime(2026, 11, 18, 12, tzinfo=TZ)
    spec.append({"area": None, "category": "klotter", "when": outside})
    spec.append({"area": "Älta", "category": "klotter", "when": outside, "source": "polis"})
    populate(engine, spec)
    with engine.begin() as conn:
        ids = [int(v) for v in conn.execute(text("SELECT id FROM incidents ORDER BY id")).scalars()]
        linked = {"first": ids[0], "id": ids[1]}
        conn.execute(text("UPDATE incidents SET duplicate_of = :first WHERE id = :id"), linked)
        conn.execute(text("UPDATE incidents SET review_status = 'avvisad' WHERE id = :id"), {"id": ids[2]})
        conn.execute(text("UPDATE incidents SET review_status = 'inkommen' WHERE id = :id"), {"id": ids[3]})
    return engine


def by_hand(
    engine: Engine, weeks: list[str], areas: list[str] | None, reviewed_only: bool, sources: list[str] | None
) -> pd.DataFrame:
    """The cells counted in pandas from every stored row, with `queries.counted`'s rules written out."""
    with engine.connect() as conn:
        rows = pd.DataFrame(
            conn.execute(
                text(
                    "SELECT i.iso_week, a.name AS area, i.category, i.source, i.review_status, "
                    "i.duplicate_of FROM incidents i JOIN areas a ON a.id = i.area_id"
                )
            ).all()
        )
    keep = rows["iso_week"].isin(weeks) & rows["duplicate_of"].isna() & (rows["review_status"] != "avvisad")
    if areas:
        keep &= rows["area"].isin(areas)
    if reviewed_only:
        keep &= rows["review_status"] == "granskad"
    if sources:
        keep &= rows["source"].isin(sources)
    counts = rows[keep].groupby(KEY).size().rename("count").reset_index()
    return sorted_frame(counts)


def sorted_frame(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values(KEY).reset_index(drop=True)
    return frame.astype({"iso_week": str, "area": str, "category": str, "count": "int64"})


@pytest.mark.parametrize(
    ("areas", "reviewed_only", "sources"),
    [
        (None, False, None),
        (list(CENTRES), False, None),
        (["Älta", "Fisksätra"], True, None),
        (["Brandkärr"], False, ["kommun"]),
        (["Älta", "Finns inte"], False, ["polis", "kommun"]),
    ],
)
def test_narrowed_or_picked_after_the_same_cells_as_by_hand(
    stored: Engine,
    monkeypatch: pytest.MonkeyPatch,
    areas: list[str] | None,
    reviewed_only: bool,
    sources: list[str] | None,
) -> None:
    weeks = weekly.history_weeks(WEEK)
    expected = by_hand(stored, weeks, areas, reviewed_only, sources)
    assert len(expected) > 20
    narrowed = queries.week_counts(stored, weeks, areas=areas, sources=sources, reviewed_only=reviewed_only)
    monkeypatch.setattr(queries, "NARROWED_AREAS", 0)  # as for more named areas than that: picked after
    picked = queries.week_counts(stored, weeks, areas=areas, sources=sources, reviewed_only=reviewed_only)
    pd.testing.assert_frame_equal(sorted_frame(narrowed), expected)
    pd.testing.assert_frame_equal(sorted_frame(picked), expected)


def test_within_a_kommun_the_same_either_way(stored: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    weeks = previous_weeks(WEEK, 4) + [WEEK]
    with queries.kommun_scope("0182"):
        narrowed = queries.week_counts(stored, weeks, areas=list(CENTRES))
        monkeypatch.setattr(queries, "NARROWED_AREAS", 0)
        picked = queries.week_counts(stored, weeks, areas=list(CENTRES))
    assert set(narrowed["area"]) == {"Älta", "Fisksätra"}  # Nacka's; Brandkärr is Nyköping's
    pd.testing.assert_frame_equal(sorted_frame(narrowed), sorted_frame(picked))


def test_the_drivers_rows_make_the_same_frame(stored: Engine) -> None:
    query = queries.week_counts_query(weekly.history_weeks(WEEK), list(CENTRES))
    plain = queries.read(stored, query, plain=True)
    pd.testing.assert_frame_equal(plain, queries.read(stored, query))
    assert list(plain.dtypes.astype(str)) == ["str", "str", "str", "int64"]
    none = queries.week_counts_query(["1999-W01"])
    pd.testing.assert_frame_equal(queries.read(stored, none, plain=True), queries.read(stored, none))


def test_the_count_reads_the_week_index_alone(engine: Engine) -> None:
    """Every column the count needs is in ix_incidents_week_area_category_counted, so neither engine
    has to read the table (PostgreSQL: an index-only scan when the planner takes the index at all)."""
    query = queries.week_counts_query(weekly.history_weeks(WEEK), reviewed_only=True)
    compiled = query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
    with engine.connect() as conn:
        if db.is_postgis(engine):
            conn.execute(text("SET enable_seqscan = off"))
            conn.execute(text("SET enable_bitmapscan = off"))
            plan = "\n".join(str(r[0]) for r in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
            assert "Index Only Scan using ix_incidents_week_area_category_counted on incidents" in plan
        else:
            plan = "\n".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert "USING COVERING INDEX ix_incidents_week_area_category_counted" in plan


def test_postgresql_sessions_run_without_jit_and_keep_the_urls_options(postgis_url: str) -> None:
    engine = db.make_engine(postgis_url)
    with_options = db.make_engine(postgis_url + "&options=-c%20work_mem%3D8MB")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW jit")).scalar() == "off"
        with with_options.connect() as conn:
            assert conn.execute(text("SHOW jit")).scalar() == "off"
            assert conn.execute(text("SHOW work_mem")).scalar() == "8MB"
    finally:
        engine.dispose()
        with_options.dispose()
