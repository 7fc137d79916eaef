"""One area edited by hand (rename, aliases, population) and the areas listed."""

from __future__ import annotations

from typing import Any

import pandas as pd
from shapely import wkt
from sqlalchemy import Engine, and_, func, select, update
from sqlalchemy.engine import Connection

from lagesbild import audit, db
from lagesbild.areas.area_file import AreaFileError
from lagesbild.areas.layers import layer_expr


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
            layer_expr().label("layer"),
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
