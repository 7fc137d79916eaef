"""Database reads and the few writes the dashboard makes. Aggregation happens in SQL.

Every function takes an Engine or a Connection. Every count excludes linked duplicates
(`duplicate_of IS NULL`), so an event reported by two sources counts once, and every report a
samordnare rejected during review (`review_status = 'avvisad'`, see `counted`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from sqlalchemy import Engine, Select, func, literal, select
from sqlalchemy.engine import Connection

from lagesbild import db
from lagesbild import weeks as weeks_module
from lagesbild.categories import Taxonomy
from lagesbild.geo import SWEREF

# The kommun scope is part of this read API (`queries.kommun_scope`); it lives in its own module.
from lagesbild.kommun_scope import current_kommun as current_kommun
from lagesbild.kommun_scope import in_kommun
from lagesbild.kommun_scope import kommun_scope as kommun_scope
from lagesbild.kommun_scope import kommuner_present as kommuner_present
from lagesbild.vocabulary import MeasureStatus, ReviewState

Bind = Engine | Connection
i, a, c, o = db.incidents, db.areas, db.categories, db.organisations


def read(bind: Bind, query: Select[Any], *, plain: bool = False) -> pd.DataFrame:
    """The rows of `query` as a frame, its columns named as the query's. `plain`: every column is text
    or an integer, which both drivers return as stored, so their rows are taken as they are, without
    SQLAlchemy's (week_counts for Veckans lägesbild nationally: 420,000 rows, 0.4 s less at 10 M
    incidents; bench/RESULTS.md, Stop 25)."""
    # Rows as plain tuples: the same frame as from mappings, without a dict per row (3x faster). One
    # fetchall, not row-by-row iteration: psycopg's fetchone costs ~2 µs a row (1-week week_counts on
    # 10 M incidents: 68 -> 59 ms against 47 ms for the bare query; bench/RESULTS.md section 2).
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return read(conn, query, plain=plain)
    result = bind.execute(query)
    columns = list(result.keys())
    if plain:
        rows = result.cursor.fetchall()
        result.close()
    else:
        rows = list(map(tuple, result.fetchall()))
    return pd.DataFrame(rows, columns=columns)


def counted() -> list[Any]:
    """The incidents any count or list may see: first reports, not rejected, in the current kommun."""
    return [
        i.c.duplicate_of.is_(None),
        i.c.review_status != ReviewState.REJECTED.value,
        *in_kommun(i.c.kommun_code),
    ]


def filters(
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> list[Any]:
    """The `counted` conditions and those of the areas, categories and sources given, reviewed ones only
    with `reviewed_only`."""
    conditions: list[Any] = counted()
    if areas:
        conditions.append(a.c.name.in_(list(areas)))
    if categories:
        conditions.append(i.c.category.in_(list(categories)))
    if sources:
        conditions.append(i.c.source.in_(list(sources)))
    if reviewed_only:
        conditions.append(i.c.review_status == ReviewState.REVIEWED)
    return conditions


def areas_frame(bind: Bind) -> gpd.GeoDataFrame:
    """The active areas (each kommun's active layer, lagesbild/areas/)."""
    frame = read(
        bind,
        select(a.c.id, a.c.name, a.c.kommun, a.c.kommun_code, a.c.population, a.c.aliases, a.c.geom).where(
            a.c.active, *in_kommun(a.c.kommun_code)
        ),
    )
    # Parsed in one call (3,363 areas nationally: about 4x faster than one wkt.loads per area).
    geometry = list(shapely.from_wkt(frame.pop("geom").to_numpy(object))) if len(frame) else []
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=SWEREF)


def category_labels(bind: Bind) -> pd.DataFrame:
    return read(bind, select(c.c.code, c.c.label, c.c.sensitive).order_by(c.c.sort_order))


def taxonomy(bind: Bind) -> Taxonomy:
    """The database's categories: labels, sort order and which are sensitive."""
    return Taxonomy.from_frame(category_labels(bind))


