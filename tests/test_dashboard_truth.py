"""Veckans lägesbild and Presentationsläge tell the truth (AppTest on a real SQLite database): the
default week is the last complete one, an incomplete week is marked and never green, a decision shows
at once in the overview and the tabs, and each area has its decision history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from lagesbild.db import init_db, make_engine
from lagesbild.weeks import TZ
from tests.factories import populate, register_reporters

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")
COMPLETE, PARTIAL = "2026-W47", "2026-W48"
MONDAY_48 = dt.date(2026, 11, 23)


def truth_spec() -> list[dict[str, object]]:
    """Two weekly reporters for ten weeks up to week 47; in week 48 only one of them has reported."""
    spec: list[dict[str, object]] = []
    for back in range(10, 0, -1):
        day = dt.datetime.combine(MONDAY_48 - dt.timedelta(weeks=back, days=-2), dt.time(12), TZ)
        spec.append({"area": "Brandkärr", "category": "klotter", "when": day})
        spec.append({"area": "Älta", "category": "nedskrapning", "when": day, "organisation": "Nacka Energi"})
    spec.append(
        {"area": "Brandkärr", "category": "klotter", "when": dt.datetime.combine(MONDAY_48, dt.time(9), TZ)}
    )
    return spec


@pytest.fixture
def truth_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    monkeypatch.setenv("LAGESBILD_DB", url)
    # The grace period must not run out while the suite is kept: week 48 stays incomplete.
    monkeypatch.setenv("LAGESBILD_COMPLETE_GRACE_DAYS", "100000")
    engine = make_engine(url)
    init_db(engine)
    populate(engine, truth_spec())
    register_reporters(engine, truth_spec())  # the missing reporter is named on shared pages
    yield engine
    engine.dispose()


def _open(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    if page:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_default_week_is_the_last_complete_one_and_a_partial_week_is_marked(truth_db: Engine) -> None:
    at = _open()
    assert at.selectbox(key="weekly-week").value == COMPLETE
    assert not [w.value for w in at.warning if "Ofullständig vecka" in w.value]
    at.selectbox(key="weekly-week").set_value(PARTIAL).run()
    warnings = [w.value for w in at.warning]
    assert any(
        "**Ofullständig vecka:**" in w and "rapport saknas från Nacka Energi (1 av 2 ordinarie" in w
        for w in warnings
    ), warnings
    overview = at.dataframe[0].value
    assert "grön" not in set(overview["Föreslagen status"])
    assert set(overview["Föreslagen status"]) <= {"otillräckligt underlag", "gul", "röd"}
    assert all("otillräckligt underlag" in t.label or "gul" in t.label or "röd" in t.label for t in at.tabs)


def test_presentation_shows_the_incomplete_week(truth_db: Engine) -> None:
    at = _open("presentationslage")
    assert at.selectbox(key="present-week").value == COMPLETE
    at.selectbox(key="present-week").set_value(PARTIAL).run()
    assert any("Ofullständig vecka" in w.value for w in at.warning)
    assert any(":gray-badge[● otillräckligt underlag]" in m.value for m in at.markdown)


def test_a_decision_shows_at_once_with_its_history(truth_db: Engine) -> None:
    at = _open()
    before = at.dataframe[0].value.set_index("Område")
    assert before.at["Älta", "Beslutad status"] == "ej beslutad"
    at.session_state["weekly-area"] = "Älta"  # Älta's tab open
    at.run()
    at.radio(key=f"status-value-Älta-{COMPLETE}").set_value("röd")
    at.button(key=f"status-save-Älta-{COMPLETE}").click().run()
    assert not at.exception
    after = at.dataframe[0].value.set_index("Område")
    assert after.at["Älta", "Beslutad status"] == "röd"  # no second run needed
    assert any(t.label == "Älta :red[●] röd" for t in at.tabs), [t.label for t in at.tabs]
    assert any(s.value == "Status för Älta sparad: röd." for s in at.success)
    assert any(t.value == "Status för Älta sparad: röd." for t in at.toast)
    assert any(e.label == "Beslutshistorik för Älta (senaste 26 veckorna)" for e in at.expander)
    chips = [m.value for m in at.markdown if "**Beslutad status:**" in m.value]
    assert any(":red-badge[● röd]" in c for c in chips)
