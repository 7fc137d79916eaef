"""Normalise raw records into incident rows: category, position, area, week, redacted text.

Pure: takes the reader's DataFrame and reference data, returns DataFrames and row lists.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from data_ingest.readers.base import IgnoredRow, RejectedRow
from lagesbild import geo, settings
from lagesbild.categories import CategoryConfig, map_labels, normalise_label
from lagesbild.kommuner import kommun_code_for_name, kommun_names
from lagesbild.privacy.redaction import redact, redact_together
from lagesbild.privacy.sensitive import UNMAPPED, content_reason
from lagesbild.weeks import TZ, week_label, week_labels

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
    "privacy_reason",
    "kommun_code",
]
# An incident dated later than this many days after today is a typo, not a report. The police API's
# times are anchored to its publish time (advance notices are real) and are not checked.
FUTURE_DAYS = 1


@dataclass
class Normalised:
    incidents: pd.DataFrame
    rejected: list[RejectedRow] = field(default_factory=list)
    ignored: list[IgnoredRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Category texts no mapping knew (counted as övrigt): label -> rows, for the samordnare's list.
    unknown_labels: dict[str, int] = field(default_factory=dict)


def _raw(record: pd.Series) -> dict[str, Any]:
    return {k: (None if pd.isna(v) else str(v)) for k, v in record.items() if k != "row" and not _isna(v)}


def _raws(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """`_raw` of each row, from one `to_dict`: `records.loc[idx]` per row (a boxed Series each) was a
    quarter of an ingest whose file had many rows with points outside Sweden."""
    return [
        {k: (None if pd.isna(v) else str(v)) for k, v in record.items() if k != "row" and not _isna(v)}
        for record in rows.to_dict("records")
    ]


def _isna(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def _categorise(
    records: pd.DataFrame, config: CategoryConfig, filename: str, reasons: dict[str, str | None] | None = None
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
    ignored = records.loc[mapped.index[mapped["outcome"] == "ignored"]]
    for row, category, raw in zip(ignored["row"], ignored["source_category"], _raws(ignored), strict=True):
        label = str(category).strip()
        out.ignored.append(
            IgnoredRow(
                int(row),
                f"typen {label!r} är inte en EST-kategori (se [{source}_ignore] i kategorifilen)",
                raw,
            )
        )
    unknown_rows = records.loc[mapped["outcome"] == "unknown", "source_category"].astype(str).str.strip()
    out.unknown_labels = {str(k): int(v) for k, v in unknown_rows.value_counts().items()}
    unknown = sorted(out.unknown_labels)
    if unknown:
        out.warnings.append(
            f"{filename}: okända kategorier räknas som Övrigt, och delas bara som antal per område, "
            "tills de läggs in i kategorifilen: " + ", ".join(unknown)
        )
    keep = mapped["outcome"] != "ignored"
    # Fail closed: an unmapped label is area level only (no text, no point, never listed) until a
    # samordnare maps it; so is a report whose text names a sensitive matter, whatever its label.
    # content_reason(title, description, place) is the first of the three texts' own reasons; places
    # and stock phrases repeat, so each distinct text is looked at once.
    reason = pd.Series(_content_reasons(records, reasons), index=records.index, dtype=object)
    # Content is the stronger reason: it stays when the label is mapped later (`store.remap_unmapped`).
    reason = reason.where(reason.notna() | (mapped["outcome"] != "unknown"), UNMAPPED)
    kept = records.loc[keep].assign(category=mapped.loc[keep, "category"], privacy_reason=reason.loc[keep])
    return kept, out


def _content_reasons(records: pd.DataFrame, seen: dict[str, str | None] | None = None) -> list[str | None]:
    """Per row, `content_reason(title, description, place_text)`: the first of the three texts' own
    reasons (a reason is never empty), each distinct text looked at once; `seen` (text -> its reason)
    may be kept across a file's chunks, whose places and stock phrases repeat as well."""
    columns = [records[c].to_numpy(dtype=object) for c in ("title", "description", "place_text")]
    seen = {} if seen is None else seen
    for t in pd.unique(np.concatenate(columns)):
        if isinstance(t, str) and t not in seen:
            seen[t] = content_reason(t)
    title, description, place = ([seen.get(t) if isinstance(t, str) else None for t in c] for c in columns)
    return [t or d or p for t, d, p in zip(title, description, place, strict=True)]


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
    rejected = records.loc[bad]
    for row, sweref, problem, raw in zip(
        rejected["row"], has_sweref[bad], problems[bad], _raws(rejected), strict=True
    ):
        column = "N/E" if sweref else "Lat/Lon"
        out.rejected.append(
            RejectedRow(int(row), column, f"{filename} rad {int(row)}, kolumn {column}: {problem}", raw)
        )
    located = records.assign(east=east, north=north)
    precision = np.full(len(located), None, dtype=object)
    precision[~np.isnan(east)] = "exact"
    precision[centroid] = "kommun"
    located["location_precision"] = precision
    return located.loc[~bad]


