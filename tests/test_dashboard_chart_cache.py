"""`display.chart`: a chart drawn from its cached Vega-Lite spec sends what `st.altair_chart` sent for
the Altair chart (`tests/altair_charts.py`: the same spec and Arrow data sets), and a rerun with other
data draws the other data, not the cached one."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest


def _page() -> None:
    import pandas as pd
    import streamlit as st

    from dashboard import charts, display
    from tests import altair_charts

    weeks = ["2026-W01", "2026-W02", "2026-W03"]
    costs = pd.DataFrame(
        {
            "week_start": pd.to_datetime(["2026-01-05", "2026-01-12", "2026-01-19"]),
            "week_end": pd.to_datetime(["2026-01-12", "2026-01-19", "2026-01-26"]),
            "cost_sek": [1200.0, float(st.session_state.get("cost", 0.0)), 560.0],
            "Vecka": weeks,
        }
    )
    st.altair_chart(altair_charts.cost_chart(costs), width="stretch")
    display.chart(charts.cost_chart, costs)


def _sent(chart: object) -> tuple[dict[str, object], dict[str, bytes]]:
    proto = chart.proto  # type: ignore[attr-defined]
    return json.loads(proto.spec), {d.name: d.data.data for d in proto.datasets}


def _costs(datasets: dict[str, bytes]) -> list[float]:
    import pyarrow as pa

    frames = [pa.ipc.open_stream(data).read_all().to_pandas() for data in datasets.values()]
    return [float(v) for frame in frames for v in frame["cost_sek"]]


def test_a_cached_chart_sends_what_altair_chart_sends_and_follows_its_data() -> None:
    at = AppTest.from_function(_page, default_timeout=120)
    at.session_state["cost"] = 300.0
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    direct, cached = at.get("vega_lite_chart")
    assert _sent(cached) == _sent(direct)
    assert _costs(_sent(cached)[1]) == [1200.0, 300.0, 560.0]

    at.session_state["cost"] = 4500.0
    at.run()
    direct, cached = at.get("vega_lite_chart")
    assert _sent(cached) == _sent(direct)
    assert _costs(_sent(cached)[1]) == [1200.0, 4500.0, 560.0]
