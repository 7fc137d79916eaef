"""The dashboard's charts as Vega-Lite specs (plain dicts, `dashboard.vega`; Swedish axis labels and
number/date formats). Pure: DataFrames in, specs out. Written as Altair wrote them (the same spec for
the same data, `tests/test_chart_specs.py`) without its import and schema validation.

Streamlit renders Vega-Lite with its own bundled Vega; nothing here names a URL, so the browser
fetches nothing from outside (checked by tests/test_browser.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import pandas as pd

from dashboard.breakdown import DASHES, SHAPES
from dashboard.vega import Spec, chart, condition, configure, datum, field, layer, secondary, top_level, value
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
WEEK_AXIS: Spec = {"title": None, "format": "%-d %b %Y", "labelAngle": 0}


def week_x() -> Spec:
    return field("week_start:T", axis=dict(WEEK_AXIS))


def finish(spec: Spec, height: int = 320) -> Spec:
    return top_level({**spec, "height": height, "config": {"locale": SV_LOCALE}})


def large_type(spec: Spec) -> Spec:
    """Axis, legend and label text readable from the back of a room (Presentationsläge)."""
    spec = configure(spec, "axis", labelFontSize=17, titleFontSize=16)
    spec = configure(spec, "legend", labelFontSize=16, titleFontSize=16, symbolSize=160)
    return configure(spec, "text", fontSize=15)


LegendOrient = Literal["top", "right", "bottom", "left"]
INCOMPLETE_FILL = "#bdbdbd"
FLAG_COLOURS = {"▲ ökning": "#c62828", "▼ minskning": "#1565c0"}
PNG_WIDTH = 1100


def series_legend(orient: LegendOrient = "top") -> Spec:
    """Series are told apart by dash and point shape as well as colour (WCAG 1.4.1): the colour, dash
    and shape channels share field and legend, so Vega-Lite draws one legend with all three."""
    return {"orient": orient, "title": None, "labelLimit": 400, "symbolStrokeWidth": 2.5}


def scale(domain: list[Any], range_: list[Any]) -> Spec:
    return {"domain": list(domain), "range": list(range_)}


def incomplete_layer(bands: pd.DataFrame | None) -> Spec | None:
    """Grey full-height bands over incomplete weeks (`trends.incomplete_weeks`), with a legend entry
    per set of missing reporters, so that a dip is not read as a decrease."""
    if bands is None or bands.empty:
        return None
    labels = list(dict.fromkeys(bands["Markering"]))
    legend = {"orient": "bottom", "title": None, "labelLimit": 900, "symbolType": "square"}
    encoding = {
        "x": field("week_start:T"),
        "x2": secondary("week_end"),
        "fill": field("Markering:N", scale=scale(labels, [INCOMPLETE_FILL] * len(labels)), legend=legend),
        "tooltip": [field("Vecka:N"), field("Saknas:N", title="Rapporterade inte")],
    }
    return chart(bands, "rect", encoding, opacity=0.35, stroke="#9e9e9e", strokeDash=[3, 3], strokeWidth=1)


def flag_layer(flags: pd.DataFrame | None, orient: LegendOrient = "top") -> Spec | None:
    """Triangles above the weeks that `analysis.change.detect_changes` flagged (`trends.flag_markers`)."""
    if flags is None or flags.empty:
        return None
    legend = {"orient": orient, "title": "Flaggad förändring"}
    encoding = {
        "x": field("week_start:T"),
        "y": field("count:Q"),
        # Same field and title as the colour: one legend with red/blue triangles.
        "shape": field(
            "Flagga:N", scale=scale(list(FLAG_COLOURS), ["triangle-up", "triangle-down"]), legend=dict(legend)
        ),
        "color": field(
            "Flagga:N", scale=scale(list(FLAG_COLOURS), list(FLAG_COLOURS.values())), legend=legend
        ),
        "tooltip": [
            field("Vecka:N"),
            field("Flagga:N"),
            field("Antal flaggor:Q"),
            field("Förklaring:N"),
        ],
    }
    return chart(
        flags,
        "point",
        encoding,
        filled=True,
        size=150,
        opacity=1,
        yOffset=-12,
        stroke="white",
        strokeWidth=0.8,
    )


def trend_chart(
    totals: pd.DataFrame,
    markers: pd.DataFrame,
    flags: pd.DataFrame | None = None,
    incomplete: pd.DataFrame | None = None,
    height: int = 320,
    legend_orient: LegendOrient = "top",
) -> Spec:
    """Weekly counts (bars), rolling 4-week mean (line), same week last year (dashed), seasonal
    markers, flagged weeks (triangles) and incomplete weeks (grey bands). `legend_orient` "right"
    leaves the whole height to the plot (Presentationsläge on a 720-pixel projector)."""
    tooltip = [
        field("Vecka:N"),
        field("count:Q", title="Antal"),
        field("rolling_4w:Q", title="Snitt 4 veckor", format=".1f"),
        field("last_year:Q", title="Samma vecka i fjol"),
    ]
    # The light fill alone is 1.8:1 against white; the outline gives the bars 3:1 (WCAG 1.4.11).
    bars = chart(
        totals,
        "bar",
        {
            "x": week_x(),
            "x2": secondary("week_end"),
            "y": field("count:Q", title="Händelser per vecka"),
            "y2": datum(0),
            "tooltip": tooltip,
        },
        color="#9ecae1",
        opacity=0.9,
        stroke="#2171b5",
        strokeWidth=0.8,
    )
    names = ["Rullande snitt 4 veckor", "Samma vecka i fjol"]
    lines = chart(
        totals,
        "line",
        {
            "x": week_x(),
            "y": field("värde:Q"),
            "color": field(
                "Serie:N", scale=scale(names, ["#08519c", "#e6550d"]), legend=series_legend(legend_orient)
            ),
            # Solid and dashed as well as blue and orange (WCAG 1.4.1); one legend shows both.
            "strokeDash": field(
                "Serie:N", scale=scale(names, [[1, 0], [5, 4]]), legend=series_legend(legend_orient)
            ),
        },
        point=False,
        strokeWidth=2.5,
    )
    lines["transform"] = [
        {"fold": ["rolling_4w", "last_year"], "as": ["serie", "värde"]},
        {"filter": "isValid(datum['värde'])"},
        {
            "calculate": "datum.serie == 'rolling_4w' ? 'Rullande snitt 4 veckor' : 'Samma vecka i fjol'",
            "as": "Serie",
        },
    ]
    band = incomplete_layer(incomplete)
    layers: list[Spec] = [*([band] if band is not None else []), bars, lines]
    if not markers.empty:
        rules = chart(
            markers,
            "rule",
            {
                "x": field("date:T"),
                "tooltip": [field("Händelse:N"), field("date:T", title="Datum", format="%-d %B")],
            },
            color="#666",
            strokeDash=[2, 3],
        )
        text = chart(
            markers,
            "text",
            {
                "x": field("date:T"),
                "y": field("label_y:Q", scale=None, axis=None),
                "text": field("Händelse:N"),
            },
            align="left",
            dx=3,
            dy=-4,
            angle=0,
            color="#444",
            fontSize=11,
        )
        layers += [rules, text]
    flagged = flag_layer(flags, legend_orient)
    if flagged is not None:
        layers.append(flagged)
    spec = layer(*layers)
    if flagged is not None:  # the flags' colours are not the lines' colours
        # strokeDash too, or the lines' dash legend separates from their colour legend (shown twice).
        spec["resolve"] = {
            "scale": {"color": "independent", "shape": "independent", "strokeDash": "independent"}
        }
    return finish(spec, height=height)


def heat_chart(table: pd.DataFrame) -> Spec:
    """Hour × weekday counts as a heat table (`table` from trends.hour_weekday_table)."""
    long = table.reset_index().melt(id_vars="Timme", var_name="Veckodag", value_name="Antal")
    position = {
        "x": field(
            "Veckodag:N", sort=list(table.columns), axis={"orient": "top", "labelAngle": 0, "title": None}
        ),
        "y": field("Timme:O", sort=list(table.index), title="Timme"),
    }
    rect = chart(
        long,
        "rect",
        {
            **position,
            "color": field("Antal:Q", scale={"scheme": "orangered"}, legend={"title": "Antal"}),
            "tooltip": [field("Veckodag:N"), field("Timme:O"), field("Antal:Q")],
        },
        stroke="white",
    )
    top = max(int(long["Antal"].max()), 1)
    text = chart(
        long,
        "text",
        {
            **position,
            "text": condition("datum.Antal > 0", field("Antal:Q"), value("")),
            "color": condition(f"datum.Antal > {top / 2}", value("white"), value("#333")),
        },
        fontSize=11,
    )
    return finish(layer(rect, text), height=560)


def cost_chart(costs: pd.DataFrame) -> Spec:
    spec = chart(
        costs,
        "bar",
        {
            "x": week_x(),
            "x2": secondary("week_end"),
            "y": field("cost_sek:Q", title="Kostnad (kr)", axis={"format": ",.0f"}),
            "y2": datum(0),
            "tooltip": [field("Vecka:N"), field("cost_sek:Q", title="Kostnad (kr)", format=",.0f")],
        },
        color="#8c6d31",
    )
    return finish(spec, height=260)


def follow_up_chart(frame: pd.DataFrame, start: dt.date) -> Spec:
    periods = ["Före", "Under", "Efter"]
    bars = chart(
        frame,
        "bar",
        {
            "x": week_x(),
            "x2": secondary("week_end"),
            "y": field("count:Q", title="Händelser per vecka"),
            "y2": datum(0),
            "color": field(
                "Period:N", scale=scale(periods, ["#9e9ac8", "#31a354", "#74c476"]), legend=series_legend()
            ),
            # The outline's dash tells the periods apart without colour.
            "strokeDash": field(
                "Period:N", scale=scale(periods, [[1, 0], [4, 2], [1, 2]]), legend=series_legend()
            ),
            "tooltip": [field("Vecka:N"), field("Period:N"), field("count:Q", title="Antal")],
        },
        stroke="#333333",
        strokeWidth=1.2,
    )
    rule = chart(pd.DataFrame({"date": [pd.Timestamp(start)]}), "rule", {"x": field("date:T")}, color="#333")
    return finish(layer(bars, rule), height=240)


def category_chart(frame: pd.DataFrame, height: int | None = None) -> Spec:
    """This week against the mean of the four weeks before, per category (`trends.category_comparison`);
    flagged rises in red."""
    order = list(frame[frame["Period"] == "Denna vecka"].sort_values("Antal", ascending=False)["Kategori"])
    periods = ["Denna vecka", "Snitt 4 veckor innan"]
    colours = condition(
        "datum.flag == 'ökning'",
        value("#c62828"),
        field(
            "Period:N", scale=scale(periods, ["#08519c", "#9ecae1"]), legend={"orient": "top", "title": None}
        ),
    )
    encoding = {
        "y": field("Kategori:N", sort=order, title=None, axis={"labelLimit": 320}),
        "yOffset": field("Period:N", sort=periods),
        "x": field("Antal:Q", title="Händelser", axis={"tickMinStep": 1, "format": "d"}),
        "color": colours,
        "tooltip": [field("Kategori:N"), field("Period:N"), field("Antal:Q", format=".1f")],
    }
    bars = chart(frame, "bar", encoding)
    # A flagged rise is marked by ▲ and the word as well as by the red bar (WCAG 1.4.1).
    text = chart(
        frame,
        "text",
        {**encoding, "text": field("Etikett:N"), "color": value("#333")},
        align="left",
        dx=3,
        fontSize=12,
        color="#333",
    )
    text["transform"] = [
        {
            "calculate": "replace(format(datum.Antal, '.1~f'), '.', ',') + (datum.flag == 'ökning' && "
            "datum.Period == 'Denna vecka' ? '  ▲ ökning' : '')",
            "as": "Etikett",
        }
    ]
    rows = max(len(order), 1)
    return finish(layer(bars, text), height=height or max(160, 46 * rows))


def measure_chart(series: pd.DataFrame, start: pd.Timestamp, incomplete: pd.DataFrame | None = None) -> Spec:
    """The insats area (red) against the comparison areas (grey, mean per area) per week, the start as
    a rule. `series` from `trends.measure_series`."""
    groups = sorted(set(series["Grupp"]), key=lambda g: "(insatsområde)" not in g)
    lines = chart(
        series,
        "line",
        {
            "x": week_x(),
            "y": field("Antal:Q", title="Händelser per vecka"),
            "color": field("Grupp:N", scale=scale(groups, ["#c62828", "#757575"]), legend=series_legend()),
            "strokeDash": field("Grupp:N", scale=scale(groups, DASHES[:2]), legend=series_legend()),
            "shape": field("Grupp:N", scale=scale(groups, SHAPES[:2]), legend=series_legend()),
            "tooltip": [field("Vecka:N"), field("Grupp:N"), field("Antal:Q", format=".1f")],
        },
        point=True,
        strokeWidth=2.5,
    )
    rule = chart(
        pd.DataFrame({"date": [start], "text": ["Start"]}),
        "rule",
        {"x": field("date:T"), "tooltip": [field("date:T", title="Start", format="%Y-%m-%d")]},
        color="#333",
        strokeDash=[4, 3],
    )
    band = incomplete_layer(incomplete)
    return finish(layer(*([band] if band is not None else []), lines, rule), height=280)


# --- PNG (presentation downloads) -----------------------------------------------------------------


def to_spec(spec: Spec, width: int = PNG_WIDTH, title: str | None = None) -> str:
    """The chart's Vega-Lite JSON with its data inline and a fixed width (in the app it takes the
    container's width) and, for an image that stands on its own, a title."""
    from dashboard.vega import to_json

    # Altair's default theme, which the export had (Streamlit's charts go without it).
    spec = configure(spec, "view", continuousHeight=300, continuousWidth=300)
    extra: Spec = {"width": width}
    if title:
        extra["title"] = {"text": title, "anchor": "start", "fontSize": 18, "offset": 12}
    return to_json(spec, **extra)


def spec_to_png(spec: str, scale: float = 2.0) -> bytes | None:
    """Render a Vega-Lite spec to PNG on the server with vl-convert (no external requests: no base
    URL is allowed). None when vl-convert-python is not installed."""
    try:
        import vl_convert
    except ImportError:
        return None
    return bytes(vl_convert.vegalite_to_png(spec, scale=scale, allowed_base_urls=[]))
