"""Inställningar: the samordnare's kommun settings: areas (rename, aliases, population), the reporters
register and the unknown source labels mapped to an EST category. Every save is audited."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import select

from dashboard import auth, data, display, map_page
from lagesbild import access, areas, db, queries, reporters

auth.require(access.MANAGE_SETTINGS)  # the role, in the kommun the page runs in
url = data.db_url()
engine = data.engine(url)
st.title("Inställningar")
display.show_flash()

with engine.connect() as conn:
    kommuner = dict(
        conn.execute(select(db.kommuner.c.code, db.kommuner.c.name).order_by(db.kommuner.c.code)).all()
    )
scope = queries.current_kommun()  # the session's kommun (sidebar); None only with login off
if scope is not None:
    kommuner = {scope: data.kommuner(url).get(scope, scope)}
if not kommuner:
    st.info("Ingen kommun är upplagd ännu. Kör python -m lagesbild kommun add KOD (se docs/first_hour.md).")
    st.stop()
kommun = (
    scope
    if scope is not None
    else st.selectbox(
        "Kommun", list(kommuner), format_func=lambda code: f"{kommuner[code]} ({code})", key="settings-kommun"
    )
)

st.subheader("Områden")
st.caption(
    "Byt namn (det gamla namnet blir ett alias), ange alias som rapporterna använder (skilj med |) och "
    "antal invånare. Utan invånare visas ingen takt per 1 000 invånare."
)
frame = areas.list_areas(engine, kommun)
editor_column, map_column = st.columns([3, 2])
original = pd.DataFrame(
    {
        "Namn": frame["name"].to_numpy(),
        "Alias": frame["aliases"].fillna("").to_numpy(),
        "Invånare": pd.array(frame["population"], dtype="Int64"),
        "RegSO-kod": frame["code"].fillna("").to_numpy(),
        "Lager": frame["layer"].to_numpy(),
        "Yta km²": frame["area_km2"].to_numpy(),
    },
    index=pd.Index(frame["name"].to_numpy(), name="original"),
)
with editor_column:
    edited = st.data_editor(
        original,
        hide_index=True,
        width="stretch",
        disabled=["RegSO-kod", "Lager", "Yta km²"],
        key=f"settings-areas-{kommun}",
    )
# The map beside the table is drawn after it (the same place on the page): the table comes first.
with map_column:
    map_html, drawn = map_page.settings_map_html(url, kommun, f"Områden – {kommuner[kommun]}")
    display.show_map(map_html, height=420)
    st.caption(f"{drawn} områden i {kommuner[kommun]} på kartan.")
if st.button("Spara områden", key="settings-areas-save", type="primary"):
    changed = 0
    try:
        for name in original.index:
            before, after = original.loc[name], edited.loc[name]
            population = after["Invånare"]
            same_population = (pd.isna(population) and pd.isna(before["Invånare"])) or population == before[
                "Invånare"
            ]
            if after["Namn"] == before["Namn"] and after["Alias"] == before["Alias"] and same_population:
                continue
            areas.edit_area(
                engine,
                str(name),
                auth.actor(),
                kommun=kommun,
                new_name=str(after["Namn"]).strip() or None,
                aliases=[a for a in str(after["Alias"]).split("|") if a.strip()],
                population=None if pd.isna(population) else int(population),
                clear_population=pd.isna(population),
            )
            changed += 1
    except ValueError as exc:
        st.error(str(exc))
    else:
        data.clear_caches()
        display.flash(f"{changed} områden sparade.")
        st.rerun()

st.subheader("Rapportörer")
st.caption("Vilka som rapporterar och om en rapport väntas varje vecka: fullständigheten läser registret.")
register = reporters.reporters(engine, kommun)
st.dataframe(
    pd.DataFrame(
        {
            "Rapportör": register["name"],
            "Källa": register["source"].map(data.SOURCE_LABELS),
            "Rapporterar": register["expected_weekly"].map(lambda w: "varje vecka" if w else "vid behov"),
        }
    ),
    hide_index=True,
    width="stretch",
)
with st.form("settings-reporter", clear_on_submit=True):
    name = st.text_input("Namn (som i rapporternas Rapportör)", key="settings-reporter-name")
    source = st.selectbox(
        "Källa", list(reporters.SOURCES), format_func=lambda s: data.SOURCE_LABELS.get(s, s)
    )
    weekly = st.checkbox("Rapporterar varje vecka", value=True, key="settings-reporter-weekly")
    if st.form_submit_button("Lägg till rapportör"):
        try:
            reporters.add_reporter(engine, kommun, name, source, weekly, auth.actor())
        except ValueError as exc:
            st.error(str(exc))
        else:
            data.clear_caches()
            display.flash(f"{name.strip()} är registrerad.")
            st.rerun()

st.subheader("Okända etiketter")
st.caption(
    "Kategorier som inläsningen inte kände igen räknas som Övrigt. Välj en EST-kategori: rapporterna med "
    "etiketten kategoriseras om och senare filer följer valet. Ändringen skrivs i loggen."
)
labels = reporters.unknown_labels(engine, unmapped_only=True)
if labels.empty:
    st.success("Inga okända etiketter.")
else:
    st.dataframe(
        pd.DataFrame({"Etikett": labels["label"], "Källa": labels["source"], "Rader": labels["rows"]}),
        hide_index=True,
        width="stretch",
    )
    categories = data.categories(url)
    category_labels = dict(zip(categories["code"], categories["label"], strict=True))
    choice = st.selectbox(
        "Etikett",
        list(range(len(labels))),
        format_func=lambda k: str(labels.at[k, "label"]),
        key="settings-label",
    )
    category = st.selectbox(
        "EST-kategori",
        list(categories["code"]),
        format_func=lambda code: str(category_labels.get(code, code)),
        key="settings-label-category",
    )
    if st.button("Mappa etiketten", key="settings-label-map"):
        label, label_source = str(labels.at[choice, "label"]), str(labels.at[choice, "source"])
        changed = reporters.map_label(engine, label_source, label, str(category), auth.actor())
        data.clear_caches()
        display.flash(f"{label!r} räknas nu som {category}: {changed} rapporter omkategoriserade.")
        st.rerun()
