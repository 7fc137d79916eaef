"""Sample geography: the three EST areas are real SCB RegSO 2025 polygons; streets and places in them
are invented (see sample_data/README.md).

The areas' boundaries come from the RegSO layer shipped in lagesbild/data (SCB, CC0). Streets and
places are laid out in a unit frame inside each area (radius 1 = the frame's nominal radius), then
stretched, rotated and moved into SWEREF 99 TM (EPSG:3006). Each frame (centre, radius, stretch,
rotation) was fitted once so that everything within 0.8 of its centre lies at least 60 m inside the
real polygon and the streets meant to lie "just outside" lie outside every EST area; build_streets
and build_places assert it on every run. A few places are real positions (REAL_POSITIONS).
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Point, Polygon

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lagesbild.kommuner import ATTRIBUTION, regso_areas

SWEREF = "EPSG:3006"
_TO_SWEREF = Transformer.from_crs("EPSG:4326", SWEREF, always_xy=True)
_TO_WGS84 = Transformer.from_crs(SWEREF, "EPSG:4326", always_xy=True)
REGSO_ATTRIBUTION = ATTRIBUTION


def to_sweref(lat: float, lon: float) -> tuple[float, float]:
    east, north = _TO_SWEREF.transform(lon, lat)
    return east, north


def to_wgs84(east: float, north: float) -> tuple[float, float]:
    lon, lat = _TO_WGS84.transform(east, north)
    return lat, lon


@dataclass
class Area:
    name: str  # as the sample's reports write it ("Älta")
    regso: str  # SCB's RegSO code
    kommun: str
    kommun_code: str
    population: int  # approximate, not SCB's figure (sample_data/README.md)
    east: float  # the unit frame's centre, SWEREF 99 TM
    north: float
    radius: float  # metres, nominal
    stretch: float  # ellipse ratio
    rotation: float  # degrees
    regso_name: str = ""
    polygon: Polygon | MultiPolygon | None = None

    def place(self, u: float, v: float) -> tuple[float, float]:
        """Unit-frame (u, v) -> SWEREF (east, north)."""
        x, y = u * self.radius * self.stretch, v * self.radius / self.stretch
        a = math.radians(self.rotation)
        return (
            self.east + x * math.cos(a) - y * math.sin(a),
            self.north + x * math.sin(a) + y * math.cos(a),
        )


AREAS = [
    Area("Brandkärr", "0480R004", "Nyköping", "0480", 3900, 616672, 6515779, 512, 1.3, 50),
    Area("Fisksätra", "0182R004", "Nacka", "0182", 7500, 685364, 6577170, 684, 1.3, -30),
    # Älta-Erstavik (34 km², most of it the Erstavik forest): the frame sits on Älta itself.
    Area("Älta", "0182R016", "Nacka", "0182", 11000, 681443, 6574099, 1020, 1.3, -75),
]
AREA_BY_NAME = {a.name: a for a in AREAS}
# The real RegSO layers of the sample's two kommuner (every area, for "which area is this point in").
KOMMUN_CODES = ("0182", "0480")


@lru_cache(maxsize=1)
def regso_of_kommuner() -> gpd.GeoDataFrame:
    frames = [regso_areas(code) for code in KOMMUN_CODES]
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=SWEREF)


def regso_area_at(east: float, north: float) -> str:
    """The name of the real RegSO area a point lies in ("" outside both kommuner)."""
    layer = regso_of_kommuner()
    hit = layer[layer.contains(Point(east, north))]
    return str(hit["name"].iloc[0]) if len(hit) else ""


def build_areas(rng: random.Random) -> gpd.GeoDataFrame:
    """The three EST areas as SCB's RegSO polygons (`rng` is unused: kept so seeds stay stable)."""
    del rng
    layer = regso_of_kommuner().set_index("code")
    for area in AREAS:
        area.polygon = layer.at[area.regso, "geometry"]
        area.regso_name = str(layer.at[area.regso, "name"])
    return gpd.GeoDataFrame(
        {
            "name": [a.regso_name for a in AREAS],
            "code": [a.regso for a in AREAS],
            "kommun": [a.kommun for a in AREAS],
            "kommun_code": [a.kommun_code for a in AREAS],
            "population": [a.population for a in AREAS],
            "aliases": [a.name if a.name != a.regso_name else None for a in AREAS],
        },
        geometry=[_multi(a.polygon) for a in AREAS],
        crs=SWEREF,
    )


