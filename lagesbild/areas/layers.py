"""Storing a kommun's layers of areas (RegSO, its own) and switching the active one, which re-places
the kommun's incidents that have coordinates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely import wkt
from shapely.geometry import MultiPolygon
from sqlalchemy import Engine, func, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db
from lagesbild.areas.area_file import AreaFileError
from lagesbild.geo import SWEREF, areas_for_points
from lagesbild.kommuner import REGSO_LAYER, kommun_names, proper_name, regso_areas

OWN_LAYER = "egen"  # areas.layer NULL (older databases, reference load) is this layer


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


def layer_expr() -> Any:
    """An area's layer in SQL: its stored layer, or OWN_LAYER where none is stored."""
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
            db.areas.c.kommun_code == code, layer_expr() == layer
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
                db.areas.c.kommun_code == code, db.areas.c.active, layer_expr() != REGSO_LAYER
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
    conn.execute(update(db.areas).where(db.areas.c.kommun_code == code).values(active=layer_expr() == layer))


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
            select(func.count()).where(db.areas.c.kommun_code == code, layer_expr() == layer)
        ).scalar()
        if not count:
            raise AreaFileError(f"Kommunen {code} har inga områden i lagret {layer!r}")
        change = AreaChange(code, row["name"], layer, layer)
        change.replaced_incidents = _switch_layer(conn, code, layer)
        audit.record(
            conn, actor, "areas", kommun=code, active_layer=layer, replaced=change.replaced_incidents
        )
    return change
