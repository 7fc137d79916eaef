"""Page sections that show the analyses (`dashboard.analysis_data`): the flagged changes, an
incomplete week, what the change analysis adds to an area's week, hotspots, near repeats and the
effect of an insats."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import analysis_data, data, summaries, trends
from dashboard.display import blank_missing, chart, fit_height, num, pct, static_table, table
from dashboard.selection import Selection
from lagesbild import weeks

FLAG_NOTE = (
    "Flaggorna kommer från en förändringsanalys som tar hänsyn till hur mycket veckoantal varierar av "
    "slump: en enstaka vecka flaggas när så många (eller få) händer mer sällan än en gång på 200 veckor, "
    "en ihållande förändring när antalet legat över eller under det vanliga flera veckor i rad, och en "
    "förändring som också hände samma tid förra året (t.ex. en högtid) flaggas inte. Räkna ändå med ungefär "
    "ett falskt larm per serie och 100 veckor: en flagga är ett skäl att titta närmare, inte ett bevis."
)


FLAG_COLUMNS = {
    "Vecka": "Vecka",
    "area": "Område",
    "category": "Kategori",
    "count": "Antal",
    "Flagga": "Flagga",
    "Typ": "Typ",
    "explanation": "Förklaring",
    "Obs": "Obs",
}


def flag_table(flagged: pd.DataFrame, changes: pd.DataFrame, shown: int = 10) -> None:
    """The flagged rises and falls of the period with their explanations (`trends.flag_table`): the
    newest in a table whose text wraps, the rest in an expander."""
    if flagged.empty:
        st.caption("Inga flaggade förändringar under perioden.")
    else:
        columns = [c for c in FLAG_COLUMNS if c != "Obs" or flagged["Obs"].astype(bool).any()]
        frame = blank_missing(flagged[columns]).rename(columns=FLAG_COLUMNS)
        st.table(frame.head(shown), hide_index=True)
        if len(frame) > shown:
            with st.expander(f"Alla {len(frame)} flaggor under perioden"):
                st.dataframe(frame, hide_index=True, width="stretch", height=fit_height(len(frame), 20))
    seasonal = int(changes["seasonal_veto"].astype(bool).sum()) if len(changes) else 0
    if seasonal:
        st.caption(
            f"{seasonal} förändringar under perioden liknar samma tid förra året och flaggas därför inte."
        )
    with st.expander("Så flaggas förändringar"):
        st.write(FLAG_NOTE)


def completeness_note(completeness: pd.DataFrame, week: str) -> None:
    """A warning when the week is incomplete: who did not report."""
    row = completeness[completeness["iso_week"] == week]
    if len(row) and bool(row["incomplete"].iloc[0]):
        st.warning(
            f"{row['note'].iloc[0]} Färre händelser den veckan kan bero på det, inte på färre incidenter.",
            icon=":material/report:",
        )


def analysis_notes(changes: pd.DataFrame, part: pd.DataFrame) -> None:
    """What the change analysis adds to the 4-week flags of one area's week
    (`summaries.analysis_note_lines`)."""
    if changes.empty:
        return
    lines = summaries.analysis_note_lines(changes, part)
    if lines:
        st.markdown("**Fördjupad analys**")
        st.markdown("\n".join(f"- {line}" for line in lines))
        st.caption("Jämför med ett års historik och säsong; se Trender för hela perioden.")


HOTSPOT_PLACE_COLUMNS = {
    "area": "Område",
    "label": "Plats",
    "Klass": "Starkaste klass",
    "cells": "Rutor",
    "count": "Händelser",
}
HOTSPOT_TREND_COLUMNS = {
    "area": "Område",
    "label": "Plats",
    "emerging": "Mönster",
    "cells": "Rutor",
    "count": "Händelser",
}


def hotspot_lists(cells: pd.DataFrame, shared_view: bool) -> None:
    """Hotspots as generalised places (label = nearest public place), and how they developed: one
    static table above the other at full width, so no heading or place name is cut (issue 15)."""
    st.markdown("**Hotspots (Gi\\*) under perioden**")
    static_table(
        summaries.hotspot_places(cells),
        HOTSPOT_PLACE_COLUMNS,
        "Inga hotspots under perioden.",
        counts=("cells", "count"),
        more="Alla {n} platser med hotspots",
    )
    st.markdown("**Utveckling under perioden**")
    static_table(
        summaries.hotspot_development(cells),
        HOTSPOT_TREND_COLUMNS,
        "Inga framväxande eller ihållande hotspots (kräver minst tre veckor).",
        counts=("cells", "count"),
        more="Alla {n} platser och mönster",
    )
    minimum = analysis_data.MIN_HOTSPOT_INCIDENTS
    sparse = summaries.sparse_areas(cells, minimum)
    if sparse:
        st.caption(
            f"För få händelser med plats för en hotspotanalys (färre än {minimum}) i: "
            + ", ".join(f"{area} ({n})" for area, n in sparse)
            + ". Välj en längre period."
        )
    st.caption(
        "Gi\\* jämför antalet i en ruta och rutorna runt den med hela området (499 slumpade omfördelningar). "
        "Mönster: ny, intensifierande, ihållande, avtagande eller sporadisk hotspot när perioden delas i "
        "kortare delar. Platserna namnges efter närmaste offentliga plats."
        + (" Delad vy: granskade händelser utan känsliga kategorier." if shared_view else "")
    )


def repeat_expander(url: str, selection: Selection) -> None:
    """Near repeats (`analysis_data.near_repeat`: shares and a Knox test with 199 permutations),
    computed only when the expander is opened: most visits of the map never open it."""
    expander = st.expander("Upprepning", key="map-repeat", on_change="rerun")
    if not expander.open:
        return
    shares, knox = analysis_data.near_repeat(url, selection)
    with expander:
        st.write(
            "Hur ofta följs en händelse av en ny av samma slag inom 200 meter de närmaste dagarna? "
            "Andelen växer med tätheten, så jämför kategorier och perioder; Knox-testet prövar om händelser "
            "ligger nära varandra i både tid och rum oftare än om tiderna vore slumpade."
        )
        shown = shares.assign(
            category=shares["category"].replace({"alla": "Alla kategorier"}),
            s7=shares["share_7d"].map(lambda v: num(100 * v, 0) + " %"),
            s14=shares["share_14d"].map(lambda v: num(100 * v, 0) + " %"),
        )
        table(
            shown,
            {
                "category": "Kategori",
                "n": "Händelser",
                "s7": "Följs inom 7 dagar",
                "s14": "Följs inom 14 dagar",
            },
            "Inga händelser med plats under perioden.",
        )
        st.markdown(f"**Knox-test:** {knox.explanation}")


def measure_effect(effect: Any) -> None:
    """`analysis.evaluate_measure`'s estimate with its interval, statement, caveat and method."""
    if isinstance(effect, str):
        st.caption(effect)
        return
    c1, c2, c3 = st.columns(3)
    c1.metric("Skattad effekt", pct(effect.relative_effect))
    c2.metric("95 % konfidensintervall", f"{pct(effect.ci_low)} till {pct(effect.ci_high)}")
    c3.metric(
        "Per vecka i området",
        f"{num(effect.treated_before)} → {num(effect.treated_after)}",
        help=f"Jämförelseområdena ({', '.join(effect.comparison_areas)}): "
        f"{num(effect.comparison_before)} → {num(effect.comparison_after)} per vecka tillsammans.",
    )
    (st.success if effect.significant else st.info)(effect.statement)
    st.caption(
        f"{effect.caveat} Före: {len(effect.before_weeks)} veckor, under/efter: "
        f"{len(effect.after_weeks)} veckor."
    )
    with st.expander("Så beräknas effekten"):
        st.write(effect.method)


