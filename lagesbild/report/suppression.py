"""Small-count suppression of the XLSX tables (sheet "Antal per vecka": per week a table area ×
category with an area total column and an "Alla områden" row).

1. Primary suppression: a count of 1 up to `LAGESBILD_MIN_CELL_COUNT` − 1 (default 1–2) is shown as
   "<3" (that is: at least 1, at most 2). Zeros and larger counts are shown exactly.
2. Secondary suppression: more cells are shown as ".." (suppressed; may hide any value) until no
   suppressed count can be worked out from the totals. The test per "<3" cell: there must be a
   rectangle of suppressed cells — the cell, one more cell in its row, one in its column and the cell
   where those meet (totals count as cells) — whose corners can be changed by ±1 (signs chosen so that
   every row and column sum still holds) with every cell staying within what its label allows
   ("<3": 1–2, "..": 0 or more). That changed table fits everything published, so a reader — whatever
   rows and columns they combine — is left with at least two values for the cell. Complements are
   chosen to need the fewest new ".." cells, then the smallest values; a "<3" cell is turned into ".."
   only when no rectangle exists otherwise (e.g. 1 + 1 in a row whose total is itself "<3").
3. Sensitive categories (sexualbrott, ofredande, våld i nära relation) are not listed as incidents in
   the XLSX, only counted. Their "<3" cells are protected even against a reader who knows every listed
   incident (all other categories' counts): their rectangles use only sensitive-category cells and
   totals. For the other categories the "<3" cells protect the tables when shared on their own (the
   incidents themselves are in the list).
4. Each week is its own table: no totals over several weeks are published, so suppressed cells of
   different weeks are never linked by a sum.

Limits: with `LAGESBILD_MIN_CELL_COUNT` below 3 only primary suppression
is applied ("<2" can only mean 1).
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd

from lagesbild.categories import Taxonomy

ALL_AREAS = "Alla områden"
TOTAL = "Totalt"
SECONDARY = ".."


PUBLISHED, PRIMARY = 0, 1  # SECONDARY_STATE below: a suppression state, not a label
SECONDARY_STATE = 2


def _allowed(value: int, state: int, k: int) -> bool:
    if state == PRIMARY:
        return 1 <= value <= k - 1
    return value >= 0  # SECONDARY_STATE: any value


def _rectangle(
    values: np.ndarray, state: np.ndarray, usable: np.ndarray, cell: tuple[int, int], k: int
) -> tuple[tuple[int, int, float], list[tuple[int, int]]] | None:
    """The cheapest witness rectangle for a primary cell, as (cost, cells to change), or None."""
    rows, cols = values.shape
    w_row = np.array([1] * (rows - 1) + [-1])
    w_col = np.array([1] * (cols - 1) + [-1])
    i, j = cell
    best: tuple[tuple[int, int, float], list[tuple[int, int]]] | None = None
    for i2, j2 in itertools.product(range(rows), range(cols)):
        if i2 == i or j2 == j:
            continue
        others = [(i, j2), (i2, j), (i2, j2)]
        if not all(usable[c] for c in others):
            continue
        signs = [-w_col[j] * w_col[j2], -w_row[i] * w_row[i2], w_row[i] * w_row[i2] * w_col[j] * w_col[j2]]
        for d in (1, -1):
            if not _allowed(int(values[cell]) + d, PRIMARY, k):
                continue
            changes: list[tuple[int, int]] = []
            for other, sign in zip(others, signs, strict=True):
                new_value = int(values[other]) + int(sign) * d
                if _allowed(new_value, int(state[other]), k) and state[other] != PUBLISHED:
                    continue
                if new_value >= 0:  # a published or "<3" cell that would have to become ".."
                    changes.append(other)
                    continue
                break
            else:
                converted = sum(1 for c in changes if state[c] == PRIMARY)
                cost = (converted, len(changes), float(sum(values[c] for c in changes)))
                if best is None or cost < best[0]:
                    best = (cost, changes)
    return best


def suppress(values: np.ndarray, k: int, known: np.ndarray | None = None) -> np.ndarray:
    """Suppression states for one table with margins (last row and column are the totals).

    `values` is (areas + 1) × (categories + 1) of counts. `known` marks cells a reader can know from
    elsewhere (the listed incidents); a primary cell that is not itself known is protected without
    using known cells. Returns PUBLISHED / PRIMARY / SECONDARY_STATE per cell (see module docstring).
    """
    values = np.asarray(values, dtype=int)
    known = np.zeros(values.shape, dtype=bool) if known is None else np.asarray(known, dtype=bool)
    state = np.where((values >= 1) & (values < k), PRIMARY, PUBLISHED)
    if k < 3:
        return state  # "<2" can only mean 1: nothing a complement could protect
    everything = np.ones(values.shape, dtype=bool)
    for cell in sorted(zip(*np.nonzero(state == PRIMARY), strict=True)):
        cell = (int(cell[0]), int(cell[1]))
        if state[cell] != PRIMARY:
            continue  # turned into ".." for an earlier cell: nothing left to protect
        usable = everything if known[cell] else ~known
        found = _rectangle(values, state, usable, cell, k)
        if found is None:  # cannot happen for k >= 3 (the totals rectangle always works); be safe
            state[usable & (state == PUBLISHED)] = SECONDARY_STATE
            continue
        for other in found[1]:
            state[other] = SECONDARY_STATE
    return state


def _labels(values: np.ndarray, state: np.ndarray, k: int) -> list[list[int | str]]:
    return [
        [
            int(v) if s == PUBLISHED else (f"<{k}" if s == PRIMARY else SECONDARY)
            for v, s in zip(vr, sr, strict=True)
        ]
        for vr, sr in zip(values, state, strict=True)
    ]


def weekly_tables(
    shared: pd.DataFrame, weeks: list[str], areas: list[str], taxonomy: Taxonomy, k: int
) -> pd.DataFrame:
    """Sheet "Antal per vecka": per week the area × category counts and totals, suppressed."""
    codes, sensitive = taxonomy.codes, taxonomy.sensitive_codes
    header = ["Vecka", "Område", *taxonomy.label_of.values(), TOTAL]
    rows: list[list[Any]] = []
    by_week = dict(tuple(shared.groupby("iso_week"))) if len(shared) else {}
    for week in weeks:
        part = by_week.get(week, shared.iloc[0:0])
        counts = part.groupby(["area", "category"]).size()
        values = np.zeros((len(areas) + 1, len(codes) + 1), dtype=int)
        for r, area in enumerate(areas):
            for c, code in enumerate(codes):
                values[r, c] = int(counts.get((area, code), 0))
        values[:-1, -1] = values[:-1, :-1].sum(axis=1)
        values[-1, :] = values[:-1, :].sum(axis=0)
        known = np.zeros(values.shape, dtype=bool)
        listed = [c for c, code in enumerate(codes) if code not in sensitive]
        known[:, listed] = True  # listed incidents reveal these cells and their column totals
        state = suppress(values, k, known)
        for name, cells in zip([*areas, ALL_AREAS], _labels(values, state, k), strict=True):
            rows.append([week, name, *cells])
    return pd.DataFrame(rows, columns=header)
