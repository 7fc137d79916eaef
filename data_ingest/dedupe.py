"""Cross-source duplicates: the same event reported by two sources counts once.

Rule (tuned on the sample data, see docs/ingest.md): a new report is a duplicate of an earlier one from
another source when the categories are the same or neighbours, the times are within `max_hours`
(same day when either only has a day or a day part), and the places agree: both points within
`max_m` metres, or, when either has no point, the same area.
"""

from __future__ import annotations

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


def categories_match(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in NEIGHBOURS)


def link_duplicates(
    new: pd.DataFrame, existing: pd.DataFrame, max_m: float = 250.0, max_hours: float = 3.0
) -> pd.Series:
    """For each new incident, the id of the earlier incident it duplicates, or <NA>.

    `new` and `existing` need: source, category, occurred_at (aware), time_precision, area, east, north;
    `existing` also id. Existing incidents from the same source never match (a source's own repeats
    are handled by its keys).
    """
    result = pd.Series(pd.NA, index=new.index, dtype="Int64")
    if new.empty or existing.empty:
        return result
    ex = existing.sort_values("occurred_at")
    ex_times = _utc_naive(ex["occurred_at"])
    window = np.timedelta64(int(max_hours * 3600), "s")
    day = np.timedelta64(24 * 3600, "s")
    taken: set[int] = set()
    for idx, row in new.iterrows():
        if pd.isna(row["area"]) and pd.isna(row["east"]):
            continue  # nothing to compare places with
        t = _utc_naive(pd.Series([row["occurred_at"]]))[0]
        lo, hi = np.searchsorted(ex_times, [t - day, t + day])
        best: tuple[float, int] | None = None
        for j in range(lo, hi):
            cand = ex.iloc[j]
            if cand["source"] == row["source"] or int(cand["id"]) in taken:
                continue
            if not categories_match(str(cand["category"]), str(row["category"])):
                continue
            gap = abs(ex_times[j] - t)
            exact = row["time_precision"] == "exact" and cand["time_precision"] == "exact"
            if exact and gap > window:
                continue
            if not exact and cand["occurred_date"] != row["occurred_date"]:
                continue
            distance = _distance(row, cand)
            if distance is None:
                if pd.isna(row["area"]) or row["area"] != cand["area"]:
                    continue
                score = max_m + gap / window
            elif distance > max_m:
                continue
            else:
                score = distance + gap / window
            if best is None or score < best[0]:
                best = (score, int(cand["id"]))
        if best is not None:
            result.at[idx] = best[1]
            taken.add(best[1])
    return result


def _utc_naive(times: pd.Series) -> np.ndarray:
    return pd.to_datetime(times, utc=True).dt.tz_localize(None).to_numpy("datetime64[ns]")


def _distance(a: pd.Series, b: pd.Series) -> float | None:
    if pd.isna(a["east"]) or pd.isna(b["east"]):
        return None
    return float(np.hypot(float(a["east"]) - float(b["east"]), float(a["north"]) - float(b["north"])))
