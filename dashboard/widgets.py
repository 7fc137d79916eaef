"""Reusable Streamlit pieces: pickers, the empty state, tables with Swedish headings and the
per-area section of the weekly picture. Pages compose these; data comes from dashboard.data,
dashboard.analysis_data and dashboard.intake."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import analysis_data, auth, data, intake
from lagesbild import weekly, weeks

TZ = "Europe/Stockholm"
FLAG_LABELS = {"ökning": "▲ ökning", "minskning": "▼ minskning", "": ""}


def num(value: float | None, decimals: int = 1) -> str:
    """Swedish number: decimal comma, thin space for thousands; '–' for missing. Rounds half up as
    people do and as the status reasons (lagesbild.weekly) do, so 12,25 reads 12,3 in both places."""
    if value is None or pd.isna(value):
        return "–"
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{rounded:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")


def pct(share: float) -> str:
    """A signed Swedish percentage: −45 %, +7 %, 0 %."""
    value = round(100 * share)
    sign = "−" if value < 0 else ("+" if value > 0 else "")
    return f"{sign}{num(abs(value), 0)} %"


def local_time(values: pd.Series, fmt: str = "%Y-%m-%d %H:%M") -> pd.Series:
    stamps = pd.to_datetime(values, utc=True)
    return stamps.dt.tz_convert(TZ).dt.strftime(fmt)


def flash(message: str) -> None:
    """A success message that survives the rerun after a write."""
    st.session_state["flash"] = message


def show_flash() -> None:
    message = st.session_state.pop("flash", None)
    if message:
        st.success(message)


def empty_state() -> None:
    st.info(data.EMPTY_MESSAGE, icon=":material/info:")


def require_weeks(url: str) -> list[str]:
    """The weeks with data; on an empty database show the friendly message and stop the page."""
    available = data.weeks_in_data(url)
    if not available:
        empty_state()
        st.stop()
    return available


def require_areas(url: str) -> list[str]:
    names = data.area_names(url)
    if not names:
        empty_state()
        st.stop()
    return names


def reviewed_only(
    key: str, label: str = "Bara granskade", default: bool = False, help: str | None = None
) -> bool:
    """The "reviewed reports only" switch. Roles without the internal view always get True: the
    shared picture counts reviewed reports only (auth.pin_shared_widgets pins the switch as well)."""
    internal = auth.is_internal()
    st.session_state.setdefault(key, default)
    return bool(st.toggle(label, key=key, help=help, disabled=not internal)) or not internal


def week_picker(available: list[str], key: str, label: str = "Vecka", default: str | None = None) -> str:
    options = list(reversed(available))
    chosen = default or data.default_week(available)
    return str(
        st.selectbox(label, options, index=options.index(chosen), format_func=weeks.human_week, key=key)
    )


def area_picker(url: str, key: str, label: str = "Områden") -> list[str]:
    names = data.area_names(url)
    return list(st.multiselect(label, names, default=names, key=key, placeholder="Alla områden"))


def category_picker(url: str, key: str, label: str = "Kategorier") -> list[str]:
    labels = data.category_label_map(url)
    return list(
        st.multiselect(
            label,
            list(labels),
            format_func=lambda c: labels.get(c, c),
            key=key,
            placeholder="Alla kategorier",
        )
    )


def source_picker(key: str, label: str = "Källor") -> list[str]:
    return list(
        st.multiselect(
            label,
            list(data.SOURCE_LABELS),
            format_func=lambda s: data.SOURCE_LABELS[s],
            key=key,
            placeholder="Alla källor",
        )
    )


def fit_height(rows: int, limit: int = 30) -> int:
    """A height that shows up to `limit` rows without an inner scrollbar."""
    return 38 + 35 * max(1, min(rows, limit))


def blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells instead of 'None' in text columns (numbers and dates keep their type)."""
    text = [
        c
        for c in frame.columns
        if (pd.api.types.is_object_dtype(frame[c]) or pd.api.types.is_string_dtype(frame[c]))
        and all(isinstance(v, str) for v in frame[c].dropna())  # not dates with gaps: Arrow needs one type
    ]
    return frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), "") for c in text})


def table(frame: pd.DataFrame, columns: dict[str, str], empty: str, height: int | None = None) -> None:
    """A read-only table with Swedish headings (only the given columns, in that order)."""
    if frame.empty:
        st.caption(empty)
        return
    shown = frame[[c for c in columns if c in frame.columns]]
    shown = blank_missing(shown).rename(columns=columns)
    st.dataframe(shown, hide_index=True, width="stretch", height=height or fit_height(len(shown)))


def show_map(html: str, height: int = 620) -> None:
    """A static component: the page's own HTML in an iframe; panning never reruns the app."""
    st.iframe(html, height=height, alt="Karta över områden och händelser")


# --- the weekly picture --------------------------------------------------------------------------


