"""Reusable Streamlit pieces: pickers, the empty state, tables with Swedish headings and the
per-area section of the weekly picture. Pages compose these; data comes from dashboard.data."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data
from lagesbild import weekly, weeks

TZ = "Europe/Stockholm"
FLAG_LABELS = {"ökning": "▲ ökning", "minskning": "▼ minskning", "": ""}


def num(value: float | None, decimals: int = 1) -> str:
    """Swedish number: decimal comma, thin space for thousands; '–' for missing."""
    if value is None or pd.isna(value):
        return "–"
    return f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")


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
        if pd.api.types.is_object_dtype(frame[c]) or pd.api.types.is_string_dtype(frame[c])
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
    ]  # fmt: skip
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def area_section(url: str, week: str, area: str, table_all: pd.DataFrame, suggested: pd.DataFrame) -> None:
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
        {"category_label": "Kategori", "count": "Denna vecka", "last_week": "Förra veckan", "mean_4w": "Snitt 4 v",
         "flag": "Flagga", "explanation": "Förklaring"},
        "Inga händelser de senaste fem veckorna.",
    )  # fmt: skip
    status_form(url, week, area, str(row["status"]))
    start, end = weeks.week_range(week)
    st.markdown("**Granskade händelser under veckan**")
    notable(url, start, end, area, part)
    left, right = st.columns(2)
    with left:
        st.markdown("**Kommande händelser (två veckor)**")
        coming = data.upcoming(url, end + dt.timedelta(days=1), end + dt.timedelta(days=14), (area,))
        table(coming, {"event_date": "Datum", "title": "Händelse", "area": "Område", "organisation": "Rapportör"},
              "Inga kommande händelser.")  # fmt: skip
    with right:
        st.markdown("**Pågående och planerade insatser**")
        active = data.measures(url, (area,), end)
        table(active, {"title": "Insats", "category_label": "Kategori", "status": "Status", "start_date": "Start",
                       "end_date": "Slut", "responsible": "Ansvarig"}, "Inga aktiva insatser.")  # fmt: skip


def notable(url: str, start: dt.date, end: dt.date, area: str, part: pd.DataFrame, limit: int = 25) -> None:
    """Reviewed incidents from the shared layer: redacted text, generalised place; flagged first."""
    waiting = data.review_queue(url)
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
    table(incidents.head(limit), {"Datum": "Datum", "category_label": "Kategori", "place": "Plats",
                                  "description": "Beskrivning", "sources": "Källor"}, "")  # fmt: skip
    if len(incidents) > limit:
        st.caption(f"Visar {limit} av {len(incidents)} granskade händelser.")


def status_form(url: str, week: str, area: str, suggested: str) -> None:
    st.markdown("**Beslutad status**")
    with st.form(key=f"status-{area}-{week}", clear_on_submit=True):
        status = st.radio(
            "Status", data.STATUSES, index=data.STATUSES.index(suggested), horizontal=True,
            format_func=lambda s: f"{data.STATUS_MARKS[s]} {s}", key=f"status-value-{area}-{week}",
        )  # fmt: skip
        comment = st.text_area("Kommentar", key=f"status-comment-{area}-{week}", height=80)
        decided_by = st.text_input(
            "Beslutat av", key=f"status-by-{area}-{week}", placeholder="t.ex. EST-gruppen Älta"
        )
        if st.form_submit_button("Spara beslut", type="primary", key=f"status-save-{area}-{week}"):
            data.save_status(area, week, str(status), comment, decided_by)
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
    table(history, {"Gäller": "", "Status": "Status", "comment": "Kommentar", "decided_by": "Beslutat av",
                    "Beslutad": "Beslutad"}, "")  # fmt: skip
