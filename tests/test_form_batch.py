"""A failed web-form send stores no import batch (its reasons are still returned); a good one does."""

from __future__ import annotations

import io

from sqlalchemy import Engine, func, select

from dashboard.intake import report_csv
from data_ingest.pipeline import ingest_file
from lagesbild import db
from tests.factories import populate

GOOD = {
    "Datum": "2026-11-18",
    "Tid": "21:30",
    "Område": "Älta",
    "Plats": "Älta centrum",
    "Kategori": "Klotter",
    "Beskrivning": "Klotter på muren.",
    "Rapportör": "Trygghetsvärdar",
}


def _batches(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(db.ingest_batches)).scalar_one())


def test_a_failed_send_leaves_no_batch(engine: Engine) -> None:
    populate(engine, [])
    bad = {**GOOD, "Kategori": ""}
    summary = ingest_file(
        engine, io.BytesIO(report_csv(bad)), "webbformulär-1.csv", "kommun", "test", keep_failed=False
    )
    assert (summary.loaded, summary.rejected, summary.batch_id) == (0, 1, None)
    assert summary.errors and summary.errors[0]["row"] == 2
    assert _batches(engine) == 0
    # The same row from an uploaded file is kept as a batch with its rejected row (accounted for).
    kept = ingest_file(engine, io.BytesIO(report_csv(bad)), "fil.csv", "kommun", "test")
    assert kept.batch_id is not None and _batches(engine) == 1


def test_a_good_send_is_one_batch(engine: Engine) -> None:
    populate(engine, [])
    summary = ingest_file(
        engine, io.BytesIO(report_csv(GOOD)), "webbformulär-2.csv", "kommun", "test", keep_failed=False
    )
    assert summary.loaded == 1 and summary.batch_id is not None
    assert _batches(engine) == 1