def _multi(polygon: Polygon | MultiPolygon | None) -> MultiPolygon:
    assert polygon is not None
    return polygon if isinstance(polygon, MultiPolygon) else MultiPolygon([polygon])


def _inside(area: Area, point: tuple[float, float], margin: float = 60.0) -> bool:
    assert area.polygon is not None
    return bool(area.polygon.buffer(-margin).contains(Point(point)))


def _in_no_area(point: tuple[float, float]) -> bool:
    return not any(a.polygon is not None and a.polygon.buffer(40).contains(Point(point)) for a in AREAS)


# name, area, unit-frame polyline, house numbers, postcode, postort, inside the area?
STREETS: list[tuple[str, str, list[tuple[float, float]], int, str, str, bool]] = [
    (
        "Brandkärrsvägen",
        "Brandkärr",
        [(-0.65, -0.2), (-0.1, 0.05), (0.3, 0.1), (0.62, 0.3)],
        44,
        "611 64",
        "Nyköping",
        True,
    ),
    (
        "Mariebergsvägen",
        "Brandkärr",
        [(0.05, -0.6), (0.1, -0.15), (0.05, 0.3)],
        26,
        "611 64",
        "Nyköping",
        True,
    ),
    (
        "Långbergsvägen",
        "Brandkärr",
        [(-0.4, 0.55), (-0.3, 0.25), (-0.35, -0.1)],
        24,
        "611 65",
        "Nyköping",
        True,
    ),
    ("Solvägen", "Brandkärr", [(0.25, -0.45), (0.55, -0.3)], 16, "611 64", "Nyköping", True),
    ("Kärrvägen", "Brandkärr", [(-0.55, -0.4), (-0.2, -0.45)], 14, "611 65", "Nyköping", True),
    ("Lärkstigen", "Brandkärr", [(0.3, 0.45), (0.45, 0.6)], 10, "611 64", "Nyköping", True),
    ("Stadsskogsvägen", "Brandkärr", [(-1.5, -0.6), (-1.35, 0.2)], 14, "611 66", "Nyköping", False),
    ("Ekensbergsvägen", "Brandkärr", [(1.35, -0.3), (1.6, 0.3)], 12, "611 63", "Nyköping", False),
    (
        "Fisksätravägen",
        "Fisksätra",
        [(-0.65, 0.1), (-0.2, 0.0), (0.2, -0.1), (0.6, -0.25)],
        40,
        "133 41",
        "Saltsjöbaden",
        True,
    ),
    (
        "Fisksätra allé",
        "Fisksätra",
        [(-0.1, -0.55), (0.0, -0.1), (0.05, 0.4)],
        28,
        "133 41",
        "Saltsjöbaden",
        True,
    ),
    ("Stensövägen", "Fisksätra", [(0.2, 0.2), (0.55, 0.35)], 20, "133 42", "Saltsjöbaden", True),
    ("Fiskarbacken", "Fisksätra", [(-0.5, 0.35), (-0.25, 0.55)], 14, "133 42", "Saltsjöbaden", True),
    ("Båtsmansvägen", "Fisksätra", [(0.25, -0.4), (0.5, -0.5)], 12, "133 43", "Saltsjöbaden", True),
    ("Sjöbrinken", "Fisksätra", [(-0.45, -0.3), (-0.3, -0.5)], 10, "133 43", "Saltsjöbaden", True),
    ("Saltsjöbadsvägen", "Fisksätra", [(1.3, -0.9), (1.55, 0.2)], 16, "133 36", "Saltsjöbaden", False),
    ("Igelbodavägen", "Fisksätra", [(-1.45, -0.5), (-1.35, 0.5)], 10, "133 34", "Saltsjöbaden", False),
    (
        "Ältavägen",
        "Älta",
        [(-0.68, 0.05), (-0.25, 0.0), (0.2, 0.1), (0.66, 0.05)],
        46,
        "138 30",
        "Älta",
        True,
    ),
    ("Ältabergsvägen", "Älta", [(-0.2, 0.25), (0.1, 0.55)], 24, "138 31", "Älta", True),
    ("Sigfridsborgsvägen", "Älta", [(0.3, -0.2), (0.45, -0.55)], 20, "138 32", "Älta", True),
    ("Almvägen", "Älta", [(-0.5, -0.25), (-0.2, -0.35)], 16, "138 33", "Älta", True),
    ("Oxelvägen", "Älta", [(-0.55, 0.3), (-0.35, 0.5)], 14, "138 33", "Älta", True),
    ("Lönnvägen", "Älta", [(0.4, 0.3), (0.6, 0.4)], 12, "138 31", "Älta", True),
    ("Tennisvägen", "Älta", [(0.0, -0.3), (0.1, -0.6)], 10, "138 32", "Älta", True),
    ("Ängsvägen", "Älta", [(-0.3, -0.55), (0.0, -0.62)], 16, "138 34", "Älta", True),
    ("Storkällans väg", "Älta", [(-1.5, -0.3), (-1.3, 0.4)], 14, "138 35", "Älta", False),
    ("Örvägen", "Älta", [(1.3, 0.5), (1.55, -0.2)], 10, "138 36", "Älta", False),
]


