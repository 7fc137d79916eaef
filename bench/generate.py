"""Seeded benchmark data at national scale: reference data for 290 kommuner, kommun EST reports as
the municipality's CSV export (streamed, any N), and a direct bulk loader of stored incidents (COPY on
PostgreSQL, executemany on SQLite; indexes built after loading).

Areas (`source`): "regso" (the default) is the real 3,363 RegSO 2025 areas of the 290 kommuner (SCB,
CC0), as the package ships them and `kommun add` names them, with real kommun names and codes;
"synthetic" is the earlier grid of 870 16-sided polygons of about 1.2 km radius with invented names
(kept as the baseline of bench/sections_areas.py). Incidents, places and addresses are invented
either way, at points drawn uniformly inside their area's polygon. Everything is derived from a seed,
so two runs produce byte-identical files and tables.

    python -m bench.generate --rows 1000000           # bench/work/kommun_1000000.csv + reference
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import shapely
from shapely.geometry import Polygon
from sqlalchemy import Engine, select, text

from lagesbild import db
from lagesbild.geo import SWEREF, ReferenceData
from lagesbild.kommuner import national_regso_areas
from lagesbild.weeks import TZ, week_label, week_start

SEED = 20260301
WORK = Path(__file__).resolve().parent / "work"
N_KOMMUNER = 290
AREAS_PER_KOMMUN = 3
AREA_RADIUS_M = 1200.0
AREA_SOURCES = ("regso", "synthetic")
POINTS_PER_AREA = 256  # drawn once per area inside its polygon; incidents, places and addresses use them
START = dt.datetime(2021, 11, 29)  # a Monday: 260 whole ISO weeks, 2021-W48 … 2026-W47
WEEKS = 260
END = START + dt.timedelta(weeks=WEEKS)
SPAN_S = int((END - START).total_seconds())
LAST_WEEK = week_label((END - dt.timedelta(days=1)).date())  # the newest week in the data

PREFIXES = (
    "Björk", "Ek", "Gran", "Tall", "Sjö", "Berg", "Lind", "Ask", "Al", "Rönn", "Hag", "Lunda", "Norr",
    "Söder", "Väster", "Öster", "Kvarn", "Kyrk", "Stor", "Lill", "Ängs", "Back", "Dal", "Holm", "Mo",
    "Sand", "Sten", "Strand", "Vik", "Sol", "Lövs", "Hassel", "Rosen", "Fors", "Ljung", "Bäck",
)  # fmt: skip
AREA_SUFFIXES = (
    "dalen", "backen", "hagen", "gården", "berga", "lund", "viken", "holmen", "torp", "ängen", "åsen",
    "skogen", "by", "näs", "sätra", "myra", "mossen", "hult", "sund", "ryd", "heden", "liden", "tuna",
    "vången", "kärr", "slätt", "rum", "kulla", "bo", "löt",
)  # fmt: skip
KOMMUN_SUFFIXES = ("köping", "hamn", "ström", "sala", "borg", "bro", "stad", "vall", "mark", "fors")

# Kommun labels as reporters write them (weights ~ how often), including aliases, a variant with a
# suffix and one unknown label (becomes Övrigt with a warning).
KOMMUN_LABELS: tuple[tuple[str, float], ...] = (
    ("Skadegörelse", 12), ("Skadegörelse (glaskross)", 4), ("Klotter", 14), ("Anlagd brand", 4),
    ("Anlagd brand - container", 2), ("Nedskräpning", 12), ("Otrygghetsskapande samling av personer", 10),
    ("Bråk", 6), ("Våld och hot", 4), ("Hot mot personal", 2), ("Misstänkt narkotikahantering", 5),
    ("Inbrott och stöld", 6), ("Rån", 1), ("Moped på gc-väg", 4), ("Otrygg plats", 5),
    ("Belysning ur funktion", 2), ("Olovligt boende", 1), ("Skjutning", 0.3), ("Sociala medier", 1),
    ("Ofredande", 0.7), ("Övrigt", 2), ("Trappsittning", 0.5),
)  # fmt: skip
DESCRIPTIONS = (
    "Krossad glasruta i entrédörren.",
    "Nytt klotter på väggen, ca {n} m².",
    "Tags på elskåpet.",
    "Brand i container, släckt av räddningstjänsten.",
    "Bilbrand på parkeringen, räddningstjänsten på plats.",
    "Lustgaspatroner och flaskor.",
    "Grovsopor dumpade vid miljöstugan.",
    "Ungdomar samlas, dörren uppställd.",
    "Grupp om {n} personer i trapphuset sent på kvällen.",
    "Högljudd fest utomhus sent på kvällen.",
    "Slagsmål mellan två personer, lugnt efter en stund.",
    "Trygghetsvärd utsatt för glåpord och hot.",
    "Misstänkt langning vid busshållplatsen.",
    "Inbrott i {n} förråd i källaren.",
    "Cykel stulen från cykelstället.",
    "Mopeder kör på gång- och cykelvägen.",
    "Belysningen ur funktion längs gångvägen.",
    "Buskage skymmer sikten.",
    "Person sover i tvättstugan.",
    "Film från bråket sprids i sociala medier.",
    "Rykte om hämndaktion sprids bland elever.",
    "Okända vuxna samlas kvällstid; boende upplever otrygghet.",
    "Stenkastning mot buss.",
)
# Second sentences: with the first, the area and the numbers, free texts are nearly all distinct,
# as real reports are (no cache in the pipeline can live off repeated texts).
FOLLOW_UPS = (
    "",
    "Polis tillkallad kl {h}.",
    "Anmält till fastighetsägaren kl {h}.",
    "Väktare på plats efter {m} min.",
    "Andra gången denna vecka i {a}.",
    "Boende i {a} oroliga.",
    "Sanerat dagen efter, {n} timmars arbete.",
    "Ca {n} personer, lämnade platsen kl {h}.",
    "Bilder finns i ärendet.",
    "Skadan uppskattas till {k} 000 kr.",
    "Följs upp på veckomötet i {a}.",
    "Liknande händelse vid {a} centrum förra veckan.",
    "Räddningstjänsten släckte inom {m} minuter.",
    "Upptäckt vid rondering kl {h}.",
)
# Planted personal data (a few per cent of rows): what the redaction has to remove.
PERSONAL = (
    " Vittne: Anna Berg, tel 070-123 45 67.", " Bil ABC 123 syntes lämna platsen.",
    " Anmälare Erik Lindqvist, 0701234567.", " Mopeden hade reg DEF 45G.",
    " Kontakt: kalle.svensson@example.se.",
)  # fmt: skip
PLACES = (
    "vid {a}skolan", "{a} centrum", "{a}s centrum", "parkeringen vid {a}vägen", "{a}vägen {k}",
    "lekplatsen vid {a}gatan", "gångtunneln vid {a}", "busshållplatsen {a} centrum", "källaren {a}vägen {k}",
    "centrala {a}", "",
)  # fmt: skip
DAYPARTS = ("morgon", "förmiddag", "eftermiddag", "kväll", "natt")


@dataclass(frozen=True)
class Synthetic:
    """The generated reference data and what the generators need to draw from it."""

    reference: ReferenceData
    centres: np.ndarray  # (areas, 2) east, north
    kommun_of_area: np.ndarray  # kommun index per area
    kommun_names: list[str]
    source: str = "synthetic"
    points: np.ndarray | None = None  # (areas, POINTS_PER_AREA, 2) inside each area (real polygons)

    @property
    def area_names(self) -> list[str]:
        return [str(n) for n in self.reference.areas["name"]]


def _names(rng: np.random.Generator) -> tuple[list[str], list[str]]:
    areas = [p + s for p in PREFIXES for s in AREA_SUFFIXES]
    kommuner = [p + s for p in PREFIXES for s in KOMMUN_SUFFIXES]
    areas = [areas[i] for i in rng.permutation(len(areas))]
    kommuner = [kommuner[i] for i in rng.permutation(len(kommuner))]
    return areas, kommuner


def make_reference(
    n_kommuner: int = N_KOMMUNER,
    areas_per_kommun: int = AREAS_PER_KOMMUN,
    seed: int = SEED,
    source: str = "regso",
) -> Synthetic:
    """Areas (real RegSO or the synthetic grid), gazetteer (3 places per area, with aliases) and
    address register (36 per area)."""
    if source == "regso":
        return _regso_reference(n_kommuner, seed)
    if source != "synthetic":
        raise ValueError(f"areas: one of {', '.join(AREA_SOURCES)}, not {source!r}")
    rng = np.random.default_rng(seed)
    area_names, kommun_names = _names(rng)
    n_areas = n_kommuner * areas_per_kommun
    if n_areas > len(area_names) or n_kommuner > len(kommun_names):
        raise ValueError(f"at most {len(kommun_names)} kommuner and {len(area_names)} areas")
    cols = int(np.ceil(np.sqrt(n_kommuner * 0.45)))  # Sweden is long: ~2.2 times as tall as wide
    rows_ = int(np.ceil(n_kommuner / cols))
    east0, east1, north0, north1 = 340_000.0, 860_000.0, 6_170_000.0, 7_500_000.0
    areas, geoms, places, addresses = [], [], [], []
    centres = np.zeros((n_areas, 2))
    kommun_of_area = np.zeros(n_areas, dtype=int)
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    for k in range(n_kommuner):
        r, c = divmod(k, cols)
        ke = east0 + (c + 0.5) * (east1 - east0) / cols + rng.uniform(-4000, 4000)
        kn = north0 + (r + 0.5) * (north1 - north0) / rows_ + rng.uniform(-4000, 4000)
        code = f"{k + 1:04d}"
        for j in range(areas_per_kommun):
            a = k * areas_per_kommun + j
            name = area_names[a]
            theta = 2 * np.pi * j / areas_per_kommun
            e, n = ke + 4000 * np.cos(theta), kn + 4000 * np.sin(theta)
            centres[a] = (e, n)
            kommun_of_area[a] = k
            radius = AREA_RADIUS_M * rng.uniform(0.85, 1.15, len(angles))
            geoms.append(Polygon(zip(e + radius * np.cos(angles), n + radius * np.sin(angles), strict=True)))
            areas.append({"id": a + 1, "name": name, "kommun": kommun_names[k], "kommun_code": code,
                          "population": int(rng.integers(2000, 15000))})  # fmt: skip
            for kind, pname, aliases, (de, dn) in (
                ("centrum", f"{name} centrum", f"{name}s centrum|centrala {name}", (0, 0)),
                ("skola", f"{name}skolan", f"{name}s skola", (300, -200)),
                ("fritidsgård", f"Fritidsgården {name}", f"{name}gården", (-250, 250)),
            ):
                places.append({"name": pname, "kind": kind, "area": name, "kommun": kommun_names[k],
                               "east": round(e + de, 1), "north": round(n + dn, 1), "public": True,
                               "aliases": aliases})  # fmt: skip
            for street, count, (de, dn) in ((f"{name}vägen", 24, (-600, 0)), (f"{name}gatan", 12, (0, 500))):
                for number in range(1, count + 1):
                    addresses.append(
                        {
                            "street": street,
                            "number": str(number),
                            "postcode": f"{100 + k} {j}0",
                            "postort": kommun_names[k],
                            "kommun": kommun_names[k],
                            "east": round(e + de + 25 * number, 1),
                            "north": round(n + dn, 1),
                        }
                    )
    reference = ReferenceData(
        areas=gpd.GeoDataFrame(areas, geometry=geoms, crs=SWEREF),
        places=pd.DataFrame(places),
        addresses=pd.DataFrame(addresses),
    )
    return Synthetic(reference, centres, kommun_of_area, kommun_names[:n_kommuner])


def points_inside(rng: np.random.Generator, geometries: np.ndarray, per_area: int) -> np.ndarray:
    """(areas, per_area, 2) points drawn uniformly inside each polygon (rejection in its bounding box)."""
    out = np.zeros((len(geometries), per_area, 2))
    for a, geom in enumerate(geometries):
        shapely.prepare(geom)
        x0, y0, x1, y1 = geom.bounds
        have = 0
        while have < per_area:
            # Draw a batch sized by how much of the box the polygon fills, plus a margin.
            fill = max(geom.area / max((x1 - x0) * (y1 - y0), 1.0), 0.02)
            m = int((per_area - have) / fill * 1.5) + 16
            x, y = rng.uniform(x0, x1, m), rng.uniform(y0, y1, m)
            keep = shapely.contains_xy(geom, x, y)
            take = min(int(keep.sum()), per_area - have)
            out[a, have : have + take, 0] = x[keep][:take]
            out[a, have : have + take, 1] = y[keep][:take]
            have += take
    return np.round(out, 1)


def _regso_reference(n_kommuner: int, seed: int) -> Synthetic:
    """The real RegSO 2025 areas of the first `n_kommuner` kommuner (in code order; all 290 by default)
    with invented places and addresses at points inside each area."""
    rng = np.random.default_rng(seed)
    national = national_regso_areas()
    codes = sorted(national["kommun_code"].unique())[:n_kommuner]
    regso = national[national["kommun_code"].isin(codes)].reset_index(drop=True)
    kommun_names = [str(regso.loc[regso["kommun_code"] == c, "kommun"].iloc[0]) for c in codes]
    kommun_of_area = np.searchsorted(np.asarray(codes), regso["kommun_code"].to_numpy())
    geometries = np.asarray(regso.geometry)
    points = points_inside(rng, geometries, POINTS_PER_AREA)
    centres = np.asarray([[p.x, p.y] for p in shapely.point_on_surface(geometries)])
    areas = regso.assign(id=np.arange(1, len(regso) + 1), population=rng.integers(2000, 15000, len(regso)))[
        ["id", "name", "kommun", "kommun_code", "population", "aliases", "geometry"]
    ]
    places, addresses = [], []
    for a, (name, kommun) in enumerate(zip(areas["name"], areas["kommun"], strict=True)):
        for k, (kind, pname, aliases) in enumerate((
            ("centrum", f"{name} centrum", f"{name}s centrum|centrala {name}"),
            ("skola", f"{name}skolan", f"{name}s skola"),
            ("fritidsgård", f"Fritidsgården {name}", f"{name}gården"),
        )):  # fmt: skip
            places.append({"name": pname, "kind": kind, "area": name, "kommun": kommun,
                           "east": float(points[a, k, 0]), "north": float(points[a, k, 1]), "public": True,
                           "aliases": aliases})  # fmt: skip
        postcode = f"{int(codes[kommun_of_area[a]]) % 900 + 100} 00"
        for first, street, count in ((3, f"{name}vägen", 24), (27, f"{name}gatan", 12)):
            for number in range(1, count + 1):
                e, n = points[a, first + number - 1]
                addresses.append({"street": street, "number": str(number), "postcode": postcode,
                                  "postort": kommun, "kommun": kommun, "east": float(e),
                                  "north": float(n)})  # fmt: skip
    reference = ReferenceData(
        areas=gpd.GeoDataFrame(areas, geometry="geometry", crs=SWEREF),
        places=pd.DataFrame(places),
        addresses=pd.DataFrame(addresses),
    )
    return Synthetic(reference, centres, kommun_of_area, kommun_names, "regso", points)


def write_reference_dir(synthetic: Synthetic, folder: Path) -> Path:
    """areas.geojson, places.csv and addresses.csv as `lagesbild.reference.read_reference_dir` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    synthetic.reference.areas.drop(columns=["id"]).to_file(folder / "areas.geojson", driver="GeoJSON")
    synthetic.reference.places.to_csv(folder / "places.csv", index=False)
    synthetic.reference.addresses.to_csv(folder / "addresses.csv", index=False)
    return folder


