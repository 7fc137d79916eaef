"""`python -m lagesbild report` and `export` against a populated SQLite file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from pypdf import PdfReader

from lagesbild.cli import main
from lagesbild.db import init_db, make_engine
from tests.test_report import WEEK, populate_known_week

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'lagesbild.db'}"
    engine = make_engine(url)
    init_db(engine)
    populate_known_week(engine)
    engine.dispose()
    return url


def test_report_command_writes_the_pdf(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ut" / "lagesbild.pdf"
    assert main(["report", "--db", db_url, "--week", WEEK, "--out", str(out)]) == 0
    assert len(PdfReader(out).pages) == 5
    assert f"Lägesbild för {WEEK} skriven till {out}" in capsys.readouterr().out


def test_report_command_with_chosen_areas(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "urval.pdf"
    assert main(["report", "--db", db_url, "--week", WEEK, "--area", "Älta", "--out", str(out)]) == 0
    assert len(PdfReader(out).pages) == 3


def test_report_command_writes_a_tertial_and_a_year(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The known week (2026-W47) lies in tertial 3 of 2026: cover, summary, 2 pages per area, insatser, method.
    out = tmp_path / "tertial.pdf"
    assert main(["report", "--db", db_url, "--period", "2026-T3", "--out", str(out)]) == 0
    assert len(PdfReader(out).pages) == 1 + 1 + 2 * 3 + 1 + 1
    said = capsys.readouterr().out
    assert f"Lägesbild för Tertial 3 2026 (1 september – 31 december 2026) skriven till {out}" in said
    out = tmp_path / "helar.pdf"
    assert main(["report", "--db", db_url, "--year", "2026", "--area", "Älta", "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1 + 1 + 2 + 1 + 1
    assert "Helår 2026" in (reader.pages[0].extract_text() or "")
    assert "Lägesbild för Helår 2026 (1 januari – 31 december 2026)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", WEEK, "--period", "2026-T3"], "Ange exakt en av --week (t.ex. 2025-W16), --period"),
        (["--period", "2026-T3", "--year", "2026"], "(du angav --period och --year)"),
        ([], "Ange exakt en av --week"),
        (["--period", "2026-T4"], "Ogiltig period '2026-T4'"),
        (["--year", "tjugo"], "Ogiltigt år 'tjugo'"),
    ],
)
def test_report_needs_exactly_one_valid_period_and_says_so_in_swedish(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "--db", db_url, *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg"])
def test_export_command_writes_each_format(
    db_url: str, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"handelser.{fmt}"
    args = [
        "export",
        "--db",
        db_url,
        "--from",
        "2026-11-16",
        "--to",
        "2026-11-22",
        "--format",
        fmt,
        "--out",
        str(out),
    ]
    assert main(args) == 0
    # 10 shared incidents that week; the sensitive one exists only as a count, never as a row.
    assert "9 händelser exporterade" in capsys.readouterr().out
    if fmt == "csv":
        assert len(pd.read_csv(out, sep=";", encoding="utf-8-sig")) == 9
    else:
        layer = {"layer": "lagesbild_handelser"} if fmt == "gpkg" else {}
        assert len(gpd.read_file(out, **layer)) == 9


def test_a_week_that_does_not_exist_exits_2_with_a_swedish_message(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "--db", db_url, "--week", "2025-W99", "--out", str(out)]) == 2
    assert "Vecka 99 finns inte år 2025" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_area_exits_2_with_a_swedish_message(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["report", "--db", db_url, "--week", WEEK, "--area", "Atlantis", "--out", str(tmp_path / "x.pdf")]
        )
        == 2
    )
    assert "Okänt område: Atlantis" in capsys.readouterr().err


def test_export_with_reversed_dates_exits_2(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "--db", db_url, "--from", "2026-11-22", "--to", "2026-11-16", "--format", "csv",
            "--out", str(tmp_path / "x.csv")]  # fmt: skip
    assert main(args) == 2
    assert "--to ligger före --from" in capsys.readouterr().err


def test_report_as_a_real_process(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "process.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "lagesbild", "report", "--db", db_url, "--week", WEEK, "--out", str(out)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000 and len(PdfReader(out).pages) == 5
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "lagesbild",
            "report",
            "--db",
            db_url,
            "--week",
            "2025-W99",
            "--out",
            str(out),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 2 and "Vecka 99 finns inte år 2025" in bad.stderr
