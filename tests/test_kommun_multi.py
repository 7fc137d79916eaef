"""Several kommuner in one database: every report belongs to a kommun, and --kommun limits what the
CLI reads and writes (SQLite and PostGIS)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine, update

from lagesbild import db
from lagesbild.cli import main
from tests.kommun_support import engine_url, ingest_police_events, inside, kommun_and_area

HEADER = "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E"


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _two_kommuner(engine: Engine, tmp_path: Path) -> str:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    assert main(["kommun", "add", "0480", "--db", url]) == 0
    n, e = inside("Brandkärr", "0480")
    nacka = _write(
        tmp_path / "nacka_est_2026-W10.csv",
        [
            "2026-03-02;21:10;Fisksätra;torget;Klotter;Nacka klotter.;Fritidsgården;;",
            # "Centrum" and a stray Nyköping district name: a Nacka file stays in Nacka's areas.
            "2026-03-03;22:15;;Brandkärr;Skadegörelse;Nacka utan område.;Trygghetsvärdar;;",
        ],
    )
    nykoping = _write(
        tmp_path / "nykoping_est_2026-W10.csv",
        [f"2026-03-04;23.40;;;Inbrott och stöld;Nyköping inbrott.;Fältgruppen;{n};{e}"],
    )
    assert main(["ingest", "--db", url, "--kommun", "Nacka", str(nacka)]) == 0
    assert main(["ingest", "--db", url, "--kommun", "0480", str(nykoping)]) == 0
    with engine.begin() as conn:
        conn.execute(update(db.incidents).values(review_status="granskad"))
    return url


def test_every_report_belongs_to_its_kommun(engine: Engine, tmp_path: Path) -> None:
    _two_kommuner(engine, tmp_path)
    assert kommun_and_area(engine, db.incidents.c.description) == {
        "Nacka klotter.": ("0182", "Fisksätra"),
        "Nacka utan område.": ("0182", None),  # never placed in Nyköping's Brandkärr
        "Nyköping inbrott.": ("0480", "Brandkärr"),
    }


def test_police_events_go_to_the_kommun_their_location_names(engine: Engine, tmp_path: Path) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    assert main(["kommun", "add", "0480", "--db", url]) == 0
    events = [
        {
            "id": 1,
            "datetime": "2026-03-02 22:10:00 +01:00",
            "name": "02 mars 21.40, Skadegörelse, Nacka",
            "summary": "Skadegörelse i Fisksätra, rutor krossade.",
            "url": "/x",
            "type": "Skadegörelse",
            "location": {"name": "Nacka", "gps": "59.31,18.16"},
        },
        {
            "id": 2,
            "datetime": "2026-03-02 23:10:00 +01:00",
            "name": "02 mars 22.40, Stöld, Nyköping",
            "summary": "Stöld i Brandkärr.",
            "url": "/y",
            "type": "Stöld",
            "location": {"name": "Nyköping", "gps": "58.75,17.0"},
        },
        {
            "id": 3,
            "datetime": "2026-03-02 23:30:00 +01:00",
            "name": "02 mars 23.00, Brand, Stockholms län",
            "summary": "Brand i Brandkärr-liknande namn, inget område.",
            "url": "/z",
            "type": "Brand",
            "location": {"name": "Stockholms län", "gps": "59.33,18.06"},
        },
    ]
    ingest_police_events(url, tmp_path, events)
    placed = kommun_and_area(engine, db.incidents.c.source_key)
    assert placed["1"] == ("0182", "Fisksätra")
    assert placed["2"] == ("0480", "Brandkärr")
    assert placed["3"][0] is None or placed["3"][0] == "0480"  # a län is no kommun: area by text only


def test_export_and_report_with_kommun_show_only_that_kommun(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _two_kommuner(engine, tmp_path)
    out = tmp_path / "nacka.csv"
    args = ["export", "--db", url, "--from", "2026-03-01", "--to", "2026-03-08", "--format", "csv"]
    assert main([*args, "--kommun", "Nacka", "--out", str(out)]) == 0
    table = pd.read_csv(out, sep=None, engine="python")
    assert len(table) == 2
    assert "Brandkärr" not in set(table["område"].astype(str))
    assert main([*args, "--kommun", "0480", "--out", str(tmp_path / "nyk.csv")]) == 0
    assert set(pd.read_csv(tmp_path / "nyk.csv", sep=None, engine="python")["område"]) == {"Brandkärr"}
    capsys.readouterr()
    assert main([*args, "--kommun", "0114", "--out", str(tmp_path / "x.csv")]) == 2
    assert "Kommunen 0114 finns inte i databasen" in capsys.readouterr().err
    pdf = tmp_path / "nacka.pdf"
    assert main(["report", "--db", url, "--week", "2026-W10", "--kommun", "0182", "--out", str(pdf)]) == 0
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Nacka kommun" in text
    assert "Nyköping" not in text and "Brandkärr" not in text
