"""The reporters register (completeness reads it) and unknown source labels mapped by a samordnare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from lagesbild import analysis, db, reporters
from lagesbild.cli import main
from tests.kommun_support import engine_url

HEADER = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E"


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_reporters_register_drives_completeness(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    add = ["reporters", "add", "--kommun", "Nacka", "--source", "kommun", "--db", url]
    assert main([*add, "--name", "Fritidsgården Fisksätra"]) == 0
    assert main([*add, "--name", "Trygghetsvärdar Nacka"]) == 0
    assert main([*add, "--name", "Fältassistenter", "--not-weekly"]) == 0
    assert main([*add, "--name", "Fältassistenter", "--not-weekly"]) == 0  # again: updated, not doubled
    assert "Uppdaterad: Fältassistenter" in capsys.readouterr().out
    assert main(["reporters", "list", "--kommun", "0182", "--json", "--db", url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["expected_weekly"]) for r in listed] == [
        ("Fritidsgården Fisksätra", True),
        ("Fältassistenter", False),
        ("Trygghetsvärdar Nacka", True),
    ]
    expected = reporters.expected_reporters(engine, "0182")
    assert list(expected["organisation"]) == ["Fritidsgården Fisksätra", "Trygghetsvärdar Nacka"]
    # Only the fritidsgård reported in week 10: the register says the trygghetsvärdar are missing,
    # the occasional fältassistenter are not.
    reports = [
        {"organisation": "Fritidsgården Fisksätra", "source": "kommun", "iso_week": "2026-W10", "count": 3},
        {"organisation": "Fältassistenter", "source": "kommun", "iso_week": "2026-W09", "count": 1},
    ]
    import pandas as pd

    weeks = analysis.week_completeness(
        pd.DataFrame(reports), first_week="2026-W10", last_week="2026-W10", expected=expected
    )
    assert weeks.iloc[0]["missing"] == ["Trygghetsvärdar Nacka"]
    assert "Ofullständig vecka: rapport saknas från Trygghetsvärdar Nacka." == weeks.iloc[0]["note"]


def test_unknown_labels_are_listed_and_mapping_recategorises(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    first = _csv(
        tmp_path / "nacka_est_2026-W10.csv",
        "2026-03-02;21:10;Fisksätra;torget;Äggkastning;Ägg mot fönster.;Fritidsgården;;",
        "2026-03-03;21:10;Fisksätra;torget;Äggkastning;Ägg mot dörr.;Fritidsgården;;",
        "2026-03-04;21:10;Fisksätra;torget;Klotter;Tagg.;Fritidsgården;;",
    )
    assert main(["ingest", "--db", url, "--kommun", "0182", str(first)]) == 0
    capsys.readouterr()
    assert main(["labels", "list", "--db", url]) == 0
    assert "kommun  'Äggkastning'  2 rader" in capsys.readouterr().out
    assert main(["labels", "map", "Äggkastning", "skadegorelse", "--db", url]) == 0
    assert "2 rapporter omkategoriserade" in capsys.readouterr().out
    assert main(["labels", "map", "Äggkastning", "påhitt", "--db", url]) == 2
    assert "Okänd kategori 'påhitt'" in capsys.readouterr().err
    # A later file with the same label uses the mapping, and the label is no longer listed as unknown.
    later = _csv(
        tmp_path / "nacka_est_2026-W11.csv",
        "2026-03-09;21:10;Fisksätra;torget;Äggkastning;Ägg mot bil.;Fritidsgården;;",
    )
    assert main(["ingest", "--db", url, "--kommun", "0182", str(later)]) == 0
    with engine.connect() as conn:
        categories = dict(conn.execute(select(db.incidents.c.description, db.incidents.c.category)).all())
        logged = conn.execute(
            select(db.audit_log.c.details).where(db.audit_log.c.action == "labels")
        ).scalars()
        details = [json.loads(d) for d in logged]
    assert categories == {
        "Ägg mot fönster.": "skadegorelse",
        "Ägg mot dörr.": "skadegorelse",
        "Tagg.": "klotter",
        "Ägg mot bil.": "skadegorelse",
    }
    assert details == [{"source": "kommun", "label": "Äggkastning", "category": "skadegorelse", "reports": 2}]
    capsys.readouterr()
    assert main(["labels", "list", "--db", url]) == 0
    assert "Inga okända etiketter." in capsys.readouterr().out
