"""The period PDF's table of places and hotspots fits its column widths (issue 15: "Hotspot table
columns are cut off"), checked on the text pdftotext extracts: every heading whole, a long hyphenated
place name (a real RegSO name) whole and never cut with an ellipsis, and the hotspot level shown."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine, text

from lagesbild.report.period import write_period_report
from lagesbild.weeks import TZ
from tests import factories

LONG_NAME = "Östra Villastaden-Isaksdal-Ekensberg"  # the longest RegSO name in the real gazetteer
END = dt.date(2026, 11, 22)


def spec() -> list[dict[str, object]]:
    """Eight weeks of incidents spread over Brandkärr, and a tight cluster at its one public place."""
    rng = np.random.default_rng(7)
    items: list[dict[str, object]] = []
    for week in range(8):
        monday = END - dt.timedelta(weeks=week, days=6)
        for k in range(6):
            when = dt.datetime.combine(monday + dt.timedelta(days=k), dt.time(10 + k), TZ)
            items.append({"area": "Brandkärr", "category": "klotter", "when": when,
                          "offset_m": float(rng.uniform(-950, 950))})  # fmt: skip
        for k in range(4):
            when = dt.datetime.combine(monday + dt.timedelta(days=k), dt.time(20), TZ)
            items.append({"area": "Brandkärr", "category": "skadegorelse", "when": when, "offset_m": 40.0})
    return items


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext saknas (Debian: poppler-utils)")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def test_the_places_table_fits_its_columns(engine: Engine, tmp_path: Path, artifacts: Path) -> None:
    factories.populate(engine, spec())
    with engine.begin() as conn:  # the place gets the longest name a kommun's gazetteer holds
        conn.execute(text("UPDATE places SET name = :n WHERE name = 'Brandkärr centrum'"), {"n": LONG_NAME})
    out = tmp_path / "period.pdf"
    write_period_report(engine, END - dt.timedelta(weeks=8, days=-1), END, "Åtta veckor", out)
    pages = pdftotext(out).split("\f")
    page = next(p for p in pages if "Platser med flest händelser" in p)
    table = page[page.index("Platser med flest händelser") : page.index("Platsen är den närmaste")]
    header = next(line for line in table.splitlines() if "Plats" in line and "Antal" in line)
    assert re.search(r"\bPlats\s+Antal\s+Andel\s+Hotspot\s*$", header), header
    assert "…" not in table, table
    # The long name, wrapped at its space, is whole: no word of it cut.
    assert "Villastaden-Isaksdal-Ekensberg" in table, table
    assert re.search(r"nära Östra", table), table
    # The cluster is a hotspot: its level is in the Hotspot column of the place's row.
    assert re.search(r"nära Östra\S*\s+\d+\s+\d+ %\s+(99|95) %", table), table
    if engine.dialect.name == "sqlite" and shutil.which("pdftoppm"):
        index = pages.index(page) + 1
        shots = artifacts / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", str(index), "-l", str(index), "-singlefile", str(out),
             str(shots / "period-pdf-platser-och-hotspots")],
            check=True,
        )  # fmt: skip
