"""The dashboard through Streamlit's AppTest against a real, temporary SQLite database: every page
renders, the filters change what is shown, and the forms write to the database."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from streamlit.testing.v1 import AppTest

from dashboard import data, intake
from lagesbild import commands, data_range, db, queries
from lagesbild.db import init_db, make_engine
from tests.factories import populate, weekly_spec

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")
PAGES = {
    "veckans_lagesbild": "Veckans lägesbild",
    "karta": "Karta",
    "trender": "Trender",
    "importera": "Importera",
    "granskning": "Granskning",
    "kommande_handelser": "Kommande händelser",
    "insatser": "Insatser",
    "rapportera": "Rapportera",
    "presentationslage": "Presentationsläge",
}
WEEK = "2026-W47"


def _engine_at(url: str, monkeypatch: pytest.MonkeyPatch) -> Engine:
    monkeypatch.setenv("LAGESBILD_DB", url)
    engine = make_engine(url)
    init_db(engine)
    return engine


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    engine = _engine_at(f"sqlite:///{tmp_path / 'lagesbild.db'}", monkeypatch)
    spec = weekly_spec(weeks=12)
    spec.append(
        {
            "area": "Älta",
            "category": "klotter",
            "when": dt.datetime(2026, 11, 18, 19, tzinfo=dt.UTC),
            "description": "<script>alert(1)</script>",
            "source": "bostadsbolag",
            "cost_sek": 4500.0,
        }
    )
    populate(engine, spec)
    commands.add_measure(
        engine,
        "Älta",
        "klotter",
        "Snabbsanering",
        None,
        dt.date(2026, 10, 5),
        None,
        "pågående",
        None,
        actor="test",
    )
    with engine.begin() as conn:  # some reports of the last week wait for granskning
        conn.execute(
            text("UPDATE incidents SET review_status = 'inkommen' WHERE iso_week = :w AND id % 3 = 0"),
            {"w": WEEK},
        )
    yield engine
    engine.dispose()


def _open(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    if page != "veckans_lagesbild":
        at.switch_page(f"views/{page}.py").run()
    return at


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def _count(engine: Engine, week: str, area: str) -> int:
    return int(queries.week_counts(engine, [week], areas=[area])["count"].sum())


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders(app_db: Engine, page: str) -> None:
    at = _open(page)
    _ok(at)
    assert [t.value for t in at.title] == [PAGES[page]]
    assert data.EMPTY_MESSAGE not in [i.value for i in at.info]


def test_week_change_changes_the_counts(app_db: Engine) -> None:
    at = _open("veckans_lagesbild")
    assert at.selectbox(key="weekly-week").value == WEEK  # the last complete week (or newest in data)
    first = at.metric[0]
    assert first.label.startswith("Händelser vecka 47")
    assert int(first.value) == _count(app_db, WEEK, "Brandkärr")

    at.selectbox(key="weekly-week").set_value("2026-W44").run()
    _ok(at)
    assert at.metric[0].label.startswith("Händelser vecka 44")
    assert int(at.metric[0].value) == _count(app_db, "2026-W44", "Brandkärr")
    assert _count(app_db, "2026-W44", "Brandkärr") != _count(app_db, WEEK, "Brandkärr")


def test_area_filter(app_db: Engine) -> None:
    at = _open("veckans_lagesbild")
    assert [t.label.split(" ")[0] for t in at.tabs] == ["Brandkärr", "Fisksätra", "Älta"]
    at.multiselect(key="weekly-areas").set_value(["Älta"]).run()
    _ok(at)
    assert [t.label.split(" ")[0] for t in at.tabs] == ["Älta"]
    overview = at.dataframe[0].value
    assert list(overview["Område"]) == ["Älta"]
    assert int(overview["Händelser"].iloc[0]) == _count(app_db, WEEK, "Älta")


def _status_forms(at: AppTest) -> list[str]:
    return [str(b.key) for b in at.button if str(b.key).startswith("status-save-")]


def test_only_the_open_area_is_built_and_stays_open_after_a_decision(app_db: Engine) -> None:
    at = _open("veckans_lagesbild")
    assert len(at.tabs) == 3  # every area has its tab, only the first one's content is built
    assert _status_forms(at) == [f"status-save-Brandkärr-{WEEK}"]
    at.session_state["weekly-area"] = "Älta"  # what clicking Älta's tab keeps (sections.remember_tab)
    at.run()
    _ok(at)
    assert _status_forms(at) == [f"status-save-Älta-{WEEK}"]
    at.radio(key=f"status-value-Älta-{WEEK}").set_value("gul")
    at.button(key=f"status-save-Älta-{WEEK}").click().run()
    _ok(at)
    assert any(t.label == "Älta :orange[●] gul" for t in at.tabs), [t.label for t in at.tabs]
    assert _status_forms(at) == [f"status-save-Älta-{WEEK}"]  # its label changed, the tab stays open


def test_status_decision_is_saved(app_db: Engine) -> None:
    at = _open("veckans_lagesbild")
    at.session_state["weekly-area"] = "Älta"
    at.run()
    at.radio(key=f"status-value-Älta-{WEEK}").set_value("röd")
    at.text_area(key=f"status-comment-Älta-{WEEK}").input("Bränder vid centrum")
    at.text_input(key=f"status-by-Älta-{WEEK}").input("EST-gruppen Älta")
    at.button(key=f"status-save-Älta-{WEEK}").click().run()
    _ok(at)
    saved = queries.area_statuses(app_db, WEEK)
    assert saved[["area", "status", "comment", "decided_by"]].values.tolist() == [
        ["Älta", "röd", "Bränder vid centrum", "EST-gruppen Älta"]
    ]
    assert any("röd" in s.value for s in at.success)


def test_new_insats_is_saved(app_db: Engine) -> None:
    at = _open("insatser")
    at.selectbox(key="measure-area").set_value("Fisksätra")
    at.selectbox(key="measure-category").set_value("anlagd_brand")
    at.text_input(key="measure-title").input("Tömning av containrar kvällstid")
    at.date_input(key="measure-start").set_value(dt.date(2026, 11, 2))
    at.selectbox(key="measure-status").set_value("pågående")
    at.text_input(key="measure-responsible").input("Stena Fastigheter")
    at.button(key="measure-save").click().run()
    _ok(at)
    measures = queries.measures(app_db, areas=["Fisksätra"])
    row = measures[measures["title"] == "Tömning av containrar kvällstid"].iloc[0]
    assert (row["category"], row["status"], row["responsible"]) == (
        "anlagd_brand",
        "pågående",
        "Stena Fastigheter",
    )
    assert row["start_date"] == dt.date(2026, 11, 2)


def test_insats_follow_up_table(app_db: Engine) -> None:
    at = _open("insatser")
    summary = next(df.value for df in at.dataframe if "Period" in df.value.columns)
    assert list(summary["Period"]) == ["Före", "Under"]
    assert int(summary["Veckor"].iloc[0]) == 8


def test_new_upcoming_event_is_saved(app_db: Engine) -> None:
    at = _open("kommande_handelser")
    at.date_input(key="event-date").set_value(dt.date(2026, 12, 31))
    at.selectbox(key="event-area").set_value("Fisksätra")
    at.text_input(key="event-title").input("Nyårsafton vid centrum")
    at.button(key="event-save").click().run()
    _ok(at)
    events = queries.upcoming(app_db, dt.date(2026, 12, 1), dt.date(2027, 1, 31))
    assert events[["area", "title"]].values.tolist() == [["Fisksätra", "Nyårsafton vid centrum"]]


def test_review_marks_rows_granskad(app_db: Engine) -> None:
    def waiting() -> set[int]:
        with app_db.connect() as conn:
            return set(
                conn.execute(
                    select(db.incidents.c.id).where(db.incidents.c.review_status == "inkommen")
                ).scalars()
            )

    before = len(waiting())
    assert before > 0
    at = _open("granskning")
    queue = at.dataframe[0].value  # the data editor: one row per waiting report, nothing ticked yet
    assert set(queue.index) == waiting() and not queue["Granskad"].any()
    at.toggle(key="review-all").set_value(True).run()
    at.button(key="review-commit").click().run()
    _ok(at)
    assert waiting() == set()
    assert any(f"Sparat: {before} rapporter granskade, 0 avvisade" in s.value for s in at.success)


def test_map_views(app_db: Engine) -> None:
    at = _open("karta")
    internal = at.get("iframe")[0].proto.srcdoc
    assert "Enskilda h\\u00e4ndelser" in internal  # ≤ 2,000 incidents: the point layer is there
    # The payload travels as JSON text (the browser writes it with textContent), never as markup.
    assert r"\u003cscript\u003ealert(1)\u003c/script\u003e" in internal and "<script>alert(1)" not in internal
    at.toggle(key="map-shared").set_value(True).run()
    _ok(at)
    shared = at.get("iframe")[0].proto.srcdoc
    assert "Enskilda h\\u00e4ndelser" not in shared and "alert(1)" not in shared
    assert "generaliserade" in shared


def test_trends_page_tables(app_db: Engine) -> None:
    at = _open("trender")
    compstat = next(t.value for t in at.table if "Veckan" in t.value.columns)
    expected = queries.week_counts(app_db, [WEEK])["count"].sum()
    assert int(compstat.loc["Totalt", "Veckan"]) == expected
    charts = at.get("vega_lite_chart")
    assert len(charts) >= 4  # weekly, breakdown, hour × weekday, cost
    for chart in charts:  # data travels inline with the spec: nothing for the browser to fetch
        spec = json.loads(chart.proto.spec)
        assert '"url"' not in json.dumps(spec.get("data", {})) and "http" not in json.dumps(
            spec.get("datasets", {})
        )


@pytest.mark.parametrize("page", list(PAGES))
def test_empty_database_shows_the_friendly_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    _engine_at(f"sqlite:///{tmp_path / 'tom.db'}", monkeypatch).dispose()
    at = _open(page)
    assert not at.exception, [e.value for e in at.exception]
    assert data.EMPTY_MESSAGE in [i.value for i in at.info]


def test_missing_database_file_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'ny' / 'lagesbild.db'}"
    monkeypatch.setenv("LAGESBILD_DB", url)
    at = _open("veckans_lagesbild")
    assert not at.exception
    assert data.EMPTY_MESSAGE in [i.value for i in at.info]
    assert (tmp_path / "ny" / "lagesbild.db").exists()
    assert data_range.weeks_present(make_engine(url)) == []


UPLOAD = (
    "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n"
    "2026-11-24;21:30;Älta;Älta centrum;Klotter;Nytt klotter på muren.;Trygghetsvärdar Nacka\n"
    "24/11/2026;kväll;Fisksätra;Fisksätra centrum;Skadegörelse;Glaskross vid entrén.;Väktare\n"
    "31/13/2026;10:00;Älta;Älta centrum;Klotter;Fel datum.;Väktare\n"
).encode()


def test_import_preview_commit_and_batches(app_db: Engine) -> None:
    from data_ingest.readers.base import FileFormatError

    preview = intake.preview_file(UPLOAD, "est_vecka48.csv", None)
    assert preview.error is None
    assert (preview.source, preview.kind, preview.rows, len(preview.records)) == ("kommun", "incidents", 3, 2)
    assert preview.rejected[["Rad", "Kolumn"]].values.tolist() == [[4, "Datum"]]

    summary = intake.ingest(io.BytesIO(UPLOAD), "est_vecka48.csv", None, "samordnare")
    assert summary.accounted() and (summary.loaded, summary.rejected) == (2, 1)

    at = _open("importera")
    _ok(at)
    batches = at.dataframe[0].value
    newest = batches.iloc[0]
    assert (newest["Fil"], newest["Rader"], newest["Avvisade"], newest["Summa stämmer"]) == (
        "est_vecka48.csv",
        3,
        1,
        "✓",
    )
    rejected = at.dataframe[1].value
    assert rejected["Rad"].tolist() == [4] and "31/13/2026" in rejected["Orsak"].iloc[0]

    garbage = b"\x00\x01 inte en EST-fil"
    assert intake.preview_file(garbage, "okand.json", None).error
    with pytest.raises(FileFormatError):
        intake.ingest(io.BytesIO(garbage), "okand.json", None, None)
