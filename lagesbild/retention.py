"""Retention: free text as received may hold personal data and is kept only for a limited time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.engine import Connection

from lagesbild import db, settings


def purge_raw_text(conn: Connection, days: int | None = None, now: dt.datetime | None = None) -> int:
    """Delete the original free text of incidents received more than `days` days ago.

    The redacted text stays; returns how many incidents were purged. Runs with every ingest, so the
    setting LAGESBILD_RAW_RETENTION_DAYS is enforced without a separate job.
    """
    days = settings.get_int("raw_retention_days") if days is None else days
    cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    t = db.incidents
    result = conn.execute(
        update(t)
        .where(t.c.created_at < cutoff, (t.c.raw_description.is_not(None)) | (t.c.raw_place.is_not(None)))
        .values(raw_description=None, raw_place=None)
    )
    return int(result.rowcount or 0)
