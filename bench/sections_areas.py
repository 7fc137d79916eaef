"""A: what the real RegSO areas change against the synthetic grid the benchmarks used before.

Both references are built in this run for the same kommuner: the real RegSO 2025 areas (the run's own
reference, bench/generate.py) and the grid of 16-sided polygons (`source="synthetic"`), the baseline.
Measured on each: the polygons' vertices, the gazetteer's names, placing by point (STRtree
point-in-polygon, `geo.areas_for_points`), placing by text (`PlaceMatcher.area_in_text`), the ingest's
whole normalise step per row (placing plus categorising, dating and redaction), and per engine the
time to store the reference and the size of the areas table and its indexes.
"""

from __future__ import annotations

import csv
import io
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
import shapely
from sqlalchemy import text

from bench import generate
from bench.common import (
    Context,
    Row,
    fmt_bytes,
    fmt_n,
    fmt_s,
    interleaved,
    log,
    median,
    ratio,
    timed,
)
from data_ingest.normalise import normalise_incidents
from data_ingest.readers import kommun as kommun_reader
from lagesbild.categories import load_config
from lagesbild.db import init_db, is_postgis, make_engine
from lagesbild.geo import PlaceMatcher, ReferenceData, areas_for_points
from lagesbild.reference import store_reference


def _vertices(synthetic: generate.Synthetic) -> dict[str, float]:
    counts = shapely.get_num_coordinates(np.asarray(synthetic.reference.areas.geometry))
    return {
        "areas": len(counts),
        "vertices": int(counts.sum()),
        "median": float(np.median(counts)),
        "p99": float(np.percentile(counts, 99)),
        "max": int(counts.max()),
        "names": len(synthetic.reference.matcher.names),
        "places": len(synthetic.reference.places),
        "addresses": len(synthetic.reference.addresses),
    }


