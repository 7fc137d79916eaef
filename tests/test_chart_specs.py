"""The charts as plain Vega-Lite dicts (`dashboard.charts`, `dashboard.split_chart`) are the charts Altair
built (`tests/altair_charts.py`, the builders until stop 20): Streamlit gets the same spec and the same
Arrow data sets as from `st.altair_chart`, and the PNG export the same Vega-Lite JSON, for every chart
with and without its optional layers."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest
from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

from dashboard import charts, split_chart, trends, vega
from dashboard.breakdown import stable_styles
from tests import altair_charts as reference

STARTS = pd.date_range("2026-01-05", periods=6, freq="7D")


def _weekly(**columns: Any) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "week_start": STARTS,
            "week_end": STARTS + pd.Timedelta(days=7),
            "Vecka": [f"v{n}" for n in range(2, 8)],
            **columns,
        }
    )


TOTALS = _weekly(
    count=[3, 0, 5, 7, 2, 4],
    rolling_4w=[np.nan, np.nan, np.nan, 3.75, 3.5, 4.5],
    last_year=[2.0, np.nan, 4.0, 1.0, np.nan, 6.0],
)
MARKERS = pd.DataFrame(
    {"date": pd.to_datetime(["2026-01-31"]), "Händelse": ["Valborg"], "label_y": [7.0]},
)
FLAGS = pd.DataFrame(
    {
        "week_start": STARTS[3:4],
        "Vecka": ["v5"],
        "count": [7],
        "Flagga": ["▲ ökning"],
        "Antal flaggor": [1],
        "Förklaring": ["Klotter i Älta: 7 mot 2,0 i snitt"],
    }
)
BANDS = _weekly(Markering=["Saknas: Polisen"] * 6, Saknas=["Polisen"] * 6).iloc[[1, 4]]
HEAT = pd.DataFrame(
    np.arange(24 * 7).reshape(24, 7) % 5, index=pd.Index(range(24), name="Timme"), columns=list("mtowtfl")
)
COSTS = _weekly(cost_sek=[1200.0, 0.0, 560.0, 0.0, 12500.5, 80.0])
PERIODS = _weekly(count=[1, 2, 0, 4, 3, 1], Period=["Före", "Före", "Under", "Under", "Efter", "Efter"])
CATEGORIES = pd.DataFrame(
    {
        "Kategori": ["klotter", "klotter", "brand", "brand"],
        "Period": ["Denna vecka", "Snitt 4 veckor innan"] * 2,
        "Antal": [6.0, 1.25, 1.0, 1.0],
        "flag": ["ökning", "ökning", "", ""],
    }
)
GROUPS = pd.concat(
    [
        _weekly(Antal=[1.0, 2.0, 0.0, 4.0, 3.0, 1.0], Grupp="Älta (insatsområde)"),
        _weekly(Antal=[0.5, 1.5, 1.0, 2.0, 2.5, 1.0], Grupp="Jämförelseområden (snitt per område)"),
    ],
    ignore_index=True,
)
SPLIT = pd.concat(
    [_weekly(count=[1, 2, 0, 4, 3, 1], Område="Älta"), _weekly(count=[0, 1, 1, 2, 0, 5], Område="Orminge")],
    ignore_index=True,
)

# What the pages pass: the seasonal markers (dates in seconds) and the hour × weekday table.
SEASON = trends.seasonal_markers(STARTS[0].date() - pd.Timedelta(days=300), STARTS[-1].date())
HOURS = trends.hour_weekday_table(
    pd.DataFrame({"hour": [0, 7, 7, 23], "weekday": [1, 3, 3, 7], "count": [2, 1, 4, 9]})
)

CASES: list[tuple[str, Callable[..., Any], Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = [
    ("trend, all layers", reference.trend_chart, charts.trend_chart, (TOTALS, MARKERS, FLAGS, BANDS), {}),
    ("trend, bars and lines", reference.trend_chart, charts.trend_chart, (TOTALS, MARKERS.iloc[0:0]), {}),
    (
        "trend, projector",
        reference.trend_chart,
        charts.trend_chart,
        (TOTALS, MARKERS, FLAGS, None, 210),
        {"legend_orient": "right"},
    ),
    ("trend, seasonal markers", reference.trend_chart, charts.trend_chart, (TOTALS, SEASON, FLAGS), {}),
    ("heat", reference.heat_chart, charts.heat_chart, (HEAT,), {}),
    ("heat, the page's table", reference.heat_chart, charts.heat_chart, (HOURS,), {}),
    ("cost", reference.cost_chart, charts.cost_chart, (COSTS,), {}),
    (
        "follow-up",
        reference.follow_up_chart,
        charts.follow_up_chart,
        (PERIODS, pd.Timestamp("2026-01-19").date()),
        {},
    ),
    ("categories", reference.category_chart, charts.category_chart, (CATEGORIES,), {}),
    ("categories, projector", reference.category_chart, charts.category_chart, (CATEGORIES, 300), {}),
    ("insats", reference.measure_chart, charts.measure_chart, (GROUPS, pd.Timestamp("2026-01-19")), {}),
    (
        "insats, bands",
        reference.measure_chart,
        charts.measure_chart,
        (GROUPS, pd.Timestamp("2026-01-19"), BANDS),
        {},
    ),
    ("split", reference.breakdown_chart, split_chart.breakdown_chart, (SPLIT, "Område", "Område"), {}),
    (
        "split, styles and bands",
        reference.breakdown_chart,
        split_chart.breakdown_chart,
        (
            SPLIT,
            "Område",
            "Område",
            BANDS,
            stable_styles(["Älta", "Orminge", "Fisksätra"], ["Orminge", "Älta"]),
        ),
        {},
    ),
]
IDS = [case[0] for case in CASES]


@pytest.mark.parametrize(("name", "old", "new", "args", "kwargs"), CASES, ids=IDS)
def test_streamlit_gets_the_spec_and_data_altair_gave_it(
    name: str, old: Callable[..., Any], new: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    expected = _convert_altair_to_vega_lite_spec(old(*args, **kwargs))
    assert vega.for_streamlit(new(*args, **kwargs)) == expected
    if old is reference.trend_chart or old is reference.category_chart:  # Presentationsläge's large type
        large = _convert_altair_to_vega_lite_spec(reference.large_type(old(*args, **kwargs)))
        assert vega.for_streamlit(charts.large_type(new(*args, **kwargs))) == large


def _named_by_content(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with each data set's name replaced by its rows (names are a hash of the rows)."""
    datasets = spec.pop("datasets")

    def swap(part: Any) -> Any:
        if isinstance(part, dict):
            if set(part) == {"name"} and part["name"] in datasets:
                return {"rows": datasets[part["name"]]}
            return {k: swap(v) for k, v in part.items()}
        if isinstance(part, list):
            return [swap(v) for v in part]
        return part

    return dict(swap(spec))