def _place(
    records: pd.DataFrame,
    reference: geo.ReferenceData,
    matcher: geo.PlaceMatcher,
    own_name: re.Pattern[str] | None = None,
) -> pd.DataFrame:
    """Fill missing points from the address register, then from named places in the gazetteer."""
    missing = records["east"].isna() & records["location_precision"].isna()
    if missing.any() and "address" in records:
        coded = geo.geocode(records.loc[missing, "address"], reference.addresses, reference.address_index)
        found = coded["precision"].notna()
        records.loc[coded.index[found], ["east", "north"]] = coded.loc[found, ["east", "north"]].to_numpy()
        records.loc[coded.index[found], "location_precision"] = coded.loc[found, "precision"]
    missing = records["east"].isna() & records["location_precision"].isna()
    # Place texts repeat ("vid Centrumgatan 3"): each distinct one is looked up once.
    places: dict[object, dict[str, Any] | None] = {}
    named = {}
    for idx, text in records.loc[missing, "place_text"].items():
        key = text if isinstance(text, str) else None
        if key not in places:
            places[key] = matcher.place_in_text(text, own_name)
        if (place := places[key]) is not None:
            named[idx] = place
    if named:
        index = list(named)
        records.loc[index, "east"] = [float(p["east"]) for p in named.values()]
        records.loc[index, "north"] = [float(p["north"]) for p in named.values()]
        records.loc[index, "location_precision"] = "place"
    return records


def _place_by_kommun(
    kept: pd.DataFrame, reference: geo.ReferenceData, kommun: str | None, filename: str, out: Normalised
) -> pd.DataFrame:
    """Place each row among its kommun's areas: the file's kommun, else the kommun a police event's
    location names; other rows among every area. Each row gets kommun_code (from its area when the
    kommun was not known before placing), or None."""
    named = _map_distinct(kept["kommun_name"], kommun_code_for_name) if "kommun_name" in kept else None
    if named is not None and "title" in kept:
        # The API often gives the län as location and the kommun last in the headline:
        # "21 augusti 06.52, Knivlagen, Uppsala" (location.name "Uppsala län").
        headline = _map_distinct(
            kept["title"], lambda t: t.rpartition(",")[2] if isinstance(t, str) and "," in t else None
        )
        named = named.where(named.notna(), _map_distinct(headline, kommun_code_for_name))
    codes = pd.Series(kommun, index=kept.index, dtype=object)
    if named is not None:
        # A police event named after another kommun belongs there, even in a file fetched for this one.
        codes = named.where(named.notna(), codes)
    parts = []
    for code, group in kept.groupby(codes.fillna(""), sort=False):
        part_reference = reference.for_kommun(str(code)) if code else reference
        matcher = part_reference.matcher
        # The kommun's own name in the text names the kommun, not a district (docs/ingest.md).
        short = kommun_names().get(str(code)) if code else None
        own_name = geo.own_name_pattern(short) if short else None
        group = _place(group, part_reference, matcher, own_name)
        group["area"] = _areas(group, part_reference, matcher, filename, out, own_name)
        group["kommun_code"] = code or group["area"].map(reference.kommun_of_area)
        parts.append(group)
    placed = pd.concat(parts).loc[kept.index]
    placed["kommun_code"] = placed["kommun_code"].astype(object).where(placed["kommun_code"].notna(), None)
    return placed


def _known_areas(reference: geo.ReferenceData) -> dict[str, str]:
    """An Område cell -> the area: its name, or one of its aliases ("Älta" for "Älta-Erstavik")."""
    known: dict[str, str] = {}
    if "aliases" in reference.areas.columns:
        for name, aliases in zip(reference.areas["name"], reference.areas["aliases"], strict=True):
            for alias in aliases.split("|") if isinstance(aliases, str) else []:
                if alias.strip():
                    known.setdefault(normalise_label(alias), name)
    known.update({normalise_label(name): name for name in reference.areas["name"]})
    return known