# Up to this many named areas week_counts counts only theirs (one index range per area and week); more
# are counted with every area and picked after (measured at 10 M incidents on the real areas, 18 weeks:
# 300 areas 0.08 s narrowed vs 0.23 s not, 1,000 0.29 vs 0.40 s, all 3,363 0.93 vs 0.53 s).
NARROWED_AREAS = 1000


def narrowed_to(areas: Sequence[str] | None) -> list[Any]:
    """The condition that counts only the named areas' incidents (by their ids), for up to
    `NARROWED_AREAS` of them; none for more, whose counts are picked after."""
    if not areas or len(areas) > NARROWED_AREAS:
        return []
    return [i.c.area_id.in_(select(a.c.id).where(a.c.name.in_(list(areas))))]


def week_counts(
    bind: Bind,
    weeks: Sequence[str],
    areas: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    """Counts per iso_week × area × category for the given weeks (only non-zero cells)."""
    return read(bind, week_counts_query(weeks, areas, sources, reviewed_only), plain=True)


def week_counts_query(
    weeks: Sequence[str],
    areas: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> Select[Any]:
    """The query of `week_counts` (text and integer columns)."""
    # Counted per area id in a query on incidents alone, then joined to the (unique) area names: the
    # same cells and counts, but the join meets one row per cell instead of one per incident, and the
    # count reads ix_incidents_week_area_category_counted alone, in its order (see bench/RESULTS.md,
    # section 2 and Stop 25). A few named areas are also narrowed inside (by their ids), so only their
    # incidents are counted: the weekly PDF for 3 areas counted every area of a national database
    # (10 M incidents: seconds). Many are not: narrowing by 3,363 ids made PostgreSQL hash the counts
    # (spilling to disk) instead of counting in the index's order, 2x slower than counting every area;
    # the names are then applied to the counts (the outer condition, which holds in both cases).
    chosen = narrowed_to(areas)
    counted = (
        select(i.c.iso_week, i.c.area_id, i.c.category, func.count().label("count"))
        .where(i.c.iso_week.in_(list(weeks)), *chosen, *filters(None, None, sources, reviewed_only))
        .group_by(i.c.iso_week, i.c.area_id, i.c.category)
        .subquery()
    )
    query = select(
        counted.c.iso_week, a.c.name.label("area"), counted.c.category, counted.c["count"]
    ).select_from(counted.join(a, counted.c.area_id == a.c.id))
    if areas:
        query = query.where(a.c.name.in_(list(areas)))
    return query


def weekly_series(
    bind: Bind,
    first_week: str,
    last_week: str,
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    """Counts per iso_week × area × category × source between two weeks (inclusive)."""
    query = (
        select(
            i.c.iso_week,
            a.c.name.label("area"),
            i.c.category,
            i.c.source,
            func.count().label("count"),
            func.sum(i.c.cost_sek).label("cost_sek"),
        )
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(
            i.c.iso_week.between(first_week, last_week), *filters(areas, categories, sources, reviewed_only)
        )
        .group_by(i.c.iso_week, a.c.name, i.c.category, i.c.source)
    )
    frame = read(bind, query)
    # A non-finite stored cost (an older database; ingest refuses them now) counts as no cost, so that
    # one value cannot break the sums of every page.
    frame["cost_sek"] = pd.to_numeric(frame["cost_sek"]).replace([np.inf, -np.inf], np.nan).fillna(0.0)
    return frame


def hour_weekday_counts(
    bind: Bind,
    first_week: str,
    last_week: str,
    areas: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    query = (
        select(i.c.weekday, i.c.hour, func.count().label("count"))
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(
            i.c.iso_week.between(first_week, last_week),
            i.c.hour.is_not(None),
            *filters(areas, None, None, reviewed_only),
        )
        .group_by(i.c.weekday, i.c.hour)
    )
    return read(bind, query)


def _cell_index(bind: Bind, coordinate: Any, cell_m: int) -> Any:
    cell = literal(int(cell_m))
    if bind.dialect.name == "sqlite":
        return func.cast(coordinate / cell, db.Integer)
    return func.cast(func.floor(coordinate / cell), db.Integer)


def grid_counts(
    bind: Bind,
    start: dt.date,
    end: dt.date,
    cell_m: int,
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    reviewed_only: bool = False,
    shared: bool = False,
) -> pd.DataFrame:
    """Incidents with a point, counted per square grid cell (cell_e, cell_n, area, count, east, north =
    cell centre). The cell index is floored on every engine: PostgreSQL's CAST(float AS integer) rounds,
    SQLite's truncates (= floor for the positive SWEREF 99 TM coordinates). `shared`: leave out the
    reports that are area level only whatever their category (`incidents.privacy_reason`)."""
    col_e, col_n = _cell_index(bind, i.c.east, cell_m), _cell_index(bind, i.c.north, cell_m)
    query = (
        select(
            col_e.label("cell_e"), col_n.label("cell_n"), a.c.name.label("area"), func.count().label("count")
        )
        .select_from(i.join(a, i.c.area_id == a.c.id))
        .where(
            i.c.occurred_date.between(start, end),
            i.c.east.is_not(None),
            *filters(areas, categories, sources, reviewed_only),
            *([i.c.privacy_reason.is_(None)] if shared else []),
        )
        .group_by(col_e, col_n, a.c.name)
    )
    frame = read(bind, query)
    frame["east"] = (frame["cell_e"] + 0.5) * cell_m
    frame["north"] = (frame["cell_n"] + 0.5) * cell_m
    return frame


# Up to about a year of weeks: longer lists only lengthen the statement (a year or more reads most rows).
_MAX_WEEK_LIST = 60


def _weeks_of(start: dt.date, end: dt.date) -> list[Any]:
    """The ISO weeks a date range touches, as a condition on the indexed `iso_week` (the week of the
    local `occurred_date`, set together at ingest): `occurred_date` has no index of its own, and the
    week index also leads to the named areas' rows (ix_incidents_week_area_category_counted). Redundant with
    the date condition, so the rows are the same; none for long or empty ranges."""
    if end < start or (end - start).days > 7 * _MAX_WEEK_LIST:
        return []
    first = start - dt.timedelta(days=start.weekday())
    return [
        i.c.iso_week.in_(
            [
                weeks_module.week_label(first + dt.timedelta(weeks=k))
                for k in range((end - first).days // 7 + 1)
            ]
        )
    ]


def incident_list(
    bind: Bind,
    start: dt.date,
    end: dt.date,
    areas: Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    reviewed_only: bool = False,
    limit: int | None = None,
) -> pd.DataFrame:
    """Incidents (redacted text only) with their area, category label and the sources that reported them."""
    dup = i.alias("dup")
    also = select(func.count()).select_from(dup).where(dup.c.duplicate_of == i.c.id).scalar_subquery()
    query = (
        select(
            i.c.id,
            i.c.iso_week,
            i.c.occurred_at,
            i.c.occurred_date,
            i.c.hour,
            i.c.time_precision,
            a.c.name.label("area"),
            i.c.category,
            c.c.label.label("category_label"),
            c.c.sensitive,
            i.c.source,
            o.c.name.label("organisation"),
            i.c.source_category,
            i.c.description,
            i.c.place,
            i.c.east,
            i.c.north,
            i.c.location_precision,
            i.c.review_status,
            i.c.cost_sek,
            i.c.privacy_reason,
            also.label("also_reported"),
        )
        .select_from(
            i.join(c, i.c.category == c.c.code)
            .join(o, i.c.organisation_id == o.c.id)
            .outerjoin(a, i.c.area_id == a.c.id)
        )
        .where(
            i.c.occurred_date.between(start, end),
            *_weeks_of(start, end),
            *filters(areas, categories, sources, reviewed_only),
        )
        .order_by(i.c.occurred_at.desc())
    )
    if limit:
        query = query.limit(limit)
    return read(bind, query)


def duplicate_sources(bind: Bind, incident_ids: Sequence[int]) -> pd.DataFrame:
    """For first reports, which other sources linked to them (id, source, organisation)."""
    if not incident_ids:
        return pd.DataFrame(columns=["duplicate_of", "source", "organisation"])
    query = (
        select(i.c.duplicate_of, i.c.source, o.c.name.label("organisation"))
        .select_from(i.join(o, i.c.organisation_id == o.c.id))
        .where(i.c.duplicate_of.in_(list(incident_ids)), *in_kommun(i.c.kommun_code))
    )
    return read(bind, query)


def upcoming(
    bind: Bind,
    start: dt.date,
    end: dt.date,
    areas: Sequence[str] | None = None,
    reviewed_only: bool = False,
) -> pd.DataFrame:
    e = db.upcoming_events
    query = (
        select(
            e.c.id,
            e.c.event_date,
            a.c.name.label("area"),
            e.c.title,
            e.c.description,
            e.c.organisation,
            e.c.review_status,
            e.c.kommun_code.label("kommun"),
        )
        .select_from(e.outerjoin(a, e.c.area_id == a.c.id))
        .where(e.c.event_date.between(start, end), *in_kommun(e.c.kommun_code))
        .order_by(e.c.event_date)
    )
    if reviewed_only:
        query = query.where(e.c.review_status == "granskad")
    if areas:
        query = query.where(a.c.name.in_(list(areas)) | e.c.area_id.is_(None))
    return read(bind, query)


def measures(
    bind: Bind, areas: Sequence[str] | None = None, active_on: dt.date | None = None
) -> pd.DataFrame:
    m = db.measures
    query = (
        select(
            m.c.id,
            a.c.name.label("area"),
            m.c.category,
            c.c.label.label("category_label"),
            m.c.title,
            m.c.description,
            m.c.start_date,
            m.c.end_date,
            m.c.status,
            m.c.responsible,
            m.c.follow_up,
        )
        .select_from(m.join(a, m.c.area_id == a.c.id).outerjoin(c, m.c.category == c.c.code))
        .where(*in_kommun(a.c.kommun_code))
        .order_by(m.c.start_date.desc())
    )
    if areas:
        query = query.where(a.c.name.in_(list(areas)))
    if active_on:
        query = query.where(
            m.c.status != MeasureStatus.DONE,
            m.c.start_date <= active_on + dt.timedelta(days=28),
            (m.c.end_date.is_(None)) | (m.c.end_date >= active_on),
        )
    return read(bind, query)


def area_statuses(bind: Bind, week: str) -> pd.DataFrame:
    """Every status decision for a week, newest first (the first per area is the one in force)."""
    s = db.area_status
    query = (
        select(a.c.name.label("area"), s.c.status, s.c.comment, s.c.decided_by, s.c.decided_at)
        .select_from(s.join(a, s.c.area_id == a.c.id))
        .where(s.c.iso_week == week, *in_kommun(a.c.kommun_code))
        .order_by(s.c.decided_at.desc(), s.c.id.desc())
    )
    return read(bind, query)


def reporting_organisations(bind: Bind, weeks: Sequence[str]) -> pd.DataFrame:
    """Per organisation, kommun and week: how many reports it sent (0 rows = it did not report). The
    kommun (of the reports) is what the privacy gate matches the kommun's reporters register on."""
    # Counted from ix_incidents_week_area_category_counted alone, then named: an organisation id
    # is one (name, source) (uq_organisations_source_name), so the groups are those by name and source.
    per_id = (
        select(i.c.iso_week, i.c.organisation_id, i.c.kommun_code, func.count().label("count"))
        .where(i.c.iso_week.in_(list(weeks)), *in_kommun(i.c.kommun_code))
        .group_by(i.c.iso_week, i.c.organisation_id, i.c.kommun_code)
        .subquery()
    )
    query = (
        select(
            o.c.name.label("organisation"),
            o.c.source,
            per_id.c.kommun_code.label("kommun"),
            per_id.c.iso_week,
            per_id.c.count,
        )
        .select_from(per_id.join(o, per_id.c.organisation_id == o.c.id))
        .order_by(o.c.name, o.c.source, per_id.c.kommun_code, per_id.c.iso_week)
    )
    return read(bind, query, plain=True)  # text and integer columns