@pytest.mark.parametrize(("name", "old", "new", "args", "kwargs"), CASES, ids=IDS)
@pytest.mark.parametrize("title", [None, "Älta: händelser per vecka"])
def test_the_png_export_gets_the_json_altair_wrote(
    name: str,
    old: Callable[..., Any],
    new: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    title: str | None,
) -> None:
    expected = json.loads(reference.to_spec(old(*args, **kwargs), title=title))
    got = json.loads(charts.to_spec(new(*args, **kwargs), title=title))
    assert _named_by_content(got) == _named_by_content(expected)


def test_a_chart_imports_no_altair() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pandas as pd; from dashboard import charts, split_chart, vega; "
        "frame = pd.DataFrame({'week_start': pd.to_datetime(['2026-01-05']), 'cost_sek': [1.0]}); "
        "vega.for_streamlit(charts.cost_chart(frame)); print('altair' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


def test_the_png_is_the_png_altair_gave() -> None:
    pytest.importorskip("vl_convert")
    args = (TOTALS, SEASON, FLAGS, BANDS, 300)
    title = "Älta: händelser per vecka"
    old = charts.spec_to_png(
        reference.to_spec(reference.trend_chart(*args, legend_orient="right"), title=title)
    )
    new = charts.spec_to_png(charts.to_spec(charts.trend_chart(*args, legend_orient="right"), title=title))
    assert new is not None and new == old
