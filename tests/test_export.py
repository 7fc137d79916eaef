"""Exports: each format opens with its own library and round-trips; no personal data; small counts
suppressed so that no total reveals them; the same rows from SQLite and PostGIS."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, text

from lagesbild import queries
from lagesbild.categories import load_config
from lagesbild.geo import SWEREF
from lagesbild.privacy.shared import shared_incidents
from lagesbild.report.export import (
    GPKG_AREA_LAYER,
    GPKG_LAYER,
    PRIMARY,
    PUBLISHED,
    SECONDARY_STATE,
    export_shared,
    shared_table,
    suppress,
)
from tests.test_report import HOSTILE, PERSONAL, populate_known_week

START, END = dt.date(2026, 10, 19), dt.date(2026, 11, 22)  # weeks 43–47


def _export(engine: Engine, fmt: str, out: Path) -> int:
    return export_shared(engine, START, END, fmt, out)


def _expected(engine: Engine) -> pd.DataFrame:
    """The shared incidents a row-level export lists: sensitive categories exist only as counts."""
    shared = shared_incidents(engine, START, END)
    return shared[~shared["category"].isin(load_config().sensitive_codes)].reset_index(drop=True)


# --------------------------------------------------------------------------- formats


def test_csv_opens_in_swedish_excel_shape_and_round_trips(engine: Engine, tmp_path: Path) -> None:
    populate_known_week(engine)
    out = tmp_path / "handelser.csv"
    count = _export(engine, "csv", out)
    expected = _expected(engine)
    assert count == len(expected) == 16
    assert len(shared_incidents(engine, START, END)) == 17  # the sexualbrott report is left out of the list
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("vecka;datum;område;kategori;")
    frame = pd.read_csv(out, sep=";", encoding="utf-8-sig", decimal=",", dtype={"vecka": str, "datum": str})
    assert len(frame) == count
    assert list(frame["område"]) == list(expected["area"])
    assert list(frame["kategori"]) == list(expected["category_label"])
    assert list(frame["datum"]) == [d.isoformat() for d in expected["date"]]
    assert list(frame["källor"]) == list(expected["sources"])
    # Coordinates only where generalised, and then they are the generalised ones.
    has_point = expected["east"].notna().to_numpy()
    assert frame["e_sweref99tm"].notna().to_numpy().tolist() == has_point.tolist()
    np.testing.assert_allclose(
        frame.loc[has_point, "e_sweref99tm"], expected.loc[has_point, "east"].astype(float), atol=0.05
    )
    np.testing.assert_allclose(
        frame.loc[has_point, "n_sweref99tm"], expected.loc[has_point, "north"].astype(float), atol=0.05
    )
    np.testing.assert_allclose(
        frame.loc[has_point, "lat_wgs84"], expected.loc[has_point, "lat"].astype(float), atol=1e-6
    )
    # The duplicate pair is one row with both sources.
    assert (frame["källor"] == "bostadsbolag, polis").sum() == 1
    # Formula injection neutralised; the text itself kept.
    hostile = frame[frame["beskrivning"].str.contains("script", na=False)]["beskrivning"].iloc[0]
    assert hostile.startswith("<script>")
    assert not frame["beskrivning"].dropna().str.match(r"^[=+\-@]").any()


def test_csv_neutralises_every_formula_start(sqlite_engine: Engine, tmp_path: Path) -> None:
    from tests import factories

    starts = ["=1+1", "+46 SUM(A1)", "-2+3", "@SUM(A1)", "\tTAB", "=cmd|' /C calc'!A0"]
    factories.populate(
        sqlite_engine,
        [{"area": "Älta", "category": "klotter", "when": dt.datetime(2026, 11, 17, 12, k, tzinfo=dt.UTC),
          "description": d, "offset_m": 100 + 30 * k} for k, d in enumerate(starts)],
    )  # fmt: skip
    out = tmp_path / "f.csv"
    _export(sqlite_engine, "csv", out)
    frame = pd.read_csv(out, sep=";", encoding="utf-8-sig", decimal=",")
    described = sorted(frame["beskrivning"])
    assert described == sorted("'" + s for s in starts)
    xlsx = tmp_path / "f.xlsx"
    _export(sqlite_engine, "xlsx", xlsx)
    sheet = load_workbook(xlsx)["Händelser"]
    column = [c.value for c in sheet[1]].index("beskrivning")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted("'" + s for s in starts)
    assert all(c.data_type == "s" for c in cells)


def test_geojson_is_wgs84_with_null_geometry_for_area_level_rows(engine: Engine, tmp_path: Path) -> None:
    from tests import factories

    populate_known_week(engine)
    # A police event placed in Älta by its summary: area level, no point.
    factories.populate(
        engine,
        [{"area": "Älta", "category": "inbrott_stold", "when": dt.datetime(2026, 11, 18, 10, tzinfo=dt.UTC),
          "source": "polis", "organisation": "Polisen", "no_point": True, "precision": "kommun"}],
        approve=False,
    )  # fmt: skip
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE incidents SET review_status = 'granskad' WHERE source_key = 'test:0:polis'")
        )
    out = tmp_path / "handelser.geojson"
    count = _export(engine, "geojson", out)
    expected = _expected(engine)
    frame = gpd.read_file(out)
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    assert len(frame) == count == len(expected)
    document = json.loads(out.read_text(encoding="utf-8"))
    nulls = [f for f in document["features"] if f["geometry"] is None]
    assert len(nulls) == int(expected["east"].isna().sum()) >= 1
    assert all(f["properties"]["e_sweref99tm"] is None for f in nulls)
    assert "Sexualbrott" not in set(frame["kategori"])
    points = frame[frame.geometry.notna()]
    np.testing.assert_allclose(points.geometry.y, points["lat_wgs84"], atol=2e-7)
    np.testing.assert_allclose(points.geometry.x, points["lon_wgs84"], atol=2e-7)
    # Every published point lies inside its own area.
    areas = queries.areas_frame(engine).set_index("name")
    for row in points.to_crs(SWEREF).itertuples():
        assert areas.loc[row.område, "geometry"].contains(row.geometry), row


def test_geopackage_is_sweref_99_tm_and_opens_as_a_layer(engine: Engine, tmp_path: Path) -> None:
    populate_known_week(engine)
    out = tmp_path / "handelser.gpkg"
    count = _export(engine, "gpkg", out)
    frame = gpd.read_file(out, layer=GPKG_LAYER)
    assert frame.crs is not None and frame.crs.to_epsg() == 3006
    assert len(frame) == count == len(_expected(engine))
    points = frame[frame.geometry.notna()]
    np.testing.assert_allclose(points.geometry.x, points["e_sweref99tm"])
    np.testing.assert_allclose(points.geometry.y, points["n_sweref99tm"])
    with sqlite3.connect(out) as conn:  # a real GeoPackage: QGIS reads gpkg_contents
        contents = conn.execute("SELECT table_name, srs_id FROM gpkg_contents").fetchall()
    assert sorted(contents) == sorted([(GPKG_AREA_LAYER, 3006), (GPKG_LAYER, 3006)])
    areas = gpd.read_file(out, layer=GPKG_AREA_LAYER).set_index("område")
    assert sorted(areas.index) == sorted(queries.areas_frame(engine)["name"])
    assert areas["antal_handelser"].sum() == count
    assert (
        dict(areas["antal_handelser"])
        == frame.groupby("område").size().reindex(areas.index, fill_value=0).to_dict()
    )


def test_every_format_reports_the_same_count(sqlite_engine: Engine, tmp_path: Path) -> None:
    populate_known_week(sqlite_engine)
    counts = {
        fmt: _export(sqlite_engine, fmt, tmp_path / f"alla.{fmt}")
        for fmt in ("csv", "geojson", "gpkg", "xlsx")
    }
    assert len(set(counts.values())) == 1, counts
    listed = pd.read_excel(tmp_path / "alla.xlsx", sheet_name="Händelser", engine="openpyxl")
    assert len(listed) == counts["csv"] == len(pd.read_csv(tmp_path / "alla.csv", sep=None, engine="python"))


def test_xlsx_has_the_tables_and_the_list(sqlite_engine: Engine, tmp_path: Path) -> None:
    populate_known_week(sqlite_engine)
    out = tmp_path / "tabeller.xlsx"
    count = _export(sqlite_engine, "xlsx", out)
    book = load_workbook(out)
    assert book.sheetnames == ["Om filen", "Antal per vecka", "Händelser"]
    listed = pd.read_excel(out, sheet_name="Händelser", engine="openpyxl")
    assert len(listed) == count  # the sensitive incident is only counted in the tables, not listed
    assert "Sexualbrott" not in set(listed["kategori"])
    tables = pd.read_excel(out, sheet_name="Antal per vecka", engine="openpyxl", dtype=object)
    assert list(tables["Vecka"].unique()) == ["2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"]
    week = tables[tables["Vecka"] == "2026-W47"].set_index("Område")
    assert list(week.index) == ["Brandkärr", "Fisksätra", "Älta", "Alla områden"]
    assert week.loc["Brandkärr", "Klotter"] == 3  # at the threshold: shown
    assert week.loc["Brandkärr", "Anlagd brand"] == "<3"  # 1 (two sources, one incident)
    assert week.loc["Fisksätra", "Sexualbrott"] == "<3"
    assert week.loc["Älta", "Totalt"] == 0
    for row in book["Antal per vecka"].iter_rows():
        assert all(c.data_type != "f" for c in row)


# --------------------------------------------------------------------------- suppression


def _solutions(values: np.ndarray, state: np.ndarray, k: int, known: np.ndarray) -> set[tuple[int, ...]]:
    """Every assignment of the hidden cells, near the true one, that fits what a reader sees.

    A reader sees published values, "<k" (1..k-1) and ".." (any value), knows the `known` cells, and
    knows that every area row sums to its total and every category column to its total. The search
    covers all "<k" values and every ".." value within ±1 of the truth: a subset of what the reader
    must consider, so two values found for a cell prove that the reader cannot tell which is true.
    """
    hidden = [tuple(int(x) for x in c) for c in zip(*np.nonzero((state != PUBLISHED) & ~known), strict=True)]
    ranges = [
        np.arange(1, k) if state[c] == PRIMARY else np.arange(max(0, values[c] - 1), values[c] + 2)
        for c in hidden
    ]
    grid = np.stack([g.ravel() for g in np.meshgrid(*ranges, indexing="ij")], axis=1)
    rows, cols = values.shape
    equations = []  # each: coefficients over the table's cells (inner +1, margin -1) = 0
    for r in range(rows):
        e = np.zeros(values.shape, dtype=int)
        e[r, :-1], e[r, -1] = 1, -1
        equations.append(e)
    for c in range(cols):
        e = np.zeros(values.shape, dtype=int)
        e[:-1, c], e[-1, c] = 1, -1
        equations.append(e)
    fixed = values.copy()
    for cell in hidden:
        fixed[cell] = 0
    ok = np.ones(len(grid), dtype=bool)
    for e in equations:
        ok &= grid @ np.array([e[c] for c in hidden]) + int((e * fixed).sum()) == 0
    return {tuple(int(v) for v in row) for row in grid[ok]}


def _with_totals(inner: list[list[int]]) -> np.ndarray:
    body = np.array(inner, dtype=int)
    table = np.zeros((body.shape[0] + 1, body.shape[1] + 1), dtype=int)
    table[:-1, :-1] = body
    table[:-1, -1] = body.sum(axis=1)
    table[-1, :] = table[:-1, :].sum(axis=0)
    return table


@pytest.mark.parametrize(
    "inner",
    [
        [[1, 5, 4], [3, 4, 6], [7, 3, 3]],  # a single 1: its row, column and the totals would give it away
        [[1, 1, 0], [0, 4, 5], [3, 0, 6]],  # 1 + 1 = 2 in a row whose total is itself "<3"
        [[2, 0, 0], [0, 0, 0], [0, 0, 0]],  # the only incident of the week
        [[0, 4, 1], [5, 0, 2], [1, 6, 0]],
    ],
)
def test_no_suppressed_count_can_be_worked_out_from_the_totals(inner: list[list[int]]) -> None:
    values = _with_totals(inner)
    k = 3
    state = suppress(values, k)
    assert ((values >= 1) & (values < k) <= (state != PUBLISHED)).all()  # every small count hidden
    # No row or column (totals included) with exactly one hidden cell.
    for line in [*state, *state.T]:
        assert (line != PUBLISHED).sum() != 1, state
    # Exhaustively: every "<3" cell has at least two values that fit everything a reader sees.
    nothing_known = np.zeros(values.shape, dtype=bool)
    solutions = _solutions(values, state, k, nothing_known)
    hidden = [tuple(int(x) for x in c) for c in zip(*np.nonzero(state != PUBLISHED), strict=True)]
    assert tuple(int(values[c]) for c in hidden) in solutions
    for n, cell in enumerate(hidden):
        if state[cell] == PRIMARY:
            assert len({s[n] for s in solutions}) >= 2, (cell, state)


def test_a_sensitive_count_is_protected_even_from_someone_who_knows_the_listed_incidents() -> None:
    # Columns: klotter, skadegörelse, sexualbrott (sensitive). The list reveals the first two columns.
    values = _with_totals([[4, 3, 1], [5, 0, 0], [3, 6, 0]])
    known = np.zeros(values.shape, dtype=bool)
    known[:, :2] = True
    state = suppress(values, 3, known)
    assert state[0, 2] == PRIMARY
    assert not (state[:-1, :2] == SECONDARY_STATE).any()  # complements never among the known cells
    solutions = _solutions(values, state, 3, known)
    hidden = [tuple(int(x) for x in c) for c in zip(*np.nonzero((state != PUBLISHED) & ~known), strict=True)]
    assert len({s[hidden.index((0, 2))] for s in solutions}) >= 2


def test_the_threshold_follows_the_setting(
    sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate_known_week(sqlite_engine)
    monkeypatch.setenv("LAGESBILD_MIN_CELL_COUNT", "5")
    out = tmp_path / "k5.xlsx"
    _export(sqlite_engine, "xlsx", out)
    tables = pd.read_excel(out, sheet_name="Antal per vecka", engine="openpyxl", dtype=object)
    week = tables[tables["Vecka"] == "2026-W47"].set_index("Område")
    assert week.loc["Brandkärr", "Klotter"] == "<5"
    assert "<3" not in set(tables.drop(columns=["Vecka", "Område"]).to_numpy().ravel().astype(str))


def test_the_xlsx_week_table_cannot_be_back_computed(sqlite_engine: Engine, tmp_path: Path) -> None:
    populate_known_week(sqlite_engine)
    out = tmp_path / "t.xlsx"
    _export(sqlite_engine, "xlsx", out)
    tables = pd.read_excel(out, sheet_name="Antal per vecka", engine="openpyxl", dtype=object)
    week = tables[tables["Vecka"] == "2026-W47"].drop(columns=["Vecka", "Område"])
    shown = week.to_numpy()
    for line in [*shown, *shown.T]:
        hidden = sum(1 for v in line if isinstance(v, str))
        assert hidden != 1, line
    # The Fisksätra sexualbrott "<3": its row total and its column total are hidden too.
    row = tables[(tables["Vecka"] == "2026-W47") & (tables["Område"] == "Fisksätra")].iloc[0]
    total_row = tables[(tables["Vecka"] == "2026-W47") & (tables["Område"] == "Alla områden")].iloc[0]
    assert row["Sexualbrott"] == "<3"
    assert isinstance(row["Totalt"], str) and isinstance(total_row["Sexualbrott"], str)


# --------------------------------------------------------------------------- privacy and engines


def _all_text(path: Path) -> str:
    if path.suffix == ".gpkg":
        frame = gpd.read_file(path, layer=GPKG_LAYER)
        return frame.drop(columns="geometry").astype(str).to_csv()
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        return "\n".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg", "xlsx"])
def test_no_personal_data_in_any_export(sqlite_engine: Engine, tmp_path: Path, fmt: str) -> None:
    populate_known_week(sqlite_engine)
    out = tmp_path / f"export.{fmt}"
    _export(sqlite_engine, fmt, out)
    content = _all_text(out)
    for value in PERSONAL:
        assert value not in content, value
    assert "script" in content  # the hostile description is there, as text
    if fmt in ("csv", "xlsx"):
        assert "'" + HOSTILE.split(" ")[0] not in content  # starts with "<": no apostrophe needed


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg", "xlsx"])
def test_an_empty_period_gives_a_valid_empty_file(sqlite_engine: Engine, tmp_path: Path, fmt: str) -> None:
    populate_known_week(sqlite_engine)
    out = tmp_path / f"tom.{fmt}"
    assert export_shared(sqlite_engine, dt.date(2025, 1, 1), dt.date(2025, 1, 7), fmt, out) == 0
    if fmt == "csv":
        assert len(pd.read_csv(out, sep=";", encoding="utf-8-sig")) == 0
    elif fmt == "xlsx":
        tables = pd.read_excel(out, sheet_name="Antal per vecka", engine="openpyxl")
        assert (tables["Totalt"] == 0).all()
    else:
        assert len(gpd.read_file(out, layer=GPKG_LAYER if fmt == "gpkg" else None)) == 0


def test_unknown_format_and_reversed_dates_are_refused(sqlite_engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Okänt format"):
        export_shared(sqlite_engine, START, END, "shp", tmp_path / "x.shp")
    with pytest.raises(ValueError, match="före"):
        export_shared(sqlite_engine, END, START, "csv", tmp_path / "x.csv")


def test_sqlite_and_postgis_export_the_same_rows(
    sqlite_engine: Engine, postgis_engine: Engine, tmp_path: Path
) -> None:
    outputs = {}
    for name, engine in (("sqlite", sqlite_engine), ("postgis", postgis_engine)):
        populate_known_week(engine)
        csv = tmp_path / f"{name}.csv"
        xlsx = tmp_path / f"{name}.xlsx"
        _export(engine, "csv", csv)
        _export(engine, "xlsx", xlsx)
        outputs[name] = (
            csv.read_bytes(),
            shared_table(engine, START, END),
            pd.read_excel(xlsx, sheet_name="Antal per vecka", engine="openpyxl", dtype=object),
        )
    assert outputs["sqlite"][0] == outputs["postgis"][0]
    pd.testing.assert_frame_equal(outputs["sqlite"][1], outputs["postgis"][1])
    pd.testing.assert_frame_equal(outputs["sqlite"][2], outputs["postgis"][2])


def test_the_brute_force_check_does_catch_a_suppression_without_complements() -> None:
    # Guard for the check above: hiding only the "<3" cells leaves them computable, and it notices.
    values = _with_totals([[1, 5, 4], [3, 4, 6], [7, 3, 3]])
    naive = np.where((values >= 1) & (values < 3), PRIMARY, PUBLISHED)
    solutions = _solutions(values, naive, 3, np.zeros(values.shape, dtype=bool))
    assert solutions == {(1,)}
