"""Every value against its domain (issue 17): years, costs, points inside Sweden's land and sea border
and inside their stated area, rows without area or place, corrections inside one file; on both engines."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine, func, select, text

from data_ingest import store
from data_ingest.pipeline import ingest_file
from lagesbild import db, geo
from lagesbild.reference import store_reference
from tests.factories import reference

KOMMUN = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Lat;Lon\n"
BOSTAD = "Ärendenr;Registrerad;Adress;Ärendetyp;Beskrivning;Kostnad;Bolag\n"
FOREIGN = {
    "Köpenhamn": (55.6761, 12.5683),
    "Kastrup": (55.6180, 12.6560),
    "Oslo": (59.9139, 10.7522),
    "Helsingfors": (60.1699, 24.9384),
    "Mariehamn (Åland)": (60.0973, 19.9348),
    "Eckerö (Åland)": (60.2200, 19.5800),
    "Tallinn": (59.4370, 24.7536),
    "Rønne (Bornholm)": (55.1009, 14.7066),
    "Östersjön öster om Gotland": (57.0000, 19.5000),
}
SWEDISH = {
    "Älta": (59.2575, 18.1830),
    "Malmö": (55.6050, 13.0038),
    "Haparanda": (65.8355, 24.1368),
    "Visby": (57.6348, 18.2948),
    "Havet utanför Smögen (territorialhav)": (58.3500, 11.0500),
}


def _setup(engine: Engine) -> None:
    with engine.begin() as conn:
        store_reference(conn, reference())


def _ingest(engine: Engine, text: str, name: str) -> store.BatchSummary:
    summary = ingest_file(engine, io.BytesIO(text.encode("utf-8")), name)
    assert summary.accounted(), summary
    return summary


def test_the_outline_is_the_border_not_a_box() -> None:
    for places, inside in ((FOREIGN, False), (SWEDISH, True)):
        lat = np.array([p[0] for p in places.values()])
        lon = np.array([p[1] for p in places.values()])
        east, north = geo.to_sweref(lat, lon)
        assert geo.in_sweden(east, north).tolist() == [inside] * len(places), list(places)
        # Köpenhamn, Oslo, Åland, Bornholm and the Baltic lie inside the old bounding box: the box let them in
        assert (geo.check_wgs84(lat, lon) == "").tolist() == [inside] * len(places)
    assert geo.OUTLINE_FILE.stat().st_size < 100_000
    assert "CC0" in json.loads(geo.OUTLINE_FILE.read_text(encoding="utf-8"))["attribution"]


def test_foreign_points_are_rejected_with_the_reason(engine: Engine) -> None:
    _setup(engine)
    rows = [
        f"2026-01-05;21:30;Älta;Plats;Klotter;Punkt i {name}.;{lat};{lon}\n"
        for name, (lat, lon) in FOREIGN.items()
    ]
    rows.append("2026-01-05;21:30;Älta;Älta centrum;Klotter;I Älta.;59.2575;18.1830\n")
    summary = _ingest(engine, KOMMUN + "".join(rows), "punkter.csv")
    assert (summary.loaded, summary.rejected) == (1, len(FOREIGN))
    for error in summary.errors:
        assert error["column"] == "Lat/Lon" and "punkten ligger utanför Sverige" in error["reason"]
    inside_box = [e for e in summary.errors if "Sveriges gränser (land och territorialhav)" in e["reason"]]
    assert len(inside_box) == len(FOREIGN) - 2  # Helsingfors and Tallinn are outside the box as well
    assert sorted(e["row"] for e in summary.errors) == list(range(2, 2 + len(FOREIGN)))


def test_a_point_outside_its_stated_area_is_questioned(engine: Engine) -> None:
    _setup(engine)
    text = KOMMUN + (
        "2026-01-05;21:30;Älta;Plats;Klotter;Punkt i Fisksätra.;59.2935;18.2575\n"
        "2026-01-05;21:30;Älta;Plats;Klotter;Punkt i Stockholm city.;59.3326;18.0649\n"
        "2026-01-05;21:30;Älta;Plats;Klotter;Punkt i Älta.;59.2575;18.1830\n"
    )
    summary = _ingest(engine, text, "omrade.csv")
    assert summary.loaded == 3
    moved = next(w for w in summary.warnings if "området följer punkten" in w)
    assert "omrade.csv: 1 rader" in moved and "rad 2: Älta enligt Område, punkten i Fisksätra" in moved
    dropped = next(w for w in summary.warnings if "utanför alla kända områden" in w)
    assert "(rad 3)" in dropped
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                db.incidents.c.row_number,
                db.areas.c.name,
                db.incidents.c.location_precision,
                db.incidents.c.east,
            )
            .join(db.areas, db.areas.c.id == db.incidents.c.area_id)
            .order_by(db.incidents.c.row_number)
        ).all()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (2, "Fisksätra", "exact"),
        (3, "Älta", "area"),
        (4, "Älta", "exact"),
    ]
    assert rows[1][3] is None  # the Stockholm point is not kept as a position in Älta


def test_a_row_without_area_or_place_loads_with_a_warning_naming_it(engine: Engine) -> None:
    _setup(engine)
    text = KOMMUN + (
        "2026-01-05;21:30;Älta;;Klotter;Med område.;;\n2026-01-05;21:30;;;Klotter;Utan område och plats.;;\n"
    )
    summary = _ingest(engine, text, "utan.csv")
    assert summary.loaded == 2
    assert any(
        w.startswith("utan.csv: 1 rader saknar både område och plats") and w.endswith("rad 3")
        for w in summary.warnings
    )


def test_years_outside_the_window_are_rejected_rows_not_tracebacks(engine: Engine) -> None:
    _setup(engine)
    text = KOMMUN + (
        "1899-06-01;21:30;Älta;;Klotter;Fel år.;;\n"
        "9999-12-31;21:30;Älta;;Klotter;Fel år.;;\n"
        "2026-01-05;21:30;Älta;;Klotter;Rätt år.;;\n"
    )
    summary = _ingest(engine, text, "ar.csv")
    assert (summary.loaded, summary.rejected) == (1, 2)
    assert all(e["column"] == "Datum" for e in summary.errors)
    event = {"id": 1, "name": "05 januari 09.00, Skadegörelse, Nacka", "summary": "x", "type": "Skadegörelse",
             "location": {"name": "Nacka", "gps": "59.31,18.16"}}  # fmt: skip
    events = [
        {**event, "id": 1, "datetime": "9999-12-31 10:00:00 +01:00"},
        {**event, "id": 2, "datetime": "1899-01-05 10:00:00 +01:00"},
        {**event, "id": 3, "datetime": "2026-01-05 10:00:00 +01:00"},
    ]
    summary = _ingest(engine, json.dumps(events), "polis.json")
    assert (summary.loaded + summary.ignored, summary.rejected) == (1, 2)
    reasons = [e["reason"] for e in sorted(summary.errors, key=lambda e: e["row"])]
    assert reasons[0].startswith(
        "polis.json rad 1, kolumn datetime: publiceringstiden 9999-12-31 ligger i framtiden"
    )
    assert "rad 2, kolumn datetime: publiceringstiden 1899-01-05 är före 2000 (inställningen" in reasons[1]


def test_a_400_digit_cost_is_a_rejected_row_never_inf(engine: Engine) -> None:
    _setup(engine)
    text = BOSTAD + (
        f"A-1;2026-01-05;Gatan 1;Klotter;Stor kostnad.;{'9' * 400};Nacka Bostäder\n"
        "A-2;2026-01-05;Gatan 1;Klotter;Rimlig kostnad.;4 500 kr;Nacka Bostäder\n"
        "A-3;2026-01-05;Gatan 1;Klotter;För stor.;200000000;Nacka Bostäder\n"
    )
    summary = _ingest(engine, text, "kostnad.csv")
    assert (summary.loaded, summary.rejected) == (1, 2)
    assert all(e["column"] == "Kostnad" and "orimligt belopp" in e["reason"] for e in summary.errors)
    assert (
        "(400 tecken)" in summary.errors[0]["reason"]
        and "LAGESBILD_MAX_COST_SEK" in summary.errors[0]["reason"]
    )
    with engine.connect() as conn:
        assert conn.execute(select(db.incidents.c.cost_sek)).scalars().all() == [4500.0]


def test_a_later_row_corrects_an_earlier_one_in_the_same_file_with_history(engine: Engine) -> None:
    _setup(engine)
    text = BOSTAD + (
        "A-1;2026-01-05;Gatan 1;Klotter;Version A.;100;Nacka Bostäder\n"
        "A-2;2026-01-05;Gatan 1;Klotter;Annat ärende.;100;Nacka Bostäder\n"
        "A-1;2026-01-05;Gatan 1;Klotter;Version B.;250;Nacka Bostäder\n"
        "A-2;2026-01-05;Gatan 1;Klotter;Annat ärende.;100;Nacka Bostäder\n"
    )
    summary = _ingest(engine, text, "rattelse.csv")
    assert (summary.rows, summary.loaded, summary.updated, summary.duplicates) == (4, 3, 1, 1)
    with engine.connect() as conn:
        stored = conn.execute(
            select(
                db.incidents.c.source_key, db.incidents.c.raw_description, db.incidents.c.cost_sek
            ).order_by(db.incidents.c.source_key)
        ).all()
        history = conn.execute(select(db.incident_history.c.previous)).scalars().all()
    assert [tuple(r) for r in stored] == [
        ("Nacka Bostäder:A-1", "Version B.", 250.0),
        ("Nacka Bostäder:A-2", "Annat ärende.", 100.0),
    ]
    assert len(history) == 1 and json.loads(history[0])["raw_description"] == "Version A."


def test_an_ingest_waits_for_another_instead_of_failing(tmp_path: Path) -> None:
    """SQLite: a second ingest waits its turn (and says so) instead of failing after the busy timeout."""
    import sqlite3
    import threading
    import time

    path = tmp_path / "vanta.db"
    engine = db.make_engine(f"sqlite:///{path}")
    db.init_db(engine)
    _setup(engine)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another ingest holds the write lock
    waited: list[float] = []
    threading.Timer(3.0, lambda: holder.execute("COMMIT")).start()
    started = time.monotonic()
    summary = ingest_file(
        engine,
        io.BytesIO((KOMMUN + "2026-01-05;21:30;Älta;;Klotter;Väntade.;;\n").encode()),
        "vanta.csv",
        waiting=waited.append,
        max_wait=60,
    )
    assert summary.loaded == 1 and time.monotonic() - started >= 2.5
    assert waited and waited[-1] >= 1.0
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.incidents)).scalar() == 1
    holder.close()
    engine.dispose()


def test_settings_for_the_windows() -> None:
    from lagesbild import settings

    assert settings.get_int("earliest_year") == 2000 and settings.get_int("max_cost_sek") == 100_000_000
    assert dt.date.today().year > 2000


@pytest.mark.postgis
def test_an_ingest_waits_for_another_on_postgis_and_says_so(postgis_engine: Engine) -> None:
    import threading
    import time

    _setup(postgis_engine)
    holder = postgis_engine.connect()
    holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": db.INGEST_LOCK})  # another ingest is running
    threading.Timer(
        3.0, lambda: holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": db.INGEST_LOCK})
    ).start()
    waited: list[float] = []
    started = time.monotonic()
    summary = ingest_file(
        postgis_engine,
        io.BytesIO((KOMMUN + "2026-01-05;21:30;Älta;;Klotter;Väntade.;;\n").encode()),
        "vanta.csv",
        waiting=waited.append,
    )
    assert summary.loaded == 1 and time.monotonic() - started >= 2.5 and waited == [0.0]
    holder.close()
