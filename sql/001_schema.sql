-- Lägesbild schema for PostgreSQL + PostGIS. Geometry in SWEREF 99 TM (EPSG:3006).
-- Safe to run again: every statement is IF NOT EXISTS. `python -m lagesbild db init` runs this file;
-- a DBA can run it by hand with psql. tests/test_schema_postgis.py checks it matches lagesbild/db.py.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE IF NOT EXISTS areas (
    id          serial PRIMARY KEY,
    name        varchar(100) NOT NULL UNIQUE,
    kommun      varchar(100) NOT NULL,
    kommun_code varchar(4)   NOT NULL,
    population  integer,
    geom        geometry(MultiPolygon, 3006) NOT NULL,
    code        varchar(20),   -- RegSO code (0182R004); NULL for a kommun's own areas
    aliases     text,          -- other names reports use, "|"-separated
    layer       varchar(50),   -- "regso" or the layer named at import; NULL = the kommun's own
    active      boolean      NOT NULL DEFAULT TRUE  -- only the kommun's active layer places and shows
);
CREATE INDEX IF NOT EXISTS ix_areas_geom ON areas USING gist (geom);

CREATE TABLE IF NOT EXISTS kommuner (
    code       varchar(4)   PRIMARY KEY,
    name       varchar(100) NOT NULL,  -- "Nyköpings kommun"
    short_name varchar(100) NOT NULL,  -- "Nyköping", as areas.kommun
    area_layer varchar(50)  NOT NULL,  -- the active layer (areas.layer)
    created_at timestamptz  NOT NULL
);

