"""A new kommun on real geography: kommun add (SCB RegSO 2025), areas import/list/edit/layer,
placing reports in real areas with nothing else loaded, and overlapping layers counted once."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Polygon
from sqlalchemy import Engine, func, select

from lagesbild import db
from lagesbild.cli import main
from lagesbild.kommuner import regso_areas
from tests.kommun_support import engine_url, inside, kommun_and_area


def _areas_json(url: str, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["areas", "list", "--json", "--db", url, *extra]) == 0
    return list(json.loads(capsys.readouterr().out))


def test_kommun_add_gives_the_real_regso_areas_and_is_idempotent(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    assert main(["kommun", "add", "Nyköping", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Nacka kommun (0182), lager 'regso': 16 nya områden" in out
    assert "Nyköpings kommun (0480), lager 'regso': 20 nya områden" in out
    assert "Statistiska centralbyrån (SCB), CC0" in out
    assert main(["kommun", "add", "nyköpings kommun", "--db", url]) == 0
    assert "0 nya områden, 20 uppdaterade" in capsys.readouterr().out
    areas = _areas_json(url, capsys)
    assert [a["kommun"] for a in areas].count("0182") == 16
    assert [a["kommun"] for a in areas].count("0480") == 20
    by_name = {a["name"]: a for a in areas}
    assert by_name["Fisksätra"]["code"] == "0182R004"
    assert by_name["Brandkärr"]["code"] == "0480R004"
    assert by_name["Älta-Erstavik"]["aliases"] == "Älta|Erstavik"
    assert 34 < float(str(by_name["Älta-Erstavik"]["area_km2"])) < 35  # includes the Erstavik forest
    assert len(_areas_json(url, capsys, "--kommun", "Nacka")) == 16
    with engine.connect() as conn:
        names = dict(conn.execute(select(db.kommuner.c.code, db.kommuner.c.name)).all())
    assert names == {"0182": "Nacka kommun", "0480": "Nyköpings kommun"}


def test_unknown_kommun_is_a_swedish_message(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kommun", "add", "Nyköp", "--db", engine_url(engine)]) == 2
    err = capsys.readouterr().err
    assert "Okänd kommun 'Nyköp'" in err and "Nyköping" in err
    assert main(["kommun", "add", "9999", "--db", engine_url(engine)]) == 2
    assert "ingen kommun med koden 9999" in capsys.readouterr().err


def _messy_csv(path: Path) -> Path:
    n, e = inside("Orminge")
    rows = [
        "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E",
        "2026-03-02;21:10;Älta;vid centrum;Klotter;Klotter på busskuren.;Fritidsgården;;",
        "2026-03-03;22:15;;Fisksätra torg;Skadegörelse;Krossad ruta.;Trygghetsvärdar;;",
        f"2026-03-04;23.40;;parkeringen;Inbrott och stöld;Inbrott i förråd.;Trygghetsvärdar;{n};{e}",
        "2026-03-05;20:00;Erstavik;;Nedskräpning;Skräp vid badet.;Fältassistenter;;",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _placed(engine: Engine) -> dict[str, str | None]:
    return {d: area for d, (_, area) in kommun_and_area(engine, db.incidents.c.description).items()}


def test_a_messy_kommun_csv_is_placed_in_real_areas_with_nothing_else_loaded(
    engine: Engine, tmp_path: Path
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    assert main(["ingest", "--db", url, str(_messy_csv(tmp_path / "nacka_est_2026-W10.csv"))]) == 0
    assert _placed(engine) == {
        "Klotter på busskuren.": "Älta-Erstavik",  # the alias "Älta"
        "Krossad ruta.": "Fisksätra",  # the area named in the place text
        "Inbrott i förråd.": "Orminge",  # the coordinates
        "Skräp vid badet.": "Älta-Erstavik",  # the other half of the name
    }


def _own_layer(path: Path, crs: str = "EPSG:3006") -> Path:
    """A kommun's working-group areas as QGIS saves them: Swedish field names, one area overlapping two
    RegSO areas, one self-intersecting (bow-tie) polygon that make_valid repairs."""
    regso = regso_areas("0182").set_index("name")
    fisksatra = regso.loc["Fisksätra"].geometry.union(regso.loc["Saltsjöbaden"].geometry)
    x, y = regso.loc["Orminge"].geometry.representative_point().coords[0]
    bowtie = Polygon([(x - 200, y - 200), (x + 200, y + 200), (x + 200, y - 200), (x - 200, y + 200)])
    frame = gpd.GeoDataFrame(
        {"Områdesnamn": ["Fisksätra/Saltsjöbaden", "Orminge centrum"], "Invånare": [15200, None]},
        geometry=[fisksatra, bowtie],
        crs="EPSG:3006",
    ).to_crs(crs)
    frame.to_file(path)
    return path


def test_own_areas_import_from_geojson_repairs_and_updates_by_name(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    file = _own_layer(tmp_path / "arbetsomraden.geojson")
    args = ["areas", "import", str(file), "--kommun", "0182", "--name-field", "Områdesnamn", "--db", url]
    assert main([*args, "--population-field", "Invånare"]) == 0
    out = capsys.readouterr().out
    assert "lager 'egen': 2 nya områden" in out
    assert "Lagade ogiltiga geometrier (make_valid): Orminge centrum" in out
    active = _areas_json(url, capsys)
    assert {a["name"]: a["population"] for a in active} == {
        "Fisksätra/Saltsjöbaden": 15200,
        "Orminge centrum": None,
    }
    # The RegSO areas are kept but inactive: an overlapping layer never places or counts.
    assert len(_areas_json(url, capsys, "--all")) == 18
    assert main(args) == 0  # re-import: updated by name, nothing added
    assert "0 nya områden, 2 uppdaterade" in capsys.readouterr().out
    assert len(_areas_json(url, capsys, "--all")) == 18


@pytest.mark.parametrize(("suffix", "crs"), [(".gpkg", "EPSG:4326"), (".zip", "EPSG:3021")])
def test_own_areas_import_from_geopackage_and_zipped_shapefile_in_any_crs(
    sqlite_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, crs: str
) -> None:
    url = engine_url(sqlite_engine)
    if suffix == ".zip":
        import zipfile

        folder = tmp_path / "shp"
        folder.mkdir()
        frame = gpd.read_file(_own_layer(tmp_path / "a.geojson")).rename(columns={"Områdesnamn": "omrnamn"})
        frame.to_crs(crs).to_file(folder / "omr.shp", encoding="utf-8")
        file = tmp_path / "omr.zip"
        with zipfile.ZipFile(file, "w") as zf:
            for part in folder.iterdir():
                zf.write(part, part.name)
        field = "omrnamn"
    else:
        file, field = _own_layer(tmp_path / f"omr{suffix}", crs), "Områdesnamn"
    assert main(["areas", "import", str(file), "--kommun", "Nacka", "--name-field", field, "--db", url]) == 0
    areas = {a["name"]: a for a in _areas_json(url, capsys)}
    assert set(areas) == {"Fisksätra/Saltsjöbaden", "Orminge centrum"}
    regso = regso_areas("0182").set_index("name")
    expected = (regso.loc["Fisksätra"].geometry.area + regso.loc["Saltsjöbaden"].geometry.area) / 1e6
    assert float(str(areas["Fisksätra/Saltsjöbaden"]["area_km2"])) == pytest.approx(expected, rel=0.01)


def test_an_unusable_area_is_rejected_naming_the_feature(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    line = Polygon([(650_000, 6_570_000), (650_100, 6_570_000), (650_200, 6_570_000)])  # no area at all
    ok = Polygon([(650_000, 6_570_000), (650_100, 6_570_000), (650_100, 6_570_100)])
    gpd.GeoDataFrame({"namn": ["Bra", "Platt"]}, geometry=[ok, line], crs="EPSG:3006").to_file(
        tmp_path / "omr.geojson"
    )
    args = ["areas", "import", str(tmp_path / "omr.geojson"), "--kommun", "0182", "--db", url]
    assert main([*args, "--name-field", "namn"]) == 2
    err = capsys.readouterr().err
    assert "omr.geojson, objekt 2 (Platt): ogiltig geometri som inte går att laga" in err
    assert main([*args, "--name-field", "Namn"]) == 2
    assert "har inget fält 'Namn'; fälten är: namn" in capsys.readouterr().err
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.areas)).scalar() == 0


def test_overlapping_layers_never_count_an_incident_twice(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    assert main(["ingest", "--db", url, str(_messy_csv(tmp_path / "nacka_est_2026-W10.csv"))]) == 0
    file = _own_layer(tmp_path / "arbetsomraden.geojson")
    assert (
        main(["areas", "import", str(file), "--kommun", "0182", "--name-field", "Områdesnamn", "--db", url])
        == 0
    )
    assert "1 händelser med koordinater placerades om" in capsys.readouterr().out
    placed = _placed(engine)
    assert placed["Inbrott i förråd."] == "Orminge centrum"  # its point lies in the own layer's area

    def counted() -> int:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count())
                    .select_from(db.incidents.join(db.areas, db.areas.c.id == db.incidents.c.area_id))
                    .where(db.areas.c.active)
                ).scalar()
                or 0
            )

    assert counted() <= 4  # each incident has one area: never more than the incidents
    assert main(["areas", "layer", "--kommun", "0182", "regso", "--db", url]) == 0
    assert _placed(engine)["Inbrott i förråd."] == "Orminge"
    assert counted() == 4
    assert len(_areas_json(url, capsys)) == 16


def test_rename_keeps_the_old_name_as_an_alias_and_population_drives_rates(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = engine_url(engine)
    assert main(["kommun", "add", "0182", "--db", url]) == 0
    edit = ["areas", "edit", "Älta-Erstavik", "--kommun", "0182", "--db", url]
    assert (
        main([*edit, "--rename", "Älta", "--aliases", "Erstavik|Sigfridsborg", "--population", "11000"]) == 0
    )
    area = next(a for a in _areas_json(url, capsys) if a["code"] == "0182R016")
    assert area["name"] == "Älta"
    assert area["aliases"] == "Erstavik|Sigfridsborg|Älta-Erstavik"
    assert area["population"] == 11000
    assert main(["kommun", "add", "0182", "--db", url]) == 0  # a refresh keeps the renamed area's name
    assert {a["name"] for a in _areas_json(url, capsys)} >= {"Älta"}
    csv = tmp_path / "nacka_est_2026-W11.csv"
    csv.write_text(
        "Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E\n"
        "2026-03-09;21:10;;Sigfridsborg;Klotter;Tagg på elskåp.;Fritidsgården;;\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--db", url, str(csv)]) == 0
    assert _placed(engine)["Tagg på elskåp."] == "Älta"
    with engine.connect() as conn:
        audit_rows = conn.execute(select(func.count()).where(db.audit_log.c.action == "areas")).scalar()
    assert audit_rows == 3  # add, edit, add


def _reference_folder(tmp_path: Path) -> Path:
    import shutil

    from tests.conftest import SAMPLE_DIR

    folder = tmp_path / "referens"
    folder.mkdir()
    for name in ("areas.geojson", "places.csv", "addresses.csv"):
        shutil.copy(SAMPLE_DIR / name, folder / name)
    return folder


def test_reference_load_reads_a_folder_like_sample_data(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pandas as pd

    url = engine_url(engine)
    folder = _reference_folder(tmp_path)
    (folder / "population.csv").write_text(
        "area,population\nFisksätra,8100\nÄlta-Erstavik,tusen\n", encoding="utf-8"
    )
    assert main(["reference", "load", str(folder), "--db", url]) == 2
    assert (
        "population.csv, rad 3, kolumn population: 'tusen' är inget antal invånare" in capsys.readouterr().err
    )
    (folder / "population.csv").write_text("area,population\nFisksätra,8100\n", encoding="utf-8")
    assert main(["reference", "load", str(folder), "--db", url]) == 0
    out = capsys.readouterr().out
    places, addresses = len(pd.read_csv(folder / "places.csv")), len(pd.read_csv(folder / "addresses.csv"))
    assert f"{places} platser och {addresses} adresser inlästa" in out
    # The sample's areas are RegSO areas (by code): the folder's kommuner come with all their RegSO
    # areas, as `kommun add` gives them, and no second copy of the three is made.
    assert "Nacka kommun (0182), lager 'regso': 16 nya områden" in out
    areas = {a["name"]: a for a in _areas_json(url, capsys)}
    regso = pd.concat([regso_areas("0182"), regso_areas("0480")])
    assert set(areas) == set(regso["name"])
    assert areas["Fisksätra"]["population"] == 8100
    assert areas["Älta-Erstavik"]["population"] == 11000  # from areas.geojson
    assert "Älta" in str(areas["Älta-Erstavik"]["aliases"]).split("|")
    assert areas["Sickla"]["population"] is None  # no figure given: none invented
    assert areas["Brandkärr"]["kommun"] == "0480" and areas["Brandkärr"]["kommun_name"] == "Nyköpings kommun"
    assert main(["reference", "load", str(folder), "--db", url]) == 0  # again: updated, nothing doubled
    assert "0 nya områden" in capsys.readouterr().out
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.places)).scalar() == places
        assert conn.execute(select(func.count()).select_from(db.addresses)).scalar() == addresses


def test_reference_load_of_one_kommun_keeps_the_other_kommuns_places(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pandas as pd

    url = engine_url(engine)
    folder = _reference_folder(tmp_path)
    assert main(["reference", "load", str(folder), "--db", url]) == 0
    nacka = tmp_path / "nacka"
    nacka.mkdir()
    areas = gpd.read_file(folder / "areas.geojson")
    areas[areas["kommun_code"] == "0182"].drop(columns=["kommun_code"]).to_file(nacka / "areas.geojson")
    places = pd.read_csv(folder / "places.csv")
    places[places["kommun"] == "Nacka"].head(3).to_csv(nacka / "places.csv", index=False)
    pd.read_csv(folder / "addresses.csv").head(0).to_csv(nacka / "addresses.csv", index=False)
    assert main(["reference", "load", str(nacka), "--db", url]) == 2
    assert "ange --kommun KOD" in capsys.readouterr().err
    assert main(["reference", "load", str(nacka), "--kommun", "Nacka", "--db", url]) == 0
    with engine.connect() as conn:
        kommuner: dict[str, int] = dict(
            conn.execute(select(db.places.c.kommun, func.count()).group_by(db.places.c.kommun)).all()
        )
    assert kommuner["Nacka"] == 3
    assert kommuner["Nyköping"] == int((places["kommun"] == "Nyköping").sum())
