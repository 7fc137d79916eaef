"""The shared incident list as every export writes it: Swedish headers, generalised points in both
coordinate systems, the rows a list may show, and text cells neutralised against formula injection."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine

from lagesbild.geo import to_wgs84
from lagesbild.privacy.shared import shared_incidents

# Shared column -> the header people see (Swedish).
HEADERS = {
    "iso_week": "vecka",
    "date": "datum",
    "area": "område",
    "category_label": "kategori",
    "category": "kategorikod",
    "sources": "källor",
    "place": "plats",
    "description": "beskrivning",
    "location_precision": "lägesprecision",
    "generalisation": "generalisering",
    "east": "e_sweref99tm",
    "north": "n_sweref99tm",
    "lat": "lat_wgs84",
    "lon": "lon_wgs84",
}
# The gate never passes "address" (PUBLIC_PRECISION); mapped to "plats" all the same, never "adress".
PRECISION = {"exact": "exakt", "address": "plats", "place": "plats", "area": "område", "kommun": "kommun"}
AREA_ONLY = "_area_only"  # internal marker column: counted in tables, never listed, never written
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------- the shared list


def shared_table(engine: Engine, start: dt.date, end: dt.date) -> pd.DataFrame:
    """The shared incident list with Swedish headers (one row per incident, oldest first)."""
    shared = shared_incidents(engine, start, end)
    # Decimetres are plenty for a generalised point; lat/lon follow from the rounded point so that
    # every format carries exactly the same position.
    east = pd.array(shared["east"], dtype="Float64").round(1)
    north = pd.array(shared["north"], dtype="Float64").round(1)
    lat, lon = to_wgs84(east.to_numpy(float, na_value=np.nan), north.to_numpy(float, na_value=np.nan))
    table = pd.DataFrame(
        {
            "vecka": shared["iso_week"].astype("string"),
            "datum": [d.isoformat() for d in shared["date"]],
            "område": shared["area"].astype("string"),
            "kategori": shared["category_label"].astype("string"),
            "kategorikod": shared["category"].astype("string"),
            "källor": shared["sources"].astype("string"),
            "plats": shared["place"].astype("string"),
            "beskrivning": shared["description"].astype("string"),
            "lägesprecision": shared["location_precision"]
            .map(lambda v: PRECISION.get(v, v))
            .astype("string"),
            "generalisering": shared["generalisation"].astype("string"),
            "e_sweref99tm": east,
            "n_sweref99tm": north,
            "lat_wgs84": pd.array(lat, dtype="Float64").round(7),
            "lon_wgs84": pd.array(lon, dtype="Float64").round(7),
            AREA_ONLY: shared["area_only"].astype(bool).to_numpy(),
        }
    )
    return table.reset_index(drop=True)


def listed_rows(table: pd.DataFrame, sensitive: frozenset[str]) -> pd.DataFrame:
    """The rows a shared list may show: no sensitive category, no area-level-only report."""
    keep = ~table["kategorikod"].isin(sensitive) & ~table[AREA_ONLY].astype(bool)
    return table[keep].drop(columns=AREA_ONLY).reset_index(drop=True)


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet could read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame with every text cell neutralised (see `neutralise`)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == "string" or out[column].dtype == object:
            out[column] = out[column].map(neutralise, na_action="ignore")
    return out
