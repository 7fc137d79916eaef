"""The whole ingest path, file bytes to database rows, on real SQLite and real PostGIS."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import Engine, func, select, text

from data_ingest import store
from data_ingest.pipeline import ingest_file
from lagesbild import db, queries
from lagesbild.reference import store_reference
from tests.factories import reference

KOMMUN_CSV = """Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör
2026-05-01;21:30;Fisksätra;Fisksätra centrum;Klotter;Klotter på väggen vid entrén.;Trygghetsvärdar Nacka
1/5/2026;kväll;Älta;Älta centrum;Skadegörelse;Glaskross, boende Anna Lindqvist 070-123 45 67 såg det.;Trygghetsvärdar Nacka
31/13/2026;21.30;Älta;Älta centrum;Klotter;Fel datum.;Trygghetsvärdar Nacka
2.5.2026;2130;Älta;;Fyrverkerier;Raketer mot fasad.;Trygghetsvärdar Nacka
"""  # noqa: E501


def _setup(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())


def _ingest(engine: Engine, content: bytes, name: str) -> store.BatchSummary:
    return ingest_file(engine, io.BytesIO(content), name)


def test_kommun_csv_every_row_accounted_for(engine: Engine) -> None:
    _setup(engine)
    summary = _ingest(engine, KOMMUN_CSV.encode("cp1252"), "nacka_est_2026-W18.csv")
    assert summary.source == "kommun" and summary.rows == 4
    assert (summary.loaded, summary.duplicates, summary.ignored, summary.rejected) == (3, 0, 0, 1)
    assert summary.accounted()
    error = summary.errors[0]
    assert error["row"] == 4 and error["column"] == "Datum" and "nacka_est_2026-W18.csv" in error["reason"]
    assert any("Fyrverkerier" in w for w in summary.warnings)  # unknown label → övrigt, listed
    with engine.connect() as conn:
        stored = conn.execute(select(db.rejected_rows.c.row_number, db.rejected_rows.c.raw_values)).one()
        texts = conn.execute(select(db.incidents.c.description, db.incidents.c.raw_description)).all()
        batch = conn.execute(select(db.ingest_batches)).mappings().one()
    assert stored.row_number == 4 and "31/13/2026" in stored.raw_values
    assert (batch["rows"], batch["loaded"], batch["rejected"]) == (4, 3, 1)
    shared = " ".join(t.description for t in texts)
    assert "Anna Lindqvist" not in shared and "070-123 45 67" not in shared
    assert any(t.raw_description and "Anna Lindqvist" in t.raw_description for t in texts)  # internal only


def test_same_file_twice_loads_nothing_new(engine: Engine) -> None:
    _setup(engine)
    content = KOMMUN_CSV.encode("utf-8-sig")
    _ingest(engine, content, "a.csv")
    again = _ingest(engine, content, "a.csv")
    assert (again.loaded, again.duplicates, again.rejected) == (0, 3, 1)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.incidents)).scalar() == 3


BOSTAD = """Ärendenr;Registrerad;Fastighet;Adress;Ärendetyp;Beskrivning;Kostnad;Bolag
1001;2026-05-01 22:10;Fisksätra 1:45;Fisksätrasvägen 12;Brand/brandrök;Bilbrand på parkeringen.;4 500 kr;Stena Fastigheter
1002;2026-05-02 09:00;Fisksätra 1:45;Fisksätrasvägen 12;Vattenskada;Läcka i badrum.;;Stena Fastigheter
"""  # noqa: E501
POLIS = [
    {
        "id": 900001,
        "datetime": "2026-05-01 21:55:00 +02:00",
        "name": "01 maj 21.20, Brand, Nacka",
        "summary": "Bilbrand i Fisksätra.",
        "url": "/aktuellt/handelser/2026/maj/1/01-maj-21.20-brand-nacka/",
        "type": "Brand",
        "location": {"name": "Nacka", "gps": "59.310512,18.163100"},
    },
    {
        "id": 900002,
        "datetime": "2026-05-01 23:05:00 +02:00",
        "name": "01 maj 22.40, Trafikolycka, Nacka",
        "summary": "Två bilar har krockat på Värmdövägen.",
        "url": "/aktuellt/handelser/2026/maj/1/01-maj-22.40-trafikolycka-nacka/",
        "type": "Trafikolycka",
        "location": {"name": "Nacka", "gps": "59.310512,18.163100"},
    },
]


def test_police_and_housing_report_of_one_fire_count_once(engine: Engine) -> None:
    _setup(engine)
    polis = _ingest(engine, json.dumps(POLIS, ensure_ascii=False).encode(), "handelser.json")
    assert (polis.source, polis.loaded, polis.ignored) == ("polis", 1, 1)
    bostad = _ingest(engine, BOSTAD.encode("utf-8"), "stena.csv")
    assert (bostad.source, bostad.rows, bostad.loaded, bostad.duplicates, bostad.ignored) == (
        "bostadsbolag",
        2,
        0,
        1,
        1,
    )
    with engine.connect() as conn:
        fire = conn.execute(
            select(
                db.incidents.c.source,
                db.incidents.c.location_precision,
                db.incidents.c.east,
                db.incidents.c.duplicate_of,
            ).order_by(db.incidents.c.id)
        ).all()
        ignored = conn.execute(select(db.ignored_rows.c.reason)).scalars().all()
    police, housing = fire
    assert police.location_precision == "kommun" and police.east is None  # a centroid is no position
    assert housing.duplicate_of is not None and housing.source == "bostadsbolag"
    assert any("Trafikolycka" in r for r in ignored) and any("Vattenskada" in r for r in ignored)
    counts = queries.week_counts(engine, ["2026-W18"])
    assert counts[counts["category"] == "anlagd_brand"]["count"].sum() == 1


def test_corrected_redelivery_updates_and_keeps_history(engine: Engine) -> None:
    _setup(engine)
    _ingest(engine, BOSTAD.encode("utf-8"), "stena_v18.csv")
    corrected = BOSTAD.replace("Bilbrand på parkeringen.", "Bilbrand på parkeringen, två bilar.")
    summary = _ingest(engine, corrected.encode("utf-8"), "stena_v18_rättad.csv")
    assert (summary.loaded, summary.updated, summary.duplicates) == (1, 1, 0)
    with engine.connect() as conn:
        assert (
            conn.execute(select(db.incidents.c.description)).scalar() == "Bilbrand på parkeringen, två bilar."
        )
        previous = conn.execute(select(db.incident_history.c.previous)).scalar_one()
    assert "Bilbrand på parkeringen." in previous


def test_a_failing_batch_leaves_nothing(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    _setup(engine)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("strömavbrott mitt i inläsningen")

    # The failure happens after the batch row, rejected rows and incidents were written.
    monkeypatch.setattr("data_ingest.pipeline.finish_batch", explode)
    with pytest.raises(RuntimeError):
        _ingest(engine, KOMMUN_CSV.encode("utf-8"), "a.csv")
    with engine.connect() as conn:
        for table in ("ingest_batches", "incidents", "rejected_rows"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0  # noqa: S608
    monkeypatch.undo()
    assert _ingest(engine, KOMMUN_CSV.encode("utf-8"), "a.csv").loaded == 3  # a re-run completes


def test_trusted_source_is_reviewed_on_arrival(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    _setup(engine)
    monkeypatch.setenv("LAGESBILD_AUTO_APPROVE", "polis")
    _ingest(engine, json.dumps(POLIS, ensure_ascii=False).encode(), "handelser.json")
    _ingest(engine, KOMMUN_CSV.encode("utf-8"), "a.csv")
    with engine.connect() as conn:
        status: dict[str, str] = dict(conn.execute(text("SELECT source, review_status FROM incidents")).all())
    assert status == {"polis": "granskad", "kommun": "inkommen"}


def test_progress_is_reported_per_chunk(sqlite_engine: Engine) -> None:
    _setup(sqlite_engine)
    header, *rows = KOMMUN_CSV.splitlines()
    content = "\n".join(
        [header] + [rows[0].replace("21:30", f"{h % 24:02d}:{m:02d}") for h in range(24) for m in range(60)]
    )
    seen: list[int] = []
    summary = ingest_file(
        sqlite_engine, io.BytesIO(content.encode()), "lang.csv", progress=seen.append, chunk_rows=500
    )
    assert summary.rows == 1440 and summary.loaded == 1440
    assert seen == sorted(seen) and len(seen) >= 3 and seen[-1] == 1440


def test_a_date_in_the_future_is_rejected_with_the_row(sqlite_engine: Engine) -> None:
    _setup(sqlite_engine)
    content = (
        "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n"
        "2026-05-01;21:30;Fisksätra;;Klotter;Klotter.;Trygghetsvärdar Nacka\n"
        "2062-05-01;21:30;Älta;;Klotter;År skrivet fel.;Trygghetsvärdar Nacka\n"
    ).encode()
    summary = _ingest(sqlite_engine, content, "nacka_framtid.csv")
    assert (summary.loaded, summary.rejected) == (1, 1) and summary.accounted()
    error = summary.errors[0]
    assert (error["row"], error["column"]) == (3, "Datum")
    assert "nacka_framtid.csv rad 3" in error["reason"] and "2062-05-01 ligger i framtiden" in error["reason"]