def measure_follow_up(url: str, measure: pd.Series, last_week: str) -> None:
    """An insats with a category: its area's weekly counts before and after the start
    (`trends.follow_up`), and the effect against the other areas with its chart."""
    from dashboard import charts

    n_weeks = st.slider("Veckor före och efter", 2, 26, 8, key="follow-weeks")
    start_week = weeks.week_label(measure["start_date"])
    period = Selection(
        weeks.shift_week(start_week, -n_weeks), last_week, (measure["area"],), (measure["category"],)
    )
    series = data.weekly_series(url, period)
    frame = trends.follow_up(series, measure["start_date"], measure["end_date"], last_week, n_weeks)
    st.caption(
        f"{measure['category_label']} i {measure['area']}, {n_weeks} veckor före start mot perioden därefter."
    )
    if frame.empty:
        st.caption("Insatsen har inte börjat än, eller så finns inga data för perioden.")
    else:
        left, right = st.columns([1, 2])
        left.dataframe(trends.follow_up_summary(frame), hide_index=True, width="stretch")
        chart(charts.follow_up_chart, frame, measure["start_date"], where=right)
    st.markdown(f"**Effekt jämfört med övriga områden** ({measure['category_label']})")
    end_week = None if pd.isna(measure["end_date"]) else weeks.week_label(measure["end_date"])
    effect = analysis_data.measure_effect(
        url, str(measure["area"]), str(measure["category"]), start_week, end_week
    )
    measure_effect(effect)
    if not isinstance(effect, str):
        chart_series = trends.measure_series(effect.series, effect.area, effect.comparison_areas)
        bands = trends.incomplete_weeks(
            analysis_data.week_completeness(url, effect.before_weeks[0], effect.after_weeks[-1]),
            effect.before_weeks[0],
            effect.after_weeks[-1],
        )
        start = pd.Timestamp(weeks.week_start(start_week))
        chart(charts.measure_chart, chart_series, start, bands)


def compstat_table(compstat: pd.DataFrame) -> None:
    """CompStat as a static table (every heading and figure readable on a projector, nothing cut):
    counts in Swedish format, comparisons the data does not reach left out with a note."""
    from lagesbild.swedish import integer

    bases = [c for c in compstat.columns if " mot " not in c and c != "Kategori"]
    unreached = [c for c in bases if compstat[c].isna().all()]
    dropped = [
        *unreached,
        *(c for c in compstat.columns if any(c.endswith(f" mot {u.lower()}") for u in unreached)),
    ]
    shown = compstat.drop(columns=dropped).set_index("Kategori")
    counts = [c for c in shown.columns if " mot " not in c]
    styled = shown.style.format(lambda v: "–" if pd.isna(v) else integer(int(v)), subset=counts)
    st.table(styled)
    if unreached:
        st.caption(
            "Jämförelser som data inte når tillbaka till saknas: "
            + ", ".join(u.lower() for u in unreached)
            + "."
        )
