"""A kommun's areas: RegSO from the shipped layer, its own from a file, renames, aliases, population.

Overlapping layers: a kommun may hold several layers of areas (RegSO, its working-group areas), but only
one is *active* (kommuner.area_layer). Only active areas place reports, appear on maps, in lists and in
pictures; each incident has one area. So no incident counts twice in a picture, whatever overlaps.
Switching the active layer re-places the kommun's incidents that have coordinates (docs/areas.md).
Every write takes the acting user and records its audit entry in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import wkt
from shapely.geometry import MultiPolygon
from sqlalchemy import Engine, and_, func, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db
from lagesbild.errors import UserInputError
from lagesbild.geo import SWEDEN_EAST, SWEDEN_NORTH, SWEREF, areas_for_points
from lagesbild.kommuner import REGSO_LAYER, kommun_names, proper_name, regso_areas

OWN_LAYER = "egen"  # areas.layer NULL (older databases, reference load) is this layer


class AreaFileError(UserInputError):
    """An area file that cannot be used, with a Swedish message naming the file and the feature."""


@dataclass
class AreaChange:
    kommun_code: str
    kommun_name: str
    layer: str
    active_layer: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    replaced_incidents: int = 0


def _layer_expr() -> Any:
    return func.coalesce(db.areas.c.layer, OWN_LAYER)


def kommun_row(conn: Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute(select(db.kommuner).where(db.kommuner.c.code == code)).mappings().first()
    return dict(row) if row else None


def ensure_kommun(conn: Connection, code: str, layer: str, name: str | None = None) -> dict[str, Any]:
    """The kommun's row, created with `layer` active when new; a given `name` replaces the stored one."""
    row = kommun_row(conn, code)
    short = kommun_names().get(code, code)
    if row is None:
        row = {
            "code": code,
            "name": name or proper_name(short),
            "short_name": short,
            "area_layer": layer,
            "created_at": dt.datetime.now(dt.UTC),
        }
        conn.execute(db.kommuner.insert().values(**row))
    elif name and name != row["name"]:
        conn.execute(update(db.kommuner).where(db.kommuner.c.code == code).values(name=name))
        row["name"] = name
    return row


def _free_name(conn: Connection, name: str, own_ids: set[int], suffix: str) -> str:
    """`name`, or `name (suffix)` when another kommun's or layer's area already has it (names are unique)."""
    for candidate in (name, f"{name} ({suffix})"):
        taken = conn.execute(select(db.areas.c.id).where(db.areas.c.name == candidate)).scalar()
        if taken is None or taken in own_ids:
            return candidate
    raise AreaFileError(f"Områdesnamnet {name!r} finns redan, även som {name} ({suffix})")


def _multipolygon(geom: Any) -> MultiPolygon:
    return geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom])


def _store(
    conn: Connection,
    areas: gpd.GeoDataFrame,
    code: str,
    layer: str,
    match_by: str,
    change: AreaChange,
) -> None:
    """Insert or update `areas` (name, geometry, optional code/aliases/population) of one kommun's layer."""
    short = kommun_names().get(code, code)
    current = conn.execute(
        select(db.areas.c.id, db.areas.c.name, db.areas.c.code, db.areas.c.aliases).where(
            db.areas.c.kommun_code == code, _layer_expr() == layer
        )
    ).all()
    by_key = {(r.code if match_by == "code" else r.name): r for r in current}
    own_ids = {r.id for r in current}
    suffix = short if layer == REGSO_LAYER else layer
    for area in areas.to_dict("records"):
        key = area["code"] if match_by == "code" else area["name"]
        values: dict[str, Any] = {
            "kommun": short,
            "kommun_code": code,
            "layer": None if layer == OWN_LAYER else layer,
            "geom": _multipolygon(area["geometry"]).wkt,
        }
        for column in ("code", "aliases", "population"):
            if column in area and area[column] is not None and not pd.isna(area[column]):
                values[column] = int(area[column]) if column == "population" else str(area[column])
        existing = by_key.get(key)
        if existing is not None:
            # A renamed area keeps its new name; only the boundary and the given facts are refreshed.
            # Aliases a samordnare set survive a RegSO refresh (whose aliases are only defaults).
            if match_by == "code" and existing.aliases is not None:
                values.pop("aliases", None)
            conn.execute(update(db.areas).where(db.areas.c.id == existing.id).values(**values))
            change.updated.append(existing.name)
        else:
            name = _free_name(conn, str(area["name"]), own_ids, suffix)
            if name != area["name"]:
                # "Berga (Vallentuna)": reports in the kommun still say "Berga".
                values["aliases"] = "|".join(a for a in [str(area["name"]), values.get("aliases")] if a)
            conn.execute(db.areas.insert().values(name=name, **values))
            change.added.append(name)


