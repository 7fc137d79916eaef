"""Derive lagesbild/data/regso_2025.geojson.gz from ../shared/real_data/geo (SCB RegSO 2025, CC0).

The shipped layer is the national RegSO 2025 areas (already simplified to 20 m by the source), moved to
SWEREF 99 TM and rounded to whole metres, with each area's kommun code and name: about 1 MB gzipped.
Run again when SCB publishes a new RegSO version:

    python scripts/build_regso_layer.py [--geo ../shared/real_data/geo]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import geopandas as gpd
import shapely

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a worktree sits one level deeper).
DEFAULT_GEO = next(
    (
        p / "shared" / "real_data" / "geo"
        for p in ROOT.parents
        if (p / "shared" / "real_data" / "geo").is_dir()
    ),
    ROOT.parent / "shared" / "real_data" / "geo",
)
OUT = ROOT / "lagesbild" / "data" / "regso_2025.geojson.gz"
NAMES_OUT = ROOT / "lagesbild" / "data" / "kommuner.csv"  # code -> name, read without the geometry
ATTRIBUTION = (
    "RegSO 2025 (regionala statistikområden, version 2025_v2): Statistiska centralbyrån (SCB), "
    "öppna data, CC0. Förenklad till 20 m, koordinater avrundade till hela meter i SWEREF 99 TM."
)


def build(geo: Path) -> gpd.GeoDataFrame:
    regso = gpd.read_file(f"/vsigzip/{geo / 'regso_2025_sweden_simplified20m.geojson.gz'}")
    kommuner = gpd.read_file(f"/vsigzip/{geo / 'kommuner_290_from_regso2025_simplified20m.geojson.gz'}")
    names = dict(zip(kommuner["kommunkod"], kommuner["kommunnamn"], strict=True))
    regso = regso.to_crs("EPSG:3006")
    # Whole metres are far below the 20 m simplification; make_valid repairs what rounding may fold.
    geometry = shapely.make_valid(shapely.set_precision(regso.geometry.values, grid_size=1.0))
    out = gpd.GeoDataFrame(
        {
            "regsokod": regso["regsokod"],
            "regsonamn": regso["regsonamn"],
            "kommunkod": regso["kommunkod"],
            "kommunnamn": regso["kommunkod"].map(names),
        },
        geometry=list(geometry),
        crs="EPSG:3006",
    )
    missing = out[out["kommunnamn"].isna()]
    if not missing.empty:
        raise SystemExit(f"kommun utan namn: {sorted(missing['kommunkod'].unique())}")
    return out.sort_values("regsokod").reset_index(drop=True)


def write(layer: gpd.GeoDataFrame, out: Path) -> None:
    collection = json.loads(layer.to_json(drop_id=True))
    collection["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}}
    collection["attribution"] = ATTRIBUTION
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    # Integers print without ".0": the coordinates are whole metres.
    text = text.replace(".0,", ",").replace(".0]", "]")
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--geo", type=Path, default=DEFAULT_GEO)
    args = parser.parse_args()
    layer = build(args.geo)
    write(layer, OUT)
    names = layer[["kommunkod", "kommunnamn"]].drop_duplicates().sort_values("kommunkod")
    names.to_csv(NAMES_OUT, index=False, lineterminator="\n")
    print(f"{len(layer)} RegSO-områden i {layer['kommunkod'].nunique()} kommuner -> {OUT}")


if __name__ == "__main__":
    main()