def _areas(
    records: pd.DataFrame,
    reference: geo.ReferenceData,
    matcher: geo.PlaceMatcher,
    filename: str,
    out: Normalised,
    own_name: re.Pattern[str] | None = None,
) -> pd.Series:
    """Area by point in polygon, else by the Område column, else by what the text names.

    A point outside the area its Område column names is questioned: inside another known area, the
    area follows the point (the coordinate is the more precise statement) and a warning names the rows;
    outside every known area, the point is dropped and the row counts for the stated area at area
    level (a point in another kommun or town is not shown on this kommun's map as if in that area)."""
    by_point = geo.areas_for_points(
        records["east"].to_numpy(float),
        records["north"].to_numpy(float),
        reference.areas,
        reference.area_tree,
    )
    by_point.index = records.index
    known = _known_areas(reference)
    by_column = _map_distinct(
        records["area_text"], lambda v: known.get(normalise_label(v)) if isinstance(v, str) else None
    )
    _question_points(records, by_point, by_column, filename, out)
    # Only rows without a point or a known Område need the text (the slowest of the three).
    need = by_point.isna() & by_column.isna()
    by_text = pd.Series(None, index=records.index, dtype=object)
    if need.any():
        parts = records.loc[need, ["place_text", "title", "description"]].fillna("").astype(str)
        # Joined in Python: `.agg(" ".join, axis=1)` built a Series per row.
        text = pd.Series(
            [" ".join(row) for row in zip(*(parts[c].tolist() for c in parts.columns), strict=True)],
            index=parts.index,
            dtype=object,
        )
        by_text.loc[need] = _map_distinct(text, lambda t: matcher.area_in_text(t, own_name))
    return by_point.where(by_point.notna(), by_column.where(by_column.notna(), by_text))


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:20])
    return shown + (f" och {len(rows) - 20} till" if len(rows) > 20 else "")


def _question_points(
    records: pd.DataFrame, by_point: pd.Series, by_column: pd.Series, filename: str, out: Normalised
) -> None:
    has_point = records["east"].notna() & records["location_precision"].eq("exact")
    elsewhere = has_point & by_column.notna() & by_point.notna() & (by_point != by_column)
    if elsewhere.any():
        examples = "; ".join(
            f"rad {int(records.at[i, 'row'])}: {by_column.at[i]} enligt Område, punkten i {by_point.at[i]}"
            for i in records.index[elsewhere][:5]
        )
        out.warnings.append(
            f"{filename}: {int(elsewhere.sum())} rader har en punkt utanför området som kolumnen "
            "Område anger; "
            f"området följer punkten ({examples}). Kontrollera koordinaterna i rad "
            + _rows_text([int(r) for r in records.loc[elsewhere, "row"]])
        )
    outside = has_point & by_column.notna() & by_point.isna()
    if outside.any():
        records.loc[outside, ["east", "north"]] = np.nan
        records.loc[outside, "location_precision"] = "area"
        out.warnings.append(
            f"{filename}: {int(outside.sum())} rader har en punkt utanför alla kända områden fast kolumnen "
            "Område anger ett område; punkten används inte och raden räknas för området utan position "
            "(rad " + _rows_text([int(r) for r in records.loc[outside, "row"]]) + ")"
        )


def _warn_unplaced(records: pd.DataFrame, filename: str, out: Normalised) -> None:
    """Rows with neither area nor place load (they count for the whole kommun) with a warning naming
    them; police API rows are kommun-level by nature and are not listed."""
    unplaced = (
        records["area"].isna()
        & records["east"].isna()
        & records["location_hint"].ne("kommun")
        & records["place_text"].isna()
    )
    if unplaced.any():
        out.warnings.append(
            f"{filename}: {int(unplaced.sum())} rader saknar både område och plats och räknas bara för hela "
            "kommunen (de syns inte i något område eller på kartan): rad "
            + _rows_text([int(r) for r in records.loc[unplaced, "row"]])
        )


