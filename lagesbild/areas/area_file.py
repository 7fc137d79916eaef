"""Reading a kommun's own area file (GeoPackage, GeoJSON, zipped Shapefile as QGIS exports them) into
valid polygons in SWEREF 99 TM, with a Swedish error naming the file and the feature."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from lagesbild.errors import UserInputError
from lagesbild.geo import SWEDEN_EAST, SWEDEN_NORTH, SWEREF


class AreaFileError(UserInputError):
    """An area file that cannot be used, with a Swedish message naming the file and the feature."""


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
