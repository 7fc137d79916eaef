"""The shared layer: what may leave the internal view (weekly picture, PDF, exports, shared map).

Only reviewed incidents, redacted text, generalised places and no internal fields. Every shared
output is built from `shared_incidents`, so the privacy rules live in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd
from sqlalchemy import Engine

from lagesbild import queries, settings
from lagesbild.geo import to_wgs84
from lagesbild.privacy.generalisation import generalise
from lagesbild.reference import load_reference
from lagesbild.vocabulary import Source

SHARED_COLUMNS = [
    "iso_week",
    "date",
    "area",
    "category",
    "category_label",
    "sources",
    "place",
    "description",
    "location_precision",
    "generalisation",
    "east",
    "north",
    "lat",
    "lon",
]
SOURCE_LABELS: dict[str, str] = {s: s.value for s in Source}


def shared_incidents(
    engine: Engine,
    start: dt.date,
    end: dt.date,
    areas: Sequence[str] | None = None,
    grid_m: int | None = None,
) -> pd.DataFrame:
    """Reviewed, non-duplicate incidents between two dates, safe to share."""
    grid_m = grid_m or settings.get_int("grid_m")
    frame = queries.incident_list(engine, start, end, areas=areas, reviewed_only=True)
    if frame.empty:
        return pd.DataFrame(columns=SHARED_COLUMNS)
    with engine.connect() as conn:
        reference = load_reference(conn)
    general = generalise(frame, reference.areas, reference.places, grid_m)
    others = queries.duplicate_sources(engine, frame["id"].tolist())
    also = others.groupby("duplicate_of")["source"].agg(lambda s: sorted(set(s)))
    sources = [
        ", ".join(sorted({src, *also.get(incident_id, [])}))
        for incident_id, src in zip(frame["id"], frame["source"], strict=True)
    ]
    lat, lon = to_wgs84(
        general["gen_east"].to_numpy(float, na_value=float("nan")),
        general["gen_north"].to_numpy(float, na_value=float("nan")),
    )
    shared = pd.DataFrame(
        {
            "iso_week": frame["iso_week"],
            "date": pd.to_datetime(frame["occurred_date"]).dt.date,
            "area": frame["area"].fillna("(utanför områdena)"),
            "category": frame["category"],
            "category_label": frame["category_label"],
            "sources": sources,
            "place": general["gen_place"],
            # Sensitive categories keep no free text in shared outputs.
            "description": frame["description"].where(~frame["sensitive"].astype(bool), None),
            "location_precision": frame["location_precision"],
            "generalisation": general["gen_level"],
            "east": general["gen_east"],
            "north": general["gen_north"],
            "lat": pd.array(lat, dtype="Float64"),
            "lon": pd.array(lon, dtype="Float64"),
        }
    )
    return shared[SHARED_COLUMNS].sort_values(["date", "area"]).reset_index(drop=True)