CREATE TABLE IF NOT EXISTS places (
    id      serial PRIMARY KEY,
    name    varchar(200) NOT NULL,
    kind    varchar(50),
    area_id integer REFERENCES areas (id),
    kommun  varchar(100),
    public  boolean NOT NULL,
    aliases text,
    east    double precision NOT NULL,
    north   double precision NOT NULL,
    geom    geometry(Point, 3006) NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_places_geom ON places USING gist (geom);

CREATE TABLE IF NOT EXISTS addresses (
    id       serial PRIMARY KEY,
    street   varchar(200) NOT NULL,
    number   varchar(20)  NOT NULL,
    postcode varchar(10),
    postort  varchar(100),
    kommun   varchar(100),
    east     double precision NOT NULL,
    north    double precision NOT NULL,
    geom     geometry(Point, 3006) NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_addresses_street ON addresses (street);
CREATE INDEX IF NOT EXISTS ix_addresses_geom ON addresses USING gist (geom);

CREATE TABLE IF NOT EXISTS organisations (
    id     serial PRIMARY KEY,
    name   varchar(200) NOT NULL,
    source varchar(20)  NOT NULL,
    kommun_code varchar(4),  -- the kommun it belongs to (row-level security)
    CONSTRAINT uq_organisations_source_name UNIQUE (source, name)
);

CREATE TABLE IF NOT EXISTS categories (
    code       varchar(50)  PRIMARY KEY,
    label      varchar(100) NOT NULL,
    sensitive  boolean      NOT NULL,
    sort_order integer      NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_batches (
    id          serial PRIMARY KEY,
    file_name   varchar(500) NOT NULL,
    sha256      varchar(64)  NOT NULL,
    source      varchar(20)  NOT NULL,
    kind        varchar(20)  NOT NULL,
    rows        integer      NOT NULL,
    loaded      integer      NOT NULL,
    updated     integer      NOT NULL,
    duplicates  integer      NOT NULL,
    ignored     integer      NOT NULL,
    rejected    integer      NOT NULL,
    started_at  timestamptz  NOT NULL,
    finished_at timestamptz,
    imported_by varchar(200)
);

CREATE TABLE IF NOT EXISTS incidents (
    id                 serial PRIMARY KEY,
    batch_id           integer      NOT NULL REFERENCES ingest_batches (id),
    row_number         integer      NOT NULL,
    source             varchar(20)  NOT NULL,
    organisation_id    integer      NOT NULL REFERENCES organisations (id),
    source_key         varchar(200) NOT NULL,
    content_hash       varchar(64)  NOT NULL,
    occurred_at        timestamptz  NOT NULL,
    occurred_date      date         NOT NULL,
    iso_week           varchar(8)   NOT NULL,
    weekday            integer      NOT NULL,
    hour               integer,
    time_precision     varchar(10)  NOT NULL,
    area_id            integer REFERENCES areas (id),
    category           varchar(50)  NOT NULL REFERENCES categories (code),
    source_category    varchar(200) NOT NULL,
    description        text,
    place              text,
    east               double precision,
    north              double precision,
    geom               geometry(Point, 3006),
    location_precision varchar(10)  NOT NULL,
    cost_sek           double precision,
    review_status      varchar(20)  NOT NULL,
    duplicate_of       integer REFERENCES incidents (id),
    raw_description    text,
    raw_place          text,
    privacy_reason     varchar(100),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    kommun_code        varchar(4),  -- the kommun it belongs to (row-level security)
    CONSTRAINT uq_incidents_source_key UNIQUE (source, source_key)
);
-- the week index, with organisation and kommun for reporting_organisations and review status and
-- duplicate_of for every count (read from the index alone; lagesbild/db/tables.py); replaces
-- ix_incidents_week_area_category_org and ix_incidents_week_area_category (a database made before
-- keeps them)
CREATE INDEX IF NOT EXISTS ix_incidents_week_area_category_counted
    ON incidents (iso_week, area_id, category, organisation_id, kommun_code, review_status, duplicate_of);
CREATE INDEX IF NOT EXISTS ix_incidents_occurred_at ON incidents (occurred_at);
CREATE INDEX IF NOT EXISTS ix_incidents_kommun_week ON incidents (kommun_code, iso_week);
CREATE INDEX IF NOT EXISTS ix_incidents_duplicate_of ON incidents (duplicate_of)
    WHERE duplicate_of IS NOT NULL;
-- rows whose raw free text the retention purge (run at every ingest) has not yet removed
CREATE INDEX IF NOT EXISTS ix_incidents_raw_held ON incidents (created_at)
    WHERE raw_description IS NOT NULL OR raw_place IS NOT NULL;
-- reports held at area level for an unmapped label (store.remap_unmapped, run at every ingest)
CREATE INDEX IF NOT EXISTS ix_incidents_unmapped ON incidents (source, source_category)
    WHERE privacy_reason = 'omappad kategori';
CREATE INDEX IF NOT EXISTS ix_incidents_geom ON incidents USING gist (geom);

CREATE TABLE IF NOT EXISTS incident_history (
    id          serial PRIMARY KEY,
    incident_id integer     NOT NULL REFERENCES incidents (id),
    batch_id    integer REFERENCES ingest_batches (id),
    changed_at  timestamptz NOT NULL,
    changed_by  varchar(200),
    previous    text        NOT NULL
);

CREATE TABLE IF NOT EXISTS upcoming_events (
    id           serial PRIMARY KEY,
    batch_id     integer REFERENCES ingest_batches (id),
    source_key   varchar(200) NOT NULL UNIQUE,
    event_date   date         NOT NULL,
    area_id      integer REFERENCES areas (id),
    title        varchar(300) NOT NULL,
    description  text,
    organisation varchar(200),
    review_status varchar(20),
    kommun_code  varchar(4)  -- the kommun it belongs to (row-level security)
);

CREATE TABLE IF NOT EXISTS measures (
    id          serial PRIMARY KEY,
    area_id     integer      NOT NULL REFERENCES areas (id),
    category    varchar(50) REFERENCES categories (code),
    title       varchar(300) NOT NULL,
    description text,
    start_date  date         NOT NULL,
    end_date    date,
    status      varchar(20)  NOT NULL,
    responsible varchar(200),
    follow_up   text,
    kommun_code varchar(4),  -- the kommun it belongs to (row-level security)
    created_at  timestamptz  NOT NULL
);

CREATE TABLE IF NOT EXISTS area_status (
    id         serial PRIMARY KEY,
    area_id    integer     NOT NULL REFERENCES areas (id),
    iso_week   varchar(8)  NOT NULL,
    status     varchar(10) NOT NULL,
    comment    text,
    decided_by varchar(200),
    decided_at timestamptz NOT NULL,
    kommun_code varchar(4)  -- the kommun it belongs to (row-level security)
);
CREATE INDEX IF NOT EXISTS ix_area_status_week ON area_status (iso_week, area_id);

CREATE TABLE IF NOT EXISTS reporters (
    id              serial PRIMARY KEY,
    kommun_code     varchar(4)   NOT NULL,
    name            varchar(200) NOT NULL,  -- as the reports' Rapportör / organisation says
    source          varchar(20)  NOT NULL,
    expected_weekly boolean      NOT NULL,  -- completeness expects a report every week
    created_at      timestamptz  NOT NULL,
    CONSTRAINT uq_reporters_kommun_source_name UNIQUE (kommun_code, source, name)
);

CREATE TABLE IF NOT EXISTS unknown_labels (
    id          serial PRIMARY KEY,
    source      varchar(20)  NOT NULL,
    label       varchar(200) NOT NULL,  -- the source's category text, as written
    kommun_code varchar(4),             -- where it was first seen
    rows        integer      NOT NULL,
    first_seen  timestamptz  NOT NULL,
    last_seen   timestamptz  NOT NULL,
    category    varchar(50) REFERENCES categories (code),  -- the samordnare's mapping, once made
    mapped_by   varchar(200),
    mapped_at   timestamptz,
    CONSTRAINT uq_unknown_labels_source_label UNIQUE (source, label)
);

CREATE TABLE IF NOT EXISTS audit_log (
    id      serial PRIMARY KEY,
    at      timestamptz  NOT NULL,
    actor   varchar(200) NOT NULL,
    action  varchar(50)  NOT NULL,
    details text
);
CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at);

CREATE TABLE IF NOT EXISTS login_failures (
    id      serial PRIMARY KEY,
    at      timestamptz  NOT NULL,
    kind    varchar(10)  NOT NULL,
    key     varchar(200) NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_login_failures_kind_key_at ON login_failures (kind, key, at);

CREATE TABLE IF NOT EXISTS login_sessions (
    id            serial PRIMARY KEY,
    token_hash    varchar(64)  NOT NULL UNIQUE,
    username      varchar(200) NOT NULL,
    kommuner      varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    last_seen_at  timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    revoked_at    timestamptz
);

CREATE TABLE IF NOT EXISTS rejected_rows (
    id          serial PRIMARY KEY,
    batch_id    integer NOT NULL REFERENCES ingest_batches (id),
    row_number  integer NOT NULL,
    column_name varchar(100),
    reason      text    NOT NULL,
    raw_values  text    NOT NULL
);

CREATE TABLE IF NOT EXISTS ignored_rows (
    id         serial PRIMARY KEY,
    batch_id   integer NOT NULL REFERENCES ingest_batches (id),
    row_number integer NOT NULL,
    reason     text    NOT NULL
);
