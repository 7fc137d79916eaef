"""Page sections that show the analyses (`dashboard.analysis_data`): the flagged changes, an
incomplete week, what the change analysis adds to an area's week, hotspots, near repeats and the
effect of an insats."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import analysis_data
from dashboard.display import FLAG_LABELS, blank_missing, fit_height, num, pct, table

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
    """What the change analysis adds to the 4-week flags of one area's week: a flag the simple
    comparison misses (e.g. a sustained rise), a flag it does not confirm, or a seasonal explanation."""
    if changes.empty:
        return
    simple = dict(zip(part["category"], part["flag"], strict=True))
    lines = []
    for row in changes.itertuples(index=False):
        own = simple.get(row.category, "")
        sustained = row.rule == "trend" and row.run_weeks >= 2  # a run of weeks: more than this week's flag
        if row.flag and (row.flag != own or sustained):
            lines.append(f"{FLAG_LABELS[row.flag]}: {row.explanation}")
        elif row.seasonal_veto and own:
            lines.append(f"↻ säsong: {row.explanation}")
        elif own == "ökning" and not row.flag:
            lines.append(f"○ ingen flagga i fördjupad analys: {row.explanation}")
    if lines:
        st.markdown("**Fördjupad analys**")
        st.markdown("\n".join(f"- {line}" for line in lines))
        st.caption("Jämför med ett års historik och säsong; se Trender för hela perioden.")


HOTSPOT_ORDER = {"hotspot 99 %": 0, "hotspot 95 %": 1, "coldspot 95 %": 2, "coldspot 99 %": 3}


def hotspot_lists(cells: pd.DataFrame, shared_view: bool) -> None:
    """Hotspots as generalised places (label = nearest public place), and how they developed."""
    hot = cells[cells["class"].isin(["hotspot 99 %", "hotspot 95 %"])]
    left, right = st.columns(2)
    with left:
        st.markdown("**Hotspots (Gi\\*) under perioden**")
        places = (
            hot.assign(order=hot["class"].map(HOTSPOT_ORDER))
            .groupby(["area", "label"], as_index=False)
            .agg(order=("order", "min"), cells=("count", "size"), count=("count", "sum"))
            .sort_values(["order", "count"], ascending=[True, False])
        )
        places["label"] = places["label"].where(
            places["label"] != places["area"], "(ingen namngiven plats nära)"
        )
        places["Klass"] = places["order"].map({v: k for k, v in HOTSPOT_ORDER.items()})
        table(
            places,
            {
                "area": "Område",
                "label": "Plats",
                "Klass": "Starkaste klass",
                "cells": "Rutor",
                "count": "Händelser",
            },
            "Inga hotspots under perioden.",
        )
    with right:
        st.markdown("**Utveckling under perioden**")
        emerging = cells[~cells["emerging"].isin(["", "inget mönster"])]
        trend = (
            emerging.groupby(["area", "label", "emerging"], as_index=False)
            .agg(cells=("count", "size"), count=("count", "sum"))
            .sort_values(["area", "count"], ascending=[True, False])
        )
        table(
            trend,
            {
                "area": "Område",
                "label": "Plats",
                "emerging": "Mönster",
                "cells": "Rutor",
                "count": "Händelser",
            },
            "Inga framväxande eller ihållande hotspots (kräver minst tre veckor).",
        )
    minimum = analysis_data.MIN_HOTSPOT_INCIDENTS
    sparse = cells.loc[cells["area_n"] < minimum, ["area", "area_n"]].drop_duplicates()
    if len(sparse):
        st.caption(
            f"För få händelser med plats för en hotspotanalys (färre än {minimum}) i: "
            + ", ".join(f"{r.area} ({r.area_n})" for r in sparse.itertuples())
            + ". Välj en längre period."
        )
    st.caption(
        "Gi\\* jämför antalet i en ruta och rutorna runt den med hela området (499 slumpade omfördelningar). "
        "Mönster: ny, intensifierande, ihållande, avtagande eller sporadisk hotspot när perioden delas i "
        "kortare delar. Platserna namnges efter närmaste offentliga plats."
        + (" Delad vy: granskade händelser utan känsliga kategorier." if shared_view else "")
    )


def repeat_expander(shares: pd.DataFrame, knox: Any) -> None:
    with st.expander("Upprepning"):
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
        f"{effect.caveat} Före: {len(effect.before_weeks)} veckor, under/efter: {len(effect.after_weeks)} veckor."
    )
    with st.expander("Så beräknas effekten"):
        st.write(effect.method)
