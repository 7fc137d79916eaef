"""The week's kommande händelser and insatser as lines of text, the same in the PDF and the snapshot.

Pure: a frame from `week_data` in, Swedish lines out. Every free text goes through `free_text`
(redaction) here, so neither output can show a field the other redacts.
"""

from __future__ import annotations

import pandas as pd

from lagesbild.report.layout import as_date, free_text
from lagesbild.swedish import day_text
from lagesbild.vocabulary import MeasureStatus


def upcoming_items(frame: pd.DataFrame) -> list[str]:
    """'12 december: title – description (organisation)' per upcoming event."""
    items = []
    for e in frame.itertuples(index=False):
        text = f"{day_text(as_date(e.event_date))}: {free_text(e.title)}"
        description, organisation = free_text(e.description), free_text(e.organisation)
        if description:
            text += f" – {description}"
        if organisation:
            text += f" ({organisation})"
        items.append(text)
    return items


def measure_items(frame: pd.DataFrame) -> list[str]:
    """'title (category) · status sedan/från date [till date] [· ansvarig: …]' per measure."""
    items = []
    for m in frame.itertuples(index=False):
        text = free_text(m.title)
        if isinstance(m.category_label, str):
            text += f" ({m.category_label})"
        start = as_date(m.start_date)
        since = " från " if m.status == MeasureStatus.PLANNED else " sedan "
        text += f" · {m.status}{since}{day_text(start)}"
        if m.end_date is not None and not pd.isna(m.end_date):
            text += f" till {day_text(as_date(m.end_date))}"
        responsible = free_text(m.responsible)
        if responsible:
            text += f" · ansvarig: {responsible}"
        items.append(text)
    return items
