"""Inställningar: a samordnare renames an area, sets its population, registers a reporter and maps an
unknown label, through Streamlit's AppTest on a real database and in a real browser."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Engine, select
from streamlit.testing.v1 import AppTest

from lagesbild import db
from lagesbild.cli import main
from lagesbild.db import init_db, make_engine

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")


@pytest.fixture
def kommun_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    monkeypatch.setenv("LAGESBILD_DB", url)
    engine = make_engine(url)
    init_db(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    csv = tmp_path / "nacka_est_2026-W10.csv"
    csv.write_text(
        "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E\n"
        "2026-03-02;21:10;Fisksätra;torget;Äggkastning;Ägg mot fönster.;Fritidsgården;;\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--db", url, "--kommun", "0182", str(csv)]) == 0
    yield engine
    engine.dispose()


def _open() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("views/installningar.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_settings_page_edits_areas_reporters_and_labels(kommun_db: Engine) -> None:
    at = _open()
    assert [t.value for t in at.title] == ["Inställningar"]
    assert [s.value for s in at.subheader] == ["Områden", "Rapportörer", "Okända etiketter"]
    # The reporters form.
    at.text_input(key="settings-reporter-name").set_value("Fritidsgården")
    form_submit = next(b for b in at.button if b.label == "Lägg till rapportör")
    form_submit.click().run()
    assert not at.exception
    assert "Fritidsgården är registrerad." in [s.value for s in at.success]
    # The label mapping.
    at.selectbox(key="settings-label-category").set_value("skadegorelse")
    at.button(key="settings-label-map").click().run()
    assert any("1 rapporter omkategoriserade" in s.value for s in at.success)
    with kommun_db.connect() as conn:
        category = conn.execute(select(db.incidents.c.category)).scalar()
        reporter = conn.execute(select(db.reporters.c.name, db.reporters.c.expected_weekly)).one()
        actions = set(conn.execute(select(db.audit_log.c.action)).scalars())
    assert category == "skadegorelse"
    assert tuple(reporter) == ("Fritidsgården", True)
    assert {"reporters", "labels"} <= actions


@pytest.mark.browser
def test_settings_page_in_the_browser(kommun_db: Engine, chromium_path: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser_support import CHROMIUM_ARGS, ROOT, serve_dashboard

    database = kommun_db.url.render_as_string(hide_password=False)
    server = cast(
        Generator[str, None, None],
        serve_dashboard(database, ROOT, tmp_path / "server.log", {"LAGESBILD_AUTH": "off"}),
    )
    base = next(server)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"{base}/installningar")
            page.get_by_role("heading", name="Inställningar").first.wait_for(timeout=90_000)
            page.get_by_role("heading", name="Okända etiketter").wait_for(timeout=60_000)
            page.get_by_label("Namn (som i rapporternas Rapportör)").fill("Trygghetsvärdar Nacka")
            page.get_by_role("button", name="Lägg till rapportör").click()
            page.get_by_text("Trygghetsvärdar Nacka är registrerad.").wait_for(timeout=60_000)
            browser.close()
    finally:
        server.close()
    with kommun_db.connect() as conn:
        names = list(conn.execute(select(db.reporters.c.name)).scalars())
    assert names == ["Trygghetsvärdar Nacka"]
