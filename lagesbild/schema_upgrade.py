"""Does a database hold the schema this version of Lägesbild expects? And the additive upgrade when not.

The schema grows by adding tables, columns and indexes. A database made by an earlier version lacks them,
and the first query that needs one would fail with "no such column" in the middle of a page or an ingest.
So every process compares the database with `db.metadata` once when it opens it (`open_schema`), stops
with a clear Swedish message when a table or column is missing, and `python -m lagesbild db upgrade`
adds what is missing. Nothing is dropped, renamed or retyped here, except an index that a wider one has
replaced (`SUPERSEDED_INDEXES`: it holds no data, and costs disk and every insert): other such changes need
a written migration, and `db upgrade` refuses a new column it cannot add to existing rows (NOT NULL, no
default).
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Column, Engine, MetaData, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateColumn, CreateIndex

from lagesbild import db
from lagesbild.errors import LagesbildError, SchemaOutdated

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchemaDrift:
    """What the database lacks compared with this version's schema."""

    missing_tables: tuple[str, ...] = ()
    missing_columns: tuple[tuple[str, str], ...] = ()  # (table, column)
    missing_indexes: tuple[tuple[str, str], ...] = ()  # (table, index): slower queries, not errors
    superseded_indexes: tuple[tuple[str, str], ...] = ()  # (table, index) a wider index replaced

    @property
    def blocks_use(self) -> bool:
        """Missing tables or columns make queries fail; missing indexes only make them slow."""
        return bool(self.missing_tables or self.missing_columns)

    def lines(self) -> list[str]:
        """What is missing, in Swedish."""
        return (
            [f"tabellen {t} saknas" for t in self.missing_tables]
            + [f"tabellen {t} saknar kolumnen {c}" for t, c in self.missing_columns]
            + [f"tabellen {t} saknar indexet {i}" for t, i in self.missing_indexes]
            + [
                f"tabellen {t} har kvar indexet {i}, som ett bredare index ersatt"
                for t, i in self.superseded_indexes
            ]
        )

    def added_lines(self) -> list[str]:
        """The same, after `upgrade_db` has added it."""
        return (
            [f"tabellen {t} skapad" for t in self.missing_tables]
            + [f"kolumnen {t}.{c} tillagd" for t, c in self.missing_columns]
            + [f"indexet {i} på {t} skapat" for t, i in self.missing_indexes]
            + [f"indexet {i} på {t} borttaget (ersatt av ett bredare)" for t, i in self.superseded_indexes]
        )


class OutdatedSchema(SchemaOutdated):
    """The database was made by an earlier version; `db upgrade` (or a written migration) is needed."""

    def __init__(self, url: str, drift: SchemaDrift) -> None:
        self.drift = drift
        super().__init__(
            f"Databasen {url} har ett äldre schema än den här versionen av Lägesbild: "
            + "; ".join(drift.lines())
            + ". Ta en säkerhetskopia (python -m lagesbild backup --out FIL) och kör sedan "
            "python -m lagesbild db upgrade, som lägger till det som saknas utan att ändra befintliga data."
        )


def schema_drift(bind: Engine | Connection, metadata: MetaData = db.metadata) -> SchemaDrift:
    """Compare the database with the schema (this version's unless given): tables, columns and the
    indexes the queries rely on."""
    inspector = inspect(bind)
    with warnings.catch_warnings():
        # SQLAlchemy has no reflection type for PostGIS geometry; only the column names matter here.
        warnings.filterwarnings("ignore", message="Did not recognize type 'geometry'")
        present = set(inspector.get_table_names())
        tables, columns, indexes, superseded = [], [], [], []
        for table in metadata.sorted_tables:
            if table.name not in present:
                tables.append(table.name)
                continue
            have = {c["name"] for c in inspector.get_columns(table.name)}
            columns += [(table.name, c.name) for c in table.columns if c.name not in have]
            have_indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            indexes += [(table.name, str(i.name)) for i in table.indexes if i.name not in have_indexes]
            declared = {i.name for i in table.indexes}
            superseded += [
                (table.name, old)
                for new, olds in SUPERSEDED_INDEXES.items()
                if new in declared
                for old in olds
                if old in have_indexes and old not in declared
            ]
    return SchemaDrift(tuple(tables), tuple(columns), tuple(indexes), tuple(superseded))


# An index that a wider one replaced, by the replacing index's name: the week index grew twice (Stop 25:
# review status and duplicate_of, so that every count reads it alone; 552 MB at 10 M incidents).
SUPERSEDED_INDEXES: Final = {
    "ix_incidents_week_area_category_counted": (
        "ix_incidents_week_area_category_org",
        "ix_incidents_week_area_category",
    ),
}


def open_schema(engine: Engine) -> None:
    """On opening a database: create the schema when there is none, else check it is this version's.

    Raises OutdatedSchema when a table or column is missing; a missing index is logged (the upgrade
    builds it, which on a large table takes a while, so it is not done behind a user's back)."""
    if not db.schema_exists(engine):
        db.init_db(engine)
        return
    drift = schema_drift(engine)
    if drift.blocks_use:
        raise OutdatedSchema(db.display_url(engine.url.render_as_string(hide_password=False)), drift)
    if drift.missing_indexes or drift.superseded_indexes:
        LOG.warning(
            "Databasens index är inte den här versionens (kör python -m lagesbild db upgrade): %s",
            drift.lines(),
        )


class ManualMigrationNeeded(LagesbildError):
    """A schema change `db upgrade` cannot make to a database with data."""


def _add_column_sql(conn: Connection, table: str, column: Column[object]) -> str:
    spec = CreateColumn(column).compile(dialect=conn.dialect)
    return f"ALTER TABLE {conn.dialect.identifier_preparer.quote(table)} ADD COLUMN {spec}"


def upgrade_db(engine: Engine, metadata: MetaData = db.metadata) -> SchemaDrift:
    """Add the tables, columns and indexes the database lacks, in one transaction; return what was added.

    Columns come first: on PostGIS the DDL in sql/ is then run again (every statement is IF NOT EXISTS),
    which creates missing tables and the indexes, including those on the new columns."""
    if not db.schema_exists(engine):
        before = schema_drift(engine, metadata)
        db.init_db(engine)
        return before
    with engine.begin() as conn:
        db.lock_schema(conn)
        drift = schema_drift(conn, metadata)  # again under the lock: another process may have done it
        impossible = [
            f"{table}.{name}"
            for table, name in drift.missing_columns
            if not metadata.tables[table].c[name].nullable
            and metadata.tables[table].c[name].server_default is None
        ]
        if impossible:
            raise ManualMigrationNeeded(
                f"Kolumnen {', '.join(impossible)} kan inte läggas till i befintliga rader (NOT NULL utan "
                "standardvärde): den ändringen kräver en skriven migrering. Inget i databasen har ändrats."
            )
        for table, name in drift.missing_columns:
            conn.execute(text(_add_column_sql(conn, table, metadata.tables[table].c[name])))
        db.create_schema(conn)
        if not db.is_postgis(conn):
            for table, name in drift.missing_indexes:
                index = next(i for i in metadata.tables[table].indexes if i.name == name)
                conn.execute(CreateIndex(index, if_not_exists=True))
        for _table, name in drift.superseded_indexes:  # after its replacement exists
            conn.execute(text(f"DROP INDEX IF EXISTS {conn.dialect.identifier_preparer.quote(name)}"))
    return drift
