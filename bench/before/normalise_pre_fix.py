"""Normalise raw records into incident rows: category, position, area, week, redacted text.

Pure: takes the reader's DataFrame and reference data, returns DataFrames and row lists.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from bench.before.geo_pre_fix import PlaceMatcher
from data_ingest.readers.base import IgnoredRow, RejectedRow
from lagesbild import geo
from lagesbild.categories import CategoryConfig, map_labels, normalise_label
from lagesbild.privacy.redaction import redact
from lagesbild.weeks import TZ, week_labels

# The order of the stored incident columns produced here (db ids are added by the store).
INCIDENT_FIELDS = [
    "row",
    "source",
    "organisation",
    "source_key",
    "content_hash",
    "occurred_at",
    "occurred_date",
    "iso_week",
    "weekday",
    "hour",
    "time_precision",
    "area",
    "category",
    "source_category",
    "description",
    "place",
    "east",
    "north",
    "location_precision",
    "cost_sek",
    "raw_description",
    "raw_place",
]


@dataclass
class Normalised:
    incidents: pd.DataFrame
    rejected: list[RejectedRow] = field(default_factory=list)
    ignored: list[IgnoredRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Added later to the live class; the frozen code never fills it, the pipeline reads it.
    unknown_labels: dict[str, int] = field(default_factory=dict)


def _raw(record: pd.Series) -> dict[str, Any]:
    return {k: (None if pd.isna(v) else str(v)) for k, v in record.items() if k != "row" and not _isna(v)}


def _isna(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def _categorise(
    records: pd.DataFrame, config: CategoryConfig, filename: str
) -> tuple[pd.DataFrame, Normalised]:
    out = Normalised(incidents=pd.DataFrame())
    source = str(records["source"].iloc[0])
    # Police API types outside the mapping are not EST matters; other sources' unknown labels are
    # kept as övrigt and listed so the coordinator can extend the mapping.
    api = records["location_hint"].eq("kommun")
    mapped = pd.concat(
        [
            map_labels(records.loc[api, "source_category"], source, config, unknown="ignore"),
            map_labels(records.loc[~api, "source_category"], source, config, unknown="ovrigt"),
        ]
    ).reindex(records.index)
    for idx in mapped.index[mapped["outcome"] == "ignored"]:
        label = str(records.at[idx, "source_category"]).strip()
        out.ignored.append(
            IgnoredRow(
                int(records.at[idx, "row"]),
                f"typen {label!r} är inte en EST-kategori (se [{source}_ignore] i kategorifilen)",
                _raw(records.loc[idx]),
            )
        )
    unknown = sorted({str(v).strip() for v in records.loc[mapped["outcome"] == "unknown", "source_category"]})
    if unknown:
        out.warnings.append(
            f"{filename}: okända kategorier räknas som Övrigt tills de läggs in i kategorifilen: "
            + ", ".join(unknown)
        )
    keep = mapped["outcome"] != "ignored"
    return records.loc[keep].assign(category=mapped.loc[keep, "category"]), out


def _positions(records: pd.DataFrame, filename: str, out: Normalised) -> pd.DataFrame:
    """east/north in SWEREF 99 TM from the given coordinates; bad points reject the row."""
    east = pd.to_numeric(records["east"], errors="coerce").to_numpy(float, copy=True)
    north = pd.to_numeric(records["north"], errors="coerce").to_numpy(float, copy=True)
    lat = pd.to_numeric(records["lat"], errors="coerce").to_numpy(float, copy=True)
    lon = pd.to_numeric(records["lon"], errors="coerce").to_numpy(float, copy=True)
    centroid = records["location_hint"].eq("kommun").to_numpy()
    has_sweref = ~np.isnan(east) & ~np.isnan(north)
    has_wgs = ~np.isnan(lat) & ~np.isnan(lon) & ~has_sweref & ~centroid
    problems = np.full(len(records), "", dtype=object)
    problems[has_sweref] = geo.check_sweref(east[has_sweref], north[has_sweref])
    problems[has_wgs] = geo.check_wgs84(lat[has_wgs], lon[has_wgs])
    if has_wgs.any():
        e, n = geo.to_sweref(lat[has_wgs], lon[has_wgs])
        east[has_wgs], north[has_wgs] = e, n
    # A kommun/län centroid is not the incident's position: never keep it as a point.
    east[centroid], north[centroid] = np.nan, np.nan
    bad = problems != ""
    for idx, problem in zip(records.index[bad], problems[bad], strict=True):
        column = "N/E" if has_sweref[records.index.get_loc(idx)] else "Lat/Lon"
        out.rejected.append(
            RejectedRow(
                int(records.at[idx, "row"]),
                column,
                f"{filename} rad {int(records.at[idx, 'row'])}, kolumn {column}: {problem}",
                _raw(records.loc[idx]),
            )
        )
    located = records.assign(east=east, north=north)
    precision = np.full(len(located), None, dtype=object)
    precision[~np.isnan(east)] = "exact"
    precision[centroid] = "kommun"
    located["location_precision"] = precision
    return located.loc[~bad]


def _place(records: pd.DataFrame, reference: geo.ReferenceData, matcher: PlaceMatcher) -> pd.DataFrame:
    """Fill missing points from the address register, then from named places in the gazetteer."""
    missing = records["east"].isna() & records["location_precision"].isna()
    if missing.any() and "address" in records:
        coded = geo.geocode(records.loc[missing, "address"], reference.addresses)
        found = coded["precision"].notna()
        records.loc[coded.index[found], ["east", "north"]] = coded.loc[found, ["east", "north"]].to_numpy()
        records.loc[coded.index[found], "location_precision"] = coded.loc[found, "precision"]
    missing = records["east"].isna() & records["location_precision"].isna()
    named = {
        idx: place
        for idx, text in records.loc[missing, "place_text"].items()
        if (place := matcher.place_in_text(text)) is not None
    }
    if named:
        index = list(named)
        records.loc[index, "east"] = [float(p["east"]) for p in named.values()]
        records.loc[index, "north"] = [float(p["north"]) for p in named.values()]
        records.loc[index, "location_precision"] = "place"
    return records


def _areas(records: pd.DataFrame, reference: geo.ReferenceData, matcher: PlaceMatcher) -> pd.Series:
    """Area by point in polygon, else by the Område column, else by what the text names."""
    by_point = geo.areas_for_points(
        records["east"].to_numpy(float), records["north"].to_numpy(float), reference.areas
    )
    by_point.index = records.index
    known = {normalise_label(name): name for name in reference.areas["name"]}
    by_column = records["area_text"].map(
        lambda v: known.get(normalise_label(v)) if isinstance(v, str) else None
    )
    text = records[["place_text", "title", "description"]].fillna("").astype(str).agg(" ".join, axis=1)
    by_text = text.map(matcher.area_in_text)
    return by_point.where(by_point.notna(), by_column.where(by_column.notna(), by_text))


def _content_hash(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    payloads = (
        "\x1f".join("" if _isna(v) or v is pd.NA or v is pd.NaT else str(v) for v in row)
        for row in frame[columns].itertuples(index=False)
    )
    return pd.Series([hashlib.sha256(p.encode("utf-8")).hexdigest() for p in payloads], index=frame.index)


def normalise_incidents(
    records: pd.DataFrame,
    reference: geo.ReferenceData,
    config: CategoryConfig,
    filename: str,
    kommun: str | None = None,
    redacted: dict[str, str | None] | None = None,
    reasons: dict[str, str | None] | None = None,
) -> Normalised:
    """Categorise, place, date and redact a reader's records. (`kommun`, `redacted` and `reasons` came
    later: the frozen code places among every area, which is what the benchmark's single-kommun files
    need, and redacts and reads each chunk's texts anew.)"""
    del redacted, reasons
    if records.empty:
        return Normalised(incidents=pd.DataFrame(columns=INCIDENT_FIELDS))
    records = records.copy()
    if "title" not in records:
        records["title"] = None
    kept, out = _categorise(records, config, filename)
    kept = _positions(kept, filename, out)
    if kept.empty:
        out.incidents = pd.DataFrame(columns=INCIDENT_FIELDS)
        return out
    matcher = PlaceMatcher(reference)  # the matcher before the fix, not reference.matcher
    kept = _place(kept, reference, matcher)
    kept["area"] = _areas(kept, reference, matcher)
    kept["location_precision"] = kept["location_precision"].where(
        kept["location_precision"].notna(), np.where(kept["area"].notna(), "area", "kommun")
    )
    local = pd.to_datetime(kept["occurred_at"]).dt.tz_convert(TZ)
    kept["occurred_date"] = local.dt.date
    kept["iso_week"] = week_labels(local)
    kept["weekday"] = local.dt.day_of_week + 1
    kept["hour"] = local.dt.hour.where(kept["time_precision"] != "day")
    kept["raw_description"] = kept["description"]
    kept["raw_place"] = kept["place_text"]
    kept["description"] = kept["description"].map(redact)
    kept["place"] = kept["place_text"].map(redact)
    kept["source_category"] = kept["source_category"].astype(str).str.strip()
    content = [
        "organisation",
        "occurred_at",
        "source_category",
        "area_text",
        "place_text",
        "description",
        "east",
        "north",
        "cost_sek",
    ]
    kept["content_hash"] = _content_hash(kept.assign(description=kept["raw_description"]), content)
    ref = kept["source_ref"].astype("string")
    kept["source_key"] = ref.where(ref.notna() & (ref != ""), "sha256:" + kept["content_hash"])
    out.incidents = kept[INCIDENT_FIELDS].reset_index(drop=True)
    return out


def normalise_events(records: pd.DataFrame, reference: geo.ReferenceData) -> pd.DataFrame:
    """Upcoming events (kommande händelser): area by name, a stable key from their content."""
    known = {normalise_label(name): name for name in reference.areas["name"]}
    events = records.copy()
    events["area"] = events["area_text"].map(
        lambda v: known.get(normalise_label(v)) if isinstance(v, str) else None
    )
    events["description"] = events["description"].map(redact)
    key_cols = ["event_date", "area_text", "title", "organisation"]
    events["source_key"] = "sha256:" + _content_hash(events, key_cols)
    return events
