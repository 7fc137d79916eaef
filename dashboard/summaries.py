"""Pure tables behind the page sections (DataFrames in and out, no Streamlit): hotspots as places
and their development, what the change analysis adds to an area's week, the cost of damage per week
and the audit log's filter and details."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

import pandas as pd

from lagesbild.vocabulary import Flag

FLAG_LABELS: dict[str, str] = {Flag.RISE: "▲ ökning", Flag.FALL: "▼ minskning", "": ""}
HOTSPOT_ORDER = {"hotspot 99 %": 0, "hotspot 95 %": 1, "coldspot 95 %": 2, "coldspot 99 %": 3}
NO_PLACE = "(ingen namngiven plats nära)"


# --- hotspots --------------------------------------------------------------------------------------


def hotspot_places(cells: pd.DataFrame) -> pd.DataFrame:
    """The hotspot cells per area and place (label = nearest public place): the strongest class
    (`Klass`), the number of cells and incidents; strongest class first, then most incidents."""
    hot = cells[cells["class"].isin(["hotspot 99 %", "hotspot 95 %"])]
    places = (
        hot.assign(order=hot["class"].map(HOTSPOT_ORDER))
        .groupby(["area", "label"], as_index=False)
        .agg(order=("order", "min"), cells=("count", "size"), count=("count", "sum"))
        .sort_values(["order", "count"], ascending=[True, False])
    )
    places["label"] = places["label"].where(places["label"] != places["area"], NO_PLACE)
    places["Klass"] = places["order"].map({v: k for k, v in HOTSPOT_ORDER.items()})
    return places


def hotspot_development(cells: pd.DataFrame) -> pd.DataFrame:
    """Cells with an emerging-hotspot pattern per area, place and pattern; most incidents first."""
    emerging = cells[~cells["emerging"].isin(["", "inget mönster"])]
    return (
        emerging.groupby(["area", "label", "emerging"], as_index=False)
        .agg(cells=("count", "size"), count=("count", "sum"))
        .sort_values(["area", "count"], ascending=[True, False])
    )


def sparse_areas(cells: pd.DataFrame, minimum: int) -> list[tuple[str, int]]:
    """(area, incidents with a point) of the areas with too few for a hotspot analysis."""
    sparse = cells.loc[cells["area_n"] < minimum, ["area", "area_n"]].drop_duplicates()
    return [(str(r.area), int(r.area_n)) for r in sparse.itertuples()]


# --- change analysis ---------------------------------------------------------------------------------


def analysis_note_lines(changes: pd.DataFrame, part: pd.DataFrame) -> list[str]:
    """What the change analysis adds to the 4-week flags of one area's week (`part`, the weekly
    table's rows of the area): a flag the simple comparison misses (e.g. a sustained rise), a flag it
    does not confirm, or a seasonal explanation."""
    simple = dict(zip(part["category"], part["flag"], strict=True))
    lines = []
    for row in changes.itertuples(index=False):
        own = simple.get(row.category, "")
        sustained = row.rule == "trend" and row.run_weeks >= 2  # a run of weeks: more than this week's flag
        if row.flag and (row.flag != own or sustained):
            lines.append(f"{FLAG_LABELS[row.flag]}: {row.explanation}")
        elif row.seasonal_veto and own:
            lines.append(f"↻ säsong: {row.explanation}")
        elif own == Flag.RISE and not row.flag:
            lines.append(f"○ ingen flagga i fördjupad analys: {row.explanation}")
    return lines


# --- costs -------------------------------------------------------------------------------------------


def weekly_costs(series: pd.DataFrame, source: str = "bostadsbolag") -> pd.DataFrame:
    """The cost of damage (`cost_sek`) reported by `source` per week of a weekly series with
    `week_start` and `Vecka`, with each week's last day (`week_end`)."""
    reported = series[series["source"] == source]
    costs = reported.groupby(["iso_week", "week_start", "Vecka"], as_index=False)["cost_sek"].sum()
    costs["week_end"] = costs["week_start"] + pd.Timedelta(days=6)
    return costs


# --- the audit log -----------------------------------------------------------------------------------


def with_local_time(log: pd.DataFrame, tz: str) -> pd.DataFrame:
    """The log with its UTC `at` as a local `date` and `time` text."""
    stamps = pd.to_datetime(log["at"], utc=True).dt.tz_convert(tz)
    return log.assign(date=stamps.dt.date, time=stamps.dt.strftime("%Y-%m-%d %H:%M:%S"))


def filter_log(
    log: pd.DataFrame,
    actions: Iterable[str] = (),
    who: str = "",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """The entries of the chosen actions (none chosen = all), whose actor contains `who` (any case),
    from `start` to `end` (local dates, inclusive; None = open)."""
    shown = log
    actions = list(actions)
    if actions:
        shown = shown[shown["action"].isin(actions)]
    if who.strip():
        shown = shown[shown["actor"].str.contains(who.strip(), case=False, regex=False, na=False)]
    if isinstance(start, dt.date):
        shown = shown[shown["date"] >= start]
    if isinstance(end, dt.date):
        shown = shown[shown["date"] <= end]
    return shown


# The audit entries' detail keys, as a coordinator reads them.
DETAIL_LABELS = {
    "file": "fil",
    "rows": "rader",
    "batch": "inläsning nr",
    "incidents": "rapporter",
    "incident": "rapport",
    "text": "text",
    "edited": "ändrad text i",
    "area": "område",
    "areas": "områden",
    "week": "vecka",
    "status": "status",
    "format": "format",
    "period": "period",
    "year": "år",
    "reason": "skäl",
    "category": "kategori",
    "source": "källa",
}


def _detail_value(item: object) -> str:
    if item is None or item == []:
        return "inga" if item == [] else "–"
    if isinstance(item, bool):
        return "ja" if item else "nej"
    if isinstance(item, list):
        return f"{len(item)} st" if len(item) > 10 else ", ".join(str(v) for v in item)
    return str(item)


def log_details(value: object, limit: int = 300) -> str:
    """An entry's details as short Swedish 'nyckel: värde' text (long lists of incident ids shortened,
    an empty list as "inga", no value as "–")."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        parsed = json.loads(value)
    except ValueError:
        return value[:limit]
    if not isinstance(parsed, dict):
        return str(parsed)[:limit]
    parts = [
        f"{DETAIL_LABELS.get(str(key), str(key))}: {_detail_value(item)}" for key, item in parsed.items()
    ]
    return "; ".join(parts)[:limit]
