"""The categories as a database holds them: one lookup for labels, order and sensitivity, used by the
weekly report, the period report and every export (so they cannot disagree on what is sensitive)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine

from lagesbild import queries
from lagesbild.categories import Taxonomy, load_config
from lagesbild.db import seed_categories
from lagesbild.report.export import export_shared
from lagesbild.report.period_data import collect_period
from lagesbild.report.week_data import collect_weekly
from tests.test_report import WEEK, populate_known_week

START, END = dt.date(2026, 10, 19), dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("rows", "sensitive", "open_codes"),
    [
        ([], [], []),
        ([("klotter", "Klotter", False)], [], ["klotter"]),
        ([("sexualbrott", "Sexualbrott", 1), ("klotter", "Klotter", 0)], ["Sexualbrott"], ["klotter"]),
        ([("a", "A", True), ("b", "B", True)], ["A", "B"], []),
    ],
)
def test_a_taxonomy_from_a_table_keeps_its_order_and_flags(
    rows: list[tuple[str, str, object]], sensitive: list[str], open_codes: list[str]
) -> None:
    frame = pd.DataFrame(rows, columns=["code", "label", "sensitive"])  # SQLite gives 0/1, PostgreSQL bools
    taxonomy = Taxonomy.from_frame(frame)
    assert taxonomy.codes == [r[0] for r in rows]
    assert taxonomy.label_of == {r[0]: r[1] for r in rows}
    assert taxonomy.order == {r[0]: k for k, r in enumerate(rows)}
    assert taxonomy.sensitive_labels == sensitive
    assert taxonomy.open_codes == open_codes
    assert taxonomy.sensitive_codes == frozenset(r[0] for r in rows if r[1] in sensitive)
    assert Taxonomy.from_frame(taxonomy.frame()) == taxonomy


def test_the_database_taxonomy_is_the_seeded_configuration(engine: Engine) -> None:
    config = load_config()
    taxonomy = queries.taxonomy(engine)
    assert taxonomy.codes == [c.code for c in config.categories]
    assert taxonomy.sensitive_codes == config.sensitive_codes


def _klotter_made_sensitive(engine: Engine) -> None:
    """The database was set up with a kommun's own config that treats klotter as sensitive, while this
    process reads the default config (where it is not)."""
    config = load_config()
    own = dataclasses.replace(
        config,
        categories=tuple(
            dataclasses.replace(c, sensitive=c.sensitive or c.code == "klotter") for c in config.categories
        ),
    )
    with engine.begin() as conn:
        seed_categories(conn, own)
    assert "klotter" not in config.sensitive_codes


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg", "xlsx"])
def test_every_export_follows_the_database_on_what_is_sensitive(
    engine: Engine, tmp_path: Path, fmt: str
) -> None:
    populate_known_week(engine)
    _klotter_made_sensitive(engine)
    out = tmp_path / f"export.{fmt}"
    export_shared(engine, START, END, fmt, out)
    if fmt == "csv":
        listed = pd.read_csv(out, sep=";", encoding="utf-8-sig")
    elif fmt == "xlsx":
        listed = pd.read_excel(out, sheet_name="Händelser", engine="openpyxl")
        about = pd.read_excel(out, sheet_name="Om filen", engine="openpyxl", header=None)
        assert about.astype(str).apply(lambda col: col.str.contains("Klotter")).to_numpy().any()
    else:
        import geopandas as gpd

        listed = gpd.read_file(out, layer="lagesbild_handelser") if fmt == "gpkg" else gpd.read_file(out)
    assert len(listed) > 0
    assert "Klotter" not in set(listed["kategori"])


def test_the_weekly_and_period_reports_follow_the_database_on_what_is_sensitive(engine: Engine) -> None:
    populate_known_week(engine)
    before = next(a for a in collect_weekly(engine, WEEK).areas if a.name == "Brandkärr")
    klotter_this_week = int(before.table.loc[before.table["label"] == "Klotter", "count"].sum())
    assert klotter_this_week > 0
    _klotter_made_sensitive(engine)
    weekly = collect_weekly(engine, WEEK)
    assert "Klotter" in weekly.sensitive_labels
    brandkarr = next(a for a in weekly.areas if a.name == "Brandkärr")
    assert brandkarr.table.loc[brandkarr.table["label"] == "Klotter", "sensitive"].tolist() == [True]
    assert "klotter" not in set(brandkarr.notable["category"])
    # Klotter leaves the listable incidents entirely, not only the few shown as notable.
    assert brandkarr.listed_total == before.listed_total - klotter_this_week
    period = collect_period(engine, START, END, title="Test")
    assert "Klotter" in period.sensitive_labels
    assert period.categories.loc[period.categories["category"] == "klotter", "sensitive"].tolist() == [True]


def test_the_dashboards_shared_map_follows_the_database_on_what_is_sensitive(engine: Engine) -> None:
    from dashboard import data

    populate_known_week(engine)
    url = engine.url.render_as_string(hide_password=False)

    def shared_map() -> data.MapLayers:
        data.clear_caches()
        return data.map_layers(url, data.Selection(WEEK, WEEK, shared_view=True), cell_m=250)

    before = shared_map()
    klotter = before.area_counts.loc[before.area_counts["category"] == "klotter", "count"].sum()
    assert klotter > 0
    _klotter_made_sensitive(engine)
    after = shared_map()
    assert "klotter" in data.taxonomy(url).sensitive_codes
    # Klotter leaves the drawn cells (every test incident has a point) but stays in the per-area counts.
    assert after.in_view == before.in_view - klotter
    assert after.area_counts.equals(before.area_counts.assign(sensitive=after.area_counts["sensitive"]))
    assert after.area_counts.loc[after.area_counts["category"] == "klotter", "sensitive"].all()
