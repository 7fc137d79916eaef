"""The review table's edits, kept apart from the table widget so that no bulk action loses them.

Streamlit's data editor holds a row's edits only as long as the widget lives; "Markera alla" (or a
queue that changed) draws a new table. Before that, the old table's edits are folded into `pending`
(incident id → changed cells), and the new table starts from the reports with `pending` applied. At
"Spara granskning", `decisions` compares what the table shows with the reports as stored. Pure:
DataFrames and dicts in and out (tests/test_review_edits.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from lagesbild.commands import RowEdit

APPROVE = "Granskad"
TEXT = "Beskrivning"
REASON = "Avvisa: skäl"
FREE_TEXT = "Avvisa: fritext"
CATEGORY = "Kategori"
AREA = "Område"
EDITABLE = (APPROVE, TEXT, REASON, FREE_TEXT, CATEGORY, AREA)
# The short list of reasons; the free text adds to one of them or stands alone.
REASONS = (
    "Inte en EST-händelse",
    "Dubblett av en annan rapport",
    "Fel kommun",
    "Testrapport eller felregistrering",
    "Uppgifterna går inte att bekräfta",
)

NO_REASON = "–"  # shown in the reason column until one is chosen (Streamlit shows "None" for an empty cell)
Pending = dict[int, dict[str, Any]]


def fold(
    pending: Mapping[int, Mapping[str, Any]], edited_rows: Mapping[Any, Any], ids: Sequence[int]
) -> Pending:
    """`pending` with a data editor's edits added: `edited_rows` maps a row position of the table
    (whose rows were the reports `ids`, in order) to its changed cells; later edits win."""
    out: Pending = {int(k): dict(v) for k, v in pending.items()}
    for position, cells in edited_rows.items():
        index = int(position)
        if not 0 <= index < len(ids) or not isinstance(cells, Mapping):
            continue
        changed = {str(k): v for k, v in cells.items() if k in EDITABLE}
        if changed:
            out.setdefault(int(ids[index]), {}).update(changed)
    return out


def without(pending: Mapping[int, Mapping[str, Any]], column: str) -> Pending:
    """`pending` without one column's edits: a bulk action on that column decides it for every row."""
    out = {int(k): {c: v for c, v in cells.items() if c != column} for k, cells in pending.items()}
    return {k: v for k, v in out.items() if v}


def table(base: pd.DataFrame, pending: Mapping[int, Mapping[str, Any]]) -> pd.DataFrame:
    """The review table: the reports (`base`, indexed by incident id) with the pending edits applied.
    Edits of reports no longer waiting are left out."""
    shown = base.copy()
    for incident_id, cells in pending.items():
        if incident_id not in shown.index:
            continue
        for column, value in cells.items():
            if column in shown.columns:
                shown.at[incident_id, column] = value
    return shown


def _text(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(str(value).split())


def reject_reason(row: Mapping[str, Any]) -> str:
    """The reason a row is rejected with ('' = not rejected): the chosen reason and the free text."""
    chosen = _text(row.get(REASON))
    parts = ("" if chosen == NO_REASON else chosen, _text(row.get(FREE_TEXT)))
    return ": ".join(part for part in parts if part)


@dataclass
class Decisions:
    approve: list[int] = field(default_factory=list)
    reject: dict[int, str] = field(default_factory=dict)
    edits: list[RowEdit] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.approve or self.reject or self.edits)


def decisions(base: pd.DataFrame, shown: pd.DataFrame, codes: Mapping[str, str]) -> Decisions:
    """What saving the table means: rows with a reason are rejected (also when ticked: the row's own
    choice beats "Markera alla"), ticked rows approved, and every changed text, category (label →
    code by `codes`) or area is saved, also on rows left waiting."""
    out = Decisions()
    for incident_id, row in shown.iterrows():
        key = int(str(incident_id))
        if key not in base.index:
            continue
        before = base.loc[key]
        reason = reject_reason(row)
        if reason:
            out.reject[key] = reason
        elif bool(row.get(APPROVE)):
            out.approve.append(key)
        text = None if _text(row[TEXT]) == _text(before[TEXT]) else str(row[TEXT] or "").strip()
        category = None
        if _text(row[CATEGORY]) and row[CATEGORY] != before[CATEGORY]:
            category = codes.get(str(row[CATEGORY]))
        area = str(row[AREA]) if _text(row[AREA]) and row[AREA] != before[AREA] else None
        if text is not None or category is not None or area is not None:
            out.edits.append(RowEdit(key, description=text, category=category, area=area))
    return out