@dataclass
class Street:
    name: str
    area: str
    inside: bool
    postcode: str
    postort: str
    numbers: dict[int, tuple[float, float]] = field(default_factory=dict)

    @property
    def middle(self) -> tuple[float, float]:
        pts = list(self.numbers.values())
        return pts[len(pts) // 2]


def _along(points: list[tuple[float, float]], t: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """Point at fraction t of a polyline and the unit direction there."""
    seg = [(p, q, math.dist(p, q)) for p, q in zip(points, points[1:], strict=False)]
    target = t * sum(s[2] for s in seg)
    for p, q, length in seg:
        if target <= length or (p, q, length) == seg[-1]:
            f = min(1.0, target / length)
            d = ((q[0] - p[0]) / length, (q[1] - p[1]) / length)
            return (p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1])), d
        target -= length
    raise AssertionError("unreachable")


# Älta-Erstavik borders Stockholm and Tyresö near Älta and Nacka's other areas only 3.5 km away: its
# two streets "just outside" are laid out from a point in Storängen-Saltsjö Duvnäs (0182R013) instead.
OUTSIDE_ANCHOR = {"Storkällans väg": (681570.0, 6578540.0), "Örvägen": (682770.0, 6578240.0)}


def build_streets() -> list[Street]:
    streets = []
    for name, area_name, unit_line, count, postcode, postort, inside in STREETS:
        area = AREA_BY_NAME[area_name]
        line = [area.place(u, v) for u, v in unit_line]
        if name in OUTSIDE_ANCHOR:
            east, north = OUTSIDE_ANCHOR[name]
            first = line[0]
            line = [(east + e - first[0], north + n - first[1]) for e, n in line]
        street = Street(name, area_name, inside, postcode, postort)
        pairs = (count + 1) // 2
        for number in range(1, count + 1):
            k = (number - 1) // 2
            (e, n), (dx, dy) = _along(line, (k + 0.5) / pairs)
            side = 14.0 if number % 2 else -14.0
            street.numbers[number] = (round(e - dy * side, 1), round(n + dx * side, 1))
            point = street.numbers[number]
            assert _inside(area, point) if inside else _in_no_area(point), (name, number)
        streets.append(street)
    return streets