def overview(url: str, week: str, suggested: pd.DataFrame) -> None:
    decided = data.status_in_force(url, week)
    populations = dict(zip(data.areas(url)["name"], data.areas(url)["population"], strict=True))
    rows = [
        {
            "Område": row.area,
            "Händelser": int(row.total),
            "Snitt 4 veckor": num(row.mean_4w),
            "Per 1 000 inv.": num(weekly.per_thousand(row.total, populations.get(row.area)), 2),
            "Föreslagen status": row.status,
            "Beslutad status": decided.get(row.area, "ej beslutad"),
        }
        for row in suggested.itertuples(index=False)
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def area_section(
    url: str,
    week: str,
    area: str,
    table_all: pd.DataFrame,
    suggested: pd.DataFrame,
    changes: pd.DataFrame | None = None,
) -> None:
    part = table_all[table_all["area"] == area]
    row = suggested[suggested["area"] == area].iloc[0]
    population = data.areas(url).set_index("name")["population"].get(area)
    total, last = int(part["count"].sum()), int(part["last_week"].sum())
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(
        f"Händelser {weeks.human_week(week).split(' (')[0]}", total, delta=total - last, delta_color="inverse"
    )
    c2.metric("Förra veckan", last)
    c3.metric("Snitt 4 veckor innan", num(part["mean_4w"].sum()))
    c4.metric("Per 1 000 invånare", num(weekly.per_thousand(total, population), 2))
    st.markdown(
        f"**Föreslagen status:** {data.STATUS_MARKS[row['status']]} **{row['status']}** – {row['reason']}"
    )
    with st.expander("Så föreslås status"):
        st.write(weekly.STATUS_RULES)
    shown = part.assign(flag=part["flag"].map(FLAG_LABELS), mean_4w=part["mean_4w"].map(num))
    table(
        shown,
        {
            "category_label": "Kategori",
            "count": "Denna vecka",
            "last_week": "Förra veckan",
            "mean_4w": "Snitt 4 v",
            "flag": "Flagga",
            "explanation": "Förklaring",
        },
        "Inga händelser de senaste fem veckorna.",
    )
    if changes is not None and len(changes):
        analysis_notes(changes[(changes["area"] == area) & (changes["iso_week"] == week)], part)
    if auth.allowed("decide_status"):
        status_form(url, week, area, str(row["status"]))
    start, end = weeks.week_range(week)
    st.markdown("**Granskade händelser under veckan**")
    notable(url, start, end, area, part)
    left, right = st.columns(2)
    with left:
        st.markdown("**Kommande händelser (två veckor)**")
        coming = data.upcoming(url, end + dt.timedelta(days=1), end + dt.timedelta(days=14), (area,))
        table(
            coming,
            {"event_date": "Datum", "title": "Händelse", "area": "Område", "organisation": "Rapportör"},
            "Inga kommande händelser.",
        )
    with right:
        st.markdown("**Pågående och planerade insatser**")
        active = data.measures(url, (area,), end)
        table(
            active,
            {
                "title": "Insats",
                "category_label": "Kategori",
                "status": "Status",
                "start_date": "Start",
                "end_date": "Slut",
                "responsible": "Ansvarig",
            },
            "Inga aktiva insatser.",
        )


def notable(url: str, start: dt.date, end: dt.date, area: str, part: pd.DataFrame, limit: int = 25) -> None:
    """Reviewed incidents from the shared layer: redacted text, generalised place; flagged first."""
    waiting = intake.review_queue(url)
    waiting = waiting[(waiting["area"] == area) & (waiting["iso_week"] == weeks.week_label(start))]
    if len(waiting):
        st.caption(f"{len(waiting)} rapporter från veckan väntar på granskning (se sidan Granskning).")
    incidents = data.shared_incidents(url, start, end, (area,))
    if incidents.empty:
        st.caption("Inga granskade händelser denna vecka.")
        return
    flagged = set(part.loc[part["flag"] == "ökning", "category"])
    incidents = incidents.assign(
        first=~incidents["category"].isin(flagged | weekly.SERIOUS), Datum=incidents["date"].astype(str)
    ).sort_values(["first", "date"])
    table(
        incidents.head(limit),
        {
            "Datum": "Datum",
            "category_label": "Kategori",
            "place": "Plats",
            "description": "Beskrivning",
            "sources": "Källor",
        },
        "",
    )
    if len(incidents) > limit:
        st.caption(f"Visar {limit} av {len(incidents)} granskade händelser.")


def status_form(url: str, week: str, area: str, suggested: str) -> None:
    st.markdown("**Beslutad status**")
    with st.form(key=f"status-{area}-{week}", clear_on_submit=True):
        status = st.radio(
            "Status",
            data.STATUSES,
            index=data.STATUSES.index(suggested),
            horizontal=True,
            format_func=lambda s: f"{data.STATUS_MARKS[s]} {s}",
            key=f"status-value-{area}-{week}",
        )
        comment = st.text_area("Kommentar", key=f"status-comment-{area}-{week}", height=80)
        decided_by = st.text_input(
            "Beslutat av", key=f"status-by-{area}-{week}", placeholder="t.ex. EST-gruppen Älta"
        )
        if st.form_submit_button("Spara beslut", type="primary", key=f"status-save-{area}-{week}"):
            intake.save_status(area, week, str(status), comment, auth.actor(decided_by))
            st.success(f"Status för {area} sparad: {status}.")
    history = data.area_statuses(url, week)
    history = history[history["area"] == area]
    if history.empty:
        st.caption("Inget beslut ännu för veckan.")
        return
    history = history.assign(
        Status=history["status"],
        Beslutad=local_time(history["decided_at"]),
        Gäller=["gäller"] + [""] * (len(history) - 1),
    )
    table(
        history,
        {
            "Gäller": "",
            "Status": "Status",
            "comment": "Kommentar",
            "decided_by": "Beslutat av",
            "Beslutad": "Beslutad",
        },
        "",
    )


# --- analysis ------------------------------------------------------------------------------------

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


def png_button(chart: Any, file_name: str, key: str, title: str | None = None) -> None:
    """A download button with the chart as a PNG rendered on the server (vl-convert)."""
    from dashboard import charts

    png = analysis_data.chart_png(charts.to_spec(chart, title=title))
    if png is None:
        st.caption("PNG-export kräver paketet vl-convert-python på servern.")
        return
    st.download_button(
        "Ladda ner som PNG",
        png,
        file_name=file_name,
        mime="image/png",
        key=key,
        on_click=auth.on_download("export", format="png", file=file_name),
    )
