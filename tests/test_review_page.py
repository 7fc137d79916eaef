"""Granskning through AppTest: edits made before "Markera alla" are what is saved, a reason rejects,
an area is changed, and the Logg page tells it in Swedish."""

from __future__ import annotations

from sqlalchemy import Engine, select

from dashboard import review_edits as rx
from lagesbild import db, review_queries
from tests.test_dashboard_apptest import _ok, _open, app_db

__all__ = ["app_db"]  # the fixture, shared with the page tests


def _row(engine: Engine, incident_id: int) -> dict[str, object]:
    i, a = db.incidents, db.areas
    with engine.connect() as conn:
        row = conn.execute(
            select(i.c.review_status, i.c.description, i.c.batch_id, a.c.name.label("area"))
            .select_from(i.outerjoin(a, i.c.area_id == a.c.id))
            .where(i.c.id == incident_id)
        ).one()
    return dict(row._mapping)


def test_edits_survive_select_all_and_a_reason_rejects(app_db: Engine) -> None:
    at = _open("granskning")
    _ok(at)
    queue = at.dataframe[0].value
    first, second, third = (int(v) for v in queue.index[:3])
    moved_to = "Fisksätra" if queue.loc[third, rx.AREA] != "Fisksätra" else "Älta"
    # What the table's edits become once the table is replaced (the browser test edits cells for real).
    at.session_state["review-pending"] = {
        first: {rx.TEXT: "Klotter på muren (namn borttaget)."},
        second: {rx.REASON: "Fel kommun", rx.FREE_TEXT: "hör till Tyresö"},
        third: {rx.AREA: moved_to},
    }
    at.run()
    assert any("3 rapporter har osparade ändringar" in m.value for m in at.info)
    at.toggle(key="review-all").set_value(True).run()
    _ok(at)
    shown = at.dataframe[0].value
    assert bool(shown[rx.APPROVE].all())
    assert shown.loc[first, rx.TEXT] == "Klotter på muren (namn borttaget)."
    assert shown.loc[second, rx.REASON] == "Fel kommun" and shown.loc[third, rx.AREA] == moved_to
    at.button(key="review-commit").click().run()
    _ok(at)
    waiting = len(queue)
    assert any(
        f"Sparat: {waiting - 1} rapporter granskade, 1 avvisad, 2 ändrade." in s.value for s in at.success
    ), [s.value for s in at.success]
    assert _row(app_db, first)["description"] == "Klotter på muren (namn borttaget)."
    assert _row(app_db, first)["review_status"] == "granskad"
    rejected = _row(app_db, second)
    assert rejected["review_status"] == "avvisad"
    listed = review_queries.rejected(app_db, int(rejected["batch_id"]))  # type: ignore[call-overload]
    assert "Avvisad vid granskning: Fel kommun: hör till Tyresö" in set(listed["reason"])
    assert _row(app_db, third)["area"] == moved_to and _row(app_db, third)["review_status"] == "granskad"
    assert at.session_state["review-pending"] == {}
    # Importera: the batch still adds up, and lists the rejection with its reason.
    batch = int(rejected["batch_id"])  # type: ignore[call-overload]
    at.switch_page("views/importera.py").run()
    _ok(at)
    batches = at.dataframe[0].value
    assert set(batches["Summa stämmer"]) == {"✓"}
    row = batches[batches["Nr"] == batch].iloc[0]
    assert row["Rader"] == row["Inlästa"] + row["Dubbletter"] + row["Ignorerade"] + row["Avvisade"]
    assert row["Avvisade"] >= 1
    at.selectbox(key=f"import-batch-{int(batches['Nr'].max())}").set_value(batch).run()
    listed = at.dataframe[1].value
    assert "Avvisad vid granskning: Fel kommun: hör till Tyresö" in set(listed["Orsak"])
    assert set(listed.loc[listed["Orsak"].str.startswith("Avvisad vid granskning"), "Kolumn"]) == {
        "Granskning"
    }
    at.switch_page("views/granskning.py").run()
    # The queue is empty now; the Logg page says what happened, in Swedish.
    assert any("Inget väntar på granskning." in s.value for s in at.success)
    at.switch_page("views/logg.py").run()
    _ok(at)
    log = at.dataframe[0].value
    details = dict(zip(log["Händelse"], log["Detaljer"], strict=False))
    assert details["avvisade rapport"] == (
        f"rapport: {second}; inläsning nr: {rejected['batch_id']}; skäl: Fel kommun: hör till Tyresö"
    )
    edits = set(log.loc[log["Händelse"] == "ändrade rapport vid granskning", "Detaljer"])
    assert f"rapport: {first}; text: ändrad" in edits
    assert any(d.startswith(f"rapport: {third}; område: ") and d.endswith(f"→ {moved_to}") for d in edits)


def test_saving_nothing_warns(app_db: Engine) -> None:
    at = _open("granskning")
    at.button(key="review-commit").click().run()
    _ok(at)
    assert "Markera minst en rapport, ange ett skäl för att avvisa eller ändra något." in [
        w.value for w in at.warning
    ]


def test_edits_survive_a_visit_to_another_page(app_db: Engine) -> None:
    """Streamlit forgets a table's edits when the page is left; the page keeps its own copy."""
    at = _open("granskning")
    first = int(at.dataframe[0].value.index[0])
    at.session_state["review-delta"] = {0: {rx.TEXT: "Rättad text."}}  # as the page saves the table's edits
    at.switch_page("views/logg.py").run()
    at.switch_page("views/granskning.py").run()
    _ok(at)
    assert at.dataframe[0].value.loc[first, rx.TEXT] == "Rättad text."
    assert any("1 rapport har osparade ändringar" in m.value for m in at.info)
