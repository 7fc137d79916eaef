"""Review as commands, on SQLite and PostGIS: approve with edits, reject with a reason (the batch still
accounts for every row, the report leaves every count and list), re-categorise (the privacy gate
holds), move to another area, and one audit entry per change in the same transaction."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from sqlalchemy import Engine, select

from dashboard.summaries import log_details
from data_ingest.pipeline import ingest_file
from lagesbild import audit, commands, db, queries, review_queries
from lagesbild.errors import UserInputError
from lagesbild.privacy import shared
from tests.factories import populate

CSV = (
    "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n"
    "2026-11-18;21:30;Älta;Älta centrum;Klotter;Nytt klotter på muren.;Trygghetsvärdar\n"
    "2026-11-18;22:10;Fisksätra;Fisksätra centrum;Skadegörelse;Glaskross vid entrén.;Trygghetsvärdar\n"
    "2026-11-19;10:00;Älta;Älta centrum;Klotter;Test av formuläret.;Trygghetsvärdar\n"
    "31/13/2026;10:00;Älta;Älta centrum;Klotter;Fel datum.;Väktare\n"
)
WEEK = "2026-W47"


@pytest.fixture
def waiting(engine: Engine) -> dict[str, Any]:
    """A kommun file of four rows read in: three reports wait for granskning, one row was rejected."""
    populate(engine, [])
    summary = ingest_file(engine, io.BytesIO(CSV.encode("utf-8")), "est_vecka47.csv", "kommun", "Anna")
    assert (summary.rows, summary.loaded, summary.rejected) == (4, 3, 1)
    with engine.connect() as conn:
        rows = conn.execute(select(db.incidents.c.id, db.incidents.c.description)).all()
    return {"engine": engine, "batch": summary.batch_id, "ids": {r.description: int(r.id) for r in rows}}


def _incident(engine: Engine, incident_id: int) -> Any:
    with engine.connect() as conn:
        return conn.execute(select(db.incidents).where(db.incidents.c.id == incident_id)).mappings().one()


def _batch(engine: Engine, batch_id: int) -> Any:
    with engine.connect() as conn:
        b = db.ingest_batches
        return conn.execute(select(b).where(b.c.id == batch_id)).mappings().one()


def _entries(engine: Engine, action: str) -> list[dict[str, Any]]:
    log = audit.recent(engine)
    return [
        json.loads(d)
        for d, a in zip(log["details"], log["action"], strict=True)
        if a == audit.ACTIONS[action]
    ]


def test_approve_with_edits_saves_the_edited_text_and_audits_it(waiting: dict[str, Any]) -> None:
    engine, ids = waiting["engine"], waiting["ids"]
    first = ids["Nytt klotter på muren."]
    outcome = commands.review_incidents(
        engine,
        approve=list(ids.values()),
        edits=[commands.RowEdit(first, description="Klotter på muren vid Älta centrum.")],
        actor="Anna",
    )
    assert (outcome.approved, outcome.rejected, outcome.edited) == (3, 0, 1)
    shown = shared.shared_incidents(engine, dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert "Klotter på muren vid Älta centrum." in set(shown["description"])
    assert "Nytt klotter på muren." not in set(shown["description"])
    with engine.connect() as conn:  # the text before the edit is kept, by whom it was changed
        history = conn.execute(select(db.incident_history)).mappings().one()
    assert history["changed_by"] == "Anna" and json.loads(history["previous"])["description"] == (
        "Nytt klotter på muren."
    )
    assert _entries(engine, "review_edit") == [{"incident": first, "text": "ändrad"}]
    assert _entries(engine, "review") == [{"incidents": sorted(ids.values())}]


def test_reject_with_reason_is_a_rejected_row_of_its_batch(waiting: dict[str, Any]) -> None:
    engine, ids, batch = waiting["engine"], waiting["ids"], waiting["batch"]
    test_row = ids["Test av formuläret."]
    before = int(queries.week_counts(engine, [WEEK])["count"].sum())
    outcome = commands.review_incidents(
        engine, reject={test_row: "Testrapport eller felregistrering"}, actor="Anna"
    )
    assert outcome.rejected == 1
    counts = _batch(engine, batch)
    columns = ["rows", "loaded", "duplicates", "ignored", "rejected"]
    assert [counts[c] for c in columns] == [4, 2, 0, 0, 2]  # rows = loaded + duplicates + ignored + rejected
    listed = review_queries.rejected(engine, batch)
    mine = listed[listed["column_name"] == commands.REVIEW_COLUMN]
    assert mine["reason"].tolist() == ["Avvisad vid granskning: Testrapport eller felregistrering"]
    assert mine["row_number"].tolist() == [4]  # the file's line the report was read from
    values = json.loads(mine["raw_values"].iloc[0])
    assert (values["Beskrivning"], values["Tidpunkt"]) == ("Test av formuläret.", "2026-11-19 10:00")
    # It leaves every count, list and the queue; the others still wait.
    assert int(queries.week_counts(engine, [WEEK])["count"].sum()) == before - 1
    listed_ids = set(queries.incident_list(engine, dt.date(2026, 11, 16), dt.date(2026, 11, 22))["id"])
    assert test_row not in listed_ids and len(listed_ids) == 2
    assert set(review_queries.review_queue(engine)["id"]) == set(ids.values()) - {test_row}
    assert _entries(engine, "reject") == [
        {"incident": test_row, "batch": batch, "reason": "Testrapport eller felregistrering"}
    ]
    assert "skäl: Testrapport eller felregistrering" in log_details(
        json.dumps(_entries(engine, "reject")[0], ensure_ascii=False)
    )
    with pytest.raises(UserInputError, match="väntar inte längre"):  # not twice
        commands.review_incidents(engine, reject={test_row: "igen"}, actor="Anna")


def test_reject_needs_a_reason_and_stores_nothing_without(waiting: dict[str, Any]) -> None:
    engine, ids = waiting["engine"], waiting["ids"]
    first = ids["Nytt klotter på muren."]
    with pytest.raises(UserInputError, match="Ange ett skäl"):
        commands.review_incidents(
            engine,
            approve=[ids["Glaskross vid entrén."]],
            reject={first: "   "},
            edits=[commands.RowEdit(first, description="ändrad")],
            actor="Anna",
        )
    assert _incident(engine, first)["review_status"] == "inkommen"
    assert _incident(engine, first)["description"] == "Nytt klotter på muren."
    assert _incident(engine, ids["Glaskross vid entrén."])["review_status"] == "inkommen"


def test_a_reject_wins_over_approve_and_lists_the_edited_text(waiting: dict[str, Any]) -> None:
    engine, ids, batch = waiting["engine"], waiting["ids"], waiting["batch"]
    first = ids["Nytt klotter på muren."]
    outcome = commands.review_incidents(
        engine,
        approve=[first],
        reject={first: "Fel kommun"},
        edits=[commands.RowEdit(first, description="Klotter (namn borttaget).")],
        actor="Anna",
    )
    assert (outcome.approved, outcome.rejected) == (0, 1)
    assert _incident(engine, first)["review_status"] == "avvisad"
    listed = review_queries.rejected(engine, batch)
    values = json.loads(listed.loc[listed["column_name"] == commands.REVIEW_COLUMN, "raw_values"].iloc[0])
    assert values["Beskrivning"] == "Klotter (namn borttaget)."


def test_recategorise_respects_the_privacy_gate(waiting: dict[str, Any]) -> None:
    engine, ids = waiting["engine"], waiting["ids"]
    first, second = ids["Nytt klotter på muren."], ids["Glaskross vid entrén."]
    # Into a sensitive category: area level only (no text, no point) once approved.
    commands.review_incidents(
        engine, approve=[first], edits=[commands.RowEdit(first, category="sexualbrott")], actor="Anna"
    )
    row = _incident(engine, first)
    assert row["category"] == "sexualbrott"
    shown = shared.shared_incidents(engine, dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert bool(shown.loc[shown["category"] == "sexualbrott", "area_only"].all())
    assert "Nytt klotter på muren." not in set(shared.listable(shown)["description"])
    assert _entries(engine, "review_edit")[0]["category"] == "Klotter → Sexualbrott"
    # A text naming a sensitive matter makes an open category area level too (fail closed).
    commands.review_incidents(
        engine,
        edits=[commands.RowEdit(second, description="Ofredande vid entrén.", category="klotter")],
        actor="Anna",
    )
    assert _incident(engine, second)["privacy_reason"] == "känsligt innehåll: ofredande"
    with pytest.raises(UserInputError, match="Okänd kategori"):
        commands.review_incidents(engine, edits=[commands.RowEdit(second, category="påhittad")], actor="Anna")


def test_leaving_a_sensitive_category_stays_area_level(engine: Engine) -> None:
    populate(
        engine,
        [{"area": "Älta", "category": "sexualbrott", "when": dt.datetime(2026, 11, 18, 12, tzinfo=dt.UTC)}],
        approve=False,
    )
    with engine.connect() as conn:
        incident_id = int(conn.execute(select(db.incidents.c.id)).scalar_one())
    commands.review_incidents(
        engine, approve=[incident_id], edits=[commands.RowEdit(incident_id, category="klotter")], actor="Anna"
    )
    row = _incident(engine, incident_id)
    assert (row["category"], row["privacy_reason"]) == ("klotter", commands.WAS_SENSITIVE)
    shown = shared.shared_incidents(engine, dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert shown["area_only"].tolist() == [True] and shared.listable(shown).empty


def test_move_to_another_area(waiting: dict[str, Any]) -> None:
    engine, ids = waiting["engine"], waiting["ids"]
    first = ids["Nytt klotter på muren."]
    before = queries.week_counts(engine, [WEEK]).groupby("area")["count"].sum()
    commands.review_incidents(engine, edits=[commands.RowEdit(first, area="Fisksätra")], actor="Anna")
    after = queries.week_counts(engine, [WEEK]).groupby("area")["count"].sum()
    assert after.get("Älta", 0) == before.get("Älta", 0) - 1
    assert after["Fisksätra"] == before["Fisksätra"] + 1
    row = _incident(engine, first)
    assert (row["east"], row["location_precision"]) == (None, "area")  # the old point lay in Älta
    assert _entries(engine, "review_edit") == [{"incident": first, "area": "Älta → Fisksätra"}]
    assert log_details(json.dumps(_entries(engine, "review_edit")[0], ensure_ascii=False)) == (
        f"rapport: {first}; område: Älta → Fisksätra"
    )
    with pytest.raises(UserInputError, match="inget av kommunens områden"):
        commands.review_incidents(engine, edits=[commands.RowEdit(first, area="Atlantis")], actor="Anna")


def test_a_failing_audit_entry_stores_no_change(
    waiting: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, ids, batch = waiting["engine"], waiting["ids"], waiting["batch"]
    first = ids["Nytt klotter på muren."]

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("loggen är full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        commands.review_incidents(engine, reject={first: "Fel kommun"}, actor="Anna")
    assert _incident(engine, first)["review_status"] == "inkommen"
    assert (_batch(engine, batch)["loaded"], _batch(engine, batch)["rejected"]) == (3, 1)
    assert len(review_queries.rejected(engine, batch)) == 1


def test_a_new_version_of_a_rejected_report_stays_rejected(engine: Engine) -> None:
    """A source that delivers a rejected report again, changed (same key), does not bring it back: the
    row is a rejected row of the new batch, which still accounts for every row."""
    from data_ingest.store import BatchSummary, finish_batch, start_batch, store_incidents
    from lagesbild.reference import load_reference
    from tests.factories import incident_rows

    spec = [{"area": "Älta", "category": "klotter", "when": dt.datetime(2026, 11, 18, 12, tzinfo=dt.UTC)}]
    populate(engine, spec, approve=False)
    with engine.connect() as conn:
        incident_id = int(conn.execute(select(db.incidents.c.id)).scalar_one())
        area_ids = load_reference(conn).area_ids
    commands.review_incidents(engine, reject={incident_id: "Inte en EST-händelse"}, actor="Anna")
    again = incident_rows(spec).assign(content_hash="ändrad", description="Ny version.")
    with engine.begin() as conn:
        summary = BatchSummary(file="igen.csv", source="kommun", kind="incidents", rows=1)
        summary.batch_id = start_batch(conn, summary, "1" * 64, "test")
        store_incidents(conn, summary, again, area_ids)
        finish_batch(conn, summary)
    assert (summary.loaded, summary.rejected) == (0, 1) and summary.accounted()
    assert "avvisades vid granskning" in summary.errors[0]["reason"]
    row = _incident(engine, incident_id)
    assert (row["review_status"], row["description"]) == ("avvisad", "Klotter på väggen.")  # unchanged