def add_kommun(engine: Engine, code: str, actor: str, name: str | None = None) -> AreaChange:
    """The kommun and its RegSO areas; run again, it refreshes boundaries and adds nothing twice.

    A new kommun gets RegSO as its active layer, unless it already has areas of its own (then RegSO is
    stored inactive: `areas layer` switches)."""
    regso = regso_areas(code)
    with engine.begin() as conn:
        own_active = conn.execute(
            select(func.count()).where(
                db.areas.c.kommun_code == code, db.areas.c.active, _layer_expr() != REGSO_LAYER
            )
        ).scalar()
        first_layer = OWN_LAYER if own_active and kommun_row(conn, code) is None else REGSO_LAYER
        row = ensure_kommun(conn, code, first_layer, name)
        change = AreaChange(code, row["name"], REGSO_LAYER, row["area_layer"])
        _store(conn, regso, code, REGSO_LAYER, "code", change)
        _set_active(conn, code, row["area_layer"])
        audit.record(
            conn,
            actor,
            "areas",
            kommun=code,
            layer=REGSO_LAYER,
            added=len(change.added),
            updated=len(change.updated),
        )
    return change


def _set_active(conn: Connection, code: str, layer: str) -> None:
    conn.execute(update(db.areas).where(db.areas.c.kommun_code == code).values(active=_layer_expr() == layer))


