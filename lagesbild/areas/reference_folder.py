"""Loading a folder shaped like sample_data/: a kommun's areas (RegSO areas by code), population,
places and addresses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import pandas as pd
from sqlalchemy import Engine, select, update

from lagesbild import audit, db
from lagesbild.areas.area_file import AreaFileError, read_area_file
from lagesbild.areas.layers import AreaChange, add_kommun, import_areas, kommun_row
from lagesbild.geo import SWEREF
from lagesbild.kommuner import REGSO_LAYER, kommun_names, regso_areas

POPULATION_FILE = "population.csv"


def _regso_features(group: gpd.GeoDataFrame, code: str) -> pd.Series:
    """Which features name one of the kommun's RegSO areas by its code (e.g. 0182R004)."""
    if "code" not in group.columns:
        return pd.Series(False, index=group.index)
    codes = set(regso_areas(code)["code"])
    return group["code"].map(lambda c: isinstance(c, str) and c in codes)


def _update_regso(engine: Engine, group: gpd.GeoDataFrame, code: str, actor: str) -> AreaChange:
    """Features that are RegSO areas (by code): the kommun is added with its RegSO areas if it is not
    yet (as `kommun add` does), and the features' population and aliases are set on those areas. The
    boundary and the name stay SCB's: a working group whose areas are RegSO areas needs no layer of
    its own, so all the kommun's RegSO areas stay active and no area is stored twice."""
    with engine.connect() as conn:
        known = kommun_row(conn, code) is not None
    change = add_kommun(engine, code, actor) if not known else None
    with engine.begin() as conn:
        row = kommun_row(conn, code)
        assert row is not None
        change = change or AreaChange(code, row["name"], REGSO_LAYER, row["area_layer"])
        for feature in group.to_dict("records"):
            current = conn.execute(
                select(db.areas.c.id, db.areas.c.name, db.areas.c.aliases).where(
                    db.areas.c.kommun_code == code,
                    db.areas.c.layer == REGSO_LAYER,
                    db.areas.c.code == feature["code"],
                )
            ).one()
            values: dict[str, Any] = {}
            given = str(feature.get("aliases") or "") if not pd.isna(feature.get("aliases")) else ""
            aliases = [a for a in (current.aliases or "").split("|") + given.split("|") if a.strip()]
            values["aliases"] = "|".join(dict.fromkeys(a.strip() for a in aliases)) or None
            population = feature.get("population")
            if population is not None and not pd.isna(population):
                values["population"] = int(population)
            conn.execute(update(db.areas).where(db.areas.c.id == current.id).values(**values))
            if current.name not in change.added:
                change.updated.append(current.name)
        audit.record(conn, actor, "areas", kommun=code, layer=REGSO_LAYER, updated=len(group))
    return change


@dataclass
class ReferenceLoad:
    areas: list[AreaChange]
    places: int
    addresses: int
    population_rows: int


def load_reference_folder(
    engine: Engine, folder: Any, actor: str, kommun: str | None = None
) -> ReferenceLoad:
    """A folder shaped like sample_data/: areas.geojson (the kommun's own areas, made active; a feature
    whose `code` is one of the kommun's RegSO codes is that RegSO area itself, see `_update_regso`),
    places.csv, addresses.csv and optionally population.csv (area,population). Places and addresses of
    the folder's kommuner are replaced; other kommuners' are kept. Columns: docs/reference_data.md."""
    from pathlib import Path

    from lagesbild.reference import ADDRESSES_FILE, AREAS_FILE, PLACES_FILE, read_reference_dir, store_places

    folder = Path(folder)
    missing = [f for f in (AREAS_FILE, PLACES_FILE, ADDRESSES_FILE) if not (folder / f).is_file()]
    if missing:
        raise AreaFileError(f"Mappen {folder} saknar {', '.join(missing)} (se docs/reference_data.md)")
    reference = read_reference_dir(folder)
    areas = reference.areas
    for column in ("name",):
        if column not in areas.columns:
            raise AreaFileError(f"{AREAS_FILE} saknar fältet {column!r}")
    if "kommun_code" not in areas.columns or areas["kommun_code"].isna().any():
        if kommun is None:
            raise AreaFileError(f"{AREAS_FILE} saknar kommun_code för något område: ange --kommun KOD")
        areas["kommun_code"] = areas.get("kommun_code", pd.Series(index=areas.index, dtype=object)).fillna(
            kommun
        )
    areas["kommun_code"] = areas["kommun_code"].astype(str).str.zfill(4)
    population_rows = 0
    if (folder / POPULATION_FILE).is_file():
        population = pd.read_csv(folder / POPULATION_FILE, dtype={"area": "string"})
        for column in ("area", "population"):
            if column not in population.columns:
                raise AreaFileError(f"{POPULATION_FILE} saknar kolumnen {column!r}")
        unknown = sorted(set(population["area"]) - set(areas["name"]))
        if unknown:
            raise AreaFileError(f"{POPULATION_FILE}: okända områden {', '.join(map(str, unknown))}")
        numbers = pd.to_numeric(population["population"], errors="coerce")
        bad = population.index[numbers.isna() | (numbers < 0)]
        if len(bad):
            raise AreaFileError(
                f"{POPULATION_FILE}, rad {int(bad[0]) + 2}, kolumn population: "
                f"{population['population'][bad[0]]!r} "
                "är inget antal invånare"
            )
        # Per area: an area population.csv does not list keeps the figure areas.geojson gives.
        listed = areas["name"].map(dict(zip(population["area"], numbers.astype(int), strict=True)))
        given = areas["population"] if "population" in areas.columns else pd.Series(None, index=areas.index)
        areas["population"] = listed.where(listed.notna(), given)
        population_rows = len(population)
    # The same features validated and repaired like any area file (one row per feature, same order).
    checked, _repaired = read_area_file(str(folder / AREAS_FILE), "name")
    areas = areas.set_geometry(list(checked.geometry), crs=SWEREF)
    changes = []
    for code, group in areas.groupby("kommun_code"):
        if code not in kommun_names():
            raise AreaFileError(f"{AREAS_FILE}: okänd kommunkod {code}")
        columns = [c for c in ("name", "population", "aliases") if c in group.columns]
        regso = _regso_features(group, str(code))
        if regso.any():
            changes.append(_update_regso(engine, group[regso], str(code), actor))
        if (~regso).any():
            own = group[~regso][[*columns, "geometry"]].copy()
            changes.append(import_areas(engine, own, str(code), actor))
    codes = sorted(areas["kommun_code"].unique())
    with engine.begin() as conn:
        places, addresses = store_places(conn, reference, codes)
        audit.record(conn, actor, "areas", reference=str(folder), places=places, addresses=addresses)
    return ReferenceLoad(changes, places, addresses, population_rows)
