"""Coordinates: SWEREF 99 TM (EPSG:3006) for storage, WGS84 for maps, conversions between them and
the checks that a point lies in Sweden (its bounding boxes, then its outline: land and territorial sea)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer

SWEREF = "EPSG:3006"
WGS84 = "EPSG:4326"
# Generous bounding boxes of Sweden; a point outside is a row error, not a guess.
SWEDEN_LAT = (55.0, 69.2)
SWEDEN_LON = (10.5, 24.3)
SWEDEN_EAST = (240_000.0, 940_000.0)
SWEDEN_NORTH = (6_100_000.0, 7_700_000.0)


@lru_cache(maxsize=2)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


def to_sweref(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    east, north = _transformer(WGS84, SWEREF).transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.asarray(east), np.asarray(north)


def to_wgs84(east: np.ndarray, north: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) for SWEREF 99 TM points."""
    lon, lat = _transformer(SWEREF, WGS84).transform(np.asarray(east, float), np.asarray(north, float))
    return np.asarray(lat), np.asarray(lon)


def _within(values: np.ndarray, bounds: tuple[float, float]) -> np.ndarray:
    return (values >= bounds[0]) & (values <= bounds[1])


OUTLINE_FILE = Path(__file__).resolve().parent / "data" / "sweden_outline.geojson"


OUTSIDE_BORDER = "punkten ligger utanför Sveriges gränser (land och territorialhav)"


@lru_cache(maxsize=1)
def sweden_outline() -> shapely.Geometry:
    """Sweden's land and sea border in SWEREF 99 TM (see scripts/build_sweden_outline.py), prepared."""
    collection = json.loads(OUTLINE_FILE.read_text(encoding="utf-8"))
    outline = shapely.from_geojson(json.dumps(collection["features"][0]["geometry"]))
    shapely.prepare(outline)
    return outline


def in_sweden(east: np.ndarray, north: np.ndarray) -> np.ndarray:
    """Per SWEREF 99 TM point: inside Sweden's land and sea border (not a bounding box: Copenhagen,
    Oslo, Åland and Bornholm lie inside the box but outside the border)."""
    east, north = np.asarray(east, float), np.asarray(north, float)
    if not len(east):
        return np.zeros(0, dtype=bool)
    return np.asarray(shapely.contains_xy(sweden_outline(), east, north), dtype=bool)


def check_wgs84(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Per point: '' when fine, else a Swedish reason (swapped or outside Sweden)."""
    lat, lon = np.asarray(lat, float), np.asarray(lon, float)
    ok = _within(lat, SWEDEN_LAT) & _within(lon, SWEDEN_LON)
    swapped = ~ok & _within(lon, SWEDEN_LAT) & _within(lat, SWEDEN_LON)
    problems = np.where(
        ok,
        "",
        np.where(
            swapped,
            "Lat och Lon verkar omkastade (latitud ska vara 55–69 i Sverige)",
            "punkten ligger utanför Sverige",
        ),
    ).astype(object)
    if ok.any():
        east, north = to_sweref(lat[ok], lon[ok])
        problems[np.flatnonzero(ok)[~in_sweden(east, north)]] = OUTSIDE_BORDER
    return problems


def check_sweref(east: np.ndarray, north: np.ndarray) -> np.ndarray:
    east, north = np.asarray(east, float), np.asarray(north, float)
    ok = _within(east, SWEDEN_EAST) & _within(north, SWEDEN_NORTH)
    swapped = ~ok & _within(north, SWEDEN_EAST) & _within(east, SWEDEN_NORTH)
    problems = np.where(
        ok,
        "",
        np.where(
            swapped,
            "N och E verkar omkastade (N ska vara 6 100 000–7 700 000 i SWEREF 99 TM)",
            "punkten ligger utanför Sverige (SWEREF 99 TM)",
        ),
    ).astype(object)
    if ok.any():
        problems[np.flatnonzero(ok)[~in_sweden(east[ok], north[ok])]] = OUTSIDE_BORDER + " (SWEREF 99 TM)"
    return problems