def read_area_file(
    path: str, name_field: str, population_field: str | None = None
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """A kommun's own areas as QGIS exports them (GeoPackage, GeoJSON, zipped Shapefile; any CRS) in
    SWEREF 99 TM, with invalid geometries repaired; returns the areas and the repaired features' names.

    Raises AreaFileError naming the file and the feature when an area cannot be used."""
    file_name = str(path).rsplit("/", 1)[-1]
    try:
        frame = gpd.read_file(path)
    except Exception as exc:  # pyogrio's many error types: all mean "not a readable area file"
        raise AreaFileError(
            f"Kan inte läsa {file_name} som områdesfil (GeoPackage, GeoJSON eller zippad Shapefile): {exc}"
        ) from None
    if frame.empty:
        raise AreaFileError(f"{file_name} innehåller inga områden")
    if name_field not in frame.columns:
        fields = ", ".join(c for c in frame.columns if c != frame.geometry.name)
        raise AreaFileError(f"{file_name} har inget fält {name_field!r}; fälten är: {fields}")
    if population_field and population_field not in frame.columns:
        raise AreaFileError(f"{file_name} har inget fält {population_field!r} för befolkning")
    if frame.crs is None:
        raise AreaFileError(
            f"{file_name} saknar koordinatsystem (CRS): spara om filen i QGIS med t.ex. SWEREF 99 "
            "TM (EPSG:3006)"
        )
    frame = frame.to_crs(SWEREF)
    names: list[str] = []
    geometries: list[Any] = []
    populations: list[int | None] = []
    repaired: list[str] = []
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        raw_name = getattr(row, name_field)
        feature = f"{file_name}, objekt {number}"
        if raw_name is None or pd.isna(raw_name) or not str(raw_name).strip():
            raise AreaFileError(f"{feature}: fältet {name_field!r} är tomt (varje område behöver ett namn)")
        name = str(raw_name).strip()
        feature = f"{file_name}, objekt {number} ({name})"
        if name in names:
            raise AreaFileError(f"{feature}: namnet finns två gånger i filen")
        geom = row.geometry
        if geom is None or geom.is_empty:
            raise AreaFileError(f"{feature}: geometri saknas")
        if not geom.is_valid:
            fixed = shapely.make_valid(geom)
            polygons = [
                g for g in getattr(fixed, "geoms", [fixed]) if g.geom_type in ("Polygon", "MultiPolygon")
            ]
            fixed = shapely.union_all(polygons) if polygons else None
            if fixed is None or fixed.is_empty:
                raise AreaFileError(
                    f"{feature}: ogiltig geometri som inte går att laga ({shapely.is_valid_reason(geom)})"
                )
            repaired.append(name)
            geom = fixed
        if geom.geom_type not in ("Polygon", "MultiPolygon"):
            raise AreaFileError(f"{feature}: geometrin är {geom.geom_type}, inte en yta (polygon)")
        x, y = geom.centroid.x, geom.centroid.y
        if not (SWEDEN_EAST[0] <= x <= SWEDEN_EAST[1] and SWEDEN_NORTH[0] <= y <= SWEDEN_NORTH[1]):
            raise AreaFileError(
                f"{feature}: området ligger utanför Sverige i filens koordinatsystem ({frame.crs}): "
                "är filens CRS rätt angivet?"
            )
        population = getattr(row, population_field) if population_field else None
        if population is not None and not pd.isna(population):
            try:
                population = int(float(population))
            except ValueError:
                raise AreaFileError(f"{feature}: befolkningen {population!r} är inget heltal") from None
            if population < 0:
                raise AreaFileError(f"{feature}: befolkningen kan inte vara negativ")
        names.append(name)
        geometries.append(geom)
        populations.append(population if population is not None and not pd.isna(population) else None)
    areas = gpd.GeoDataFrame({"name": names, "population": populations}, geometry=geometries, crs=SWEREF)
    return areas, repaired


def import_areas(
    engine: Engine,
    areas: gpd.GeoDataFrame,
    code: str,
    actor: str,
    layer: str = OWN_LAYER,
    activate: bool = True,
) -> AreaChange:
    """Store a kommun's own areas by name (re-import updates) and, by default, make their layer active."""
    if layer == REGSO_LAYER:
        raise AreaFileError("Lagret 'regso' är SCB:s områden: välj ett annat namn på lagret")
    with engine.begin() as conn:
        row = ensure_kommun(conn, code, layer)
        change = AreaChange(code, row["name"], layer, row["area_layer"])
        _store(conn, areas, code, layer, "name", change)
        if activate and row["area_layer"] != layer:
            change.replaced_incidents = _switch_layer(conn, code, layer)
        else:
            _set_active(conn, code, row["area_layer"])
        change.active_layer = layer if activate else row["area_layer"]
        audit.record(
            conn,
            actor,
            "areas",
            kommun=code,
            layer=layer,
            added=len(change.added),
            updated=len(change.updated),
        )
    return change


def _switch_layer(conn: Connection, code: str, layer: str) -> int:
    """Make `layer` the kommun's active one and re-place its incidents with coordinates in it."""
    conn.execute(update(db.kommuner).where(db.kommuner.c.code == code).values(area_layer=layer))
    _set_active(conn, code, layer)
    rows = conn.execute(
        select(db.areas.c.id, db.areas.c.name, db.areas.c.geom).where(
            db.areas.c.kommun_code == code, db.areas.c.active
        )
    ).all()
    frame = gpd.GeoDataFrame(
        {"id": [r.id for r in rows], "name": [r.name for r in rows]},
        geometry=[wkt.loads(r.geom) for r in rows],
        crs=SWEREF,
    )
    kommun_area_ids = select(db.areas.c.id).where(db.areas.c.kommun_code == code).scalar_subquery()
    incidents = conn.execute(
        select(db.incidents.c.id, db.incidents.c.east, db.incidents.c.north, db.incidents.c.area_id).where(
            db.incidents.c.area_id.in_(kommun_area_ids), db.incidents.c.east.is_not(None)
        )
    ).all()
    if not incidents or frame.empty:
        return 0
    east = np.array([r.east for r in incidents], float)
    north = np.array([r.north for r in incidents], float)
    ids = dict(zip(frame["name"], frame["id"], strict=True))
    placed = areas_for_points(east, north, frame)
    moved = 0
    for incident, name in zip(incidents, placed, strict=True):
        new_id = ids.get(name) if name is not None else None
        if new_id is not None and new_id != incident.area_id:
            conn.execute(update(db.incidents).where(db.incidents.c.id == incident.id).values(area_id=new_id))
            moved += 1
    return moved


def use_layer(engine: Engine, code: str, layer: str, actor: str) -> AreaChange:
    with engine.begin() as conn:
        row = kommun_row(conn, code)
        if row is None:
            raise AreaFileError(f"Kommunen {code} är inte tillagd: kör python -m lagesbild kommun add {code}")
        count = conn.execute(
            select(func.count()).where(db.areas.c.kommun_code == code, _layer_expr() == layer)
        ).scalar()
        if not count:
            raise AreaFileError(f"Kommunen {code} har inga områden i lagret {layer!r}")
        change = AreaChange(code, row["name"], layer, layer)
        change.replaced_incidents = _switch_layer(conn, code, layer)
        audit.record(
            conn, actor, "areas", kommun=code, active_layer=layer, replaced=change.replaced_incidents
        )
    return change


def _area_id(conn: Connection, code: str | None, name: str) -> int:
    condition = db.areas.c.name == name
    if code:
        condition = and_(condition, db.areas.c.kommun_code == code)
    found = conn.execute(select(db.areas.c.id).where(condition)).scalar()
    if found is None:
        where = f" i kommun {code}" if code else ""
        raise AreaFileError(
            f"Inget område heter {name!r}{where} (python -m lagesbild areas list visar namnen)"
        )
    return int(found)


def edit_area(
    engine: Engine,
    name: str,
    actor: str | None,
    kommun: str | None = None,
    new_name: str | None = None,
    aliases: list[str] | None = None,
    population: int | None = None,
    clear_population: bool = False,
) -> str:
    """Rename an area (the old name becomes an alias, so reports using it still find it), set its
    aliases or population. Returns the area's name afterwards."""
    with engine.begin() as conn:
        area_id = _area_id(conn, kommun, name)
        current = conn.execute(select(db.areas.c.aliases).where(db.areas.c.id == area_id)).scalar()
        alias_list = [a for a in (current or "").split("|") if a.strip()] if aliases is None else aliases
        values: dict[str, Any] = {}
        if new_name and new_name.strip() != name:
            new_name = new_name.strip()
            if conn.execute(select(db.areas.c.id).where(db.areas.c.name == new_name)).scalar() is not None:
                raise AreaFileError(f"Det finns redan ett område som heter {new_name!r}")
            values["name"] = new_name
            if name not in alias_list:
                alias_list.append(name)
        alias_list = [a.strip() for a in alias_list if a.strip() and a.strip() != (new_name or name)]
        values["aliases"] = "|".join(dict.fromkeys(alias_list)) or None
        if population is not None:
            if population < 0:
                raise AreaFileError("Befolkningen kan inte vara negativ")
            values["population"] = population
        elif clear_population:
            values["population"] = None
        conn.execute(update(db.areas).where(db.areas.c.id == area_id).values(**values))
        audit.record(conn, actor, "areas", area=name, **{k: v for k, v in values.items()})
    return str(values.get("name", name))


def list_areas(
    bind: Engine | Connection, kommun: str | None = None, everything: bool = False
) -> pd.DataFrame:
    """name, kommun (code), kommun_name, code, layer, active, population, aliases, area_km2."""
    a, k = db.areas, db.kommuner
    query = (
        select(
            a.c.name,
            a.c.kommun_code.label("kommun"),
            func.coalesce(k.c.name, a.c.kommun).label("kommun_name"),
            a.c.code,
            _layer_expr().label("layer"),
            a.c.active,
            a.c.population,
            a.c.aliases,
            a.c.geom,
        )
        .select_from(a.outerjoin(k, k.c.code == a.c.kommun_code))
        .order_by(a.c.kommun_code, a.c.name)
    )
    if kommun:
        query = query.where(a.c.kommun_code == kommun)
    if not everything:
        query = query.where(a.c.active)
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            rows = conn.execute(query).mappings().all()
    else:
        rows = bind.execute(query).mappings().all()
    frame = pd.DataFrame(
        rows,
        columns=["name", "kommun", "kommun_name", "code", "layer", "active", "population", "aliases", "geom"],
    )
    frame["area_km2"] = [round(wkt.loads(g).area / 1e6, 2) for g in frame.pop("geom")]
    frame["active"] = frame["active"].astype(bool)
    return frame


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
