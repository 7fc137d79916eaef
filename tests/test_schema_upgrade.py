"""A database made by an earlier version: found when it is opened, named in Swedish, upgraded in place
by `db upgrade` without losing data, on SQLite and PostGIS."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Column, Engine, MetaData, String, func, inspect, select, text

from data_ingest.pipeline import ingest_file
from lagesbild import db
from lagesbild.cli import main
from lagesbild.reference import store_reference
from lagesbild.schema_upgrade import (
    ManualMigrationNeeded,
    OutdatedSchema,
    SchemaDrift,
    open_schema,
    schema_drift,
    upgrade_db,
)
from tests.factories import reference
from tests.test_ingest_pipeline import KOMMUN_CSV


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _with_data(engine: Engine, tmp_path: Path) -> int:
    with engine.begin() as conn:
        store_reference(conn, reference())
    report = tmp_path / "nacka_est_2026-W18.csv"
    report.write_bytes(KOMMUN_CSV.encode("cp1252"))
    with report.open("rb") as fh:
        summary = ingest_file(engine, fh, report.name)
    assert summary.loaded > 0
    return summary.loaded


def _make_it_old(engine: Engine) -> None:
    """What a database from an earlier version looks like: no audit log yet, no cost column, no point
    for incidents (with its GiST index on PostGIS) and no index on occurred_at."""
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_incidents_occurred_at"))
        conn.execute(text("DROP TABLE audit_log"))
        conn.execute(text("ALTER TABLE incidents DROP COLUMN cost_sek"))
        conn.execute(text("ALTER TABLE incidents DROP COLUMN geom"))  # PostGIS: drops ix_incidents_geom too


def _incidents(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(db.incidents)).scalar_one())


def test_a_new_database_has_exactly_this_versions_schema(engine: Engine) -> None:
    """Also checks that sql/*.sql creates every index the SQLAlchemy schema declares."""
    assert schema_drift(engine) == SchemaDrift()
    assert upgrade_db(engine) == SchemaDrift()


def test_an_old_database_is_named_when_opened_and_upgraded_without_losing_data(
    engine: Engine, tmp_path: Path
) -> None:
    loaded = _with_data(engine, tmp_path)
    _make_it_old(engine)

    drift = schema_drift(engine)
    assert drift.missing_tables == ("audit_log",)
    assert set(drift.missing_columns) == {("incidents", "cost_sek"), ("incidents", "geom")}
    assert ("incidents", "ix_incidents_occurred_at") in drift.missing_indexes
    with pytest.raises(OutdatedSchema) as caught:
        open_schema(engine)
    message = str(caught.value)
    assert "tabellen incidents saknar kolumnen cost_sek" in message and "tabellen audit_log saknas" in message
    assert "python -m lagesbild db upgrade" in message and "backup" in message

    added = upgrade_db(engine)
    assert added == drift
    assert "kolumnen incidents.cost_sek tillagd" in added.added_lines()
    assert schema_drift(engine) == SchemaDrift()
    open_schema(engine)  # no longer raises
    assert _incidents(engine) == loaded
    # The upgraded database takes the next weekly file like a new one (every column written).
    second = tmp_path / "nacka_est_2026-W19.csv"
    next_week = (
        KOMMUN_CSV.replace("2026-05-01", "2026-05-11").replace("1/5/", "11/5/").replace("2.5.", "12.5.")
    )
    second.write_bytes(next_week.encode("cp1252"))
    with second.open("rb") as fh:
        summary = ingest_file(engine, fh, second.name)
    assert summary.loaded > 0
    assert summary.rows == summary.loaded + summary.duplicates + summary.ignored + summary.rejected
    assert _incidents(engine) == loaded + summary.loaded
    if db.is_postgis(engine):
        with engine.connect() as conn:
            kind = conn.execute(
                text("SELECT type || ':' || srid FROM geometry_columns WHERE f_table_name = 'incidents'")
            ).scalar_one()
            gist = conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_incidents_geom'"))
            assert kind == "POINT:3006" and gist.scalar_one() == 1


def test_the_cli_stops_on_an_old_database_and_db_upgrade_fixes_it(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_data(engine, tmp_path)
    _make_it_old(engine)
    url = _url(engine)
    report = tmp_path / "nacka_est_2026-W18.csv"

    assert main(["ingest", "--db", url, str(report)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fel: Databasen") and "saknar kolumnen cost_sek" in err and "db upgrade" in err

    assert main(["db", "upgrade", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "är uppgraderad" in out and "tabellen audit_log skapad" in out
    assert main(["db", "upgrade", "--db", url]) == 0
    assert "har redan den här versionens schema" in capsys.readouterr().out
    assert main(["ingest", "--db", url, str(report)]) == 0


def test_a_new_column_that_existing_rows_cannot_get_is_refused(engine: Engine) -> None:
    """NOT NULL without a default cannot be added to a table with rows: that needs a written migration,
    and nothing of the upgrade is applied."""
    later = MetaData()
    for table in db.metadata.sorted_tables:
        table.to_metadata(later)
    later.tables["areas"].append_column(Column("anteckning", String(200)))
    later.tables["areas"].append_column(Column("kod", String(10), nullable=False))
    drift = schema_drift(engine, later)
    assert drift.missing_columns == (("areas", "anteckning"), ("areas", "kod"))
    with pytest.raises(ManualMigrationNeeded, match=r"Kolumnen areas\.kod kan inte läggas till"):
        upgrade_db(engine, later)
    assert schema_drift(engine, later) == drift  # nothing applied, not even the nullable column
    assert schema_drift(engine) == SchemaDrift()


def test_the_dashboard_says_what_is_missing_and_works_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    url = f"sqlite:///{tmp_path / 'gammal.db'}"
    engine = db.make_engine(url)
    db.init_db(engine)
    _with_data(engine, tmp_path)
    _make_it_old(engine)
    monkeypatch.setenv("LAGESBILD_DB", url)
    app = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")

    at = AppTest.from_file(app, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    (error,) = [e.value for e in at.error]
    assert "äldre schema" in error and "saknar kolumnen cost_sek" in error and "db upgrade" in error

    upgrade_db(engine)
    at = AppTest.from_file(app, default_timeout=120).run()
    assert not at.exception and not at.error, [e.value for e in [*at.exception, *at.error]]
    assert at.title[0].value == "Veckans lägesbild"
    engine.dispose()


def test_the_week_index_a_wider_one_replaced_is_dropped_by_the_upgrade(
    engine: Engine, tmp_path: Path
) -> None:
    loaded = _with_data(engine, tmp_path)
    with engine.begin() as conn:  # as a database made before Stop 25 has it, beside the new one
        conn.execute(
            text(
                "CREATE INDEX ix_incidents_week_area_category_org"
                " ON incidents (iso_week, area_id, category, organisation_id, kommun_code)"
            )
        )
    drift = schema_drift(engine)
    assert drift.superseded_indexes == (("incidents", "ix_incidents_week_area_category_org"),)
    assert not drift.blocks_use
    assert "tabellen incidents har kvar indexet ix_incidents_week_area_category_org" in " ".join(
        drift.lines()
    )
    open_schema(engine)  # only a warning: the old index makes writes slower, not queries wrong

    added = upgrade_db(engine)
    assert "indexet ix_incidents_week_area_category_org på incidents borttaget" in " ".join(
        added.added_lines()
    )
    assert schema_drift(engine) == SchemaDrift()
    names = {i["name"] for i in inspect(engine).get_indexes("incidents")}
    assert "ix_incidents_week_area_category_org" not in names
    assert "ix_incidents_week_area_category_counted" in names
    assert _incidents(engine) == loaded
