"""A tiny run of every benchmark code path (bench/), so that `make bench` keeps working.

Asserts the shape of the results and that every ratio is a finite number — never a timing.
PostGIS joins in when a server is reachable (as in the rest of the suite); the dashboard
section needs Chromium and is skipped without it.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from bench import generate, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny_results(tmp_path_factory: pytest.TempPathFactory) -> tuple[run.Results, Path]:
    out = tmp_path_factory.mktemp("bench") / "RESULTS.md"
    engines = ["sqlite"] + (["postgis"] if run.pg_admin_engine() is not None else [])
    sections = [s for s in run.SECTIONS if s != "dashboard" or shutil.which("chromium")]
    results = run.run(run.Sizes.tiny(), engines, sections, out, mode="tiny")
    return results, out


def test_every_section_reports_finite_ratios(tiny_results: tuple[run.Results, Path]) -> None:
    results, _ = tiny_results
    scenarios = {row.scenario.split(" ")[0] for row in results.rows}
    assert {"1.", "1b.", "2.", "3.", "4.", "Fix:"} <= scenarios
    if shutil.which("chromium"):
        assert "5." in scenarios
    for row in results.rows:
        assert math.isfinite(row.ratio) and row.ratio > 0, row
        assert row.engine in run.ENGINES


def test_results_structure(tiny_results: tuple[run.Results, Path]) -> None:
    results, out = tiny_results
    assert results.scale["areas"] == 3 * run.Sizes.tiny().kommuner
    ingest = results.sections["ingest"]["runs"]
    for runs in ingest.values():
        assert runs["pipeline"]["accounted"]
        assert runs["pipeline_peak_mb"] > 0 and runs["baseline_peak_mb"] > 0
    for engine, query in results.sections["query"].items():
        assert query["same_counts"], engine
        assert query["index_used"], query["plan_week_counts"]
    assert results.sections["map"]["in_view"] > 0
    assert results.sections["profile"]["same_rows"]
    text = out.read_text(encoding="utf-8")
    for heading in (
        "## Machine",
        "## Summary",
        "## 1. Ingest",
        "## 2. Weekly",
        "## 3. Map",
        "## 4. Weekly PDF",
    ):
        assert heading in text


def test_generated_csv_is_swedish_excel(tmp_path: Path) -> None:
    synthetic = generate.make_reference(n_kommuner=2)
    path = generate.write_kommun_csv(tmp_path / "k.csv", 50, synthetic)
    raw = path.read_bytes()
    assert raw.startswith(b"Datum;Tid;Omr\xe5de;Plats;Kategori;Beskrivning;Rapport\xf6r;N;E\r\n")  # cp1252
    assert raw.count(b"\r\n") == 51
    again = generate.write_kommun_csv(tmp_path / "k2.csv", 50, synthetic)
    assert again.read_bytes() == raw  # seeded
