"""The weekly picture's page sections: the overview table and, per area, the counts, the suggested
and decided status (with the form that decides it), the reviewed incidents of the week, what is
coming and the active insatser. They read through dashboard.data/intake and write through
dashboard.intake."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import auth, data, intake
from dashboard.analysis_sections import analysis_notes
from dashboard.display import FLAG_LABELS, fit_height, local_time, num, plural, table, with_end_text
from lagesbild import weekly, weeks
from lagesbild.vocabulary import Flag

OPEN_AREA = "weekly-area"  # the area whose tab is open on Veckans lägesbild


def remember_tab(key: str, labels: dict[str, str]) -> None:
    """`st.tabs` callback: keep the open tab's area (the label changes when its status does)."""
    area = labels.get(st.session_state.get(key, ""))
    if area is not None:
        st.session_state[OPEN_AREA] = area


def basis_warning(url: str, week: str) -> None:
    """The week's basis, first on the page: a week still running, a reporter missing, no reports."""
    basis, _ = data.week_basis(url, week, not auth.is_internal())
    note = basis.note()
    if note:
        head = note.split(".")[0]
        first, mark, rest = note.partition(": ") if ": " in head else note.partition(". ")
        st.warning(
            f"**{first}{mark.strip()}** {rest} Inget område får status grön på det underlaget.",
            icon=":material/warning:",
        )


def status_style(value: object) -> str:
    colours = data.STATUS_CELL.get(str(value))
    return f"background-color: {colours[0]}; color: {colours[1]}; font-weight: 600" if colours else ""


def overview(url: str, week: str, suggested: pd.DataFrame) -> None:
    """One row per area: counts and the suggested and decided status as coloured cells with text."""
    decided = data.status_in_force(url, week)
    populations = dict(zip(data.areas(url)["name"], data.areas(url)["population"], strict=True))
    basis, _ = data.week_basis(url, week, not auth.is_internal())
    rows = [
        {
            "Område": row.area,
            "Händelser": int(row.total),
            "Snitt 4 veckor": num(row.mean_4w),
            "Per 1 000 inv.": num(weekly.per_thousand(row.total, populations.get(row.area)), 2)
            if basis.has_data
            else "–",
            "Föreslagen status": row.status,
            "Beslutad status": decided.get(row.area, "ej beslutad"),
        }
        for row in suggested.itertuples(index=False)
    ]
    frame = pd.DataFrame(rows)
    styled = frame.style.map(status_style, subset=["Föreslagen status", "Beslutad status"])
    st.dataframe(styled, hide_index=True, width="stretch")


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
    decided = data.status_in_force(url, week).get(area)
    st.markdown(
        f"**Föreslagen status:** {data.STATUS_CHIPS[row['status']]} – {row['reason']}  \n"
        f"**Beslutad status:** {data.STATUS_CHIPS[decided or 'ej beslutad']}"
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
        coming = data.upcoming(
            url, end + dt.timedelta(days=1), end + dt.timedelta(days=14), (area,), not auth.is_internal()
        )
        table(
            coming,
            {"event_date": "Datum", "title": "Händelse", "area": "Område", "organisation": "Rapportör"},
            "Inga kommande händelser.",
        )
    with right:
        st.markdown("**Pågående och planerade insatser**")
        active = data.measures(url, (area,), end, not auth.is_internal())
        table(
            with_end_text(active),
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
        st.caption(
            f"{plural(len(waiting), 'rapport', 'rapporter')} från veckan väntar på granskning (se sidan "
            "Granskning)."
        )
    from lagesbild.privacy import shared  # the gate's rules load when an area's incidents are listed

    everything = data.shared_incidents(url, start, end, (area,))
    # Through the gate: a sensitive matter is never listed on its own, only counted per area.
    incidents = shared.listable(everything)
    hidden = len(everything) - len(incidents)
    if hidden:
        st.caption(
            f"{hidden} granskade händelser av känslig art eller med ännu okänd kategori räknas bara "
            "per område och listas inte."
        )
    if incidents.empty:
        st.caption("Inga granskade händelser denna vecka." if not hidden else "")
        return
    flagged = set(part.loc[part["flag"] == Flag.RISE, "category"])
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
            index=data.STATUSES.index(suggested) if suggested in data.STATUSES else None,
            horizontal=True,
            format_func=lambda s: f"{data.STATUS_MARKS[s]} {s}",
            key=f"status-value-{area}-{week}",
        )
        comment = st.text_area("Kommentar", key=f"status-comment-{area}-{week}", height=80)
        decided_by = st.text_input(
            "Beslutat av", key=f"status-by-{area}-{week}", placeholder="t.ex. EST-gruppen Älta"
        )
        if st.form_submit_button("Spara beslut", type="primary", key=f"status-save-{area}-{week}"):
            if status is None:
                st.error("Välj en status (grön, gul eller röd) innan du sparar.")
            else:
                intake.save_status(area, week, str(status), comment, auth.actor(decided_by))
                # Rerun at once so that the overview and the tabs above show the decision.
                st.session_state["status-saved"] = f"Status för {area} sparad: {status}."
                st.rerun()
    saved = st.session_state.get("status-saved", "")
    if saved.startswith(f"Status för {area} "):
        st.success(saved)
        st.toast(saved, icon=":material/check_circle:")  # seen even when the rerun opens another tab
        del st.session_state["status-saved"]
    history = data.area_statuses(url, week)
    history = history[history["area"] == area]
    if history.empty:
        st.caption("Inget beslut ännu för veckan.")
        decision_history(url, week, area)
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
    decision_history(url, week, area)


def decision_history(url: str, week: str, area: str, weeks_back: int = 26) -> None:
    """The status in force per week for one area over the last half year, newest first."""
    frame = data.area_statuses_between(url, weeks.shift_week(week, -(weeks_back - 1)), week)
    frame = frame[frame["area"] == area].drop_duplicates("iso_week", keep="first")
    with st.expander(f"Beslutshistorik för {area} (senaste {weeks_back} veckorna)"):
        if frame.empty:
            st.caption(f"Inga beslut för {area} de senaste {weeks_back} veckorna.")
            return
        shown = pd.DataFrame(
            {
                "Vecka": frame["iso_week"].map(lambda w: weeks.human_week(str(w)).split(" (")[0]),
                "Status": frame["status"],
                "Beslutad": local_time(frame["decided_at"]),
            }
        ).iloc[::-1]
        st.dataframe(
            shown.style.map(status_style, subset=["Status"]),
            hide_index=True,
            width="stretch",
            height=fit_height(len(shown)),
        )
