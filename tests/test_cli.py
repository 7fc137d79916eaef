"""The thin CLI: exit codes, --json, clear Swedish messages, audit and retention."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from lagesbild import audit, db
from lagesbild.cli import main
from lagesbild.db import make_engine
from lagesbild.reference import store_reference
from lagesbild.retention import purge_raw_text
from tests.conftest import ROOT
from tests.factories import reference
from tests.test_ingest_pipeline import KOMMUN_CSV


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["db", "init", "--db", url]) == 0
    engine = make_engine(url)
    with engine.begin() as conn:
        store_reference(conn, reference())
    engine.dispose()
    return url


def test_ingest_json_report(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "nacka_est_2026-W18.csv"
    report.write_bytes(KOMMUN_CSV.encode("cp1252"))
    assert main(["ingest", "--db", db_url, "--json", str(report)]) == 0
    out = json.loads(capsys.readouterr().out)
    (entry,) = out["files"]
    assert {
        k: entry[k] for k in ("file", "source", "rows", "loaded", "duplicates", "ignored", "rejected")
    } == {
        "file": report.name,
        "source": "kommun",
        "rows": 4,
        "loaded": 3,
        "duplicates": 0,
        "ignored": 0,
        "rejected": 1,
    }
    assert entry["errors"][0]["row"] == 4 and entry["errors"][0]["column"] == "Datum"
    engine = make_engine(db_url)
    log = audit.recent(engine)
    assert log["action"].tolist() == ["läste in fil"] and log["actor"].iloc[0].startswith("cli:")


def test_unreadable_file_exits_2_with_a_swedish_message(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "trasig.xlsx"
    garbage.write_bytes(os.urandom(2048))
    missing = tmp_path / "finns_inte.csv"
    assert main(["ingest", "--db", db_url, str(garbage), str(missing)]) == 2
    err = capsys.readouterr().err
    assert "trasig.xlsx" in err and "Filen finns inte" in err


def test_bad_arguments_exit_2(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", "--db", db_url, "--source", "väktare", "x.csv"])
    assert exit_info.value.code == 2
    assert main(["export", "--db", db_url, "--from", "2026-13-01", "--to", "2026-12-01", "--format", "csv",
                 "--out", "x.csv"]) == 2  # fmt: skip
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_unreachable_database_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://lagesbild:hemligt@127.0.0.1:1/lagesbild"
    assert main(["db", "init", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "Kan inte använda databasen" in err and "hemligt" not in err


def test_settings_lists_every_setting_with_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert "LAGESBILD_DB=" in out and "LAGESBILD_TILE_URL=" in out and "Rutstorlek" in out


def test_module_entry_point_runs(db_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lagesbild", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "ingest" in result.stdout and "report" in result.stdout


def test_raw_text_is_deleted_after_the_retention_period(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "a.csv"
    report.write_bytes(KOMMUN_CSV.encode("utf-8"))
    assert main(["ingest", "--db", db_url, str(report)]) == 0
    engine = make_engine(db_url)
    with engine.begin() as conn:
        assert purge_raw_text(conn, days=90) == 0  # just received: kept for review
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=91)
        assert purge_raw_text(conn, days=90, now=later) == 3
        raw = conn.execute(select(db.incidents.c.raw_description, db.incidents.c.description)).all()
    assert all(r.raw_description is None and r.description for r in raw)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM incidents WHERE raw_place IS NOT NULL")).scalar() == 0


def test_a_user_error_exits_2_with_its_swedish_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'l.db'}"
    assert main(["db", "init", "--db", url]) == 0
    assert main(["report", "--db", url, "--week", "2025-W99", "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "Fel: Vecka 99 finns inte år 2025" in err and "Traceback" not in err


def test_a_bug_keeps_its_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A planted bug (a KeyError deep in the core) is not turned into a user message: it propagates."""
    url = f"sqlite:///{tmp_path / 'l.db'}"
    assert main(["db", "init", "--db", url]) == 0

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("planterad bugg")

    monkeypatch.setattr("lagesbild.report.week.write_weekly_report", broken)
    with pytest.raises(KeyError, match="planterad bugg"):
        main(["report", "--db", url, "--week", "2025-W10", "--out", str(tmp_path / "x.pdf")])


def test_a_bug_in_a_real_process_prints_the_traceback_and_fails(tmp_path: Path) -> None:
    script = (
        "import sys, lagesbild.weeks as w\n"
        "def broken(*a, **k):\n    raise KeyError('planterad bugg')\n"
        "w.parse_week = broken\n"
        "from lagesbild.cli.app import main\n"
        "sys.exit(main(['report', '--week', '2025-W10', '--db', sys.argv[1], '--out', sys.argv[2]]))\n"
    )
    url = f"sqlite:///{tmp_path / 'l.db'}"
    assert main(["db", "init", "--db", url]) == 0
    proc = subprocess.run(
        [sys.executable, "-c", script, url, str(tmp_path / "x.pdf")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode not in (0, 2)
    assert "Traceback" in proc.stderr and "KeyError: 'planterad bugg'" in proc.stderr
