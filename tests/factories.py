"""Small, known databases for tests that are not about reading files."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import box
from sqlalchemy import Engine

from data_ingest.store import BatchSummary, finish_batch, start_batch, store_incidents
from lagesbild.db import init_db, make_engine
from lagesbild.geo import SWEREF, ReferenceData, to_sweref
from lagesbild.reference import load_reference, read_reference_dir, store_reference
from lagesbild.weeks import TZ, week_label
from tests.conftest import SAMPLE_DIR

CENTRES = {"Brandkärr": (58.7664, 17.0181), "Fisksätra": (59.2935, 18.2575), "Älta": (59.2575, 18.1830)}
KOMMUN = {
    "Brandkärr": ("Nyköping", "0480", 3900),
    "Fisksätra": ("Nacka", "0182", 7500),
    "Älta": ("Nacka", "0182", 11000),
}


def reference() -> ReferenceData:
    """Three 2 km squares around the real centres, one public place in each, a few addresses."""
    rows, geoms, places, addresses = [], [], [], []
    for k, (name, (lat, lon)) in enumerate(CENTRES.items(), start=1):
        e, n = (float(v[0]) for v in to_sweref(np.array([lat]), np.array([lon])))
        kommun, code, population = KOMMUN[name]
        rows.append({"id": k, "name": name, "kommun": kommun, "kommun_code": code, "population": population})
        geoms.append(box(e - 1000, n - 1000, e + 1000, n + 1000))
        places.append(
            {
                "name": f"{name} centrum",
                "kind": "centrum",
                "area": name,
                "east": e,
                "north": n,
                "public": True,
                "aliases": f"{name}s centrum",
                "kommun": kommun,
            }
        )
        addresses.append({"street": f"{name}svägen", "number": "12", "east": e + 300, "north": n + 300})
    return ReferenceData(
        areas=gpd.GeoDataFrame(rows, geometry=geoms, crs=SWEREF),
        places=pd.DataFrame(places),
        addresses=pd.DataFrame(addresses),
    )


def incident_rows(spec: list[dict[str, object]]) -> pd.DataFrame:
    """Normalised incident rows from short specs: area, category, when (aware datetime), source…"""
    ref = reference()
    rows = []
    for k, item in enumerate(spec):
        when = pd.Timestamp(item["when"]).tz_convert(TZ)
        area = item.get("area")
        centre = ref.places.set_index("area").loc[area] if area else None
        offset = float(item.get("offset_m", 100.0))  # type: ignore[arg-type]
        east = None if centre is None or item.get("no_point") else float(centre["east"]) + offset
        north = None if east is None else float(centre["north"]) + offset  # type: ignore[index]
        rows.append(
            {
                "row": k + 2,
                "source": item.get("source", "kommun"),
                "organisation": item.get("organisation", "Trygghetsvärdar"),
                "source_key": f"test:{k}:{item.get('source', 'kommun')}",
                "content_hash": f"h{k}",
                "occurred_at": when,
                "occurred_date": when.date(),
                "iso_week": week_label(when.date()),
                "weekday": when.isoweekday(),
                "hour": when.hour,
                "time_precision": "exact",
                "area": area,
                "kommun_code": KOMMUN[str(area)][1] if area else None,  # as the ingest sets it
                "category": item.get("category", "klotter"),
                "source_category": str(item.get("category", "klotter")),
                "description": item.get("description", "Klotter på väggen."),
                "place": item.get("place", "vid centrum"),
                "east": east,
                "north": north,
                "location_precision": item.get("precision", "exact" if east else "area"),
                "cost_sek": item.get("cost_sek"),
                "raw_description": item.get("description"),
                "raw_place": None,
            }
        )
    return pd.DataFrame(rows)


def store_frame(engine: Engine, frame: pd.DataFrame, area_ids: dict[str, int]) -> None:
    """Normalised incident rows stored as one batch per source, as the pipeline would."""
    for source, part in frame.groupby("source"):
        with engine.begin() as conn:
            summary = BatchSummary(
                file=f"test-{source}.csv", source=str(source), kind="incidents", rows=len(part)
            )
            summary.batch_id = start_batch(conn, summary, "0" * 64, "test")
            store_incidents(conn, summary, part, area_ids)
            finish_batch(conn, summary)


def populate(engine: Engine, spec: list[dict[str, object]], approve: bool = True) -> None:
    """Areas, places and the given incidents (grouped into one batch per source), reviewed by default."""
    with engine.begin() as conn:
        store_reference(conn, reference())
        area_ids = load_reference(conn).area_ids
    if spec:
        store_frame(engine, incident_rows(spec), area_ids)
    if approve:
        from sqlalchemy import text

        with engine.begin() as conn:
            conn.execute(text("UPDATE incidents SET review_status = 'granskad'"))


def weekly_spec(
    weeks: int = 12, end: dt.date = dt.date(2026, 11, 22), seed: int = 1
) -> list[dict[str, object]]:
    """A few incidents per area and week with a fixed seed, ending on `end`."""
    rng = np.random.default_rng(seed)
    cats = ["klotter", "skadegorelse", "anlagd_brand", "samling", "vald_hot", "nedskrapning"]
    spec: list[dict[str, object]] = []
    for w in range(weeks):
        day = end - dt.timedelta(weeks=weeks - 1 - w, days=6)
        for area in CENTRES:
            for _ in range(int(rng.poisson(5))):
                when = dt.datetime.combine(
                    day + dt.timedelta(days=int(rng.integers(0, 7))), dt.time(int(rng.integers(0, 24))), TZ
                )
                spec.append({"area": area, "category": cats[int(rng.integers(0, len(cats)))], "when": when,
                             "offset_m": float(rng.uniform(-900, 900))})  # fmt: skip
    return spec


def sample_reference_database(url: str) -> None:
    """A new database at `url` with the schema and the sample data's areas, places and addresses
    (for tests that run the CLI or other processes against it)."""
    engine = make_engine(url)
    try:
        init_db(engine)
        with engine.begin() as conn:
            store_reference(conn, read_reference_dir(SAMPLE_DIR))
    finally:
        engine.dispose()


def register_reporters(engine: Engine, spec: list[dict[str, object]], expected_weekly: bool = False) -> None:
    """The kommun registers the spec's reporters (kommun of the area, organisation, source), so shared
    outputs may name them (privacy gate). Not weekly by default: completeness keeps inferring the
    regular reporters from the data, as the tests built on these specs expect."""
    from lagesbild.reporters import add_reporter

    seen = {
        (
            KOMMUN[str(item["area"])][1],
            str(item.get("organisation", "Trygghetsvärdar")),
            str(item.get("source", "kommun")),
        )
        for item in spec
        if item.get("area")
    }
    for kommun, name, source in sorted(seen):
        add_reporter(engine, kommun, name, source, expected_weekly, actor="test")
