"""The tertial and annual report as a PDF that can be shared: which areas need most help, and did the
measures work? A4, Swedish, fonts embedded, no personal data.

Pages: a cover (kommun, period, areas, data basis, how the data were protected, contents); a summary
ranking the areas by need (incidents per 1,000 inhabitants, trend against the same period last year,
weeks with decided red/yellow status) with the kommun-wide categories; two pages per area, most need
first (categories against last year, per month and per category, the weeks flagged by
`analysis.change.detect_changes`; the hotspot grid with the busiest generalised places and the
weekday × time-of-day pattern); the insatser active in the period with their difference-in-
differences follow-up (`analysis.measures.evaluate_measure`); data completeness and method notes.

Privacy: the content comes from `lagesbild.report.period_data.collect_period` (reviewed-only
aggregate queries, each incident counted once). No incident text is shown at all; sensitive
categories appear only as counts per area (never on the map, among the places or in the time
pattern); text typed in the dashboard is redacted.

Modules: `report_period_data` (what is shown), `report_period_dates` (tertials, years, weeks),
`report_period_followup` (insatser, completeness), `report_period_text` (Swedish sentences),
`report_period_charts` (figures), `report_period_pages` (shared pieces and the follow-up pages),
`report_period_front` (cover, contents, summary), `report_period_area_pages` (the two pages per
area), `report_layout` (layout primitives shared with the weekly report).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from lagesbild.report.period_area_pages import area_places, area_trends
from lagesbild.report.period_data import PeriodData, collect_period
from lagesbild.report.period_front import contents, cover, summary
from lagesbild.report.period_pages import closing, measures, period_writer

__all__ = ["collect_period", "render_period", "write_period_report"]


def render_period(data: PeriodData, out: Path) -> None:
    """Write the PDF for already collected data."""
    w = period_writer(data)
    toc = cover(w, data)
    summary(w, data)
    pages = [("Sammanfattning: områdena efter behov", 2)]
    for area in data.areas:
        pages.append((f"{area.name}: utveckling per kategori, platser och tider", w.pdf.page + 1))
        area_trends(w, data, area)
        area_places(w, data, area)
    pages.append(("Insatser och uppföljning", w.pdf.page + 1))
    measures(w, data)
    pages.append(("Datakvalitet och metod", w.pdf.page + 1))
    closing(w, data)
    contents(w, data, pages, toc)
    w.output(out)


def write_period_report(
    engine: Engine, start: dt.date, end: dt.date, title: str, out: Path, areas: list[str] | None = None
) -> None:
    """The tertial or annual report for start–end (inclusive) as a PDF at `out`."""
    render_period(collect_period(engine, start, end, title, areas), Path(out))
