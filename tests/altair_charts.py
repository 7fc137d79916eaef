"""The dashboard's charts as Altair built them until stop 20 (dashboard/charts.py and split_chart.py at
07c396a): the reference that `tests/test_chart_specs.py` holds the plain Vega-Lite dicts of
`dashboard.charts` to. Not used by the app."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import altair as alt
import pandas as pd

from dashboard.breakdown import DASHES, SHAPES, Styles, stable_styles
from lagesbild.swedish import MONTHS_LONG, MONTHS_SHORT, WEEKDAYS_LONG, WEEKDAYS_SHORT

SV_LOCALE: dict[str, Any] = {
    "number": {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", "\u00a0kr"]},
    "time": {
        "dateTime": "%A %e %B %Y %X",
        "date": "%Y-%m-%d",
        "time": "%H:%M:%S",
        "periods": ["fm", "em"],
        "days": [WEEKDAYS_LONG[6], *WEEKDAYS_LONG[:6]],  # d3 weeks start on Sunday
        "shortDays": [WEEKDAYS_SHORT[6], *WEEKDAYS_SHORT[:6]],
        "months": list(MONTHS_LONG),
        "shortMonths": list(MONTHS_SHORT),
    },
}
WEEK_AXIS = alt.Axis(title=None, format="%-d %b %Y", labelAngle=0)


def finish(chart: Any, height: int = 320) -> Any:
    return chart.properties(height=height).configure(locale=SV_LOCALE)


def large_type(chart: Any) -> Any:
    """Axis, legend and label text readable from the back of a room (Presentationsläge)."""
    return (
        chart.configure_axis(labelFontSize=17, titleFontSize=16)
        .configure_legend(labelFontSize=16, titleFontSize=16, symbolSize=160)
        .configure_text(fontSize=15)
    )


LegendOrient = Literal["top", "right", "bottom", "left"]
INCOMPLETE_FILL = "#bdbdbd"
FLAG_COLOURS = {"▲ ökning": "#c62828", "▼ minskning": "#1565c0"}
PNG_WIDTH = 1100
# Series are told apart by dash and point shape as well as colour (WCAG 1.4.1): the colour, dash and
# shape channels share field and legend, so Vega-Lite draws one legend with all three.
SERIES_LEGEND = alt.Legend(orient="top", title=None, labelLimit=400, symbolStrokeWidth=2.5)


def incomplete_layer(bands: pd.DataFrame | None) -> Any | None:
    """Grey full-height bands over incomplete weeks (`trends.incomplete_weeks`), with a legend entry
    per set of missing reporters, so that a dip is not read as a decrease."""
    if bands is None or bands.empty:
        return None
    labels = list(dict.fromkeys(bands["Markering"]))
    return (
        alt.Chart(bands)
        .mark_rect(opacity=0.35, stroke="#9e9e9e", strokeDash=[3, 3], strokeWidth=1)
        .encode(
            x="week_start:T",
            x2="week_end:T",
            fill=alt.Fill(
                "Markering:N",
                scale=alt.Scale(domain=labels, range=[INCOMPLETE_FILL] * len(labels)),
                legend=alt.Legend(orient="bottom", title=None, labelLimit=900, symbolType="square"),
            ),
            tooltip=[alt.Tooltip("Vecka:N"), alt.Tooltip("Saknas:N", title="Rapporterade inte")],
        )
    )


def flag_layer(flags: pd.DataFrame | None, orient: LegendOrient = "top") -> Any | None:
    """Triangles above the weeks that `analysis.change.detect_changes` flagged (`trends.flag_markers`)."""
    if flags is None or flags.empty:
        return None
    return (
        alt.Chart(flags)
        .mark_point(filled=True, size=150, opacity=1, yOffset=-12, stroke="white", strokeWidth=0.8)
        .encode(
            x="week_start:T",
            y="count:Q",
            shape=alt.Shape(  # same field and title as the colour: one legend with red/blue triangles
                "Flagga:N",
                scale=alt.Scale(domain=list(FLAG_COLOURS), range=["triangle-up", "triangle-down"]),
                legend=alt.Legend(orient=orient, title="Flaggad förändring"),
            ),
            color=alt.Color(
                "Flagga:N",
                scale=alt.Scale(domain=list(FLAG_COLOURS), range=list(FLAG_COLOURS.values())),
                legend=alt.Legend(orient=orient, title="Flaggad förändring"),
            ),
            tooltip=[
                alt.Tooltip("Vecka:N"),
                alt.Tooltip("Flagga:N"),
                alt.Tooltip("Antal flaggor:Q"),
                alt.Tooltip("Förklaring:N"),
            ],
        )
    )


def trend_chart(
    totals: pd.DataFrame,
    markers: pd.DataFrame,
    flags: pd.DataFrame | None = None,
    incomplete: pd.DataFrame | None = None,
    height: int = 320,
    legend_orient: LegendOrient = "top",
) -> Any:
    """Weekly counts (bars), rolling 4-week mean (line), same week last year (dashed), seasonal
    markers, flagged weeks (triangles) and incomplete weeks (grey bands). `legend_orient` "right"
    leaves the whole height to the plot (Presentationsläge on a 720-pixel projector)."""
    series_legend = alt.Legend(
        orient=legend_orient,
        title=None,
        labelLimit=400,
        symbolStrokeWidth=2.5,
    )
    base = alt.Chart(totals).encode(x=alt.X("week_start:T", axis=WEEK_AXIS))
    tooltip = [
        alt.Tooltip("Vecka:N"),
        alt.Tooltip("count:Q", title="Antal"),
        alt.Tooltip("rolling_4w:Q", title="Snitt 4 veckor", format=".1f"),
        alt.Tooltip("last_year:Q", title="Samma vecka i fjol"),
    ]
    # The light fill alone is 1.8:1 against white; the outline gives the bars 3:1 (WCAG 1.4.11).
    bars = base.mark_bar(color="#9ecae1", opacity=0.9, stroke="#2171b5", strokeWidth=0.8).encode(
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
                legend=series_legend,
            ),
            # Solid and dashed as well as blue and orange (WCAG 1.4.1); one legend shows both.
            strokeDash=alt.StrokeDash(
                "Serie:N",
                scale=alt.Scale(
                    domain=["Rullande snitt 4 veckor", "Samma vecka i fjol"], range=[[1, 0], [5, 4]]
                ),
                legend=series_legend,
            ),
        )
    )
    band = incomplete_layer(incomplete)
    layers: list[Any] = [*([band] if band is not None else []), bars, lines]
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
    flagged = flag_layer(flags, legend_orient)
    if flagged is not None:
        layers.append(flagged)
    chart = alt.layer(*layers)
    if flagged is not None:  # the flags' colours are not the lines' colours
        # strokeDash too, or the lines' dash legend separates from their colour legend (shown twice).
        chart = chart.resolve_scale(color="independent", shape="independent", strokeDash="independent")
    return finish(chart, height=height)


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
    return finish(alt.layer(rect, text), height=560)


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
    return finish(chart, height=260)


def follow_up_chart(frame: pd.DataFrame, start: dt.date) -> Any:
    periods = ["Före", "Under", "Efter"]
    bars = (
        alt.Chart(frame)
        .mark_bar(stroke="#333333", strokeWidth=1.2)
        .encode(
            x=alt.X("week_start:T", axis=WEEK_AXIS),
            x2="week_end:T",
            y=alt.Y("count:Q", title="Händelser per vecka"),
            y2=alt.datum(0),
            color=alt.Color(
                "Period:N",
                scale=alt.Scale(domain=periods, range=["#9e9ac8", "#31a354", "#74c476"]),
                legend=SERIES_LEGEND,
            ),
            # The outline's dash tells the periods apart without colour.
            strokeDash=alt.StrokeDash(
                "Period:N",
                scale=alt.Scale(domain=periods, range=[[1, 0], [4, 2], [1, 2]]),
                legend=SERIES_LEGEND,
            ),
            tooltip=[alt.Tooltip("Vecka:N"), alt.Tooltip("Period:N"), alt.Tooltip("count:Q", title="Antal")],
        )
    )
    rule = alt.Chart(pd.DataFrame({"date": [pd.Timestamp(start)]})).mark_rule(color="#333").encode(x="date:T")
    return finish(alt.layer(bars, rule), height=240)


def category_chart(frame: pd.DataFrame, height: int | None = None) -> Any:
    """This week against the mean of the four weeks before, per category (`trends.category_comparison`);
    flagged rises in red."""
    order = list(frame[frame["Period"] == "Denna vecka"].sort_values("Antal", ascending=False)["Kategori"])
    colours = alt.condition(
        "datum.flag == 'ökning'",
        alt.value("#c62828"),
        alt.Color(
            "Period:N",
            scale=alt.Scale(domain=["Denna vecka", "Snitt 4 veckor innan"], range=["#08519c", "#9ecae1"]),
            legend=alt.Legend(orient="top", title=None),
        ),
    )
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("Kategori:N", sort=order, title=None, axis=alt.Axis(labelLimit=320)),
            yOffset=alt.YOffset("Period:N", sort=["Denna vecka", "Snitt 4 veckor innan"]),
            x=alt.X("Antal:Q", title="Händelser", axis=alt.Axis(tickMinStep=1, format="d")),
            color=colours,
            tooltip=[
                alt.Tooltip("Kategori:N"),
                alt.Tooltip("Period:N"),
                alt.Tooltip("Antal:Q", format=".1f"),
            ],
        )
    )
    # A flagged rise is marked by ▲ and the word as well as by the red bar (WCAG 1.4.1).
    text = (
        bars.mark_text(align="left", dx=3, fontSize=12, color="#333")
        .transform_calculate(
            Etikett="replace(format(datum.Antal, '.1~f'), '.', ',') + (datum.flag == 'ökning' && "
            "datum.Period == 'Denna vecka' ? '  ▲ ökning' : '')"
        )
        .encode(text=alt.Text("Etikett:N"), color=alt.value("#333"))
    )
    rows = max(len(order), 1)
    return finish(alt.layer(bars, text), height=height or max(160, 46 * rows))


def measure_chart(series: pd.DataFrame, start: pd.Timestamp, incomplete: pd.DataFrame | None = None) -> Any:
    """The insats area (red) against the comparison areas (grey, mean per area) per week, the start as
    a rule. `series` from `trends.measure_series`."""
    groups = sorted(set(series["Grupp"]), key=lambda g: "(insatsområde)" not in g)
    lines = (
        alt.Chart(series)
        .mark_line(point=True, strokeWidth=2.5)
        .encode(
            x=alt.X("week_start:T", axis=WEEK_AXIS),
            y=alt.Y("Antal:Q", title="Händelser per vecka"),
            color=alt.Color(
                "Grupp:N", scale=alt.Scale(domain=groups, range=["#c62828", "#757575"]), legend=SERIES_LEGEND
            ),
            strokeDash=alt.StrokeDash(
                "Grupp:N", scale=alt.Scale(domain=groups, range=DASHES[:2]), legend=SERIES_LEGEND
            ),
            shape=alt.Shape(
                "Grupp:N", scale=alt.Scale(domain=groups, range=SHAPES[:2]), legend=SERIES_LEGEND
            ),
            tooltip=[alt.Tooltip("Vecka:N"), alt.Tooltip("Grupp:N"), alt.Tooltip("Antal:Q", format=".1f")],
        )
    )
    rule = (
        alt.Chart(pd.DataFrame({"date": [start], "text": ["Start"]}))
        .mark_rule(color="#333", strokeDash=[4, 3])
        .encode(x="date:T", tooltip=[alt.Tooltip("date:T", title="Start", format="%Y-%m-%d")])
    )
    band = incomplete_layer(incomplete)
    return finish(alt.layer(*([band] if band is not None else []), lines, rule), height=280)


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


def to_spec(chart: Any, width: int = PNG_WIDTH, title: str | None = None) -> str:
    if title:
        chart = chart.properties(title=alt.TitleParams(title, anchor="start", fontSize=18, offset=12))
    return str(chart.properties(width=width).to_json())