def _map_distinct(values: pd.Series, func: Callable[[Any], Any]) -> pd.Series:
    """`values.map(func)` for a pure `func`, called once per distinct value (places and stock
    phrases repeat); missing values are passed to `func` one by one, as `map` does (None once)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    done = np.empty(len(uniques), dtype=object)
    for k, value in enumerate(uniques):
        done[k] = func(value)
    per_row = np.empty(len(values), dtype=object)
    missing = codes < 0
    per_row[~missing] = done[codes[~missing]]
    if missing.any():
        for_none: list[Any] = []  # func(None), asked once: None is the usual missing value

        def answer(value: Any) -> Any:
            if value is not None:
                return func(value)
            if not for_none:
                for_none.append(func(None))
            return for_none[0]

        per_row[missing] = [answer(v) for v in values.to_numpy(dtype=object)[missing]]
    # Through `map` again so that the result's dtype is inferred exactly as `values.map(func)` would.
    return pd.Series(per_row, index=values.index, dtype=object).map(lambda v: v)


def _remembered(func: Callable[[Any], Any], memo: dict[str, Any]) -> Callable[[Any], Any]:
    """`func` for a pure `func` of a text, asked once per text; other values are passed through."""

    def once(value: Any) -> Any:
        if not isinstance(value, str):
            return func(value)
        if value not in memo:
            memo[value] = func(value)
        return memo[value]

    return once


def _dates_and_weeks(local: pd.Series) -> tuple[pd.Series, pd.Series]:
    """`local.dt.date` and `week_labels(local)`, worked out once per distinct day: a file's rows fall
    on a few hundred days, and the per-row date objects and week texts were 0.06 s per 100,000 rows.
    A missing time takes the general path."""
    if local.isna().any():
        return local.dt.date, week_labels(local)
    days, inverse = np.unique(local.dt.tz_localize(None).to_numpy("datetime64[D]"), return_inverse=True)
    dates = days.astype(dt.date).tolist()
    return (
        pd.Series(np.array(dates, dtype=object)[inverse], index=local.index, dtype=object),
        pd.Series(np.array([week_label(d) for d in dates], dtype=object)[inverse], index=local.index),
    )


def _hash_texts(values: pd.Series) -> list[str]:
    """`str()` of each value, "" when missing: what the content hash is built from, column-wise."""
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return _timestamp_texts(values)
    if values.dtype == np.float64:
        numbers = values.to_numpy()
        missing = np.isnan(numbers).tolist()
        return ["" if n else str(v) for v, n in zip(numbers.tolist(), missing, strict=True)]
    # A str is its own text; anything else (None, NaN, NA, numbers) as a value of its own.
    return [v if type(v) is str else _hash_text(v) for v in values.to_numpy(dtype=object)]


def _hash_text(value: object) -> str:
    return "" if _isna(value) or value is pd.NA or value is pd.NaT else str(value)


def _timestamp_texts(values: pd.Series) -> list[str]:
    """`str(Timestamp)` of aware timestamps ("2024-03-01 18:30:00+01:00"), formatted by numpy: str() of
    each Timestamp was a tenth of the ingest's hashing. Sub-second or missing values go through str()."""
    utc = values.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[s]")
    local = values.dt.tz_localize(None).to_numpy(dtype="datetime64[s]")
    whole = values.notna().to_numpy() & (values.dt.tz_localize(None).to_numpy("datetime64[ns]") == local)
    offset = (local - utc).astype("int64") // 60  # minutes east of UTC
    sign = np.where(offset < 0, "-", "+")
    hours, minutes = np.divmod(np.abs(offset), 60)
    wall = np.char.replace(np.datetime_as_string(local, unit="s"), "T", " ")
    zone = np.char.add(
        sign,
        np.char.add(
            np.char.zfill(hours.astype(str), 2), np.char.add(":", np.char.zfill(minutes.astype(str), 2))
        ),
    )
    texts = np.char.add(wall, zone).astype(object)
    slow = ~whole
    if slow.any():
        texts[slow] = _hash_texts(values.astype(object).iloc[np.flatnonzero(slow)])
    return texts.tolist()


