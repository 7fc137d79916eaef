"""The split chart of Trender: one line per area, category or source per week, each name in its
stable style (`breakdown.stable_styles`) with a legend that shows every entry whole."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from dashboard.breakdown import Styles, stable_styles
from dashboard.charts import WEEK_AXIS, finish, incomplete_layer


def breakdown_chart(
    series: pd.DataFrame,
    dimension: str,
    title: str,
    incomplete: pd.DataFrame | None = None,
    styles: Styles | None = None,
) -> Any:
    """One line per area, category or source (`dimension` column) per week; incomplete weeks grey.

    `styles` (`breakdown.stable_styles`) fixes each name's colour, dash and shape, so an area keeps
    its look whatever else is selected. The legend sits below the chart in columns, every label in
    full (no label limit), so that no entry is clipped however long its name."""
    frame = series.groupby(["week_start", "Vecka", dimension], as_index=False)["count"].sum()
    if styles is None:
        names = sorted(set(frame[dimension]))
        styles = stable_styles(names, names)
    legend = alt.Legend(
        orient="bottom",
        direction="horizontal",
        columns=min(len(styles.domain), 3) or 1,
        title=title,
        labelLimit=0,
        symbolStrokeWidth=2.5,
        symbolSize=120,
        labelFontSize=13,
        titleFontSize=13,
        columnPadding=24,
    )
    chart = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(filled=True, size=45, opacity=1), strokeWidth=2.2)
        .encode(
            x=alt.X("week_start:T", axis=WEEK_AXIS),
            y=alt.Y("count:Q", title="Händelser per vecka"),
            color=alt.Color(
                f"{dimension}:N",
                title=title,
                scale=alt.Scale(domain=styles.domain, range=styles.colours),
                legend=legend,
            ),
            strokeDash=alt.StrokeDash(
                f"{dimension}:N",
                title=title,
                scale=alt.Scale(domain=styles.domain, range=styles.dashes),
                legend=legend,
            ),
            shape=alt.Shape(
                f"{dimension}:N",
                title=title,
                scale=alt.Scale(domain=styles.domain, range=styles.shapes),
                legend=legend,
            ),
            tooltip=[
                alt.Tooltip("Vecka:N"),
                alt.Tooltip(f"{dimension}:N", title=title),
                alt.Tooltip("count:Q", title="Antal"),
            ],
        )
    )
    band = incomplete_layer(incomplete)
    return finish(alt.layer(band, chart) if band is not None else chart)
