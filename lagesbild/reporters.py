"""The reporters register and the unknown source labels a samordnare maps (issue 13).

Each kommun registers its reporting organisations: name (as the reports say it), source, and whether
a report is expected every week. Completeness reads the register when the kommun has one (else it
infers regular reporters from the data, docs/analysis.md). Category texts no mapping knows are listed
at ingest; mapping one re-categorises the reports it affects, audited in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from sqlalchemy import Engine, func, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db, queries
from lagesbild.errors import UserInputError

SOURCES = ("kommun", "polis", "bostadsbolag")
FALLBACK = "ovrigt"


def add_reporter(
    engine: Engine, kommun: str, name: str, source: str, expected_weekly: bool, actor: str | None
) -> bool:
    """Register (or update) a reporter; True when it is new."""
    if source not in SOURCES:
        raise UserInputError(f"Okänd källa {source!r}: välj {', '.join(SOURCES)}")
    name = name.strip()
    if not name:
        raise UserInputError("En rapportör behöver ett namn")
    t = db.reporters
    with engine.begin() as conn:
        found = conn.execute(
            select(t.c.id).where(t.c.kommun_code == kommun, t.c.source == source, t.c.name == name)
        ).scalar()
        if found is None:
            conn.execute(
                t.insert().values(
                    kommun_code=kommun,
                    name=name,
                    source=source,
                    expected_weekly=expected_weekly,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        else:
            conn.execute(update(t).where(t.c.id == found).values(expected_weekly=expected_weekly))
        audit.record(
            conn, actor, "reporters", kommun=kommun, name=name, source=source, weekly=expected_weekly
        )
    return found is None


def reporters(bind: Engine | Connection, kommun: str | None = None) -> pd.DataFrame:
    """kommun, name, source, expected_weekly."""
    t = db.reporters
    query = select(t.c.kommun_code.label("kommun"), t.c.name, t.c.source, t.c.expected_weekly).order_by(
        t.c.kommun_code, t.c.name
    )
    if kommun:
        query = query.where(t.c.kommun_code == kommun)
    return _frame(bind, query, ["kommun", "name", "source", "expected_weekly"])


def expected_reporters(bind: Engine | Connection, kommun: str | None = None) -> pd.DataFrame:
    """The registered weekly reporters as `analysis.completeness` takes them (organisation, source,
    kommun); empty when the kommun keeps no register."""
    frame = reporters(bind, kommun)
    frame = frame[frame["expected_weekly"].astype(bool)]
    return frame.rename(columns={"name": "organisation"})[["organisation", "source", "kommun"]].reset_index(
        drop=True
    )


def _frame(bind: Engine | Connection, query: Any, columns: list[str]) -> pd.DataFrame:
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return _frame(conn, query, columns)
    return pd.DataFrame([tuple(r) for r in bind.execute(query).all()], columns=columns)


def record_unknown_labels(conn: Connection, source: str, counts: dict[str, int], kommun: str | None) -> None:
    """Count category texts no mapping knew, for the samordnare's list (within the ingest's transaction)."""
    t = db.unknown_labels
    now = dt.datetime.now(dt.UTC)
    for label, rows in counts.items():
        label = label.strip()[:200]
        found = conn.execute(select(t.c.id, t.c.rows).where(t.c.source == source, t.c.label == label)).first()
        if found is None:
            conn.execute(
                t.insert().values(
                    source=source, label=label, kommun_code=kommun, rows=rows, first_seen=now, last_seen=now
                )
            )
        else:
            conn.execute(update(t).where(t.c.id == found.id).values(rows=found.rows + rows, last_seen=now))


def label_mappings(conn: Connection, source: str) -> dict[str, str]:
    """The samordnare's mappings for this source: label -> category code."""
    t = db.unknown_labels
    rows = conn.execute(
        select(t.c.label, t.c.category).where(t.c.source == source, t.c.category.is_not(None))
    ).all()
    return {str(label): str(category) for label, category in rows}


def unknown_labels(bind: Engine | Connection, unmapped_only: bool = False) -> pd.DataFrame:
    """source, label, kommun, rows, first_seen, last_seen, category (None until mapped)."""
    t = db.unknown_labels
    query = select(
        t.c.source, t.c.label, t.c.kommun_code, t.c.rows, t.c.first_seen, t.c.last_seen, t.c.category
    ).order_by(t.c.rows.desc(), t.c.label)
    if unmapped_only:
        query = query.where(t.c.category.is_(None))
    scope = queries.current_kommun()
    if scope is not None:  # a kommun's settings page lists the labels seen in its own files
        query = query.where(t.c.kommun_code == scope)
    return _frame(bind, query, ["source", "label", "kommun", "rows", "first_seen", "last_seen", "category"])


def map_label(engine: Engine, source: str, label: str, category: str, actor: str | None) -> int:
    """Map an unknown label to an EST category: the reports counted as övrigt because of it are
    re-categorised now, and later ingests use the mapping. Returns how many reports changed."""
    t, i = db.unknown_labels, db.incidents
    with engine.begin() as conn:
        if (
            conn.execute(select(db.categories.c.code).where(db.categories.c.code == category)).scalar()
            is None
        ):
            codes = ", ".join(conn.execute(select(db.categories.c.code)).scalars())
            raise UserInputError(f"Okänd kategori {category!r}; kategorierna är: {codes}")
        found = conn.execute(select(t.c.id).where(t.c.source == source, t.c.label == label)).scalar()
        if found is None:
            raise UserInputError(f"Etiketten {label!r} från {source} finns inte bland de okända etiketterna")
        conn.execute(
            update(t)
            .where(t.c.id == found)
            .values(category=category, mapped_by=actor, mapped_at=dt.datetime.now(dt.UTC))
        )
        scope = queries.current_kommun()
        affected = update(i).where(
            i.c.source == source,
            func.trim(i.c.source_category) == label,
            i.c.category == FALLBACK,
            *([i.c.kommun_code == scope] if scope is not None else []),  # a kommun re-categorises its own
        )
        changed = conn.execute(affected.values(category=category)).rowcount
        audit.record(conn, actor, "labels", source=source, label=label, category=category, reports=changed)
    return int(changed or 0)
