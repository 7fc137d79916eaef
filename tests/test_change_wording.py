"""change_wording.explain_rows: the explanation of every row of a change-detection frame, read from
its columns, is the text `explain` wrote from each row's dict (`to_dict("records")`, as before)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lagesbild.analysis.change import FALL, RISE, ChangeParams, detect_changes
from lagesbild.analysis.change_wording import _count, explain, explain_rows
from lagesbild.swedish import number
from lagesbild.weeks import week_span
from tests.test_analysis_change import _ROW, long_frame


def _per_row(frame: pd.DataFrame, labels: dict[str, str], params: ChangeParams) -> list[str]:
    return [
        explain(row, labels.get(str(row["category"]), str(row["category"])), params)
        for row in frame.to_dict("records")
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"baseline": np.nan},
        {"flag": RISE, "rule": "vecka"},
        {"flag": FALL, "rule": "vecka", "p_low": 0.0001},
        {"flag": RISE, "rule": "trend"},
        {"flag": RISE, "rule": "trend", "run_weeks": 1.0},
        {"flag": FALL, "rule": "trend", "run_mean": 1.25, "reference": 2.0},
        {"seasonal_veto": True, "seasonal_low": 8.0, "seasonal_peak": 11.0},
        {"seasonal_low": 3.0, "seasonal_peak": 3.0, "count": 1234.0},
        {"baseline_low": 4.0, "baseline_high": 4.0, "count": 0.0},
        {"category": "okänd"},  # no label: the code itself
    ],
)
@pytest.mark.parametrize("params", [ChangeParams(), ChangeParams(baseline_weeks=4)])
def test_each_kind_of_row_is_worded_as_explain_words_it(
    changes: dict[str, object], params: ChangeParams
) -> None:
    row = {"category": "klotter"} | _ROW | changes
    frame = pd.DataFrame([row, row | {"area": "Fisksätra"}])
    labels = {"klotter": "Klotter"}
    assert explain_rows(frame, labels, params) == _per_row(frame, labels, params)


@pytest.mark.parametrize("value", [0.0, -0.0, 1.0, 3.0, 1234.0, 1_000_000.0, 7, np.nan])
def test_a_remembered_count_reads_as_number_does(value: float) -> None:
    assert _count(value) == number(value, 0, trim=True)


@pytest.mark.parametrize("seed", [1, 7, 42])
def test_detect_changes_explains_every_row_as_before(seed: int) -> None:
    """A year and a half of Poisson weeks with a step (rises, falls, trends, seasonal vetoes among
    them): every explanation is `explain` of the row's dict, with and without `report_from`."""
    rng = np.random.default_rng(seed)
    weeks = week_span("2024-W01", "2025-W30")
    x = rng.poisson(4, (8, len(weeks)))
    x[:4, 60:] += 6
    x[4:, 70:] //= 3
    counts = pd.concat(
        [long_frame(x[:4], weeks), long_frame(x[4:], weeks, category="brand")], ignore_index=True
    )
    labels = {"klotter": "Klotter"}
    for report_from in (None, weeks[60]):
        out = detect_changes(counts, labels=labels, report_from=report_from)
        assert set(out["flag"]) == {"", RISE, FALL}
        assert list(out["explanation"]) == _per_row(out, labels, ChangeParams())
