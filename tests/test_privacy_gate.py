"""The privacy gate, fail closed (issue 14): sensitive labels, unmapped labels and sensitive content stay
at area level; the gate's functions; the police API and the kommunpolis excerpt are linked as duplicates.
On real SQLite and PostGIS through the real ingest path."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, select

from data_ingest.dedupe import feed_of, link_duplicates
from data_ingest.pipeline import ingest_file
from lagesbild import commands, db, queries, reporters
from lagesbild.categories import DEFAULT_CONFIG, load_config, map_labels
from lagesbild.privacy import sensitive
from lagesbild.privacy.shared import (
    listable,
    make_register,
    match_reporter,
    reporter_key,
    reporter_register,
    shared_events,
    shared_grid_counts,
    shared_incidents,
    shared_organisations,
    shared_reporter_names,
)
from lagesbild.reference import load_reference, store_reference
from tests.factories import reference

WEEK_START, WEEK_END = dt.date(2026, 11, 16), dt.date(2026, 11, 22)


# --------------------------------------------------------------------------- labels and content


@pytest.mark.parametrize(
    ("label", "source", "code"),
    [
        ("Misshandel i nära relation", "polis", "vald_i_hemmet"),
        ("Misshandel i nära relation", "kommun", "vald_i_hemmet"),
        ("Grov kvinnofridskränkning", "kommun", "vald_i_hemmet"),
        ("Blottning", "kommun", "sexualbrott"),
        ("Sexuellt ofredande", "kommun", "sexualbrott"),
        ("Olaga förföljelse", "kommun", "ofredande"),
        ("Hedersrelaterat våld", "kommun", "vald_i_hemmet"),
        ("Misshandel", "polis", "vald_hot"),  # the plain label still maps as before
    ],
)
def test_a_sensitive_word_wins_over_every_alias(label: str, source: str, code: str) -> None:
    mapped = map_labels(pd.Series([label]), source, load_config())
    assert (mapped["category"].iloc[0], mapped["outcome"].iloc[0]) == (code, "mapped")


def test_a_sensitive_word_without_a_category_is_never_a_non_sensitive_one() -> None:
    mapped = map_labels(pd.Series(["Självmordsförsök"]), "kommun", load_config())
    assert mapped["outcome"].iloc[0] == "unknown"  # area level only (privacy_reason), listed in a warning


@pytest.mark.parametrize(
    "text",
    [
        "Kvinnan uppgav våld i nära relation.",
        "Pojken blev sexuellt ofredad i trapphuset.",
        "Misstänkt hedersrelaterat hot mot dottern.",
        "Barn utsatt för våld enligt skolan.",
        "Anmälan om blottning vid lekplatsen.",
        "Kvinnofridskränkning enligt polisen.",
    ],
)
def test_content_forces_area_level(text: str) -> None:
    assert sensitive.content_reason(None, text) is not None


@pytest.mark.parametrize(
    "text", ["Klotter på fasaden.", "Ungdomar samlas vid relationen mellan butikerna.", "Sexig reklam"]
)
def test_ordinary_text_is_not_sensitive(text: str) -> None:
    assert sensitive.content_reason(text) is None


# --------------------------------------------------------------------------- through the ingest

KOMMUN_CSV = """Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör
2026-11-17;21:30;Fisksätra;Fisksätra centrum;Klotter;Klotter på väggen vid entrén.;Trygghetsvärdar Nacka
2026-11-18;20:10;Älta;Älta centrum;Skadegörelse;Pojken utsatt för sexuellt ofredande, rutan krossad.;Trygghetsvärdar Nacka
2026-11-19;19:00;Fisksätra;Fisksätra torg;Grov kvinnofridskränkning;Tulpanmarkör ett.;Trygghetsvärdar Nacka
2026-11-20;18:00;Älta;Älta centrum;Lysrör sönder;Tulpanmarkör två.;väktare Berg
"""  # noqa: E501


def _setup(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())


def _review_all(engine: Engine) -> None:
    with engine.connect() as conn:
        ids = list(conn.execute(select(db.incidents.c.id)).scalars())
    commands.mark_reviewed(engine, ids, None, actor="test")


def test_sensitive_matters_under_other_labels_stay_at_area_level(engine: Engine) -> None:
    _setup(engine)
    summary = ingest_file(engine, io.BytesIO(KOMMUN_CSV.encode("utf-8")), "nacka_est_2026-W47.csv")
    assert summary.loaded == 4 and summary.accounted()
    assert any("Lysrör sönder" in w and "antal per område" in w for w in summary.warnings)
    with engine.connect() as conn:
        rows = conn.execute(
            select(db.incidents.c.source_category, db.incidents.c.category, db.incidents.c.privacy_reason)
        ).all()
    reasons = {label: (code, why) for label, code, why in rows}
    assert reasons["Klotter"] == ("klotter", None)
    assert reasons["Skadegörelse"] == ("skadegorelse", "känsligt innehåll: sexuellt")
    assert reasons["Grov kvinnofridskränkning"][0] == "vald_i_hemmet"
    assert reasons["Lysrör sönder"] == ("ovrigt", sensitive.UNMAPPED)
    _review_all(engine)
    shared = shared_incidents(engine, WEEK_START, WEEK_END)
    assert len(shared) == 4 and int(shared["area_only"].sum()) == 3
    hidden = shared[shared["area_only"]]
    assert hidden["east"].isna().all() and hidden["description"].isna().all()
    assert set(hidden["location_precision"]) == {"area"}
    assert list(listable(shared)["category"]) == ["klotter"]
    with engine.connect() as conn:
        areas = load_reference(conn).areas
    cells = shared_grid_counts(
        engine, WEEK_START, WEEK_END, 250, areas, None, ["klotter", "skadegorelse", "ovrigt"]
    )
    assert int(cells["count"].sum()) == 1  # only the klotter report is a cell on a shared map


# --------------------------------------------------------------------------- events and organisations


def test_events_reach_a_shared_output_only_when_reviewed_and_redacted(engine: Engine) -> None:
    _setup(engine)
    ingest_file(engine, io.BytesIO(KOMMUN_CSV.encode("utf-8")), "nacka_est_2026-W47.csv")
    _review_all(engine)
    day = dt.date(2026, 11, 25)
    waiting = commands.add_upcoming_event(
        engine, day, "Älta", "Grillkväll hos Tindra Sjöberg", None, "Fritids", actor="t"
    )
    ok = commands.add_upcoming_event(
        engine,
        day,
        "Fisksätra",
        "Turnering, kontakt Hampus Wallin",
        "Ring 070-912 33 81",
        "väktare Berg",
        actor="t",
    )
    with queries.kommun_scope("0182"):  # a whole-kommun event belongs to the kommun it was typed in
        named = commands.add_upcoming_event(
            engine, day, None, "Valborg", None, "trygghetsvärdar  nacka", actor="t"
        )
    reporters.add_reporter(engine, "0182", "Trygghetsvärdar Nacka", "kommun", True, actor="t")
    reporters.add_reporter(engine, "0182", "väktare Berg", "kommun", False, actor="t")
    commands.review_events(engine, [ok, named], actor="test")
    events = queries.upcoming(engine, day, day)
    assert set(events["id"]) == {waiting, ok, named}
    out = shared_events(queries.upcoming(engine, day, day, reviewed_only=True), reporter_register(engine))
    assert set(out["id"]) == {ok, named}
    text = out.to_string()
    for planted in ("Tindra", "Sjöberg", "Hampus", "Wallin", "33 81", "Berg"):
        assert planted not in text
    assert dict(zip(out["id"], out["organisation"], strict=True)) == {
        # "väktare Berg" is registered, but it names a person: the neutral label instead
        ok: "Oregistrerad rapportör",
        named: "Trygghetsvärdar Nacka",  # as registered, whatever the case and spacing typed
    }


REGISTER = make_register(
    [
        ("0182", "Trygghetsvärdar Nacka", "kommun"),
        ("0182", "Nacka Bostäder", "bostadsbolag"),
        ("0182", "Polisen", "polis"),
        ("0480", "Nyköpingshem", "bostadsbolag"),
        ("0182", "väktare Berg", "kommun"),
    ]
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Trygghetsvärdar Nacka", "trygghetsvärdar nacka"),
        ("  TRYGGHETSVÄRDAR\tnacka ", "trygghetsvärdar nacka"),
        ('"Nacka Bostäder".', "nacka bostäder"),
        ("Nacka\u00a0Bostäder", "nacka bostäder"),  # a no-break space from a spreadsheet
        ("Väktare Sten Berglund, Securitas", "väktare sten berglund, securitas"),
        ("", ""),
        (None, ""),
    ],
)
def test_reporter_key(name: object, key: str) -> None:
    assert reporter_key(name) == key


@pytest.mark.parametrize(
    ("name", "source", "kommun", "expected"),
    [
        ("Trygghetsvärdar Nacka", "kommun", "0182", "Trygghetsvärdar Nacka"),
        ("trygghetsvärdar  NACKA", "kommun", "0182", "Trygghetsvärdar Nacka"),  # the register's spelling
        ("Trygghetsvärdar Nacka", "polis", "0182", None),  # another source
        ("Trygghetsvärdar Nacka", None, "0182", "Trygghetsvärdar Nacka"),  # an event: no source
        ("Trygghetsvärdar Nacka", "kommun", "0480", None),  # another kommun's register
        ("Trygghetsvärdar Nacka", "kommun", None, None),  # no kommun: fail closed
        ("Nyköpingshem", "bostadsbolag", "0182", None),
        ("Nyköpingshem", "bostadsbolag", "0480", "Nyköpingshem"),
        ("Väktare Sten Berglund, Securitas", "kommun", "0182", None),
        ("Polisen Nacka", "polis", "0182", None),  # no substring match
        ("Polis", "polis", "0182", None),
        ("Okänd förening", "kommun", "0182", None),
    ],
)
def test_match_reporter(name: str, source: str | None, kommun: str | None, expected: str | None) -> None:
    assert match_reporter(name, source, kommun, REGISTER) == expected


def test_an_unregistered_organisation_is_shown_by_a_neutral_label_only() -> None:
    names = shared_organisations(
        [
            "Trygghetsvärdar Nacka",
            "Okänd förening",
            "väktare Berg",
            "Kommunpolis",
            "Nyköpingshem",
            "Nyköpingshem",
        ],
        ["kommun", "kommun", "kommun", "polis", "bostadsbolag", "bostadsbolag"],
        ["0182", "0182", "0182", "0182", "0182", "0480"],
        REGISTER,
    )
    assert names == [
        "Trygghetsvärdar Nacka",
        "Oregistrerad rapportör (kommun)",
        "Oregistrerad rapportör (kommun)",  # registered, but a person's name
        "Oregistrerad rapportör (polis)",
        "Oregistrerad rapportör (bostadsbolag)",  # registered in Nyköping, reported in Nacka
        "Nyköpingshem",
    ]


def test_a_kommun_without_a_register_names_no_organisation() -> None:
    empty = make_register([])
    assert shared_organisations(["Nacka Bostäder"], ["bostadsbolag"], ["0182"], empty) == [
        "Oregistrerad rapportör (bostadsbolag)"
    ]


def test_names_keyed_by_the_written_text_come_from_the_register_of_a_kommun_of_their_rows() -> None:
    reports = pd.DataFrame(
        {
            "organisation": [
                "Nyköpingshem",
                "Nyköpingshem",
                "NACKA BOSTÄDER",
                "Nacka Bostäder",
                "Väktare Sten",
            ],
            "source": ["bostadsbolag", "bostadsbolag", "bostadsbolag", "bostadsbolag", "kommun"],
            "kommun": ["0182", "0480", "0480", None, "0182"],
        }
    )
    assert shared_reporter_names(reports, REGISTER) == {
        "Nyköpingshem": "Nyköpingshem",  # registered in Nyköping, one of its rows' kommuner
        "NACKA BOSTÄDER": "Oregistrerad rapportör (bostadsbolag)",  # registered in Nacka only
        "Nacka Bostäder": "Oregistrerad rapportör (bostadsbolag)",  # no kommun: no register
        "Väktare Sten": "Oregistrerad rapportör (kommun)",
    }


# --------------------------------------------------------------------------- the double count


def _police_api(when: str) -> bytes:
    return json.dumps(
        [
            {
                "id": 9101,
                "datetime": f"{when} +01:00",
                "name": "18 november 21.40, Misshandel, Nacka",
                "summary": "Misshandel vid Fisksätra torg, en person till sjukhus.",
                "url": "/aktuellt/handelser/2026/november/18/misshandel-nacka/",
                "type": "Misshandel",
                "location": {"name": "Nacka", "gps": "59.294,18.256"},
            }
        ]
    ).encode("utf-8")


KOMMUNPOLIS_CSV = """Händelsenr;Datum;Klockslag;Brottstyp;Plats;Område
5000-K731904-26;2026-11-18;21:35;Misshandel;Fisksätra torg;Fisksätra
5000-K731999-26;2026-11-18;02:10;Misshandel;Fisksätra torg;Fisksätra
"""


def test_the_police_api_and_the_kommunpolis_excerpt_count_once(engine: Engine) -> None:
    _setup(engine)
    api = ingest_file(engine, io.BytesIO(_police_api("2026-11-18 21:40:00")), "handelser_2026-W47.json")
    excerpt = ingest_file(engine, io.BytesIO(KOMMUNPOLIS_CSV.encode("utf-8")), "kommunpolis_2026-W47.csv")
    assert api.loaded == 1 and api.source == excerpt.source == "polis"
    assert (excerpt.loaded, excerpt.duplicates) == (1, 1)  # 21:35 is the API's assault; 02:10 is another
    counts = queries.week_counts(engine, ["2026-W47"])
    assert int(counts.loc[counts["category"] == "vald_hot", "count"].sum()) == 2


def test_feeds() -> None:
    assert feed_of("polis", "Polisen") != feed_of("polis", "Kommunpolis")
    assert feed_of("kommun", "Fritidsgården") == feed_of("kommun", "Väktare Avarn") == "kommun"
    when = pd.Timestamp("2026-11-18 21:40", tz="Europe/Stockholm")
    row = {"category": "vald_hot", "occurred_at": when, "time_precision": "exact", "area": "Fisksätra"}
    row |= {"occurred_date": when.date(), "east": 685500.0, "north": 6577250.0}
    existing = pd.DataFrame([row | {"id": 1, "source": "polis", "organisation": "Polisen"}])
    same_feed = pd.DataFrame([row | {"source": "polis", "organisation": "Polisen"}])
    other_feed = pd.DataFrame([row | {"source": "polis", "organisation": "Kommunpolis"}])
    assert link_duplicates(same_feed, existing).isna().all()
    assert link_duplicates(other_feed, existing).tolist() == [1]


def test_a_label_mapped_later_leaves_area_level_with_the_next_import(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(engine)
    ingest_file(engine, io.BytesIO(KOMMUN_CSV.encode("utf-8")), "nacka_est_2026-W47.csv")
    config = DEFAULT_CONFIG.read_text(encoding="utf-8").replace(
        '"belysning ur funktion",', '"belysning ur funktion", "lysrör sönder",'
    )
    assert "lysrör sönder" in config
    (tmp_path / "kategorier.toml").write_text(config, encoding="utf-8")
    monkeypatch.setenv("LAGESBILD_CATEGORY_CONFIG", str(tmp_path / "kategorier.toml"))
    load_config.cache_clear()
    try:
        later = (
            KOMMUN_CSV.splitlines()[0]
            + "\n2026-11-21;10:00;Älta;Älta centrum;Klotter;Tags.;Trygghetsvärdar Nacka\n"
        )
        ingest_file(engine, io.BytesIO(later.encode("utf-8")), "nacka_est_2026-W47b.csv")
    finally:
        monkeypatch.delenv("LAGESBILD_CATEGORY_CONFIG")
        load_config.cache_clear()
    with engine.connect() as conn:
        rows = conn.execute(
            select(db.incidents.c.source_category, db.incidents.c.category, db.incidents.c.privacy_reason)
        ).all()
    reasons = {label: (code, why) for label, code, why in rows}
    assert reasons["Lysrör sönder"] == ("otrygg_plats", None)
    assert reasons["Skadegörelse"] == ("skadegorelse", "känsligt innehåll: sexuellt")  # content stays
