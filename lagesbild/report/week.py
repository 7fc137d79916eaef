"""The weekly lägesbild as a PDF that can be shared: A4, Swedish, fonts embedded, no personal data.

Page structure: a cover (kommun, week, areas, overview, how the data were protected), one page per
area (status, counts by category against last week and the 4-week mean, rate per 1,000 inhabitants,
map of generalised locations, 12-week trend, notable incidents, kommande händelser, insatser) and a
closing page on sources and data completeness.

Privacy: what is shown is gathered by `lagesbild.report.week_data.collect_weekly` from the shared layer
(`shared.shared_incidents`: reviewed, counted once, redacted, generalised) and from aggregate queries
with `reviewed_only=True`. Sensitive categories appear only as counts per area, never as listed
incidents. Free text that does not pass the ingest redaction (status comments and who decided,
insatser, kommande händelser, reporting units' names) is redacted here (`report_layout.free_text`).
All text is written as plain text (no markup), so `<script>` or `=cmd|` in a description is printed
as written. Layout primitives: `lagesbild.report.layout`; the tertial and annual report:
`lagesbild.report.period`.

Each page is a Writer mixin in its own module: `week_cover`, `week_area_page`, `week_closing`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from lagesbild.report.week_area_page import WeeklyAreaPage
from lagesbild.report.week_closing import WeeklyClosing
from lagesbild.report.week_cover import WeeklyCover
from lagesbild.report.week_data import WeeklyData, collect_weekly
from lagesbild.weeks import human_week

__all__ = ["WeeklyData", "collect_weekly", "render", "write_weekly_report"]


class _WeeklyWriter(WeeklyCover, WeeklyAreaPage, WeeklyClosing):
    """The weekly pages: cover, one page per area, sources and completeness."""

    def __init__(self, data: WeeklyData) -> None:
        super().__init__(
            title=f"Lägesbild {human_week(data.week)}",
            author=data.kommun,
            footer=f"Lägesbild {data.kommun} · {human_week(data.week)} · delad version utan personuppgifter",
        )
        self.data = data


def render(data: WeeklyData, out: Path) -> None:
    """Write the PDF for already collected data."""
    writer = _WeeklyWriter(data)
    writer.cover()
    for area in data.areas:
        writer.area_page(area)
    writer.closing()
    writer.output(out)


def write_weekly_report(engine: Engine, week: str, out: Path, areas: list[str] | None = None) -> WeeklyData:
    """The week's lägesbild as a PDF at `out`: cover, one page per area, sources and completeness.
    Returns what it showed (the caller tells the user when the week is incomplete)."""
    data = collect_weekly(engine, week, areas)
    render(data, Path(out))
    return data
