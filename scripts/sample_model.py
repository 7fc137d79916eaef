"""The invented ground truth behind the sample files: incidents in time and space, and who reports them.

Incidents are drawn per area and day (Poisson), with weekday, season and special-day patterns, then
given one reporting source (sometimes two or three: the cross-source duplicates). The renderers in
sample_sources.py turn them into each source's own file format.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sample_geo import AREA_BY_NAME, AREAS, Place, Street
from sample_text import (
    CATEGORY_WEIGHTS,
    ELSEWHERE,
    ELSEWHERE_TYPES,
    FIRE_WEIGHTS,
    KOMMUNPOLIS_TYPES,
    NON_EST_WEIGHTS,
    POLIS_TYPES,
)

TZ = ZoneInfo("Europe/Stockholm")
FIRST_MONDAY = dt.date(2025, 4, 14)  # 2025-W16
LAST_SUNDAY = dt.date(2026, 11, 22)  # 2026-W47
WEEKLY_RATE = {"Brandkärr": 10.0, "Fisksätra": 15.0, "Älta": 15.0}  # incidents per week before seasons
WEEKDAY = [0.85, 0.85, 0.9, 0.95, 1.3, 1.4, 1.0]
HOURS = [5, 4, 3, 2, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 9, 10, 11, 11, 9, 7]
KLOTTER_STEP = dt.date(2026, 7, 20)  # 2026-W30: klotter in Älta triples (planted step change)
MEASURE = (dt.date(2025, 9, 29), dt.date(2026, 3, 1))  # 2025-W40..2026-W09: measure in Fisksätra
SKOLAVSLUTNING = {
    ("Nacka", 2025): dt.date(2025, 6, 13),
    ("Nyköping", 2025): dt.date(2025, 6, 12),
    ("Nacka", 2026): dt.date(2026, 6, 12),
    ("Nyköping", 2026): dt.date(2026, 6, 12),
}
# name -> (extra incidents as share of the weekly rate, hour window, category boosts)
SPECIALS: dict[str, tuple[float, tuple[int, int], dict[str, float]]] = {
    "valborg": (0.45, (18, 27), {"nedskrapning": 4, "ordningsstorning": 3, "anlagd_brand": 3, "samling": 3}),
    "skolavslutning": (
        0.35,
        (16, 25),
        {"samling": 4, "ordningsstorning": 3, "nedskrapning": 3, "vald_hot": 2},
    ),
    "halloween": (0.5, (17, 24), {"skadegorelse": 5, "skjutning_explosion": 4, "klotter": 1.5}),
    "nyar": (0.9, (21, 27), {"anlagd_brand": 8, "skjutning_explosion": 20, "skadegorelse": 3}),
}
# which kinds of place each category happens at, and how often at an address / along a street
LOCATION = {
    "samling": (
        0.6,
        0.4,
        ["centrum", "torg", "station", "fritidsgård", "gångtunnel", "busshållplats", "park"],
    ),
    "nedskrapning": (0.5, 0.3, ["park", "torg", "centrum", "idrottsplats", "skola"]),
    "klotter": (0.5, 0.4, ["gångtunnel", "skola", "station", "busshållplats", "centrum"]),
    "skadegorelse": (0.5, 0.4, ["skola", "busshållplats", "centrum", "station", "park"]),
    "anlagd_brand": (0.45, 0.55, ["skola", "parkering", "park", "centrum"]),
    "ordningsstorning": (0.75, 0.15, ["centrum", "torg", "station", "busshållplats", "fritidsgård"]),
    "vald_hot": (0.75, 0.15, ["centrum", "torg", "station", "busshållplats"]),
    "ran": (0.8, 0.1, ["centrum", "station", "busshållplats", "gångtunnel"]),
    "incident_anstalld": (0.9, 0.1, ["fritidsgård", "skola", "centrum"]),
    "narkotika": (0.6, 0.4, ["gångtunnel", "station", "park", "centrum"]),
    "inbrott_stold": (0.35, 0.65, ["centrum", "skola", "station"]),
    "olovlig_trafik": (0.4, 0.0, ["park", "torg", "idrottsplats"]),
    "otrygg_plats": (0.6, 0.0, ["gångtunnel", "park", "busshållplats"]),
    "olovligt_boende": (0.4, 0.6, ["park", "station"]),
    "skjutning_explosion": (0.5, 0.5, ["centrum", "torg", "parkering"]),
    "ryktesspridning": (1.0, 0.0, ["skola", "fritidsgård", "centrum"]),
    "ovrigt": (0.5, 0.0, ["park", "centrum", "skola"]),
}
# chance that a source reports an incident of this category (relative weights per incident)
SOURCE_WEIGHT = {
    "polis": {
        "vald_hot": 0.5,
        "ran": 0.6,
        "skjutning_explosion": 0.6,
        "anlagd_brand": 0.25,
        "inbrott_stold": 0.25,
        "narkotika": 0.2,
        "skadegorelse": 0.12,
        "ordningsstorning": 0.15,
        "incident_anstalld": 0.15,
        "olovlig_trafik": 0.1,
        "klotter": 0.03,
        "samling": 0.03,
    },
    "kommunpolis": {
        "vald_hot": 0.45,
        "ran": 0.45,
        "narkotika": 0.45,
        "skadegorelse": 0.22,
        "klotter": 0.15,
        "anlagd_brand": 0.22,
        "inbrott_stold": 0.3,
        "ordningsstorning": 0.15,
        "skjutning_explosion": 0.3,
        "olovlig_trafik": 0.15,
        "incident_anstalld": 0.15,
    },
    "bostadsbolag": {
        "klotter": 0.6,
        "skadegorelse": 0.5,
        "anlagd_brand": 0.35,
        "inbrott_stold": 0.35,
        "nedskrapning": 0.4,
        "otrygg_plats": 0.4,
        "ordningsstorning": 0.15,
        "samling": 0.2,
        "narkotika": 0.2,
        "incident_anstalld": 0.2,
        "olovligt_boende": 0.3,
    },
}
KOMMUN_WEIGHT = {"vald_hot": 0.6, "ran": 0.4, "skjutning_explosion": 0.5}
BOLAG_AREAS = {"Fisksätra": "Stena Fastigheter", "Brandkärr": "Nyköpingshem"}
BOLAG_STREETS_EXCLUDED = {"Fiskarbacken", "Lärkstigen"}  # owned by others
DUP_PAIRS = [  # (sources, weight, categories allowed)
    (
        ("polis", "bostadsbolag"),
        5,
        {"anlagd_brand", "skadegorelse", "inbrott_stold", "narkotika", "incident_anstalld"},
    ),
    (("polis", "kommun"), 3, set(POLIS_TYPES) - {"klotter", "samling"}),
    (("kommunpolis", "kommun"), 3, set(KOMMUNPOLIS_TYPES)),
    (
        ("kommunpolis", "bostadsbolag"),
        1,
        {"klotter", "skadegorelse", "anlagd_brand", "inbrott_stold", "narkotika"},
    ),
    (("polis", "bostadsbolag", "kommun"), 4, {"anlagd_brand"}),
]
DUP_RATE = 0.075
OUTSIDE_DISTRICT = {
    "Nacka centrum": "Nacka centrum",
    "Saltsjöbaden station": "Saltsjöbaden",
    "Orminge centrum": "Orminge",
    "Nyköpings resecentrum": "Nyköping centrum",
    "Saltsjöbadsvägen": "Saltsjöbaden",
    "Igelbodavägen": "Saltsjöbaden",
    "Storkällans väg": "Nacka",
    "Örvägen": "Nacka",
    "Stadsskogsvägen": "Nyköping",
    "Ekensbergsvägen": "Nyköping",
}


@dataclass
class Incident:
    id: int
    kommun: str
    area: str | None  # None: elsewhere in the kommun
    category: str  # EST code, "non_est" for police types outside EST
    at: dt.datetime  # tz-aware, Europe/Stockholm
    east: float = math.nan
    north: float = math.nan
    place: Place | None = None
    street: Street | None = None
    number: int | None = None
    special: str | None = None
    sources: list[str] = field(default_factory=list)
    polis_type: str | None = None
    district: str | None = None  # elsewhere: the district the police summary may name
    publish_delay: dt.timedelta | None = None
    fire: str | None = None  # anlagd brand: bil / container / trapphus / papperskorg / utomhus
    rows: list[tuple[Any, Any]] = field(default_factory=list)  # (DataFile, Row) once rendered

    @property
    def duplicate(self) -> bool:
        return len(self.sources) > 1


def weeks() -> list[tuple[str, dt.date]]:
    out, monday = [], FIRST_MONDAY
    while monday <= LAST_SUNDAY:
        year, week, _ = monday.isocalendar()
        out.append((f"{year}-W{week:02d}", monday))
        monday += dt.timedelta(days=7)
    return out


def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def pick(rng: random.Random, weighted: Mapping[str, float] | Sequence[tuple[str, float]]) -> str:
    items = list(weighted.items()) if isinstance(weighted, Mapping) else list(weighted)
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def season_factor(d: dt.date) -> float:
    factor = 1.15 if 6 <= d.month <= 8 else 0.9 if d.month in (12, 1, 2) else 1.0
    if (d.month == 12 and d.day >= 27) or (d.month == 1 and d.day <= 5):
        factor *= 1.2
    return factor


def category_weights(area: str, d: dt.date, special: str | None) -> dict[str, float]:
    idx = [a.name for a in AREAS].index(area)
    w = {code: weights[idx] for code, weights in CATEGORY_WEIGHTS.items()}
    if 6 <= d.month <= 8:
        for code, f in {
            "nedskrapning": 2.2,
            "samling": 1.6,
            "olovlig_trafik": 1.8,
            "otrygg_plats": 0.5,
        }.items():
            w[code] *= f
    if d.month in (11, 12, 1, 2):
        for code, f in {
            "otrygg_plats": 2.2,
            "samling": 0.8,
            "inbrott_stold": 1.3,
            "olovlig_trafik": 0.4,
        }.items():
            w[code] *= f
    if (d.month == 12 and d.day >= 27) or (d.month == 1 and d.day <= 5):
        w["skjutning_explosion"] *= 4
    if area == "Älta" and d >= KLOTTER_STEP:
        w["klotter"] *= 3.0
    if area == "Fisksätra":
        in_measure = MEASURE[0] <= d <= MEASURE[1]
        for code, f in {"samling": 0.45, "narkotika": 0.6, "otrygg_plats": 0.5}.items():
            w[code] *= f if in_measure else (0.75 if d > MEASURE[1] and code == "samling" else 1.0)
    for code, f in SPECIALS[special][2].items() if special else []:
        w[code] *= f
    return w


def special_of(d: dt.date, kommun: str) -> str | None:
    if (d.month, d.day) == (4, 30):
        return "valborg"
    if (d.month, d.day) == (10, 31):
        return "halloween"
    if (d.month, d.day) == (12, 31):
        return "nyar"
    if SKOLAVSLUTNING.get((kommun, d.year)) == d:
        return "skolavslutning"
    return None


class Simulation:
    def __init__(self, rng: random.Random, streets: list[Street], places: list[Place]) -> None:
        self.rng = rng
        self.streets = streets
        self.places = places
        self.incidents: list[Incident] = []

    def _new(self, **kwargs: Any) -> Incident:
        inc = Incident(id=len(self.incidents) + 1, **kwargs)
        self.incidents.append(inc)
        return inc

    def _at(self, d: dt.date, hour_window: tuple[int, int] | None) -> dt.datetime:
        rng = self.rng
        if hour_window:
            minutes = rng.randint(hour_window[0] * 60, hour_window[1] * 60 - 1)
        else:
            minutes = rng.choices(range(24), weights=HOURS)[0] * 60 + rng.randrange(60)
        naive = dt.datetime.combine(d, dt.time()) + dt.timedelta(minutes=minutes)
        return naive.replace(tzinfo=TZ)

    def _address(self, area: str, bolag_only: bool = False) -> tuple[Street, int]:
        streets = [s for s in self.streets if s.area == area and s.inside]
        if bolag_only:
            streets = [s for s in streets if s.name not in BOLAG_STREETS_EXCLUDED]
        street = self.rng.choices(streets, weights=[len(s.numbers) for s in streets])[0]
        return street, self.rng.choice(list(street.numbers))

    def locate(self, inc: Incident, force: str | None = None, bolag: bool = False) -> None:
        rng, area = self.rng, inc.area
        assert area is not None
        p_place, p_address, kinds = LOCATION[inc.category]
        r = rng.random()
        kind = force or ("place" if r < p_place else "address" if r < p_place + p_address else "street")
        inc.place, inc.street, inc.number = None, None, None
        if kind == "place":
            candidates = [p for p in self.places if p.area == area and p.kind in kinds]
            inc.place = rng.choice(candidates or [p for p in self.places if p.area == area])
            e, n, spread = inc.place.east, inc.place.north, 45.0
        elif kind == "address":
            inc.street, inc.number = self._address(area, bolag_only=bolag)
            (e, n), spread = inc.street.numbers[inc.number], 6.0
        else:
            inc.street = rng.choice([s for s in self.streets if s.area == area and s.inside])
            (e, n), spread = inc.street.numbers[rng.choice(list(inc.street.numbers))], 25.0
        r, theta = spread * math.sqrt(rng.random()), rng.uniform(0, 2 * math.pi)
        inc.east, inc.north = round(e + r * math.cos(theta), 1), round(n + r * math.sin(theta), 1)

    def choose_sources(self, inc: Incident, week: int) -> None:
        rng, area = self.rng, inc.area
        assert area is not None
        weights = {"kommun": KOMMUN_WEIGHT.get(inc.category, 1.0)}
        for source in ("polis", "kommunpolis", "bostadsbolag"):
            if source == "bostadsbolag" and area not in BOLAG_AREAS:
                continue
            weights[source] = SOURCE_WEIGHT[source].get(inc.category, 0.0)
        pairs = [
            (srcs, w)
            for srcs, w, cats in DUP_PAIRS
            if inc.category in cats and all(weights.get(s, 0) > 0 or s == "kommun" for s in srcs)
        ]
        if pairs and rng.random() < DUP_RATE:
            inc.sources = list(pick(rng, [(",".join(s), w) for s, w in pairs]).split(","))
        else:
            inc.sources = [pick(rng, weights)]
            if week in (28, 29, 30, 31) and inc.sources == ["kommun"] and rng.random() < 0.45:
                inc.sources = []  # July: fewer people at work, fewer reports
        street = inc.street.name if inc.street is not None else None
        if "bostadsbolag" in inc.sources and (inc.number is None or street in BOLAG_STREETS_EXCLUDED):
            self.locate(inc, force="address", bolag=True)

    def run(self) -> None:
        rng = self.rng
        day = FIRST_MONDAY
        while day <= LAST_SUNDAY:
            week = day.isocalendar()[1]
            for area in AREAS:
                base = WEEKLY_RATE[area.name] / 7 * WEEKDAY[day.weekday()] * season_factor(day)
                special = special_of(day, area.kommun)
                draws: list[tuple[str | None, int]] = [(None, poisson(rng, base))]
                if special:
                    draws.append((special, poisson(rng, WEEKLY_RATE[area.name] * SPECIALS[special][0])))
                for sp, count in draws:
                    weights = category_weights(area.name, day, sp)
                    for _ in range(count):
                        at = self._at(day, SPECIALS[sp][1] if sp else None)
                        inc = self._new(
                            kommun=area.kommun, area=area.name, category=pick(rng, weights), at=at
                        )
                        inc.special = sp
                        if inc.category == "anlagd_brand":
                            inc.fire = pick(rng, FIRE_WEIGHTS)
                        # cars, containers and stairwells burn at an address; litter bins and grass anywhere
                        self.locate(
                            inc, force="address" if inc.fire in ("bil", "container", "trapphus") else None
                        )
                        self.choose_sources(inc, week)
            self._elsewhere(day)
            day += dt.timedelta(days=1)
        self._planted_new_year()

    def _elsewhere(self, day: dt.date) -> None:
        """Police events in the rest of the kommun, and police types that are no EST matter."""
        rng = self.rng
        for kommun, est_rate, other_rate in (("Nacka", 1.3, 1.0), ("Nyköping", 0.8, 0.7)):
            for _ in range(poisson(rng, est_rate)):
                typ = pick(rng, ELSEWHERE_TYPES)
                inc = self._new(kommun=kommun, area=None, category="elsewhere", at=self._at(day, None))
                inc.polis_type, inc.district, inc.sources = typ, rng.choice(ELSEWHERE[kommun]), ["polis"]
                if typ in {"Misshandel", "Skadegörelse", "Narkotikabrott", "Stöld"} and rng.random() < 0.25:
                    self._outside(inc)
            for _ in range(poisson(rng, other_rate)):
                inc = self._new(kommun=kommun, area=None, category="non_est", at=self._at(day, None))
                inc.polis_type, inc.district, inc.sources = pick(rng, NON_EST_WEIGHTS), None, ["polis"]
            if day.weekday() >= 5 and rng.random() < 0.6:
                at = dt.datetime.combine(day, dt.time(7, rng.randint(30, 59))).replace(tzinfo=TZ)
                inc = self._new(kommun=kommun, area=None, category="non_est", at=at)
                inc.polis_type, inc.sources = "Sammanfattning natt", ["polis"]
            for bolag_area in BOLAG_AREAS if day.weekday() < 5 else []:
                if AREA_BY_NAME[bolag_area].kommun == kommun and rng.random() < 0.16:
                    inc = self._new(
                        kommun=kommun, area=bolag_area, category="non_est", at=self._at(day, (7, 16))
                    )
                    inc.polis_type, inc.sources = rng.choice(["Vattenskada", "Hissfel"]), ["bostadsbolag"]
                    self.locate_address(inc)

    def _outside(self, inc: Incident) -> None:
        """A kommunpolis row just outside the areas: an outside place or a street just outside."""
        rng = self.rng
        places = [p for p in self.places if not p.area and p.kommun == inc.kommun]
        streets = [s for s in self.streets if not s.inside and AREA_BY_NAME[s.area].kommun == inc.kommun]
        inc.sources = ["kommunpolis"]
        if rng.random() < 0.5:
            inc.place = rng.choice(places)
            inc.district = OUTSIDE_DISTRICT[inc.place.name]
            e, n = inc.place.east + rng.uniform(-40, 40), inc.place.north + rng.uniform(-40, 40)
        else:
            inc.street = rng.choice(streets)
            inc.number = rng.choice(list(inc.street.numbers))
            inc.district = OUTSIDE_DISTRICT[inc.street.name]
            e, n = inc.street.numbers[inc.number]
        inc.east, inc.north = round(e, 1), round(n, 1)

    def locate_address(self, inc: Incident) -> None:
        assert inc.area is not None
        inc.street, inc.number = self._address(inc.area, bolag_only=True)
        inc.east, inc.north = inc.street.numbers[inc.number]

    def _planted_new_year(self) -> None:
        """Two new-year's-eve events published on 1 January (the year must come from `datetime`)."""
        fire = self._new(
            kommun="Nacka",
            area="Fisksätra",
            category="anlagd_brand",
            at=dt.datetime(2025, 12, 31, 23, 40, tzinfo=TZ),
        )
        fire.special, fire.sources, fire.polis_type = "nyar", ["polis", "bostadsbolag", "kommun"], "Brand"
        fire.fire = "bil"
        fire.publish_delay = dt.timedelta(minutes=38, seconds=14)
        self.locate(fire, force="address", bolag=True)
        bang = self._new(
            kommun="Nyköping",
            area="Brandkärr",
            category="skjutning_explosion",
            at=dt.datetime(2025, 12, 31, 23, 52, tzinfo=TZ),
        )
        bang.special, bang.sources, bang.polis_type = "nyar", ["polis"], "Explosion"
        bang.publish_delay = dt.timedelta(hours=1, minutes=13, seconds=40)
        self.locate(bang, force="place")
