"""The committed sample data, loaded end to end: nothing lost, the same picture on both engines."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from sqlalchemy import Engine, func, select, text

from lagesbild import db, queries, review_queries
from lagesbild.cli.demo import load_demo
from lagesbild.privacy.shared import shared_incidents
from tests.conftest import SAMPLE_DIR


def _batches(engine: Engine) -> pd.DataFrame:
    return review_queries.batches(engine, limit=100_000)


def test_every_sample_file_is_read_and_every_row_accounted_for(sample_engine: Engine) -> None:
    batches = _batches(sample_engine)
    files = [p for d in ("kommun", "polis", "bostadsbolag") for p in (SAMPLE_DIR / d).iterdir()]
    assert len(batches) == len(files) >= 6 * 78  # 78+ weeks of each source's weekly files
    assert (
        batches["rows"]
        == batches["loaded"] + batches["duplicates"] + batches["ignored"] + batches["rejected"]
    ).all()
    with sample_engine.connect() as conn:
        weeks = conn.execute(select(func.count(func.distinct(db.incidents.c.iso_week)))).scalar_one()
        per_area: dict[str, int] = dict(
            conn.execute(
                text(
                    "SELECT a.name, count(*) FROM incidents i JOIN areas a ON a.id = i.area_id "
                    "GROUP BY a.name"
                )
            ).all()
        )
    assert weeks >= 78
    # The three EST areas carry the sample's reports; events elsewhere in the two kommuner land in their
    # other RegSO areas, each far fewer (the sample's "elsewhere" events and rows just outside).
    est = {"Brandkärr", "Fisksätra", "Älta-Erstavik"}
    assert min(per_area[a] for a in est) > 800
    assert max(v for a, v in per_area.items() if a not in est) < 150


def test_demo_sets_up_the_real_regso_areas_and_places_nothing_outside_by_mistake(
    sample_engine: Engine,
) -> None:
    """`make run`'s path (kommun add + reference load + ingest) on a fresh SQLite database: the areas
    are SCB's RegSO areas with their real boundaries, and a row lands "utanför områdena" only when
    the sample meant it to (no point in any area, no known area in its columns or text)."""
    from shapely import wkt

    from lagesbild.geo import areas_for_points
    from lagesbild.kommuner import regso_areas

    regso = pd.concat([regso_areas("0182"), regso_areas("0480")], ignore_index=True).set_index("code")
    with sample_engine.connect() as conn:
        stored = pd.DataFrame(
            conn.execute(select(db.areas.c.code, db.areas.c.name, db.areas.c.geom, db.areas.c.active)).all()
        ).set_index("code")
        incidents = pd.DataFrame(
            conn.execute(
                text(
                    "SELECT i.source, i.east, i.north, a.name AS area FROM incidents i "
                    "LEFT JOIN areas a ON a.id = i.area_id"
                )
            ).all()
        )
    assert sorted(stored.index) == sorted(regso.index) and stored["active"].all()  # 16 + 20, no copies
    for code in ("0182R004", "0182R016", "0480R004"):
        ours, scb = wkt.loads(stored.at[code, "geom"]), regso.at[code, "geometry"]
        assert stored.at[code, "name"] == regso.at[code, "name"]
        assert ours.symmetric_difference(scb).area < 1e-6 * scb.area
    # Every kommun EST report is about one of the three areas: none is left outside.
    kommun_rows = incidents[incidents["source"] == "kommun"]
    assert kommun_rows["area"].notna().all()
    # No incident with a point inside a RegSO area is left outside, and each is in the area it lies in.
    with_point = incidents[incidents["east"].notna()]
    lies_in = areas_for_points(
        with_point["east"].to_numpy(float),
        with_point["north"].to_numpy(float),
        regso.reset_index(),
    )
    lies_in.index = with_point.index
    placed = with_point["area"]
    assert (placed[lies_in.notna()] == lies_in[lies_in.notna()]).all()


def test_planted_malformed_rows_are_rejected_with_row_and_column(sample_engine: Engine) -> None:
    expected = json.loads((SAMPLE_DIR / "expected_rejects.json").read_text(encoding="utf-8"))
    with sample_engine.connect() as conn:
        rejected = conn.execute(
            text(
                "SELECT b.file_name, r.row_number, r.column_name FROM rejected_rows r "
                "JOIN ingest_batches b ON b.id = r.batch_id"
            )
        ).all()
        ignored = conn.execute(
            text(
                "SELECT b.file_name, r.row_number FROM ignored_rows r JOIN ingest_batches b ON "
                "b.id = r.batch_id"
            )
        ).all()
    found = {(f, r) for f, r, _ in rejected} | {(f, r) for f, r in ignored}
    missing = [e for e in expected if (e["file"].split("/")[-1], e["row"]) not in found]
    assert not missing, f"planted bad rows not rejected: {missing[:5]}"


def test_cross_source_duplicates_are_linked(sample_engine: Engine) -> None:
    """The planted cross-source pairs are linked (recall), and few other links are made (precision)."""
    expected = json.loads((SAMPLE_DIR / "expected_duplicates.json").read_text(encoding="utf-8"))
    with sample_engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.id, i.duplicate_of, b.file_name, i.row_number FROM incidents i "
                "JOIN ingest_batches b ON b.id = i.batch_id"
            )
        ).all()
    by_row = {(r.file_name, r.row_number): r for r in rows}
    root = {r.id: (r.duplicate_of or r.id) for r in rows}
    groups: dict[int, set[int]] = {}
    missing_rows = []
    for pair in expected:
        for side in (pair["a"], pair["b"]):
            row = by_row.get((side["file"].split("/")[-1], side["row"]))
            if row is None:
                missing_rows.append(side)
            else:
                groups.setdefault(pair["group"], set()).add(row.id)
    assert not missing_rows, f"planted duplicate rows not loaded: {missing_rows[:3]}"
    linked = [g for g in groups.values() if len({root[i] for i in g}) == 1]
    recall = len(linked) / len(groups)
    planted = {i for g in groups.values() for i in g}
    links = [r for r in rows if r.duplicate_of is not None]
    precision = sum(1 for r in links if r.id in planted and r.duplicate_of in planted) / max(len(links), 1)
    print(f"dubblettlänkning: recall {recall:.1%} ({len(linked)}/{len(groups)}), precision {precision:.1%}")
    assert recall >= 0.9 and precision >= 0.7


@pytest.mark.postgis
def test_sqlite_and_postgis_give_identical_weekly_counts(
    sample_engine: Engine, postgis_engine: Engine
) -> None:
    load_demo(postgis_engine, SAMPLE_DIR)
    weeks = [f"2026-W{w:02d}" for w in range(1, 48)] + [f"2025-W{w:02d}" for w in range(16, 53)]
    lite = queries.week_counts(sample_engine, weeks).sort_values(["iso_week", "area", "category"])
    pg = queries.week_counts(postgis_engine, weeks).sort_values(["iso_week", "area", "category"])
    assert len(lite) > 500
    pd.testing.assert_frame_equal(lite.reset_index(drop=True), pg.reset_index(drop=True), check_dtype=False)


def test_no_planted_personal_data_in_the_shared_layer(sample_engine: Engine) -> None:
    planted = json.loads((SAMPLE_DIR / "planted_personal_data.json").read_text(encoding="utf-8"))
    import datetime as dt

    shared = shared_incidents(sample_engine, dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert len(shared) > 1000
    blob = shared.to_csv(index=False)
    leaked = [p for p in planted if p["value"] in blob]
    assert not leaked, leaked[:5]
