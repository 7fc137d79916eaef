"""A tiny run of every benchmark code path (bench/), so that `make bench` keeps working.

Asserts the shape of the results and that every ratio is a finite number — never a timing.
PostGIS joins in when a server is reachable (as in the rest of the suite); the dashboard
section needs Chromium and is skipped without it.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
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
    assert {"A.", "1.", "1b.", "2.", "3.", "4.", "Fix:"} <= scenarios
    if shutil.which("chromium"):
        assert "5." in scenarios
    for row in results.rows:
        assert math.isfinite(row.ratio) and row.ratio > 0, row
        # In-process measurements (A.: placing, no database) say "–".
        assert row.engine in run.ENGINES or (row.scenario.startswith("A.") and row.engine == "–")


def test_results_structure(tiny_results: tuple[run.Results, Path]) -> None:
    results, out = tiny_results
    # The real RegSO areas of the first kommuner in code order (131 in 0114 … 0139), the grid as baseline.
    assert results.scale["area_source"] == "regso"
    areas = results.sections["areas"]["shape"]
    assert (
        results.scale["areas"]
        == areas["real"]["areas"]
        > areas["grid"]["areas"]
        == 3 * run.Sizes.tiny().kommuner
    )
    assert areas["real"]["median"] > areas["grid"]["median"] == 17  # 16 sides, closed ring
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
        "## A. Real RegSO areas vs the synthetic grid",
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


def test_generated_points_lie_in_their_real_area() -> None:
    from lagesbild.geo import areas_for_points

    synthetic = generate.make_reference(n_kommuner=3)
    assert synthetic.source == "regso" and set(synthetic.reference.areas["kommun_code"]) == {
        "0114", "0115", "0117"
    }  # fmt: skip
    rng = np.random.default_rng(1)
    area = rng.integers(0, len(synthetic.area_names), 2000)
    east, north = generate.draw_points_in_areas(rng, synthetic, area)
    found = areas_for_points(east, north, synthetic.reference.areas, synthetic.reference.area_tree)
    # RegSO polygons simplified to 20 m overlap their neighbours by a few metres: almost all, not all.
    assert (found.to_numpy() == np.asarray(synthetic.area_names, dtype=object)[area]).mean() > 0.99
    places = synthetic.reference.places
    found = areas_for_points(places["east"], places["north"], synthetic.reference.areas)
    assert (found.to_numpy() == places["area"].to_numpy()).mean() > 0.99
