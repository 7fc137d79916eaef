"""The context layer every map draws for orientation, from open reference data only.

What a reader orients by when there is no background map: every RegSO area of the shown kommuner
(light outline and name), the kommun boundary, railway stations and populated places. Sources:
RegSO 2025 (SCB, CC0; lagesbild/data/regso_2025.geojson.gz) and lagesbild/data/context_places.csv
(Trafikverket stations, GeoNames places; scripts/build_context_layer.py).

Privacy: a context layer is built from these shipped files alone and carries names and outlines,
never incident data, so it may go on every shared map and report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import box

from lagesbild.geo import SWEREF
from lagesbild.kommuner import kommun_names, proper_name, regso_layer

PLACES_FILE = Path(__file__).resolve().parent / "data" / "context_places.csv"
# Short enough for one line under a 800 px map (Leaflet's attribution control).
ATTRIBUTION = "RegSO, kommungräns: SCB (CC0) · stationer: Trafikverket · orter: GeoNames (CC BY 4.0)"
# The same, short, for captions under the static maps.
CAPTION = "Bakgrund: RegSO, kommungräns (SCB), stationer (Trafikverket), orter (GeoNames)."
# Outlines simplified for the browser: 25 m is below what a kommun-wide view can show and keeps the
# two example kommuner's context (36 outlines, boundaries, names) to 67 kB of map page.
SIMPLIFY_M = 25.0


@dataclass(frozen=True)
class MapContext:
    """regso: name, code, kommun_code, label_east, label_north, geometry (outline).
    kommuner: code, name ("Nacka kommun"), geometry (boundary polygon).
    places: name (as drawn, e.g. "Fisksätra station"), kind ("station" | "ort"), east, north.
    All in SWEREF 99 TM metres."""

    regso: gpd.GeoDataFrame
    kommuner: gpd.GeoDataFrame
    places: pd.DataFrame

    @property
    def empty(self) -> bool:
        return self.regso.empty and self.kommuner.empty and self.places.empty


def build_context(
    regso: gpd.GeoDataFrame,
    places: pd.DataFrame,
    codes: Iterable[str],
    names: dict[str, str] | None = None,
    simplify_m: float = SIMPLIFY_M,
) -> MapContext:
    """The context of the kommuner `codes` (pure).

    `regso`: regsokod, regsonamn, kommunkod, geometry in SWEREF 99 TM (the shipped layer);
    `places`: name, kind, kommunkod, east, north (context_places.csv); `names`: kommun code -> short name.
    """
    wanted = sorted({str(c).zfill(4) for c in codes if c is not None and str(c).strip()})
    own = regso[regso["kommunkod"].isin(wanted)].sort_values("regsokod")
    geometry = shapely.simplify(own.geometry.to_numpy(), simplify_m, preserve_topology=True)
    labels = shapely.point_on_surface(own.geometry.to_numpy())
    areas = gpd.GeoDataFrame(
        {
            "name": own["regsonamn"].astype(str).to_numpy(),
            "code": own["regsokod"].astype(str).to_numpy(),
            "kommun_code": own["kommunkod"].astype(str).to_numpy(),
            "label_east": shapely.get_x(labels),
            "label_north": shapely.get_y(labels),
        },
        geometry=list(geometry),
        crs=SWEREF,
    )
    names = names or {}
    boundaries = []
    for code, part in own.groupby("kommunkod", sort=True):
        outline = _solid(shapely.union_all(part.geometry.to_numpy()), simplify_m)
        short = names.get(str(code)) or str(part["kommunnamn"].iloc[0] if "kommunnamn" in part else code)
        boundaries.append({"code": str(code), "name": proper_name(short), "geometry": outline})
    kommuner = gpd.GeoDataFrame(
        pd.DataFrame(boundaries, columns=["code", "name", "geometry"]), geometry="geometry", crs=SWEREF
    )
    chosen = places[places["kommunkod"].astype(str).str.zfill(4).isin(wanted)]
    shown = (
        chosen["name"].astype(str).where(chosen["kind"] != "station", chosen["name"].astype(str) + " station")
    )
    points = pd.DataFrame(
        {
            "name": shown.to_numpy(),
            "kind": chosen["kind"].astype(str).to_numpy(),
            "east": chosen["east"].astype(float).to_numpy(),
            "north": chosen["north"].astype(float).to_numpy(),
        }
    ).reset_index(drop=True)
    return MapContext(areas.reset_index(drop=True), kommuner, points)


def _solid(geometry: shapely.Geometry, simplify_m: float) -> shapely.Geometry:
    """A kommun's outline without the slivers and pin-holes that the union of separately simplified
    RegSO areas leaves along their shared borders (water is part of the areas, so a kommun has no
    real holes; an enclave would be lost, which an orientation line can afford)."""
    parts = [
        shapely.Polygon(p.exterior)
        for p in getattr(geometry, "geoms", [geometry])
        if p.geom_type == "Polygon" and p.area >= 10_000.0
    ]
    return shapely.simplify(shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0], simplify_m)


def clip_context(context: MapContext, bounds: tuple[float, float, float, float]) -> MapContext:
    """The part of `context` inside bounds (minx, miny, maxx, maxy): outlines cut to the view, places
    and labels inside it (pure; for the static maps of the reports)."""
    view = box(*bounds)
    regso = context.regso[context.regso.intersects(view)].copy()
    regso["geometry"] = regso.geometry.intersection(view)
    # A neighbour whose own label point lies outside the view is named at a point of its visible
    # part, if that part is big enough to hold a name (an eighth of the view).
    inside = regso["label_east"].between(bounds[0], bounds[2]) & regso["label_north"].between(
        bounds[1], bounds[3]
    )
    spots = shapely.point_on_surface(regso.geometry.to_numpy())
    roomy = regso.geometry.area.to_numpy() >= view.area / 8
    regso["label_east"] = np.where(inside, regso["label_east"], np.where(roomy, shapely.get_x(spots), np.nan))
    regso["label_north"] = np.where(
        inside, regso["label_north"], np.where(roomy, shapely.get_y(spots), np.nan)
    )
    kommuner = context.kommuner[context.kommuner.intersects(view)]
    places = context.places[
        context.places["east"].between(bounds[0], bounds[2])
        & context.places["north"].between(bounds[1], bounds[3])
    ]
    return MapContext(
        regso.reset_index(drop=True), kommuner.reset_index(drop=True), places.reset_index(drop=True)
    )


@lru_cache(maxsize=1)
def shipped_places() -> pd.DataFrame:
    """The shipped stations and places (the file's first line is its attribution)."""
    return pd.read_csv(PLACES_FILE, comment="#", dtype={"kommunkod": str})


@lru_cache(maxsize=16)
def kommun_context(codes: tuple[str, ...]) -> MapContext:
    """The context of these kommuner from the shipped files (cached: the frames are read-only)."""
    return build_context(regso_layer(), shipped_places(), codes, kommun_names())


def context_around(bounds: tuple[float, float, float, float]) -> MapContext:
    """The context of every kommun that reaches into bounds, clipped to them (static maps)."""
    layer = regso_layer()
    hits = layer.sindex.query(box(*bounds), predicate="intersects")
    codes = tuple(sorted(set(layer.iloc[hits]["kommunkod"].astype(str))))
    return clip_context(kommun_context(codes), bounds)
