"""Trender: weekly series with flagged changes and incomplete weeks, the flags' table, CompStat,
time of day × weekday and the cost of damage."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import (
    analysis_sections,
    auth,
    breakdown,
    charts,
    data,
    display,
    pickers,
    split_chart,
    summaries,
    trend_reads,
    trends,
)
from lagesbild import settings, weeks

url = data.db_url()
st.title("Trender")
available = pickers.require_weeks(url)
data_from = available[0]

c1, c2, c3 = st.columns(3)
first_week, last_week = pickers.period_picker(
    available, "trend", trend_reads.TREND_SPANS, trend_reads.TREND_SPAN, "Period (veckor)", (c1, c2)
)
with c3:
    split = st.radio("Dela upp efter", ["Område", "Kategori", "Källa"], horizontal=True, key="trend-split")
selection = pickers.filters(url, "trend", first_week, last_week, sources_label="Källor (filter)")
reviewed = pickers.reviewed_only("trend-reviewed")
selection = replace(selection, reviewed_only=reviewed)

# The series from a year before the period, the change detection and the week completeness: after a
# restart the server has read them for the default selection (dashboard.trend_reads).
reads = trend_reads.read(url, trend_reads.trend_view(data_from, selection, not auth.is_internal()))
if reads is None:
    st.info("Inga händelser i urvalet.")
    st.stop()
series = reads.series
series = series.assign(
    week_start=series["iso_week"].map(lambda w: weeks.week_start(w)).astype("datetime64[ns]"),
    Vecka=series["iso_week"].map(trends.short_week),
    Område=series["area"],
    Kategori=series["category_label"],
    Källa=series["source"].map(data.SOURCE_LABELS),
)
in_period = series[series["iso_week"] >= first_week]

changes, completeness = reads.changes, reads.completeness
bands = trends.incomplete_weeks(completeness, first_week, last_week)

st.subheader("Händelser per vecka")
totals = trends.weekly_totals(series, first_week, last_week, data_from)
markers = trends.seasonal_markers(weeks.week_start(first_week), weeks.week_range(last_week)[1])
flags = trends.flag_markers(changes, totals)
display.chart(charts.trend_chart, totals, markers, flags, bands)
st.caption(
    "Staplar: antal per vecka. Linjer: rullande snitt över fyra veckor och samma vecka i fjol där "
    "data finns. "
    "Trianglar: veckor med en flaggad ökning ▲ eller minskning ▼ i något område och någon kategori "
    "(se tabellen nedan). "
    "Grå band: ofullständiga veckor, då en regelbunden rapportör inte skickade något – färre händelser där "
    "betyder inte säkert färre incidenter."
)
if not in_period.empty:
    # Zero weeks from the data's start (within the period) are drawn as 0, not skipped.
    split_frame = in_period
    top = settings.get_int("trend_top_categories")
    if split == "Kategori":
        split_frame = breakdown.top_n(in_period, "Kategori", top)
    filled = breakdown.fill_weeks(split_frame, split, max(first_week, data_from), last_week)
    universe = {
        "Område": data.area_names(url),
        "Kategori": sorted(set(data.category_label_map(url).values())),
        "Källa": list(data.SOURCE_LABELS.values()),
    }[split]
    styles = breakdown.stable_styles(universe, sorted(set(filled[split])))
    display.chart(split_chart.breakdown_chart, filled, split, split, bands, styles)
    if breakdown.OTHER in styles.domain:
        merged = in_period["Kategori"].nunique() - top
        st.caption(
            f"De {top} största kategorierna under perioden; övriga {merged} kategorier är sammanslagna "
            "under ”Övriga”. Varje område och kategori har alltid samma färg, streck och symbol."
        )
    else:
        st.caption("Varje område och kategori har alltid samma färg, streck och symbol.")

st.subheader("Flaggade förändringar")
analysis_sections.flag_table(trends.flag_table(changes, completeness, data.category_label_map(url)), changes)

st.subheader("CompStat")
compstat = breakdown.compstat(series, last_week, data_from)
st.caption(
    f"{weeks.human_week(last_week).capitalize()}: veckan mot veckan före och samma vecka i fjol, de "
    "fyra senaste veckorna (28 dagar) mot de fyra veckorna före och hittills i år mot samma veckor i "
    "fjol. ”–” i stället för procent: jämförelsen är 0 (en ökning från 0 har ingen procentsats)."
)
analysis_sections.compstat_table(compstat)

left, right = st.columns(2)
with left:
    st.subheader("Tid på dygnet och veckodag")
    heat = trends.hour_weekday_table(data.hour_weekday(url, first_week, last_week, selection.areas, reviewed))
    display.chart(charts.heat_chart, heat)
    st.caption("Händelser med känd tidpunkt under perioden.")
with right:
    st.subheader("Kostnad för skador (bostadsbolag)")
    costs = summaries.weekly_costs(in_period)
    if costs.empty or costs["cost_sek"].sum() == 0:
        st.caption("Inga kostnader från bostadsbolagen under perioden.")
    else:
        st.metric("Summa under perioden", f"{display.num(costs['cost_sek'].sum(), 0)} kr")
        display.chart(charts.cost_chart, costs)
