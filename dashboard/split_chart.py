"""The split chart of Trender: one line per area, category or source per week, each name in its
stable style (`breakdown.stable_styles`) with a legend that shows every entry whole."""

from __future__ import annotations

import pandas as pd

from dashboard.breakdown import Styles, stable_styles
from dashboard.charts import finish, incomplete_layer, scale, week_x
from dashboard.vega import Spec, chart, field, layer


def breakdown_chart(
    series: pd.DataFrame,
    dimension: str,
    title: str,
    incomplete: pd.DataFrame | None = None,
    styles: Styles | None = None,
) -> Spec:
    """One line per area, category or source (`dimension` column) per week; incomplete weeks grey.

    `styles` (`breakdown.stable_styles`) fixes each name's colour, dash and shape, so an area keeps
    its look whatever else is selected. The legend sits below the chart in columns, every label in
    full (no label limit), so that no entry is clipped however long its name."""
    frame = series.groupby(["week_start", "Vecka", dimension], as_index=False)["count"].sum()
    if styles is None:
        names = sorted(set(frame[dimension]))
        styles = stable_styles(names, names)
    legend = {
        "orient": "bottom",
        "direction": "horizontal",
        "columns": min(len(styles.domain), 3) or 1,
        "title": title,
        "labelLimit": 0,
        "symbolStrokeWidth": 2.5,
        "symbolSize": 120,
        "labelFontSize": 13,
        "titleFontSize": 13,
        "columnPadding": 24,
    }
    name = f"{dimension}:N"
    lines = chart(
        frame,
        "line",
        {
            "x": week_x(),
            "y": field("count:Q", title="Händelser per vecka"),
            "color": field(name, title=title, scale=scale(styles.domain, styles.colours), legend=legend),
            "strokeDash": field(name, title=title, scale=scale(styles.domain, styles.dashes), legend=legend),
            "shape": field(name, title=title, scale=scale(styles.domain, styles.shapes), legend=legend),
            "tooltip": [field("Vecka:N"), field(name, title=title), field("count:Q", title="Antal")],
        },
        point={"filled": True, "size": 45, "opacity": 1},
        strokeWidth=2.2,
    )
    band = incomplete_layer(incomplete)
    return finish(layer(band, lines) if band is not None else lines)