def draw_points_in_areas(
    rng: np.random.Generator, synthetic: Synthetic, area: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A point inside each row's area: one of the area's points drawn inside its real polygon, or on
    the synthetic grid uniform within 0.8 × the smallest polygon radius (always inside it)."""
    if synthetic.points is not None:
        pick = synthetic.points[area, rng.integers(0, synthetic.points.shape[1], len(area))]
        return pick[:, 0], pick[:, 1]
    centres = synthetic.centres
    r = 0.8 * 0.85 * AREA_RADIUS_M * np.sqrt(rng.random(len(area)))
    phi = rng.uniform(0, 2 * np.pi, len(area))
    return centres[area, 0] + r * np.cos(phi), centres[area, 1] + r * np.sin(phi)


def _decimal_comma(values: np.ndarray) -> list[str]:
    return [f"{v:.1f}".replace(".", ",") for v in values]


def kommun_rows(
    synthetic: Synthetic,
    n: int,
    seed: int = SEED,
    chunk: int = 50_000,
    start: dt.datetime = START,
    span_s: int = SPAN_S,
    kommun: int | None = None,
) -> Iterator[list[list[str]]]:
    """Chunks of CSV rows (Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E) in time order,
    spread evenly over `span_s` seconds from `start` (default: the 260 weeks), in every area or only in
    one kommun's. About 0.2 % of the rows are bad (rejected by the ingest)."""
    rng = np.random.default_rng(seed + 1)
    labels = [label for label, _ in KOMMUN_LABELS]
    weights = np.array([w for _, w in KOMMUN_LABELS])
    weights /= weights.sum()
    names = synthetic.area_names
    kommuner = synthetic.kommun_names
    choices = np.arange(len(names)) if kommun is None else np.flatnonzero(synthetic.kommun_of_area == kommun)
    for first in range(0, n, chunk):
        m = min(chunk, n - first)
        idx = np.arange(first, first + m)
        seconds = ((idx + rng.random(m)) / n * span_s).astype("int64")
        when = pd.DatetimeIndex(np.datetime64(start, "s") + seconds.astype("timedelta64[s]"))
        year, month, day = when.year.to_numpy(), when.month.to_numpy(), when.day.to_numpy()
        hour, minute = when.hour.to_numpy(), when.minute.to_numpy()
        area = choices[rng.integers(0, len(choices), m)]
        label = rng.choice(len(labels), m, p=weights)
        date_style = rng.choice(3, m, p=[0.6, 0.25, 0.15])
        time_style = rng.choice(5, m, p=[0.5, 0.15, 0.1, 0.1, 0.15])
        area_style = rng.choice(3, m, p=[0.88, 0.05, 0.07])
        place_style = rng.integers(0, len(PLACES), m)
        desc = rng.integers(0, len(DESCRIPTIONS), m)
        follow_up = rng.integers(0, len(FOLLOW_UPS), m)
        personal = np.where(rng.random(m) < 0.03, rng.integers(0, len(PERSONAL), m), -1)
        reporter = rng.integers(0, 7, m)
        has_point = rng.random(m) < 0.55
        east, north = draw_points_in_areas(rng, synthetic, area)
        numbers = rng.integers(1, 40, m)
        bad = rng.random(m)
        rows: list[list[str]] = []
        for i in range(m):
            a = names[area[i]]
            y, mo, d = int(year[i]), int(month[i]), int(day[i])
            ds = date_style[i]
            date = f"{y}-{mo:02d}-{d:02d}" if ds == 0 else (f"{d}/{mo}/{y}" if ds == 1 else f"{d}.{mo}.{y}")
            ts = time_style[i]
            h, mi = int(hour[i]), int(minute[i])
            tid = (
                f"{h:02d}:{mi:02d}" if ts == 0 else f"{h:02d}.{mi:02d}" if ts == 1 else f"{h:02d}{mi:02d}"
                if ts == 2 else "" if ts == 3 else DAYPARTS[min(h // 5, 4)]
            )  # fmt: skip
            area_text = a if area_style[i] == 0 else a.lower() if area_style[i] == 1 else ""
            place = PLACES[place_style[i]].format(a=a, k=int(numbers[i]))
            description = DESCRIPTIONS[desc[i]].format(n=int(numbers[i]))
            follow = FOLLOW_UPS[follow_up[i]].format(
                a=a,
                n=int(numbers[i]) % 12 + 2,
                h=f"{h:02d}.{mi:02d}",
                m=int(numbers[i]) % 25 + 3,
                k=int(numbers[i]),
            )
            if follow:
                description += " " + follow
            if personal[i] >= 0:
                description += PERSONAL[personal[i]]
            kommun = kommuner[synthetic.kommun_of_area[area[i]]]
            who = (
                f"Fritidsgården {a}",
                f"Trygghetsvärdar {kommun}",
                f"Fastighet/{kommun} kommun",
                "Väktare Securitas",
                "Väktare Avarn",
                f"Kommunpolis {kommun}",
                f"{a}skolan",
            )[reporter[i]]
            n_text, e_text = ("", "")
            if has_point[i]:
                n_text, e_text = f"{north[i]:.1f}".replace(".", ","), f"{east[i]:.1f}".replace(".", ",")
            category = labels[label[i]]
            if bad[i] < 0.001:
                date = f"31/13/{y}"  # impossible date
            elif bad[i] < 0.0015 and has_point[i]:
                n_text, e_text = e_text, n_text  # swapped coordinates
            elif bad[i] < 0.002:
                category = ""  # empty category
            rows.append([date, tid, area_text, place, category, description, who, n_text, e_text])
        yield rows


HEADER = ["Datum", "Tid", "Område", "Plats", "Kategori", "Beskrivning", "Rapportör", "N", "E"]


def write_kommun_csv(
    path: Path,
    n: int,
    synthetic: Synthetic | None = None,
    seed: int = SEED,
    week: str | None = None,
    kommun: int | None = None,
) -> Path:
    """Stream N rows to `path` as Swedish Excel writes CSV: `;`, Windows-1252, CRLF; all 260 weeks
    and areas, or one ISO `week` of one `kommun` (a weekly report). Reused when already written by
    this generator with the same arguments."""
    synthetic = synthetic or make_reference()
    key = json.dumps(
        {
            "rows": n,
            "seed": seed,
            "week": week,
            "kommun": kommun,
            "areas": len(synthetic.area_names),
            "source": synthetic.source,
            "generator": hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16],
        }
    )
    done = path.with_suffix(".done")
    if path.exists() and done.exists() and done.read_text() == key:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    window: dict[str, Any] = {}
    if week is not None:
        window = {"start": dt.datetime.combine(week_start(week), dt.time()), "span_s": 7 * 86400}
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for rows in kommun_rows(synthetic, n, seed, kommun=kommun, **window):
            writer.writerows(rows)
    tmp.replace(path)
    done.write_text(key)
    return path


# ------------------------------------------------------------------------------------- bulk load

SOURCES = np.array(["kommun", "polis", "bostadsbolag"])
CATEGORY_CODES = np.array([
    "skadegorelse", "klotter", "anlagd_brand", "nedskrapning", "samling", "ordningsstorning", "vald_hot",
    "incident_anstalld", "narkotika", "inbrott_stold", "ran", "olovlig_trafik", "otrygg_plats",
    "olovligt_boende", "skjutning_explosion", "ryktesspridning", "sexualbrott", "ofredande", "vald_i_hemmet",
    "ovrigt",
])  # fmt: skip
CATEGORY_WEIGHTS = np.array([16, 14, 6, 12, 10, 6, 5, 2, 5, 7, 1, 4, 7, 1, 0.3, 1, 0.3, 0.7, 0.3, 2])
INCIDENT_COLUMNS = [
    "batch_id", "row_number", "source", "organisation_id", "source_key", "content_hash", "occurred_at",
    "occurred_date", "iso_week", "weekday", "hour", "time_precision", "area_id", "category",
    "source_category", "description", "place", "east", "north", "geom", "location_precision", "cost_sek",
    "review_status", "duplicate_of", "raw_description", "raw_place", "created_at", "updated_at",
]  # fmt: skip
ORGS_PER_KOMMUN = 4


def _prepare_bulk(engine: Engine, synthetic: Synthetic) -> dict[str, Any]:
    """Schema, reference data, one batch and the organisations the bulk rows point at."""
    from lagesbild.reference import store_reference

    db.init_db(engine)
    with engine.begin() as conn:
        store_reference(conn, synthetic.reference)
        area_ids = dict(conn.execute(select(db.areas.c.name, db.areas.c.id)).all())
        batch_key = conn.execute(
            db.ingest_batches.insert().values(
                file_name="bench-bulk", sha256="0" * 64, source="kommun", kind="incidents", rows=0, loaded=0,
                updated=0, duplicates=0, ignored=0, rejected=0, started_at=dt.datetime.now(dt.UTC),
                imported_by="bench",
            )
        ).inserted_primary_key  # fmt: skip
        assert batch_key is not None
        batch = batch_key[0]
        orgs = [
            {"name": f"{unit} {k}", "source": src}
            for k in synthetic.kommun_names
            for unit, src in (("Trygghetsvärdar", "kommun"), ("Fritidsgården", "kommun"),
                              ("Polisen", "polis"), ("Bostadsbolaget", "bostadsbolag"))
        ]  # fmt: skip
        conn.execute(db.organisations.insert(), orgs)
        org_ids = dict(conn.execute(select(db.organisations.c.name, db.organisations.c.id)).all())
    ids = np.array([area_ids[n] for n in synthetic.area_names])
    org_matrix = np.array(
        [[org_ids[f"{u} {k}"] for u in ("Trygghetsvärdar", "Fritidsgården", "Polisen", "Bostadsbolaget")]
         for k in synthetic.kommun_names]
    )  # fmt: skip
    return {"batch_id": int(batch), "area_ids": ids, "org_matrix": org_matrix}


def _coded(codes: np.ndarray, labels: Any) -> pa.DictionaryArray:
    """A dictionary-encoded Arrow string column from integer codes into `labels`."""
    return pa.DictionaryArray.from_arrays(pa.array(np.asarray(codes, dtype="int32")), pa.array(list(labels)))


def _iso_weeks(days: np.ndarray) -> tuple[pa.DictionaryArray, np.ndarray]:
    """ISO week labels ("2024-W16") and ISO weekdays (1 = Monday) of local dates as datetime64[D]."""
    weekday = (days.astype("int64") + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
    thursday = days - weekday.astype("timedelta64[D]") + np.timedelta64(3, "D")
    year_start = thursday.astype("datetime64[Y]")
    week = (thursday - year_start.astype("datetime64[D]")).astype("int64") // 7 + 1
    key = (year_start.astype("int64") + 1970) * 100 + week
    uniques, inverse = np.unique(key, return_inverse=True)
    return _coded(inverse, [f"{k // 100}-W{k % 100:02d}" for k in uniques]), weekday + 1


def _join(*parts: Any) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def bulk_tables(
    synthetic: Synthetic,
    prepared: dict[str, Any],
    n: int,
    seed: int = SEED,
    chunk: int = 500_000,
    sqlite: bool = False,
) -> Iterator[pa.Table]:
    """Chunks of stored incident rows (the incidents table's columns without id), in time order,
    with values as the app stores them (SQLite: SQLAlchemy's text formats for times and dates).

    5 % have no area (police events placed only in a kommun), 55 % of the others a point, 3 % are
    linked duplicates of an earlier row, 90 % are reviewed. Ids are 1..N in load order (fresh table)."""
    rng = np.random.default_rng(seed + 2)
    weights = CATEGORY_WEIGHTS / CATEGORY_WEIGHTS.sum()
    n_areas = len(synthetic.area_names)
    start = (
        pd.Timestamp(START, tz=TZ).tz_convert("UTC").tz_localize(None).to_datetime64().astype("datetime64[s]")
    )
    for first in range(0, n, chunk):
        m = min(chunk, n - first)
        idx = np.arange(first, first + m)
        utc = start + ((idx + rng.random(m)) / n * SPAN_S).astype("int64").astype("timedelta64[s]")
        local = (
            pd.DatetimeIndex(utc)
            .tz_localize("UTC")
            .tz_convert(TZ)
            .tz_localize(None)
            .to_numpy("datetime64[s]")
        )
        days = local.astype("datetime64[D]")
        hour = ((local - days).astype("int64") // 3600).astype("int32")
        iso_week, weekday = _iso_weeks(days)
        first_day = days.min()
        day_labels = np.datetime_as_string(np.arange(first_day, days.max() + 1), unit="D")
        stamp = _join(pc.cast(pa.array(utc), pa.string()), ".000000" if sqlite else "+00")
        area = rng.integers(0, n_areas, m)
        no_area = rng.random(m) < 0.05
        source = rng.choice(3, m, p=[0.6, 0.3, 0.1])
        has_point = (rng.random(m) < 0.55) & ~no_area & (source != 1)
        east, north = draw_points_in_areas(rng, synthetic, area)
        east, north = np.round(east, 1), np.round(north, 1)
        kommun = synthetic.kommun_of_area[area]
        unit = np.where(source == 0, rng.integers(0, 2, m), np.where(source == 1, 2, 3))
        category = rng.choice(len(CATEGORY_CODES), m, p=weights)
        duplicate = (rng.random(m) < 0.03) & (idx > 1000)
        east_a, north_a = pa.array(east, mask=~has_point), pa.array(north, mask=~has_point)
        wkt = _join("POINT(" if sqlite else "SRID=3006;POINT(", pc.cast(east_a, pa.string()), " ",
                    pc.cast(north_a, pa.string()), ")")  # fmt: skip
        hashes = np.frombuffer(rng.bytes(32 * m).hex().encode("ascii"), dtype="S64")
        columns: dict[str, pa.Array] = {
            "batch_id": pa.array(np.full(m, prepared["batch_id"], dtype="int32")),
            "row_number": pa.array((idx + 2).astype("int64")),
            "source": _coded(source, SOURCES),
            "organisation_id": pa.array(prepared["org_matrix"][kommun, unit].astype("int64")),
            "source_key": _join("bench:", pc.utf8_lpad(pc.cast(pa.array(idx), pa.string()), 9, "0")),
            "content_hash": pa.array(hashes, type=pa.binary(64)).cast(pa.string()),
            "occurred_at": stamp,
            "occurred_date": _coded((days - first_day).astype("int64"), day_labels),
            "iso_week": iso_week,
            "weekday": pa.array(weekday.astype("int32")),
            "hour": pa.array(hour),
            "time_precision": _coded(np.zeros(m), ["exact"]),
            "area_id": pa.array(prepared["area_ids"][area].astype("int64"), mask=no_area),
            "category": _coded(category, CATEGORY_CODES),
            "source_category": _coded(category, CATEGORY_CODES),
            "description": _coded(rng.integers(0, len(DESCRIPTIONS), m), DESCRIPTIONS),
            "place": pc.if_else(pa.array(has_point), "vid centrum", pa.scalar(None, pa.string())),
            "east": east_a,
            "north": north_a,
            "geom": wkt,
            "location_precision": _coded(
                np.where(has_point, 0, np.where(no_area, 1, 2)), ["exact", "kommun", "area"]
            ),
            "cost_sek": pa.array(rng.integers(500, 20000, m).astype(float), mask=source != 2),
            "review_status": _coded(rng.random(m) >= 0.9, ["granskad", "inkommen"]),
            "duplicate_of": pa.array(rng.integers(1, np.maximum(idx, 2)).astype("int64"), mask=~duplicate),
            "raw_description": pa.nulls(m, pa.string()),
            "raw_place": pa.nulls(m, pa.string()),
            "created_at": stamp,
            "updated_at": stamp,
        }
        yield pa.table(columns)


def _pylist(column: pa.ChunkedArray | pa.Array) -> list[Any]:
    """Python values of an Arrow column (None for nulls), faster than `to_pylist`."""
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if isinstance(array, pa.DictionaryArray):
        labels = np.array(array.dictionary.to_pylist(), dtype=object)
        return labels[array.indices.to_numpy(zero_copy_only=False)].tolist()
    if pa.types.is_string(array.type) or array.null_count == 0:
        return array.to_numpy(zero_copy_only=False).tolist()
    values = array.fill_null(0).to_numpy(zero_copy_only=False).astype(object)
    values[array.is_null().to_numpy(zero_copy_only=False)] = None
    return values.tolist()


def _incident_index_ddl_postgres(conn: Any) -> tuple[list[str], list[str]]:
    """(drop statements, create statements) for the incidents table's secondary indexes, unique key
    and foreign keys, read from the catalogue so the rebuilt table is exactly the schema's."""
    cons = conn.execute(text(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'incidents'::regclass AND contype IN ('u', 'f')"
    )).all()  # fmt: skip
    idx = conn.execute(text(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'incidents' AND indexname NOT IN "
        "(SELECT conname FROM pg_constraint WHERE conrelid = 'incidents'::regclass)"
    )).all()  # fmt: skip
    drops = [f'ALTER TABLE incidents DROP CONSTRAINT "{name}"' for name, _ in cons]
    drops += [f'DROP INDEX "{name}"' for name, _ in idx]
    creates = [definition for _, definition in idx]
    creates += [f'ALTER TABLE incidents ADD CONSTRAINT "{name}" {d}' for name, d in cons]
    return drops, creates


def bulk_load(
    engine: Engine, n: int, synthetic: Synthetic | None = None, seed: int = SEED
) -> dict[str, float]:
    """A fresh database with N incidents, loaded in bulk; indexes and keys built after loading
    (PostgreSQL: then VACUUM ANALYZE, as autovacuum would soon do; SQLite: no statistics, as in use).

    Returns seconds spent generating+loading and building indexes."""
    synthetic = synthetic or make_reference()
    prepared = _prepare_bulk(engine, synthetic)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if db.is_postgis(engine):
        with engine.begin() as conn:
            drops, creates = _incident_index_ddl_postgres(conn)
            for statement in drops:
                conn.execute(text(statement))
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            columns = ", ".join(INCIDENT_COLUMNS)
            options = pa_csv.WriteOptions(include_header=False)
            for table in bulk_tables(synthetic, prepared, n, seed):
                buffer = pa.BufferOutputStream()
                pa_csv.write_csv(table, buffer, options)
                with cursor.copy(f"COPY incidents ({columns}) FROM STDIN WITH (FORMAT csv)") as copy:
                    copy.write(buffer.getvalue().to_pybytes())
            raw.commit()
        finally:
            raw.close()
        timings["load_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
            for statement in creates:
                conn.execute(text(statement))
        autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        with autocommit.connect() as conn:
            conn.execute(text("VACUUM ANALYZE incidents"))
        timings["index_s"] = time.perf_counter() - t1
        return timings
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        dbapi.execute("PRAGMA foreign_keys=OFF")
        creates = [
            sql
            for (sql,) in dbapi.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND "
                "sql IS NOT NULL"
            )
        ]
        for (name,) in dbapi.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND "
            "sql IS NOT NULL"
        ).fetchall():
            dbapi.execute(f'DROP INDEX "{name}"')
        placeholders = ", ".join("?" for _ in INCIDENT_COLUMNS)
        insert = f"INSERT INTO incidents ({', '.join(INCIDENT_COLUMNS)}) VALUES ({placeholders})"  # noqa: S608
        for table in bulk_tables(synthetic, prepared, n, seed, sqlite=True):
            dbapi.execute("BEGIN")
            dbapi.executemany(insert, zip(*(_pylist(column) for column in table.columns), strict=True))
            dbapi.execute("COMMIT")
        timings["load_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        for sql in creates:
            dbapi.execute(sql)
        # No ANALYZE: the application never runs it on SQLite, so the planner works as in production
        # (bench/sections_query.py times the query once more after an ANALYZE, which changes the plan).
        dbapi.commit()
        timings["index_s"] = time.perf_counter() - t1
    finally:
        raw.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    synthetic = make_reference()
    write_reference_dir(synthetic, WORK / "reference")
    out = args.out or WORK / f"kommun_{args.rows}.csv"
    t0 = time.perf_counter()
    write_kommun_csv(out, args.rows, synthetic)
    print(f"{out} ({out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