def _csv_records(synthetic: generate.Synthetic, n: int) -> pd.DataFrame:
    """N generated kommun rows, read by the product's kommun reader (what ingest normalises)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(generate.HEADER)
    for rows in generate.kommun_rows(synthetic, n, seed=generate.SEED + 11):
        writer.writerows(rows)
    return kommun_reader.read(io.BytesIO(buffer.getvalue().encode("cp1252")), "bench.csv").records


def _texts(records: pd.DataFrame) -> list[str]:
    return [
        " ".join(str(v) for v in values if isinstance(v, str))
        for values in zip(records["place_text"], records["description"], strict=True)
    ]


def _db_sizes(engine: Any, url: str) -> dict[str, int]:
    with engine.connect() as conn:
        if is_postgis(engine):
            sql = (
                "SELECT pg_relation_size('areas'), pg_indexes_size('areas'), "
                "pg_total_relation_size('places') + pg_total_relation_size('addresses')"
            )
            table, indexes, rest = conn.execute(text(sql)).one()
            return {"areas_table": int(table), "areas_indexes": int(indexes), "places_addresses": int(rest)}
        page = int(conn.execute(text("PRAGMA page_size")).scalar() or 0)
        pages = int(conn.execute(text("PRAGMA page_count")).scalar() or 0)
    return {"file": page * pages}


def bench_areas(ctx: Context) -> None:
    """A: real RegSO areas vs the synthetic grid, same kommuner, same run."""
    sizes = ctx.sizes
    real = ctx.synthetic
    log("areas: building the synthetic grid reference (the baseline)")
    grid = generate.make_reference(n_kommuner=sizes.kommuner, source="synthetic")
    refs = {"real": real, "grid": grid}
    section: dict[str, Any] = {"source": real.source, "shape": {k: _vertices(v) for k, v in refs.items()}}
    if real.source != "regso":
        section["note"] = (
            "the run itself used the synthetic grid (--areas synthetic): both sides are the grid"
        )

    # Placing by point: the same number of points inside the areas of each reference.
    rng = np.random.default_rng(generate.SEED + 12)
    points = {}
    for name, ref in refs.items():
        area = rng.integers(0, len(ref.area_names), sizes.areas_points)
        points[name] = generate.draw_points_in_areas(rng, ref, area)
    geometries = {name: np.asarray(ref.reference.areas.geometry) for name, ref in refs.items()}
    build = {
        name: [timed(partial(shapely.STRtree, g))[0] for _ in range(3)] for name, g in geometries.items()
    }
    log(f"areas: placing {fmt_n(sizes.areas_points)} points, real vs grid")
    by_point = interleaved(
        {
            name: partial(areas_for_points, *points[name], ref.reference.areas, ref.reference.area_tree)
            for name, ref in refs.items()
        },
        sizes.areas_repeats,
    )
    log(f"areas: placing {fmt_n(sizes.areas_rows)} rows by text and normalising them, real vs grid")
    records = {name: _csv_records(ref, sizes.areas_rows) for name, ref in refs.items()}

    def place_texts(matcher: PlaceMatcher, texts: list[str]) -> list[str | None]:
        return [matcher.area_in_text(t) for t in texts]

    def normalise(reference: ReferenceData, rows: pd.DataFrame) -> object:
        return normalise_incidents(rows.copy(), reference, config, "bench.csv")

    config = load_config()
    by_text = interleaved(
        {
            name: partial(place_texts, ref.reference.matcher, _texts(records[name]))
            for name, ref in refs.items()
        },
        sizes.areas_repeats,
    )
    normalised = interleaved(
        {name: partial(normalise, ref.reference, records[name]) for name, ref in refs.items()},
        sizes.areas_repeats,
    )
    section["build_tree_s"] = {k: median(v) for k, v in build.items()}
    section["point_s_per_row"] = {k: median(v) / sizes.areas_points for k, v in by_point.items()}
    section["text_s_per_row"] = {k: median(v) / sizes.areas_rows for k, v in by_text.items()}
    section["normalise_s_per_row"] = {k: median(v) / sizes.areas_rows for k, v in normalised.items()}
    section["points"], section["rows"] = sizes.areas_points, sizes.areas_rows
    n_real, n_grid = section["shape"]["real"]["areas"], section["shape"]["grid"]["areas"]
    sides = f"{fmt_n(n_real)} RegSO areas vs {fmt_n(n_grid)} grid polygons"
    for key, label in (
        ("point_s_per_row", f"placing by point, per row ({fmt_n(sizes.areas_points)} points)"),
        ("text_s_per_row", f"placing by text, per row ({fmt_n(sizes.areas_rows)} rows)"),
        ("normalise_s_per_row", f"ingest normalise step, per row ({fmt_n(sizes.areas_rows)} rows)"),
    ):
        values = section[key]
        ctx.results.rows.append(
            Row(
                f"A. Real areas: {label}",
                "–",
                fmt_s(values["real"]),
                fmt_s(values["grid"]) + " (grid)",
                ratio(values["real"], values["grid"]),
                sides,
            )  # fmt: skip
        )

    # Per engine: storing the reference, and what the areas take in the database.
    section["engines"] = {}
    for engine_name in ctx.engines:
        per: dict[str, Any] = {}
        for name, ref in refs.items():
            url = ctx.dbs.url(engine_name, f"areas_{name}_{engine_name}")
            engine = make_engine(url)
            init_db(engine)

            def store(engine: Any = engine, ref: generate.Synthetic = ref) -> None:
                with engine.begin() as conn:
                    store_reference(conn, ref.reference)

            seconds, _ = timed(store)
            if is_postgis(engine):
                with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.execute(text("VACUUM ANALYZE areas"))
            per[name] = {"store_s": seconds, **_db_sizes(engine, url)}
            engine.dispose()
            ctx.dbs.drop(url)
        section["engines"][engine_name] = per
        size_key = "areas_indexes" if engine_name == "postgis" else "file"
        label = "areas indexes (GiST + keys)" if engine_name == "postgis" else "database file"
        ctx.results.rows.append(
            Row(
                f"A. Real areas: store the reference, {label}",
                engine_name,
                f"{fmt_s(per['real']['store_s'])}, {fmt_bytes(per['real'][size_key])}",
                f"{fmt_s(per['grid']['store_s'])}, {fmt_bytes(per['grid'][size_key])} (grid)",
                ratio(per["real"]["store_s"], per["grid"]["store_s"]),
                "time ratio; " + sides,
            )  # fmt: skip
        )
    ctx.results.sections["areas"] = section
