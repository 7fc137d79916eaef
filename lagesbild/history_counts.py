"""The counts Veckans lägesbild reads: `queries.week_counts`'s frame for the 18 weeks of the weekly
picture (`weekly.history_weeks`), read without one database row per cell.

Nationally that frame has 418,747 cells (10 M incidents on the 3,363 RegSO areas). As rows they cost
more on the client than the count on the server: the driver's rows and pandas' frame with three text
columns, 0.55 s (bench/RESULTS.md, Stop 25). Here the server counts the same cells and hands them over
as one row per week and category, its areas' ids and counts in one text ("id,n,id,n,…"), which numpy
parses at once; the ids are named from the areas table. The same frame as `week_counts` (its rows in
another order, which has none): tests/test_history_counts.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Select, String, cast, func, literal, select

from lagesbild import queries
from lagesbild.queries import Bind, a, i

COLUMNS = ["iso_week", "area", "category", "count"]


def history_counts(
    bind: Bind, weeks: Sequence[str], areas: Sequence[str] | None = None, reviewed_only: bool = False
) -> pd.DataFrame:
    """`queries.week_counts(bind, weeks, areas=areas, reviewed_only=reviewed_only)`: counts per
    iso_week × area × category (only non-zero cells), the same frame but for its rows' order."""
    if isinstance(bind, queries.Engine):
        with bind.connect() as conn:
            return history_counts(conn, weeks, areas, reviewed_only)
    packed = bind.execute(history_counts_query(weeks, areas, reviewed_only)).all()
    names = bind.execute(select(a.c.id, a.c.name)).all()
    if not packed:
        return pd.DataFrame([], columns=COLUMNS)
    # Every text is "id,n[,id,n …]": all parsed in one C call (np.fromstring's text mode, 15 ms for
    # 840,000 numbers; a list of str to int64 took 0.11 s), then cut per week and category.
    texts = [str(r[2]) for r in packed]
    per_row = [(t.count(",") + 1) // 2 for t in texts]
    numbers = np.fromstring(",".join(texts), dtype=np.int64, sep=",")
    if len(numbers) != 2 * sum(per_row):
        raise ValueError("history_counts: the packed counts did not parse")
    cell_ids, counts = numbers[0::2], numbers[1::2]
    row_of = np.repeat(np.arange(len(packed)), per_row)
    # Named as the join with the areas did: a cell of an area the areas table does not show (row-level
    # security) is dropped, and with `areas` only the named areas' cells are kept.
    ids = pd.Index(np.array([int(r[0]) for r in names], dtype=np.int64))
    area_names = pd.Index([r[1] for r in names])
    position = ids.get_indexer(cell_ids)
    keep = position >= 0
    if areas:
        named = set(areas)
        keep &= np.array([n in named for n in area_names.tolist()], dtype=bool)[np.maximum(position, 0)]
    if not keep.any():
        return pd.DataFrame([], columns=COLUMNS)  # as week_counts' rows: none, of no type
    # Each text column taken from its few distinct values (the frame's string type at once: 30 ms
    # instead of 90 ms a column from an array of 419,000 Python strings).
    return pd.DataFrame(
        {
            "iso_week": pd.Index([r[0] for r in packed]).take(row_of[keep]).array,
            "area": area_names.take(position[keep]).array,
            "category": pd.Index([r[1] for r in packed]).take(row_of[keep]).array,
            "count": counts[keep],
        },
        columns=COLUMNS,
    )


def history_counts_query(
    weeks: Sequence[str], areas: Sequence[str] | None = None, reviewed_only: bool = False
) -> Select[Any]:
    """One row per week and category: iso_week, category, and "id,n,…" for every area with a count
    (`week_counts_query`'s cells, counted per area id in the week index's order, as there)."""
    chosen = queries.narrowed_to(areas)
    cells = (
        select(i.c.iso_week, i.c.area_id, i.c.category, func.count().label("n"))
        .where(
            i.c.iso_week.in_(list(weeks)),
            i.c.area_id.is_not(None),  # the areas' join left these out; a NULL would end the text
            *chosen,
            *queries.filters(None, None, None, reviewed_only),
        )
        .group_by(i.c.iso_week, i.c.area_id, i.c.category)
        .subquery()
    )
    pair = cast(cells.c.area_id, String) + literal(",") + cast(cells.c.n, String)
    return select(cells.c.iso_week, cells.c.category, func.aggregate_strings(pair, ",")).group_by(
        cells.c.iso_week, cells.c.category
    )