def _content_hash(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    texts = [_hash_texts(frame[c]) for c in columns]
    payloads = ("\x1f".join(parts) for parts in zip(*texts, strict=True))
    return pd.Series([hashlib.sha256(p.encode("utf-8")).hexdigest() for p in payloads], index=frame.index)


def _not_in_future(
    records: pd.DataFrame, filename: str, out: Normalised, now: dt.datetime | None
) -> pd.DataFrame:
    """Reject incidents dated after today: a typo (2062 for 2026, a swapped day and month) that would
    otherwise sit in a week nobody looks at yet and surface as a spike later. Dates before the earliest
    year (setting) are typos too."""
    now = now or dt.datetime.now(dt.UTC)
    limit = pd.Timestamp(now).tz_convert(TZ).normalize() + pd.Timedelta(days=FUTURE_DAYS + 1)
    earliest = settings.get_int("earliest_year")
    stamps = pd.to_datetime(records["occurred_at"])
    future = stamps >= limit
    early = stamps.dt.tz_convert(TZ).dt.year < earliest
    column = "Datum"
    for idx in records.index[(future | early).to_numpy()]:
        row = int(records.at[idx, "row"])
        when = stamps.at[idx].tz_convert(TZ)
        problem = (
            f"ligger i framtiden (i dag är det {now.astimezone(TZ):%Y-%m-%d})"
            if future.at[idx]
            else f"är före {earliest} (inställningen {settings.SETTINGS['earliest_year'].env})"
        )
        out.rejected.append(
            RejectedRow(
                row,
                column,
                f"{filename} rad {row}, kolumn {column}: datumet {when:%Y-%m-%d} {problem}; "
                "kontrollera år, månad och dag",
                _raw(records.loc[idx]),
            )
        )
    return records.loc[~(future | early).to_numpy()]


def normalise_incidents(
    records: pd.DataFrame,
    reference: geo.ReferenceData,
    config: CategoryConfig,
    filename: str,
    now: dt.datetime | None = None,
    kommun: str | None = None,
    redacted: dict[str, str | None] | None = None,
    reasons: dict[str, str | None] | None = None,
) -> Normalised:
    """Categorise, place, date and redact a reader's records (`now` only for tests).

    `kommun` (a code): the file is that kommun's; its rows are placed only in its areas. `redacted`:
    text -> `redact(text)`, kept by the caller across a file's chunks so that a text repeated in
    another chunk (or as both a place and a description) is redacted once; `reasons` likewise text ->
    `content_reason(text)`."""
    if records.empty:
        return Normalised(incidents=pd.DataFrame(columns=INCIDENT_FIELDS))
    records = records.copy()
    if "title" not in records:
        records["title"] = None
    kept, out = _categorise(records, config, filename, reasons)
    if len(kept) and kept["source"].iloc[0] != "polis":
        kept = _not_in_future(kept, filename, out, now)
    kept = _positions(kept, filename, out)
    if kept.empty:
        out.incidents = pd.DataFrame(columns=INCIDENT_FIELDS)
        return out
    kept = _place_by_kommun(kept, reference, kommun, filename, out)
    _warn_unplaced(kept, filename, out)
    kept["location_precision"] = kept["location_precision"].where(
        kept["location_precision"].notna(), np.where(kept["area"].notna(), "area", "kommun")
    )
    local = pd.to_datetime(kept["occurred_at"]).dt.tz_convert(TZ)
    kept["occurred_date"], kept["iso_week"] = _dates_and_weeks(local)
    kept["weekday"] = local.dt.day_of_week + 1
    kept["hour"] = local.dt.hour.where(kept["time_precision"] != "day")
    kept["raw_description"] = kept["description"]
    kept["raw_place"] = kept["place_text"]
    redact_once = _remembered(redact, {} if redacted is None else redacted)
    kept["description"] = _map_distinct(kept["description"], redact_once)
    kept["place"] = _map_distinct(kept["place_text"], redact_once)
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
    known = _known_areas(reference)
    events = records.copy()
    events["area"] = events["area_text"].map(
        lambda v: known.get(normalise_label(v)) if isinstance(v, str) else None
    )
    # Title and description redacted together: a nickname named in one is removed from the other.
    key = events[["event_date", "area_text", "title", "organisation"]].copy()
    together = [
        redact_together([t, d, o])
        for t, d, o in zip(events["title"], events["description"], events["organisation"], strict=True)
    ]
    events["title"] = [t[0] if t[0] else title for t, title in zip(together, events["title"], strict=True)]
    events["description"] = [t[1] for t in together]
    key_cols = ["event_date", "area_text", "title", "organisation"]
    events["source_key"] = "sha256:" + _content_hash(key, key_cols)
    return events