# name, kind, area ("" = outside every area), unit-frame position or (lat, lon) outside, public, aliases
PLACES: list[tuple[str, str, str, tuple[float, float], bool, str]] = [
    ("Brandkärrs centrum", "centrum", "Brandkärr", (0.0, 0.1), True, "Brandkärr centrum|Brandkärrs C"),
    ("Brandkärrsskolan", "skola", "Brandkärr", (-0.35, 0.05), True, "Brandkärrs skola|Brandkärrskolan"),
    ("Långbergsskolan", "skola", "Brandkärr", (-0.45, 0.45), True, "Långbergs skola"),
    (
        "Mariebergsgården",
        "fritidsgård",
        "Brandkärr",
        (0.2, -0.3),
        False,
        "Mariebergsgårdens fritidsgård|Marieberg fritidsgård",
    ),
    ("Mariebergsparken", "park", "Brandkärr", (0.35, -0.55), True, "Mariebergs park"),
    ("Brandkärrs IP", "idrottsplats", "Brandkärr", (0.5, 0.1), True, "Brandkärrs idrottsplats"),
    (
        "Hållplats Brandkärrsvägen",
        "busshållplats",
        "Brandkärr",
        (0.15, 0.12),
        True,
        "busshållplatsen Brandkärrsvägen",
    ),
    (
        "Gångtunneln Brandkärrsvägen",
        "gångtunnel",
        "Brandkärr",
        (-0.2, 0.0),
        True,
        "gångtunneln vid Brandkärrsvägen",
    ),
    ("Fisksätra centrum", "centrum", "Fisksätra", (0.05, 0.05), True, "Fisksätra C|centrum Fisksätra"),
    (
        "Fisksätra station",
        "station",
        "Fisksätra",
        (-0.15, 0.25),
        True,
        "Fisksätra stn|Saltsjöbanan Fisksätra",
    ),
    (
        "Fisksätra fritidsgård",
        "fritidsgård",
        "Fisksätra",
        (0.2, 0.05),
        False,
        "Fritidsgården Fisksätra|Fisksätra fritids",
    ),
    ("Fisksätra torg", "torg", "Fisksätra", (0.0, -0.05), True, "Torget i Fisksätra|Fisksätratorget"),
    ("Fisksätra skola", "skola", "Fisksätra", (-0.35, -0.15), True, "Fisksätraskolan"),
    ("Fisksätra IP", "idrottsplats", "Fisksätra", (0.4, 0.1), True, "Fisksätra idrottsplats|Fisksätra BP"),
    (
        "Centrumparkeringen Fisksätra",
        "parkering",
        "Fisksätra",
        (0.15, -0.2),
        True,
        "P-huset Fisksätra|parkeringshuset Fisksätra",
    ),
    (
        "Gångtunneln Fisksätra station",
        "gångtunnel",
        "Fisksätra",
        (-0.1, 0.15),
        True,
        "gångtunneln vid stationen",
    ),
    ("Älta centrum", "centrum", "Älta", (0.0, 0.1), True, "Älta C|Ältacentrum"),
    ("Sigfridsborgsskolan", "skola", "Älta", (0.4, -0.35), True, "Sigfridsborgs skola"),
    ("Stavsborgsskolan", "skola", "Älta", (-0.4, 0.4), True, "Stavsborgs skola"),
    ("Älta tennishall", "idrottsplats", "Älta", (0.15, -0.45), True, "Tennishallen Älta|Älta tennis"),
    ("Älta IP", "idrottsplats", "Älta", (0.3, 0.3), True, "Älta idrottsplats|Ältavallen"),
    ("Fritidsgården Älta", "fritidsgård", "Älta", (-0.15, 0.2), False, "Älta fritidsgård"),
    ("Ältabergsparken", "park", "Älta", (-0.05, 0.45), True, "Ältabergs park"),
    ("Hållplats Älta centrum", "busshållplats", "Älta", (0.1, 0.0), True, "busshållplatsen vid Älta centrum"),
    ("Gångtunneln Älta centrum", "gångtunnel", "Älta", (-0.1, 0.02), True, "gångtunneln vid Älta centrum"),
    ("Nacka centrum", "centrum", "", (59.3105, 18.1637), True, "Nacka C|Nacka Forum"),
    ("Saltsjöbaden station", "station", "", (59.2787, 18.3137), True, "Saltsjöbadens station"),
    ("Orminge centrum", "centrum", "", (59.3280, 18.2580), True, "Orminge C"),
    ("Nyköpings resecentrum", "station", "", (58.7556, 17.0072), True, "Resecentrum Nyköping|Nyköping C"),
]


@dataclass
class Place:
    name: str
    kind: str
    area: str
    kommun: str
    east: float
    north: float
    public: bool
    aliases: list[str]


# Real positions (WGS84) of places that exist: Trafikverket's railway stations and the GeoNames point of
# Nacka (../shared/real_data/geo/places.csv). The other places' positions are invented.
REAL_POSITIONS = {
    "Fisksätra station": (59.294121, 18.256015),  # Trafikverket, Fisksätra (xFsä)
    "Nyköpings resecentrum": (58.756613, 16.997085),  # Trafikverket, Nyköping (Nk)
    "Nacka centrum": (59.31053, 18.16372),  # GeoNames, Nacka
}


def build_places() -> list[Place]:
    places = []
    for name, kind, area_name, pos, public, aliases in PLACES:
        if area_name:
            area = AREA_BY_NAME[area_name]
            east, north = to_sweref(*REAL_POSITIONS[name]) if name in REAL_POSITIONS else area.place(*pos)
            kommun = area.kommun
            assert _inside(area, (east, north)), name
        else:
            east, north = to_sweref(*REAL_POSITIONS.get(name, pos))
            kommun = "Nyköping" if "Nyköping" in name else "Nacka"
            assert _in_no_area((east, north)), name
        places.append(
            Place(name, kind, area_name, kommun, round(east, 1), round(north, 1), public, aliases.split("|"))
        )
    return places


def random_point_in(area: Area, rng: random.Random, max_r: float = 0.7) -> tuple[float, float]:
    r = max_r * math.sqrt(rng.random())
    theta = rng.uniform(0, 2 * math.pi)
    return area.place(r * math.cos(theta), r * math.sin(theta))
