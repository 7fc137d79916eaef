"""Cross-feed duplicates: the same event reported by two feeds counts once.

A feed is one stream of reports (`feed_of`): the kommun's own reporting is one feed; for the police and
the housing companies each organisation is its own feed, so the police API ("Polisen") and the
kommunpolis excerpt ("Kommunpolis") — both source "polis" — are linked like two sources, and the same
assault no longer counts twice. Reports of one feed never link (its own repeats are handled by its keys).

Rule (tuned on the sample data, see docs/ingest.md): a new report is a duplicate of an earlier one from
another source when the times are within `max_hours` (3 hours more when either only has a day part,
the same day when either only has a date) and the places agree: both points within `max_m` metres with
the same or a neighbouring category, or — when either has no point — the same area and the same
category.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

# Categories that different reporters use for the same event (a car fire is "anlagd brand" for the
# housing company and may be an explosion for the police).
NEIGHBOURS: list[frozenset[str]] = [
    frozenset({"anlagd_brand", "skjutning_explosion"}),
    frozenset({"skadegorelse", "klotter", "inbrott_stold"}),
    frozenset({"vald_hot", "incident_anstalld", "ordningsstorning", "ran"}),
    frozenset({"samling", "ordningsstorning", "narkotika"}),
]


def feed_of(source: object, organisation: object) -> str:
    """The feed a report came through: "kommun" (one reporting system, many reporters) or source and
    organisation ("polis:Polisen", "polis:Kommunpolis", "bostadsbolag:Nacka Bostäder")."""
    if (
        source == "kommun"
        or organisation is None
        or (isinstance(organisation, float) and np.isnan(organisation))
    ):
        return str(source)
    return f"{source}:{organisation}"


def _feeds(frame: pd.DataFrame) -> list[str]:
    organisations = frame["organisation"] if "organisation" in frame else pd.Series(None, index=frame.index)
    return [feed_of(s, o) for s, o in zip(frame["source"], organisations, strict=True)]


def categories_match(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in NEIGHBOURS)


def link_duplicates(
    new: pd.DataFrame, existing: pd.DataFrame, max_m: float = 250.0, max_hours: float = 3.0
) -> pd.Series:
    """For each new incident, the id of the earlier incident it duplicates, or <NA>.

    `new` and `existing` need: source, category, occurred_at (aware), time_precision, area, east, north,
    and optionally organisation; `existing` also id. Existing incidents from the same feed (`feed_of`)
    never match.
    """
    result = pd.Series(pd.NA, index=new.index, dtype="Int64")
    if new.empty or existing.empty:
        return result
    ex = existing.sort_values("occurred_at")
    ex_times = _utc_naive(ex["occurred_at"])
    ex_rows = ex[
        ["id", "source", "category", "time_precision", "occurred_date", "area", "east", "north"]
    ].to_dict("records")
    ex_feeds = _feeds(ex)
    new_feeds = _feeds(new)
    # Only a candidate in the same area or with a point within max_m on both axes can match (the rule
    # needs one or the other): a vectorised prefilter, so a file checked against a national database
    # loops over the few plausible candidates instead of every report of those days in Sweden.
    ex_area = np.array([a if isinstance(a, str) else None for a in ex["area"]], dtype=object)
    ex_east = pd.to_numeric(ex["east"], errors="coerce").to_numpy(dtype=float)
    ex_north = pd.to_numeric(ex["north"], errors="coerce").to_numpy(dtype=float)
    new_times = _utc_naive(new["occurred_at"])
    window = np.timedelta64(int(max_hours * 3600), "s")
    day = np.timedelta64(24 * 3600, "s")
    taken: set[int] = set()
    for k, (idx, row) in enumerate(zip(new.index, new.to_dict("records"), strict=True)):
        if _missing(row["area"]) and _missing(row["east"]):
            continue  # nothing to compare places with
        t = new_times[k]
        lo, hi = np.searchsorted(ex_times, [t - day, t + day])
        near = np.zeros(hi - lo, dtype=bool)
        if not _missing(row["area"]):
            near |= ex_area[lo:hi] == row["area"]
        if not _missing(row["east"]):
            near |= (np.abs(ex_east[lo:hi] - float(row["east"])) <= max_m) & (
                np.abs(ex_north[lo:hi] - float(row["north"])) <= max_m
            )
        best: tuple[float, int] | None = None
        for j in lo + np.flatnonzero(near):
            cand = ex_rows[j]
            if ex_feeds[j] == new_feeds[k] or int(cand["id"]) in taken:
                continue
            same_category = cand["category"] == row["category"]
            if not same_category and not categories_match(str(cand["category"]), str(row["category"])):
                continue
            if abs(ex_times[j] - t) > _time_tolerance(row, cand, window):
                continue
            gap = abs(ex_times[j] - t) / window
            distance = _distance(row, cand)
            if distance is None:
                # Only the area is known for one side: demand the same category as well.
                if not same_category or _missing(row["area"]) or row["area"] != cand["area"]:
                    continue
                score = max_m + gap
            elif distance > max_m:
                continue
            else:
                score = distance + gap
            if best is None or score < best[0]:
                best = (score, int(cand["id"]))
        if best is not None:
            result.at[idx] = best[1]
            taken.add(best[1])
    return result


def _time_tolerance(a: dict[str, Any], b: dict[str, Any], window: np.timedelta64) -> np.timedelta64:
    """A day part ("kväll") stands for a few hours around its representative time; a bare date for the day."""
    precisions = {a["time_precision"], b["time_precision"]}
    if "day" in precisions:
        return (
            np.timedelta64(24 * 3600, "s")
            if a["occurred_date"] == b["occurred_date"]
            else np.timedelta64(0, "s")
        )
    if "daypart" in precisions:
        return window + np.timedelta64(3 * 3600, "s")
    return window


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def _utc_naive(times: pd.Series) -> np.ndarray:
    return pd.to_datetime(times, utc=True).dt.tz_localize(None).to_numpy("datetime64[ns]")


def _distance(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if _missing(a["east"]) or _missing(b["east"]):
        return None
    return float(np.hypot(float(a["east"]) - float(b["east"]), float(a["north"]) - float(b["north"])))
