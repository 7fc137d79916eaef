"""New incidents are written column-wise by one driver-level bulk insert (COPY on PostgreSQL): the
stored rows must be exactly those the previous path stored, a dict per row bound by SQLAlchemy."""

from __future__ import annotations

import io
from typing import Any

from sqlalchemy import Engine, delete, select

from data_ingest import store
from data_ingest.normalise import normalise_incidents
from data_ingest.pipeline import ingest_file
from data_ingest.readers.detect import read_file
from lagesbild import db, settings
from lagesbild.categories import load_config
from lagesbild.reference import load_reference, store_reference
from tests.factories import reference

CSV = """Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E
2026-05-01;21:30;Fisksätra;Fisksätra centrum;Klotter;Klotter på väggen vid entrén.;Trygghetsvärdar Nacka;;
1/5/2026;kväll;Älta;Älta centrum;Skadegörelse;Glaskross, boende Anna Lindqvist 070-123 45 67 såg det.;Trygghetsvärdar Nacka;;
2.5.2026;2130;Älta;;Fyrverkerier;Raketer mot fasad.;Trygghetsvärdar Nacka;;
2026-05-03;00:05;;Okänd plats;Klotter;;Väktare Securitas;6571234.5;681234.25
2026-05-04;;Vallaområdet;;Inbrott;Dörr uppbruten, skadan 12 000 kr.;Väktare Securitas;6574000;683000
"""  # noqa: E501
SKIP = {"id", "created_at", "updated_at"}


def _rows(engine: Engine) -> list[dict[str, Any]]:
    columns = [c for c in db.incidents.c if c.name not in SKIP]
    with engine.connect() as conn:
        return [
            dict(r) for r in conn.execute(select(*columns).order_by(db.incidents.c.row_number)).mappings()
        ]


def test_column_insert_stores_what_the_row_insert_stored(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())
    summary = ingest_file(engine, io.BytesIO(CSV.encode("cp1252")), "nacka.csv")
    assert summary.loaded == 5 and summary.accounted()
    new = _rows(engine)
    with engine.begin() as conn:
        conn.execute(delete(db.incidents))
        ref = load_reference(conn)
        records = read_file(io.BytesIO(CSV.encode("cp1252")), "nacka.csv").records
        incidents = normalise_incidents(records, ref, load_config(), "nacka.csv").incidents
        org_ids = dict(conn.execute(select(db.organisations.c.name, db.organisations.c.id)).all())
        approved = summary.source in settings.get_list("auto_approve_sources")
        stamp = store.now()
        rows = [
            {
                **store._incident_values(row, org_ids, ref.area_ids),
                "batch_id": summary.batch_id,
                "duplicate_of": None,
                "review_status": "granskad" if approved else "inkommen",
                "created_at": stamp,
                "updated_at": stamp,
            }
            for row in incidents.to_dict("records")
        ]
        conn.execute(db.incidents.insert(), rows)
    old = _rows(engine)
    assert new == old
    assert any(r["geom"] for r in new) and any(r["geom"] is None for r in new)
    assert {r["hour"] is None for r in new} == {True, False}  # a day-only date and timed ones
