"""Reference data a kommun supplies once: areas, the place gazetteer and the address register."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Point
from sqlalchemy import Select, delete, false, select
from sqlalchemy.engine import Connection

from lagesbild import db
from lagesbild.geo import SWEREF, ReferenceData

AREAS_FILE = "areas.geojson"
PLACES_FILE = "places.csv"
ADDRESSES_FILE = "addresses.csv"


def read_reference_dir(folder: Path) -> ReferenceData:
    """Areas (any CRS, reprojected to SWEREF 99 TM), places.csv and addresses.csv from a folder."""
    areas = gpd.read_file(folder / AREAS_FILE).to_crs(SWEREF)
    areas["id"] = range(1, len(areas) + 1)
    places = pd.read_csv(folder / PLACES_FILE, dtype={"area": "string", "aliases": "string"})
    places["public"] = places["public"].astype(str).str.lower().isin(["true", "1", "ja", "yes"])
    addresses = pd.read_csv(folder / ADDRESSES_FILE, dtype={"number": "string", "postcode": "string"})
    return ReferenceData(areas=areas, places=places, addresses=addresses)


def _multipolygon(geom: object) -> MultiPolygon:
    return geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom])


def store_reference(conn: Connection, reference: ReferenceData) -> None:
    """Insert or update areas by name; replace the gazetteer and the address register."""
    existing = dict(conn.execute(select(db.areas.c.name, db.areas.c.id)).all())
    for _, area in reference.areas.iterrows():
        values = {
            "kommun": area["kommun"],
            "kommun_code": str(area["kommun_code"]).zfill(4),
            "population": int(area["population"]) if pd.notna(area.get("population")) else None,
            "geom": _multipolygon(area.geometry).wkt,
        }
        if area["name"] in existing:
            conn.execute(db.areas.update().where(db.areas.c.id == existing[area["name"]]).values(**values))
        else:
            conn.execute(db.areas.insert().values(name=area["name"], **values))
    conn.execute(delete(db.places))
    conn.execute(delete(db.addresses))
    _insert_places(conn, reference)


def store_places(conn: Connection, reference: ReferenceData, kommun_codes: list[str]) -> tuple[int, int]:
    """Replace the gazetteer and the address register of these kommuner only; returns (places, addresses)."""
    shorts = [
        str(s)
        for s in conn.execute(
            select(db.areas.c.kommun).where(db.areas.c.kommun_code.in_(kommun_codes)).distinct()
        ).scalars()
    ]
    kommun_area_ids = select(db.areas.c.id).where(db.areas.c.kommun_code.in_(kommun_codes))
    conn.execute(
        delete(db.places).where(db.places.c.area_id.in_(kommun_area_ids) | db.places.c.kommun.in_(shorts))
    )
    conn.execute(delete(db.addresses).where(db.addresses.c.kommun.in_(shorts)))
    _insert_places(conn, reference)
    return len(reference.places), len(reference.addresses)


def _insert_places(conn: Connection, reference: ReferenceData) -> None:
    area_ids = dict(conn.execute(select(db.areas.c.name, db.areas.c.id)).all())
    places = reference.places
    if not places.empty:
        conn.execute(
            db.places.insert(),
            [
                {
                    "name": p["name"],
                    "kind": p.get("kind"),
                    "area_id": area_ids.get(p["area"]) if pd.notna(p["area"]) else None,
                    "kommun": p.get("kommun"),
                    "public": bool(p["public"]),
                    "aliases": p["aliases"] if pd.notna(p["aliases"]) else None,
                    "east": float(p["east"]),
                    "north": float(p["north"]),
                    "geom": Point(float(p["east"]), float(p["north"])).wkt,
                }
                for _, p in places.iterrows()
            ],
        )
    addresses = reference.addresses
    if not addresses.empty:
        conn.execute(
            db.addresses.insert(),
            [
                {
                    "street": a["street"],
                    "number": str(a["number"]),
                    "postcode": a.get("postcode"),
                    "postort": a.get("postort"),
                    "kommun": a.get("kommun"),
                    "east": float(a["east"]),
                    "north": float(a["north"]),
                    "geom": Point(float(a["east"]), float(a["north"])).wkt,
                }
                for a in addresses.to_dict("records")
            ],
        )


def _rows(conn: Connection, query: Select[Any], columns: list[str] | None = None) -> pd.DataFrame:
    # Plain tuples, not mappings: the same frame without a dict per row (121k addresses at national
    # scale: 2.6 s -> about 1 s for the whole reference, which every shared output loads).
    result = conn.execute(query)
    return pd.DataFrame(list(map(tuple, result.fetchall())), columns=columns or list(result.keys()))


def load_reference(
    conn: Connection, areas: Sequence[str] | None = None, addresses: bool = True
) -> ReferenceData:
    """The stored reference. `areas`: only these areas (by name) and their places, for a caller that
    needs no others (generalising a week's incidents in 3 areas reads 3 polygons, not 3,363);
    `addresses=False`: without the address register (121k rows nationally; only placing reads it)."""
    # Only each kommun's active layer places reports (lagesbild/areas/: overlapping layers).
    chosen = [db.areas.c.name.in_(list(areas))] if areas is not None else []
    frame = _rows(conn, select(db.areas).where(db.areas.c.active, *chosen))
    geometry = list(shapely.from_wkt(frame.pop("geom").to_numpy(object))) if len(frame) else []
    stored = gpd.GeoDataFrame(frame, geometry=geometry, crs=SWEREF)
    if stored.empty:
        stored = gpd.GeoDataFrame(
            {"id": [], "name": [], "kommun": [], "kommun_code": [], "population": [], "aliases": []},
            geometry=[],
            crs=SWEREF,
        )
    names = dict(zip(stored["id"], stored["name"], strict=True))
    p = db.places
    places = _rows(
        conn,
        select(p.c.name, p.c.kind, p.c.area_id, p.c.east, p.c.north, p.c.public, p.c.aliases).where(
            *([p.c.area_id.in_(list(names))] if areas is not None else [])
        ),
        ["name", "kind", "area_id", "east", "north", "public", "aliases"],
    )
    places["area"] = places["area_id"].map(names)
    t = db.addresses
    register = select(t.c.street, t.c.number, t.c.east, t.c.north).where(*([] if addresses else [false()]))
    return ReferenceData(
        areas=stored, places=places, addresses=_rows(conn, register, ["street", "number", "east", "north"])
    )
