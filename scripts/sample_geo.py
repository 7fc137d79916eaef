"""Invented geography for the sample data: area boundaries, an address register and a place gazetteer.

Everything is APPROXIMATE and invented around the real area centres (see sample_data/README.md).
Shapes and streets are laid out in a unit frame around each centre (radius 1 = the area's nominal
radius) and then stretched, rotated and moved into SWEREF 99 TM (EPSG:3006). Area outlines are
star-shaped with a radius of at least 0.85 (unit frame), so anything within 0.7 of the centre is
inside and anything beyond 1.3 is outside.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import geopandas as gpd
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Point, Polygon

SWEREF = "EPSG:3006"
_TO_SWEREF = Transformer.from_crs("EPSG:4326", SWEREF, always_xy=True)
_TO_WGS84 = Transformer.from_crs(SWEREF, "EPSG:4326", always_xy=True)


def to_sweref(lat: float, lon: float) -> tuple[float, float]:
    east, north = _TO_SWEREF.transform(lon, lat)
    return east, north


def to_wgs84(east: float, north: float) -> tuple[float, float]:
    lon, lat = _TO_WGS84.transform(east, north)
    return lat, lon


@dataclass
class Area:
    name: str
    kommun: str
    kommun_code: str
    population: int
    lat: float
    lon: float
    radius: float  # metres, nominal
    stretch: float  # ellipse ratio
    rotation: float  # degrees
    east: float = 0.0
    north: float = 0.0
    polygon: Polygon | None = None

    def __post_init__(self) -> None:
        self.east, self.north = to_sweref(self.lat, self.lon)

    def place(self, u: float, v: float) -> tuple[float, float]:
        """Unit-frame (u, v) -> SWEREF (east, north)."""
        x, y = u * self.radius * self.stretch, v * self.radius / self.stretch
        a = math.radians(self.rotation)
        return (
            self.east + x * math.cos(a) - y * math.sin(a),
            self.north + x * math.sin(a) + y * math.cos(a),
        )


AREAS = [
    Area("Brandkärr", "Nyköping", "0480", 3900, 58.7664, 17.0181, 640, 1.25, 35),
    Area("Fisksätra", "Nacka", "0182", 7500, 59.2935, 18.2575, 720, 1.3, -25),
    Area("Älta", "Nacka", "0182", 11000, 59.2575, 18.1830, 1020, 1.18, 60),
]
AREA_BY_NAME = {a.name: a for a in AREAS}


def _outline(area: Area, rng: random.Random, vertices: int = 22) -> Polygon:
    phase1, phase2 = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    points = []
    for i in range(vertices):
        theta = 2 * math.pi * i / vertices
        r = 1.0 + 0.09 * math.sin(2 * theta + phase1) + 0.06 * math.sin(3 * theta + phase2)
        r = min(1.2, max(0.86, r + rng.uniform(-0.05, 0.07)))
        points.append(area.place(r * math.cos(theta), r * math.sin(theta)))
    return Polygon([(round(e, 1), round(n, 1)) for e, n in points])


def build_areas(rng: random.Random) -> gpd.GeoDataFrame:
    for area in AREAS:
        area.polygon = _outline(area, rng)
    polys = [a.polygon for a in AREAS if a.polygon is not None]
    for i, p in enumerate(polys):
        for q in polys[i + 1 :]:
            assert not p.intersects(q), "sample areas must not overlap"
    return gpd.GeoDataFrame(
        {
            "name": [a.name for a in AREAS],
            "kommun": [a.kommun for a in AREAS],
            "kommun_code": [a.kommun_code for a in AREAS],
            "population": [a.population for a in AREAS],
        },
        geometry=[MultiPolygon([a.polygon]) for a in AREAS],
        crs=SWEREF,
    )


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


def build_streets() -> list[Street]:
    streets = []
    for name, area_name, unit_line, count, postcode, postort, inside in STREETS:
        area = AREA_BY_NAME[area_name]
        line = [area.place(u, v) for u, v in unit_line]
        street = Street(name, area_name, inside, postcode, postort)
        pairs = (count + 1) // 2
        for number in range(1, count + 1):
            k = (number - 1) // 2
            (e, n), (dx, dy) = _along(line, (k + 0.5) / pairs)
            side = 14.0 if number % 2 else -14.0
            street.numbers[number] = (round(e - dy * side, 1), round(n + dx * side, 1))
            if inside:
                assert area.polygon is not None and area.polygon.contains(Point(street.numbers[number]))
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


def build_places() -> list[Place]:
    places = []
    for name, kind, area_name, pos, public, aliases in PLACES:
        if area_name:
            area = AREA_BY_NAME[area_name]
            east, north = area.place(*pos)
            kommun = area.kommun
            assert area.polygon is not None and area.polygon.contains(Point(east, north))
        else:
            east, north = to_sweref(*pos)
            kommun = "Nyköping" if "Nyköping" in name else "Nacka"
        places.append(
            Place(name, kind, area_name, kommun, round(east, 1), round(north, 1), public, aliases.split("|"))
        )
    return places


def random_point_in(area: Area, rng: random.Random, max_r: float = 0.7) -> tuple[float, float]:
    r = max_r * math.sqrt(rng.random())
    theta = rng.uniform(0, 2 * math.pi)
    return area.place(r * math.cos(theta), r * math.sin(theta))
