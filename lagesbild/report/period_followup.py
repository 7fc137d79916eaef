"""Follow-up content of the tertial and annual report: insatser with their evaluation, and data
completeness per reporting organisation. Free text typed in the dashboard is redacted here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Engine

from lagesbild import queries
from lagesbild.analysis.completeness import reporting_matrix, week_completeness
from lagesbild.analysis.measures import MeasureEffect, evaluate_measure
from lagesbild.privacy.shared import (
    reporter_register,
    shared_measures,
    shared_reporter_names,
    unregistered_label,
)
from lagesbild.report.layout import clean, free_text
from lagesbild.reporters import expected_reporters
from lagesbild.weeks import week_label, week_span, week_start

MEASURE_WEEKS_BEFORE = 12
COMPLETENESS_SHARE = 0.8  # expected reporters: those that reported in at least this share of the weeks


@dataclass
class MeasureFollowUp:
    area: str
    title: str
    category_label: str
    status: str
    start_date: dt.date
    end_date: dt.date | None
    responsible: str
    follow_up: str
    effect: MeasureEffect | None
    note: str  # why there is no evaluation, or ""


def collect_measures(
    engine: Engine,
    names: list[str],
    every_area: list[str],
    start: dt.date,
    end: dt.date,
    last_week: str | None,
    label_of: dict[str, str],
) -> list[MeasureFollowUp]:
    """The insatser of the chosen areas active at some time in the period, each evaluated (difference-in-
    differences against every other area) when it has a category; their free text redacted."""
    frame = shared_measures(queries.measures(engine, areas=names))
    frame["start_date"] = pd.to_datetime(frame["start_date"]).dt.date
    frame["end_date"] = [None if pd.isna(d) else pd.Timestamp(d).date() for d in frame["end_date"]]
    active = frame[(frame["start_date"] <= end) & frame["end_date"].map(lambda d: d is None or d >= start)]
    order = {name: k for k, name in enumerate(names)}
    active = active.assign(_order=active["area"].map(order)).sort_values(["_order", "start_date"])
    out = []
    for m in active.itertuples(index=False):
        category = m.category if isinstance(m.category, str) else None
        effect, note = None, ""
        start_week = week_label(m.start_date)
        end_week = (min(last_week, week_label(m.end_date)) if m.end_date else last_week) if last_week else ""
        others = [a for a in every_area if a != m.area]
        if category is None:
            note = "Insatsen har ingen kategori, så effekten kan inte mätas i antal händelser."
        elif not others:
            note = "Det finns inga jämförelseområden, så effekten kan inte mätas."
        elif not end_week:
            note = "Det finns ännu ingen hel vecka med uppgifter i perioden att följa upp insatsen med."
        elif start_week > end_week:
            note = "Insatsen började för nyligen för att följas upp i den här perioden."
        else:
            weeks = week_span(
                week_label(week_start(start_week) - dt.timedelta(weeks=MEASURE_WEEKS_BEFORE)), end_week
            )
            counts = queries.week_counts(engine, weeks, reviewed_only=True)
            effect = evaluate_measure(
                counts,
                area=str(m.area),
                category=category,
                start_week=start_week,
                end_week=end_week,
                weeks_before=MEASURE_WEEKS_BEFORE,
                comparison_areas=others,
                labels=label_of,
            )
        out.append(
            MeasureFollowUp(
                area=str(m.area),
                title=free_text(m.title),
                category_label=clean(m.category_label),
                status=clean(m.status),
                start_date=m.start_date,
                end_date=m.end_date,
                responsible=free_text(m.responsible),
                follow_up=free_text(m.follow_up),
                effect=effect,
                note=note,
            )
        )
    return out


def collect_completeness(engine: Engine, weeks: list[str]) -> tuple[pd.DataFrame, int, int]:
    """Per regular reporter (all areas): weeks expected, reported and the missing week numbers; plus the
    number of incomplete weeks and of organisations that report only now and then."""
    columns = ["organisation", "source", "expected", "reported", "missing"]
    reports = queries.reporting_organisations(engine, weeks)
    if reports.empty:
        return pd.DataFrame(columns=columns), 0, 0
    first, last = weeks[0], weeks[-1]
    # The reporters register (reporters.py), when kept, says who is expected every week.
    registered = expected_reporters(engine, queries.current_kommun())
    expected = registered if not registered.empty else None
    share = 0.0 if expected is not None else COMPLETENESS_SHARE
    matrix = reporting_matrix(reports, first_week=first, last_week=last, expected=expected, min_share=share)
    by_week = week_completeness(reports, first_week=first, last_week=last, expected=expected, min_share=share)
    incomplete = int(by_week["incomplete"].sum())
    # Named as the gate allows: the written names of the reports and of the register, with their kommun.
    known = pd.concat([reports, registered], ignore_index=True) if not registered.empty else reports
    names = shared_reporter_names(known[["organisation", "source", "kommun"]], reporter_register(engine))
    rows = []
    for (organisation, source), part in matrix.groupby(["organisation", "source"], sort=True, dropna=False):
        expected = part[part["expected"]]
        if expected.empty:
            continue
        missing = [int(w.split("W")[1]) for w in expected.loc[expected["missing"], "iso_week"]]
        rows.append(
            {
                "organisation": names.get(str(organisation)) or unregistered_label(source),
                "source": clean(source),
                "expected": len(expected),
                "reported": int(expected["reported"].sum()),
                "missing": _runs(missing),
            }
        )
    irregular = matrix["organisation"].nunique() - len(rows)
    return pd.DataFrame(rows, columns=columns), incomplete, int(irregular)


def _runs(numbers: list[int]) -> str:
    """[40, 41, 42, 47] → '40–42, 47' (week numbers in period order)."""
    if not numbers:
        return "–"
    runs: list[list[int]] = [[numbers[0], numbers[0]]]
    for n in numbers[1:]:
        if n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)
