"""The tables and indexes (SQLAlchemy Core): the source of truth for SQLite; `sql/001_schema.sql` is
the same schema for PostgreSQL + PostGIS, and a test checks they match."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    literal,
    text,
)

from lagesbild.db.types import Geometry, UtcDateTime
from lagesbild.privacy.sensitive import UNMAPPED

metadata = MetaData()

areas = Table(
    "areas",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("kommun", String(100), nullable=False),
    Column("kommun_code", String(4), nullable=False),
    Column("population", Integer),
    Column("geom", Geometry("MULTIPOLYGON"), nullable=False),
    # The official code of a RegSO area (e.g. 0182R004); NULL for a kommun's own areas.
    Column("code", String(20)),
    # Other names reports use for the area, "|"-separated ("Älta" for "Älta-Erstavik").
    Column("aliases", Text),
    # Which layer the area belongs to ("regso", or the name given at import); NULL = the kommun's own.
    Column("layer", String(50)),
    # Only the kommun's active layer places reports and is shown: overlapping layers never both count.
    Column("active", Boolean, nullable=False, server_default=text("TRUE")),
)

kommuner = Table(
    "kommuner",
    metadata,
    Column("code", String(4), primary_key=True),
    Column("name", String(100), nullable=False),  # "Nyköpings kommun"
    Column("short_name", String(100), nullable=False),  # "Nyköping", as areas.kommun
    Column("area_layer", String(50), nullable=False),  # the active layer of areas.layer
    Column("created_at", UtcDateTime, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(50)),
    Column("area_id", Integer, ForeignKey("areas.id")),
    Column("kommun", String(100)),
    Column("public", Boolean, nullable=False),
    Column("aliases", Text),
    Column("east", Float, nullable=False),
    Column("north", Float, nullable=False),
    Column("geom", Geometry("POINT"), nullable=False),
)

addresses = Table(
    "addresses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("street", String(200), nullable=False),
    Column("number", String(20), nullable=False),
    Column("postcode", String(10)),
    Column("postort", String(100)),
    Column("kommun", String(100)),
    Column("east", Float, nullable=False),
    Column("north", Float, nullable=False),
    Column("geom", Geometry("POINT"), nullable=False),
)
Index("ix_addresses_street", addresses.c.street)

organisations = Table(
    "organisations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("source", String(20), nullable=False),
    Column("kommun_code", String(4)),  # the kommun it belongs to (row-level security)
    UniqueConstraint("source", "name", name="uq_organisations_source_name"),
)

categories = Table(
    "categories",
    metadata,
    Column("code", String(50), primary_key=True),
    Column("label", String(100), nullable=False),
    Column("sensitive", Boolean, nullable=False, default=False),
    Column("sort_order", Integer, nullable=False),
)

ingest_batches = Table(
    "ingest_batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", String(500), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", String(20), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("rows", Integer, nullable=False),
    Column("loaded", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("duplicates", Integer, nullable=False),
    Column("ignored", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime),
    Column("imported_by", String(200)),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False),
    # Provenance: the row of the batch's file this incident was read from.
    Column("row_number", Integer, nullable=False),
    Column("source", String(20), nullable=False),
    Column("organisation_id", Integer, ForeignKey("organisations.id"), nullable=False),
    # The source's own id, or a content hash when the source has none (kommun reports).
    Column("source_key", String(200), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("occurred_at", UtcDateTime, nullable=False),
    Column("occurred_date", Date, nullable=False),
    Column("iso_week", String(8), nullable=False),
    Column("weekday", Integer, nullable=False),
    Column("hour", Integer),
    Column("time_precision", String(10), nullable=False),
    Column("area_id", Integer, ForeignKey("areas.id")),
    Column("category", String(50), ForeignKey("categories.code"), nullable=False),
    Column("source_category", String(200), nullable=False),
    Column("description", Text),
    Column("place", Text),
    Column("east", Float),
    Column("north", Float),
    Column("geom", Geometry("POINT")),
    Column("location_precision", String(10), nullable=False),
    Column("cost_sek", Float),
    Column("review_status", String(20), nullable=False),
    Column("duplicate_of", Integer, ForeignKey("incidents.id")),
    # Internal only, deleted after the retention period: the text as received.
    Column("raw_description", Text),
    Column("raw_place", Text),
    # Fail closed: why this report is shared at area level only although its category is not
    # sensitive ("omappad kategori", "känsligt innehåll: nära relation"); None = the category decides.
    Column("privacy_reason", String(100)),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("kommun_code", String(4)),  # the kommun it belongs to (row-level security)
    UniqueConstraint("source", "source_key", name="uq_incidents_source_key"),
)
# The week index; organisation and kommun let queries.reporting_organisations (the completeness basis
# of every weekly report: 18 weeks of every kommun) read the index alone, and review status and
# duplicate_of (the conditions of `queries.counted`) let every count per week, area and category
# (queries.week_counts, 18 weeks for Veckans lägesbild) read it alone too: without them each counted
# report was fetched from the table, which at 10 M incidents made PostgreSQL scan the whole table for
# the landing page (bench/RESULTS.md, Stop 25). Replaces ix_incidents_week_area_category_org (its first
# five columns), which replaced ix_incidents_week_area_category; a database made before keeps the older
# ones (`db upgrade` only adds). Not a separate (iso_week, organisation_id, kommun_code) index: SQLite,
# without statistics, preferred that narrower one for every week range with named areas and lost the
# area_id in the index (weekly_series for 3 areas at 5M incidents: 0.12 s -> 0.95 s).
Index(
    "ix_incidents_week_area_category_counted",
    incidents.c.iso_week,
    incidents.c.area_id,
    incidents.c.category,
    incidents.c.organisation_id,
    incidents.c.kommun_code,
    incidents.c.review_status,
    incidents.c.duplicate_of,
)
Index("ix_incidents_occurred_at", incidents.c.occurred_at)
Index("ix_incidents_kommun_week", incidents.c.kommun_code, incidents.c.iso_week)
# Partial: only linked duplicates are indexed. With statistics (ANALYZE, PRAGMA optimize) SQLite chose a
# full index for the ubiquitous "duplicate_of IS NULL" filter over the week index: 8x slower weekly
# counts at 5M incidents (docs/benchmarks.md). The look-ups by id still use the partial one.
_linked = incidents.c.duplicate_of.is_not(None)
Index("ix_incidents_duplicate_of", incidents.c.duplicate_of, sqlite_where=_linked, postgresql_where=_linked)
# Raw free text still held, by age: the retention purge at every ingest reads only these rows.
_raw_held = incidents.c.raw_description.is_not(None) | incidents.c.raw_place.is_not(None)
Index("ix_incidents_raw_held", incidents.c.created_at, sqlite_where=_raw_held, postgresql_where=_raw_held)
# Reports held at area level for an unmapped label: `store.remap_unmapped` reads them at every ingest,
# which without this index scanned the whole table (most of the extra time of a weekly file into a
# national database, bench 1b). Partial, so inserting the usual mapped reports costs nothing; queries
# must write the label as a literal (`UNMAPPED_REASON`) for SQLite to prove the index applies.
UNMAPPED_REASON = literal(UNMAPPED, literal_execute=True)
_unmapped = incidents.c.privacy_reason == UNMAPPED_REASON
Index(
    "ix_incidents_unmapped",
    incidents.c.source,
    incidents.c.source_category,
    sqlite_where=_unmapped,
    postgresql_where=_unmapped,
)

incident_history = Table(
    "incident_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id"), nullable=False),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id")),
    Column("changed_at", UtcDateTime, nullable=False),
    Column("changed_by", String(200)),
    Column("previous", Text, nullable=False),
)

upcoming_events = Table(
    "upcoming_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id")),
    Column("source_key", String(200), nullable=False, unique=True),
    Column("event_date", Date, nullable=False),
    Column("area_id", Integer, ForeignKey("areas.id")),
    Column("title", String(300), nullable=False),
    Column("description", Text),
    Column("organisation", String(200)),
    # Shown outside the internal view only when granskad, like incidents (NULL = before review existed:
    # not shown, fail closed).
    Column("review_status", String(20)),
    Column("kommun_code", String(4)),  # the kommun it belongs to (row-level security)
)

measures = Table(
    "measures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("area_id", Integer, ForeignKey("areas.id"), nullable=False),
    Column("category", String(50), ForeignKey("categories.code")),
    Column("title", String(300), nullable=False),
    Column("description", Text),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date),
    Column("status", String(20), nullable=False),
    Column("responsible", String(200)),
    Column("follow_up", Text),
    Column("kommun_code", String(4)),  # the kommun it belongs to (row-level security)
    Column("created_at", UtcDateTime, nullable=False),
)

area_status = Table(
    "area_status",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("area_id", Integer, ForeignKey("areas.id"), nullable=False),
    Column("iso_week", String(8), nullable=False),
    Column("status", String(10), nullable=False),
    Column("comment", Text),
    Column("decided_by", String(200)),
    Column("decided_at", UtcDateTime, nullable=False),
    Column("kommun_code", String(4)),  # the kommun it belongs to (row-level security)
)
Index("ix_area_status_week", area_status.c.iso_week, area_status.c.area_id)

reporters = Table(
    "reporters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kommun_code", String(4), nullable=False),
    Column("name", String(200), nullable=False),  # as the reports' Rapportör / organisation says
    Column("source", String(20), nullable=False),
    Column("expected_weekly", Boolean, nullable=False),  # completeness expects a report every week
    Column("created_at", UtcDateTime, nullable=False),
    UniqueConstraint("kommun_code", "source", "name", name="uq_reporters_kommun_source_name"),
)

unknown_labels = Table(
    "unknown_labels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(20), nullable=False),
    Column("label", String(200), nullable=False),  # the source's category text, as written
    Column("kommun_code", String(4)),  # where it was first seen
    Column("rows", Integer, nullable=False),
    Column("first_seen", UtcDateTime, nullable=False),
    Column("last_seen", UtcDateTime, nullable=False),
    Column("category", String(50), ForeignKey("categories.code")),  # the samordnare's mapping, once made
    Column("mapped_by", String(200)),
    Column("mapped_at", UtcDateTime),
    UniqueConstraint("source", "label", name="uq_unknown_labels_source_label"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(50), nullable=False),
    Column("details", Text),
)
Index("ix_audit_log_at", audit_log.c.at)

# Failed password logins per user name and per client address: the throttle's state lives here so
# that it survives restarts and is shared by every replica of the app (lagesbild/logins.py).
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("key", String(200), nullable=False),
)
Index("ix_login_failures_kind_key_at", login_failures.c.kind, login_failures.c.key, login_failures.c.at)

# Server-side sessions of local accounts: a random token in the browser's cookie, only its SHA-256 here,
# so that a login survives a reload and a logout ends it everywhere (lagesbild/sessions.py).
login_sessions = Table(
    "login_sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("username", String(200), nullable=False),
    Column("kommuner", String(200), nullable=False),  # as configured at login, comma-separated
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),  # the absolute limit
    Column("revoked_at", UtcDateTime),
)

rejected_rows = Table(
    "rejected_rows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False),
    Column("row_number", Integer, nullable=False),
    Column("column_name", String(100)),
    Column("reason", Text, nullable=False),
    Column("raw_values", Text, nullable=False),
)

ignored_rows = Table(
    "ignored_rows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False),
    Column("row_number", Integer, nullable=False),
    Column("reason", Text, nullable=False),
)
