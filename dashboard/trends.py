"""Pure computations behind Trender and Insatser: weekly totals with rolling mean and last year,
seasonal markers, the CompStat table, the hour × weekday table and an insats' before/after."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from lagesbild import weeks
from lagesbild.swedish import WEEKDAYS_SHORT, number
from lagesbild.vocabulary import Flag


def week_list(first_week: str, last_week: str) -> list[str]:
    """Every ISO week from first to last (inclusive); none when last comes before first."""
    return weeks.week_span(first_week, last_week) if first_week <= last_week else []


def same_week_last_year(label: str) -> str:
    year, week = weeks.parse_week(label)
    try:
        dt.date.fromisocalendar(year - 1, week, 1)
    except ValueError:  # week 53 that last year did not have
        week = 52
    return f"{year - 1}-W{week:02d}"


def short_week(label: str) -> str:
    year, week = weeks.parse_week(label)
    return f"v. {week} {year}"


def weekly_totals(
    series: pd.DataFrame, first_week: str, last_week: str, data_from: str | None
) -> pd.DataFrame:
    """Per week from first to last: count (0 where none), the rolling 4-week mean (this and the three
    weeks before) and the count of the same ISO week last year where the data reaches back that far.

    `series` is `queries.weekly_series` from at least a year before `first_week` (or the data start).
    """
    per_week = series.groupby("iso_week")["count"].sum()
    start = min(first_week, per_week.index.min() if len(per_week) else first_week)
    if data_from:  # the three weeks before the period, where the data has them (quiet ones are 0)
        start = min(start, max(data_from, weeks.shift_week(first_week, -3)))
    all_weeks = week_list(start, last_week)
    full = per_week.reindex(all_weeks, fill_value=0).astype(float)
    rolling = full.rolling(4, min_periods=4).mean()
    # No mean of weeks before the data begin: the 4 weeks of a mean must all lie in the data.
    mean_from = weeks.shift_week(data_from, 3) if data_from else None
    shown = week_list(first_week, last_week)
    rows = []
    for week in shown:
        before = same_week_last_year(week)
        has_last_year = data_from is not None and before >= data_from
        rows.append(
            {
                "iso_week": week,
                "week_start": pd.Timestamp(weeks.week_start(week)),
                "week_end": pd.Timestamp(weeks.week_range(week)[1]),
                "Vecka": short_week(week),
                "count": int(full.get(week, 0)),
                "rolling_4w": rolling.get(week) if mean_from is None or week >= mean_from else None,
                "last_year": float(full.get(before, 0.0)) if has_last_year else None,
            }
        )
    return pd.DataFrame(rows)


def seasonal_markers(first: dt.date, last: dt.date) -> pd.DataFrame:
    """Valborg, skolavslutning (about mid June), midsommarafton, Halloween and nyårsafton in a range."""
    rows: list[dict[str, object]] = []
    for year in range(first.year, last.year + 1):
        midsummer_eve = next(dt.date(year, 6, d) for d in range(19, 26) if dt.date(year, 6, d).weekday() == 4)
        for day, label in (
            (dt.date(year, 4, 30), "Valborg"),
            (dt.date(year, 6, 12), "Skolavslutning (ca)"),
            (midsummer_eve, "Midsommar"),
            (dt.date(year, 10, 31), "Halloween"),
            (dt.date(year, 12, 31), "Nyårsafton"),
        ):
            if first <= day <= last:
                # Alternate two label rows so that neighbours (skolavslutning, midsommar) do not overlap.
                rows.append(
                    {"date": pd.Timestamp(day), "Händelse": label, "label_y": 8 + 13 * (len(rows) % 2)}
                )
    return pd.DataFrame(rows, columns=["date", "Händelse", "label_y"])


def hour_weekday_table(counts: pd.DataFrame) -> pd.DataFrame:
    """Hours (rows 0–23) × weekdays (mån–sön) with zeros filled in."""
    wide = counts.pivot_table(index="hour", columns="weekday", values="count", aggfunc="sum", fill_value=0)
    wide = wide.reindex(index=range(24), columns=range(1, 8), fill_value=0)
    wide.columns = list(WEEKDAYS_SHORT)
    wide.index = [f"{h:02d}" for h in range(24)]
    wide.index.name = "Timme"
    return wide.astype(int)


def follow_up(
    series: pd.DataFrame, start: dt.date, end: dt.date | None, last_week: str, n_weeks: int
) -> pd.DataFrame:
    """Weekly counts of an insats' category in its area: `n_weeks` before the start, then from the
    start to the end (or to `last_week` for an insats still running), labelled Före/Under/Efter."""
    end = None if end is None or pd.isna(end) else end
    start_week = weeks.week_label(start)
    end_week = min(weeks.week_label(end), last_week) if end else last_week
    after_last = min(weeks.shift_week(end_week, n_weeks), last_week) if end else end_week
    first = weeks.shift_week(start_week, -n_weeks)
    per_week = series.groupby("iso_week")["count"].sum()
    rows = []
    for week in week_list(first, max(after_last, start_week)):
        period = "Före" if week < start_week else ("Under" if week <= end_week else "Efter")
        if week > last_week:
            continue
        rows.append(
            {
                "iso_week": week,
                "Vecka": short_week(week),
                "week_start": pd.Timestamp(weeks.week_start(week)),
                "week_end": pd.Timestamp(weeks.week_range(week)[1]),
                "Period": period,
                "count": int(per_week.get(week, 0)),
            }
        )
    return pd.DataFrame(rows, columns=["iso_week", "Vecka", "week_start", "week_end", "Period", "count"])


def follow_up_summary(frame: pd.DataFrame) -> pd.DataFrame:
    summary = frame.groupby("Period", sort=False)["count"].agg(["size", "sum", "mean"]).reset_index()
    summary.columns = ["Period", "Veckor", "Antal", "Per vecka"]
    summary["Per vecka"] = summary["Per vecka"].map(number)
    return summary


# --- analysis: completeness, change flags, the presentation's category bars ------------------------

INCOMPLETE_LABEL_LIMIT = 3  # more distinct sets of missing reporters than this: one generic legend entry


def expected_reporters(
    reports: pd.DataFrame, last_week: str, min_share: float = 0.8, grace_weeks: int = 4
) -> pd.DataFrame:
    """Who is expected to report each week, for `completeness.week_completeness(expected=…)`.

    Regular reporters only (docs/analysis.md: those that reported in at least `min_share` of the weeks
    from their first to their last report), expected from their first report until `grace_weeks`
    after their last one (at most `last_week`). Without the grace a reporter that stopped sending
    this week would simply "end" there and the newest weeks could never be incomplete; after it a
    reporter that has been silent for longer counts as having left.
    """
    columns = ["organisation", "source", "from_week", "to_week"]
    active = reports[pd.to_numeric(reports["count"], errors="coerce").fillna(0) > 0]
    if active.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for organisation, part in active.groupby("organisation"):
        reported = sorted(set(part["iso_week"]))
        first, last = reported[0], reported[-1]
        span = len(week_list(first, last))
        if len(reported) / span < min_share:
            continue
        until = min(weeks.shift_week(last, grace_weeks), last_week)
        rows.append(
            {
                "organisation": organisation,
                "source": part["source"].mode().iat[0],
                "from_week": first,
                "to_week": max(until, last),
            }
        )
    return pd.DataFrame(rows, columns=columns)


def incomplete_weeks(completeness: pd.DataFrame, first_week: str, last_week: str) -> pd.DataFrame:
    """The incomplete weeks of a period as chart bands: week_start, week_end, Vecka, Markering (the
    legend entry: who did not report) and Saknas (tooltip)."""
    columns = ["iso_week", "week_start", "week_end", "Vecka", "Markering", "Saknas"]
    if completeness.empty:
        return pd.DataFrame(columns=columns)
    part = completeness[
        completeness["incomplete"].astype(bool)
        & (completeness["iso_week"] >= first_week)
        & (completeness["iso_week"] <= last_week)
    ]
    if part.empty:
        return pd.DataFrame(columns=columns)
    missing = part["missing"].map(lambda names: ", ".join(names))
    sets = list(dict.fromkeys(missing))
    if len(sets) <= INCOMPLETE_LABEL_LIMIT:
        legend = [f"Ofullständig vecka: {m} rapporterade inte" for m in missing]
    else:
        legend = ["Ofullständig vecka: rapport saknas (se verktygstips)"] * len(part)
    return pd.DataFrame(
        {
            "iso_week": part["iso_week"].to_numpy(),
            "week_start": [pd.Timestamp(weeks.week_start(w)) for w in part["iso_week"]],
            # The band covers the whole week, up to the next Monday.
            "week_end": [pd.Timestamp(weeks.week_start(w)) + pd.Timedelta(days=7) for w in part["iso_week"]],
            "Vecka": [short_week(w) for w in part["iso_week"]],
            "Markering": legend,
            "Saknas": missing.to_numpy(),
        },
        columns=columns,
    )


FLAG_NAMES: dict[str, str] = {Flag.RISE: "▲ ökning", Flag.FALL: "▼ minskning"}
RULE_NAMES = {"vecka": "enstaka vecka", "trend": "ihållande förändring"}


def flag_table(
    changes: pd.DataFrame, completeness: pd.DataFrame | None = None, labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """Flagged rises and falls (from `analysis.change.detect_changes`), newest first, with a note
    where a fall lies in an incomplete week (a missing reporter, not necessarily fewer incidents)."""
    columns = ["iso_week", "Vecka", "area", "category", "count", "Flagga", "Typ", "explanation", "Obs"]
    flagged = changes[changes["flag"] != ""] if len(changes) else changes
    if flagged.empty:
        return pd.DataFrame(columns=columns)
    notes: dict[str, str] = {}
    if completeness is not None and len(completeness):
        notes = dict(zip(completeness["iso_week"], completeness["note"], strict=True))
    out = flagged.assign(
        Vecka=flagged["iso_week"].map(short_week),
        category=flagged["category"].map(lambda c: (labels or {}).get(c, c)),
        Flagga=flagged["flag"].map(FLAG_NAMES),
        Typ=flagged["rule"].map(RULE_NAMES).fillna(""),
        count=flagged["count"].astype(int),
        Obs=[
            notes.get(w, "") if f == Flag.FALL else ""
            for w, f in zip(flagged["iso_week"], flagged["flag"], strict=True)
        ],
    )
    out = out.sort_values(["iso_week", "flag", "area"], ascending=[False, True, True])
    return out[columns].reset_index(drop=True)


def flag_markers(changes: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """One marker per flagged week and direction for the weekly chart: at the week's total, with
    the number of flagged series and their explanations (at most three) for the tooltip."""
    columns = ["week_start", "Vecka", "count", "Flagga", "Antal flaggor", "Förklaring"]
    flagged = changes[changes["flag"] != ""] if len(changes) else changes
    if flagged.empty or totals.empty:
        return pd.DataFrame(columns=columns)
    total = totals.set_index("iso_week")
    rows = []
    for (week, flag), part in flagged.groupby(["iso_week", "flag"], sort=True):
        if week not in total.index:
            continue
        lines = list(part.sort_values("count", ascending=False)["explanation"])
        text = " | ".join(lines[:3]) + (f" | … och {len(lines) - 3} till" if len(lines) > 3 else "")
        rows.append(
            {
                "week_start": total.at[week, "week_start"],
                "Vecka": total.at[week, "Vecka"],
                "count": int(total.at[week, "count"]),
                "Flagga": FLAG_NAMES[str(flag)],
                "Antal flaggor": len(lines),
                "Förklaring": text,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def category_comparison(table: pd.DataFrame, area: str, labels: dict[str, str]) -> pd.DataFrame:
    """This week against the 4-week mean per category of one area (from `weekly.area_category_table`),
    long: Kategori, Period, Antal; categories with nothing in either are left out."""
    part = table[(table["area"] == area) & ((table["count"] > 0) | (table["mean_4w"] > 0))]
    rows = []
    for row in part.itertuples(index=False):
        label = labels.get(str(row.category), str(row.category))
        rows.append({"Kategori": label, "Period": "Denna vecka", "Antal": float(row.count), "flag": row.flag})
        rows.append(
            {"Kategori": label, "Period": "Snitt 4 veckor innan", "Antal": float(row.mean_4w), "flag": ""}
        )
    return pd.DataFrame(rows, columns=["Kategori", "Period", "Antal", "flag"])


def measure_series(series: pd.DataFrame, area: str, comparison_areas: tuple[str, ...]) -> pd.DataFrame:
    """`MeasureEffect.series` for a chart: the insats area and the comparison areas' mean per area
    (same scale), labelled in Swedish."""
    n = max(len(comparison_areas), 1)
    names = {
        "insatsområde": f"{area} (insatsområde)",
        "jämförelse": "Jämförelseområden, snitt per område"
        if n > 1
        else f"{comparison_areas[0]} (jämförelse)",
    }
    out = series.assign(
        Antal=series["count"].astype(float) / series["group"].map({"insatsområde": 1, "jämförelse": n}),
        Grupp=series["group"].map(names),
        Vecka=series["iso_week"].map(short_week),
        week_start=series["iso_week"].map(lambda w: pd.Timestamp(weeks.week_start(w))),
    )
    return out[["iso_week", "week_start", "Vecka", "Grupp", "period", "Antal"]]
