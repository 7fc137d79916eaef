"""Altair charts (Swedish axis labels and number/date formats). Pure: DataFrames in, charts out.

Streamlit renders Vega-Lite with its own bundled Vega; nothing here names a URL, so the browser
fetches nothing from outside (checked by tests/test_browser.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import altair as alt
import pandas as pd

SV_LOCALE: dict[str, Any] = {
    "number": {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0kr"]},
    "time": {
        "dateTime": "%A %e %B %Y %X", "date": "%Y-%m-%d", "time": "%H:%M:%S", "periods": ["fm", "em"],
        "days": ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
        "shortDays": ["sön", "mån", "tis", "ons", "tor", "fre", "lör"],
        "months": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                   "oktober", "november", "december"],
        "shortMonths": ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    },
}  # fmt: skip
WEEK_AXIS = alt.Axis(title=None, format="%-d %b %Y", labelAngle=0)


def _finish(chart: Any, height: int = 320) -> Any:
    return chart.properties(height=height).configure(locale=SV_LOCALE)


def trend_chart(totals: pd.DataFrame, markers: pd.DataFrame) -> Any:
    """Weekly counts (bars), rolling 4-week mean (line), same week last year (dashed) and markers."""
    base = alt.Chart(totals).encode(x=alt.X("week_start:T", axis=WEEK_AXIS))
    tooltip = [
        alt.Tooltip("Vecka:N"),
        alt.Tooltip("count:Q", title="Antal"),
        alt.Tooltip("rolling_4w:Q", title="Snitt 4 veckor", format=".1f"),
        alt.Tooltip("last_year:Q", title="Samma vecka i fjol"),
    ]
    bars = base.mark_bar(color="#9ecae1", opacity=0.9).encode(
        x2="week_end:T", y=alt.Y("count:Q", title="Händelser per vecka"), y2=alt.datum(0), tooltip=tooltip
    )
    lines = (
        base.transform_fold(["rolling_4w", "last_year"], as_=["serie", "värde"])
        .transform_filter("isValid(datum['värde'])")
        .transform_calculate(
            Serie="datum.serie == 'rolling_4w' ? 'Rullande snitt 4 veckor' : 'Samma vecka i fjol'"
        )
        .mark_line(point=False, strokeWidth=2.5)
        .encode(
            y="värde:Q",
            color=alt.Color(
                "Serie:N",
                scale=alt.Scale(
                    domain=["Rullande snitt 4 veckor", "Samma vecka i fjol"], range=["#08519c", "#e6550d"]
                ),
                legend=alt.Legend(orient="top", title=None),
            ),
            strokeDash=alt.StrokeDash(
                "Serie:N",
                scale=alt.Scale(
                    domain=["Rullande snitt 4 veckor", "Samma vecka i fjol"], range=[[1, 0], [5, 4]]
                ),
                legend=None,
            ),
        )
    )
    layers: list[Any] = [bars, lines]
    if not markers.empty:
        rules = (
            alt.Chart(markers)
            .mark_rule(color="#666", strokeDash=[2, 3])
            .encode(
                x="date:T",
                tooltip=[alt.Tooltip("Händelse:N"), alt.Tooltip("date:T", title="Datum", format="%-d %B")],
            )
        )
        text = (
            alt.Chart(markers)
            .mark_text(align="left", dx=3, dy=-4, angle=0, color="#444", fontSize=11)
            .encode(x="date:T", y=alt.Y("label_y:Q", scale=None, axis=None), text="Händelse:N")
        )
        layers += [rules, text]
    return _finish(alt.layer(*layers))


def breakdown_chart(series: pd.DataFrame, dimension: str, title: str) -> Any:
    """One line per area, category or source (`dimension` column) per week."""
    frame = series.groupby(["week_start", "Vecka", dimension], as_index=False)["count"].sum()
    chart = (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("week_start:T", axis=WEEK_AXIS),
            y=alt.Y("count:Q", title="Händelser per vecka"),
            color=alt.Color(f"{dimension}:N", title=title, legend=alt.Legend(orient="right")),
            tooltip=[
                alt.Tooltip("Vecka:N"),
                alt.Tooltip(f"{dimension}:N", title=title),
                alt.Tooltip("count:Q", title="Antal"),
            ],
        )
    )
    return _finish(chart)


def heat_chart(table: pd.DataFrame) -> Any:
    """Hour × weekday counts as a heat table (`table` from trends.hour_weekday_table)."""
    long = table.reset_index().melt(id_vars="Timme", var_name="Veckodag", value_name="Antal")
    base = alt.Chart(long).encode(
        x=alt.X(
            "Veckodag:N", sort=list(table.columns), axis=alt.Axis(orient="top", labelAngle=0, title=None)
        ),
        y=alt.Y("Timme:O", sort=list(table.index), title="Timme"),
    )
    rect = base.mark_rect(stroke="white").encode(
        color=alt.Color("Antal:Q", scale=alt.Scale(scheme="orangered"), legend=alt.Legend(title="Antal")),
        tooltip=["Veckodag:N", "Timme:O", "Antal:Q"],
    )
    top = max(int(long["Antal"].max()), 1)
    text = base.mark_text(fontSize=11).encode(
        text=alt.condition("datum.Antal > 0", "Antal:Q", alt.value("")),
        color=alt.condition(f"datum.Antal > {top / 2}", alt.value("white"), alt.value("#333")),
    )
    return _finish(alt.layer(rect, text), height=560)


def cost_chart(costs: pd.DataFrame) -> Any:
    chart = (
        alt.Chart(costs)
        .mark_bar(color="#8c6d31")
        .encode(
            x=alt.X("week_start:T", axis=WEEK_AXIS),
            x2="week_end:T",
            y=alt.Y("cost_sek:Q", title="Kostnad (kr)", axis=alt.Axis(format=",.0f")),
            y2=alt.datum(0),
            tooltip=[alt.Tooltip("Vecka:N"), alt.Tooltip("cost_sek:Q", title="Kostnad (kr)", format=",.0f")],
        )
    )
    return _finish(chart, height=260)


def follow_up_chart(frame: pd.DataFrame, start: dt.date) -> Any:
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("week_start:T", axis=WEEK_AXIS),
            x2="week_end:T",
            y=alt.Y("count:Q", title="Händelser per vecka"),
            y2=alt.datum(0),
            color=alt.Color(
                "Period:N",
                scale=alt.Scale(domain=["Före", "Under", "Efter"], range=["#9e9ac8", "#31a354", "#74c476"]),
                legend=alt.Legend(orient="top", title=None),
            ),
            tooltip=[alt.Tooltip("Vecka:N"), alt.Tooltip("Period:N"), alt.Tooltip("count:Q", title="Antal")],
        )
    )
    rule = alt.Chart(pd.DataFrame({"date": [pd.Timestamp(start)]})).mark_rule(color="#333").encode(x="date:T")
    return _finish(alt.layer(bars, rule), height=240)
