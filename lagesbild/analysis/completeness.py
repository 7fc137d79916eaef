"""Data completeness: which reporters sent their weekly report, and which weeks are incomplete.

A week's counts are only comparable with other weeks when the same reporters sent reports. An
organisation is expected from its first to its last report in the data (it joined and may have left),
or, when the caller passes ``expected``, as listed there. A week in which an expected organisation
sent nothing is an *ofullständig vecka*; charts mark it so that a dip is not read as a decrease.

A report is counted when the organisation has at least one incident that week (``count`` > 0), as
:func:`lagesbild.queries.reporting_organisations` returns them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from lagesbild.weeks import TZ, week_from_index, week_index, week_span

MATRIX_COLUMNS = ["organisation", "source", "iso_week", "count", "expected", "reported", "missing"]
WEEK_COLUMNS = ["iso_week", "expected_n", "reported_n", "missing", "incomplete", "note"]


def _expected_spans(
    reports: pd.DataFrame,
    expected: Sequence[str] | pd.DataFrame | None,
    first: int,
    last: int,
    min_share: float = 0.0,
) -> pd.DataFrame:
    """organisation, source, from_idx, to_idx (week indices, inclusive)."""
    active = reports[pd.to_numeric(reports["count"], errors="coerce").fillna(0) > 0]
    sources = (
        active.groupby("organisation")["source"].agg(lambda s: s.mode().iat[0] if len(s.mode()) else None)
        if len(active)
        else pd.Series(dtype=object)
    )
    if expected is None:
        idx = week_index(active["iso_week"].to_numpy())
        spans = (
            pd.DataFrame({"organisation": active["organisation"].to_numpy(), "week": idx})
            .groupby("organisation")["week"]
            .agg(["min", "max"])
            .rename(columns={"min": "from_idx", "max": "to_idx"})
            .reset_index()
        )
        if min_share > 0 and len(spans):
            weeks_reported = (
                pd.DataFrame({"organisation": active["organisation"].to_numpy(), "week": idx})
                .drop_duplicates()
                .groupby("organisation")["week"]
                .size()
            )
            share = spans["organisation"].map(weeks_reported) / (spans["to_idx"] - spans["from_idx"] + 1)
            spans = spans[share.to_numpy() >= min_share]
    elif isinstance(expected, pd.DataFrame):
        spans = pd.DataFrame({"organisation": expected["organisation"].to_numpy()})
        for col, default, key in (("from_week", first, "from_idx"), ("to_week", last, "to_idx")):
            values = expected[col] if col in expected.columns else pd.Series([None] * len(expected))
            spans[key] = [default if pd.isna(v) else int(week_index([str(v)])[0]) for v in values]
        if "source" in expected.columns:
            sources = pd.concat([expected.set_index("organisation")["source"], sources])
            sources = sources[~sources.index.duplicated()]
    else:
        spans = pd.DataFrame({"organisation": list(expected), "from_idx": first, "to_idx": last})
    spans["source"] = spans["organisation"].map(sources).astype(object)
    return spans[["organisation", "source", "from_idx", "to_idx"]]


def reporting_matrix(
    reports: pd.DataFrame,
    *,
    first_week: str,
    last_week: str,
    expected: Sequence[str] | pd.DataFrame | None = None,
    min_share: float = 0.0,
) -> pd.DataFrame:
    """Per organisation × week in the range: count, expected, reported, missing (= expected, not reported).

    ``reports``: organisation, source, iso_week, count. ``expected``: None (each organisation from its
    first to its last report), a list of organisation names (expected every week of the range), or a
    frame with organisation and optional from_week / to_week / source. ``min_share`` (only without
    ``expected``): expect only organisations that reported in at least this share of the weeks of
    their span, i.e. regular weekly reporters; one that only appears when something happened is then
    never "missing".
    """
    weeks = week_span(first_week, last_week)
    first, last = (int(v) for v in week_index([first_week, last_week]))
    spans = _expected_spans(reports, expected, first, last, min_share)
    organisations = list(dict.fromkeys([*spans["organisation"], *reports["organisation"].dropna()]))
    grid = pd.MultiIndex.from_product([organisations, weeks], names=["organisation", "iso_week"])
    counts = (
        reports[reports["iso_week"].isin(set(weeks))]
        .assign(count=lambda f: pd.to_numeric(f["count"], errors="coerce").fillna(0))
        .groupby(["organisation", "iso_week"])["count"]
        .sum()
        .reindex(grid, fill_value=0)
        .reset_index()
    )
    span = spans.set_index("organisation")
    week_idx = dict(zip(weeks, range(first, last + 1), strict=True))
    idx = counts["iso_week"].map(week_idx).to_numpy()
    lo = counts["organisation"].map(span["from_idx"]).to_numpy(float)
    hi = counts["organisation"].map(span["to_idx"]).to_numpy(float)
    counts["expected"] = (idx >= lo) & (idx <= hi)  # NaN (not expected at all) compares False
    counts["reported"] = counts["count"] > 0
    counts["missing"] = counts["expected"] & ~counts["reported"]
    source = reports.dropna(subset=["source"]).groupby("organisation")["source"].first()
    counts["source"] = counts["organisation"].map(span["source"]).astype(object)
    counts["source"] = counts["source"].where(counts["source"].notna(), counts["organisation"].map(source))
    counts["count"] = counts["count"].astype(np.int64)
    return counts[MATRIX_COLUMNS]


def week_completeness(
    reports: pd.DataFrame,
    *,
    first_week: str,
    last_week: str,
    expected: Sequence[str] | pd.DataFrame | None = None,
    min_share: float = 0.0,
) -> pd.DataFrame:
    """Per week: expected_n, reported_n (of the expected), missing (list of names), incomplete
    ("ofullständig vecka") and a Swedish note. Arguments as for :func:`reporting_matrix`."""
    matrix = reporting_matrix(
        reports, first_week=first_week, last_week=last_week, expected=expected, min_share=min_share
    )
    rows = []
    for week, part in matrix.groupby("iso_week", sort=True):
        exp = part[part["expected"]]
        missing = sorted(exp.loc[exp["missing"], "organisation"].astype(str))
        note = "Ofullständig vecka: rapport saknas från " + ", ".join(missing) + "." if missing else ""
        rows.append(
            {
                "iso_week": week,
                "expected_n": len(exp),
                "reported_n": int(exp["reported"].sum()),
                "missing": missing,
                "incomplete": bool(missing),
                "note": note,
            }
        )
    return pd.DataFrame(rows, columns=WEEK_COLUMNS)


def annotate_series(
    series: pd.DataFrame, completeness: pd.DataFrame, week_col: str = "iso_week"
) -> pd.DataFrame:
    """Add ``incomplete`` (bool), ``missing_reporters`` (comma-separated) and ``completeness_note`` to a
    weekly series, so charts can mark incomplete weeks. Weeks outside ``completeness`` are complete."""
    info = completeness.set_index("iso_week")
    out = series.copy()
    weeks = out[week_col]
    out["incomplete"] = weeks.map(info["incomplete"]).fillna(False).astype(bool)
    out["missing_reporters"] = weeks.map(info["missing"].map(", ".join)).fillna("").astype(str)
    out["completeness_note"] = weeks.map(info["note"]).fillna("").astype(str)
    return out


# --- is a week complete? ---------------------------------------------------------------------------

LOOKBACK_WEEKS = 8
REGULAR_SHARE = 0.5


@dataclass(frozen=True)
class WeekBasis:
    """Whether a week's counts are a basis for a picture: who reported, who is missing, and whether
    the week counts as complete (it has ended and every expected reporter has reported, or it ended
    more than the grace period ago)."""

    week: str
    has_data: bool
    over: bool
    past_grace: bool
    expected: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.has_data and self.over and (not self.missing or self.past_grace)

    @property
    def sufficient(self) -> bool:
        """A basis for a green status: data, the week over, nobody expected missing."""
        return self.has_data and self.over and not self.missing

    def note(self) -> str:
        """A Swedish sentence for every place the week is shown; empty when the basis is sufficient."""
        number = int(self.week[-2:])
        if not self.has_data:
            return (
                f"Inga rapporter har kommit in för vecka {number}. Det finns inget underlag för en lägesbild."
            )
        parts = []
        if not self.over:
            parts.append(f"Vecka {number} pågår fortfarande; siffrorna är inte kompletta.")
        if self.missing:
            who = ", ".join(self.missing)
            share = f"{len(self.expected) - len(self.missing)} av {len(self.expected)}"
            lead = "Ofullständig vecka" if not self.complete else "Ofullständigt underlag"
            parts.append(
                f"{lead}: rapport saknas från {who} ({share} ordinarie rapportörer har rapporterat)."
            )
        return " ".join(parts)

    def named(self, names: Mapping[str, str]) -> WeekBasis:
        """The same basis with reporters as a shared output may name them (`names`: organisation →
        shown name, e.g. from privacy.shared.shared_organisations); the judgement is unchanged."""
        return replace(
            self,
            expected=tuple(names.get(o, o) for o in self.expected),
            missing=tuple(names.get(o, o) for o in self.missing),
        )

    def reason(self) -> str | None:
        """Why the basis is insufficient (for the status reason), or None."""
        if self.sufficient:
            return None
        if not self.has_data:
            return "inga rapporter för veckan"
        if not self.over:
            return "veckan pågår fortfarande"
        return "rapport saknas från " + ", ".join(self.missing)


def regular_reporters(
    reports: pd.DataFrame, week: str, lookback: int = LOOKBACK_WEEKS, min_share: float = REGULAR_SHARE
) -> list[str]:
    """The organisations that reported in at least `min_share` of the `lookback` weeks before `week`
    (and in at least two of them): the weekly reporters when no register says who they are."""
    before = set(week_span(_shift(week, -lookback), _shift(week, -1)))
    active = reports[
        reports["iso_week"].isin(before) & (pd.to_numeric(reports["count"], errors="coerce").fillna(0) > 0)
    ]
    weeks_per_org = active.groupby("organisation")["iso_week"].nunique()
    needed = max(2, int(np.ceil(min_share * lookback)))
    return sorted(str(o) for o, n in weeks_per_org.items() if n >= needed)


def week_basis(
    reports: pd.DataFrame,
    week: str,
    *,
    now: dt.datetime,
    grace_days: int,
    expected: Sequence[str] | None = None,
) -> WeekBasis:
    """The basis of `week`. ``reports``: organisation, iso_week, count (queries.reporting_organisations)
    for the week and the weeks before; ``expected``: the register of weekly reporters, or None for the
    regular reporters of the previous weeks (:func:`regular_reporters`). ``now`` is tz-aware."""
    start = dt.date.fromisocalendar(int(week[:4]), int(week[-2:]), 1)
    end = start + dt.timedelta(days=7)  # the Monday after: the week is over from then
    today = now.astimezone(TZ).date()
    this = reports[(reports["iso_week"] == week) & (pd.to_numeric(reports["count"], errors="coerce") > 0)]
    names = list(expected) if expected is not None else regular_reporters(reports, week)
    sent = set(this["organisation"].astype(str))
    return WeekBasis(
        week=week,
        has_data=bool(len(this)),
        over=today >= end,
        past_grace=today >= end + dt.timedelta(days=grace_days),
        expected=tuple(names),
        missing=tuple(n for n in names if n not in sent),
    )


def last_complete_week(
    reports: pd.DataFrame,
    candidates: Sequence[str],
    *,
    now: dt.datetime,
    grace_days: int,
    expected: Sequence[str] | None = None,
) -> str | None:
    """The newest of `candidates` (weeks with data) that is complete; else the newest week that is
    over; else the newest candidate; None without candidates."""
    ordered = sorted(candidates)
    # Newest first, and stop at the first complete week: each basis looks up the regular reporters of
    # the weeks before it (a pandas pass over every report), and the newest weeks usually decide.
    newest_over = None
    for week in reversed(ordered[-12:]):
        basis = week_basis(reports, week, now=now, grace_days=grace_days, expected=expected)
        if basis.complete:
            return basis.week
        if newest_over is None and basis.over:
            newest_over = basis.week
    return newest_over or (ordered[-1] if ordered else None)


def _shift(week: str, n: int) -> str:
    return week_from_index(int(week_index([week])[0]) + n)
