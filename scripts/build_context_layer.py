"""Derive lagesbild/data/context_places.csv from ../shared/real_data/geo: the named points a map shows
for orientation (railway stations and populated places), in SWEREF 99 TM whole metres.

Sources (attribution kept in the file's first line and shown under every map that draws them):
- railway stations: Trafikverket's open data (TrainStation, 2022 snapshot), län 01–04;
- populated places: GeoNames cities1000 (CC BY 4.0, geonames.org), the places of places.csv.
The RegSO outlines, their names and the kommun boundaries come from the shipped RegSO layer
(scripts/build_regso_layer.py), so they are not repeated here. Run again when the sources change:

    python scripts/build_context_layer.py [--geo ../shared/real_data/geo]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from pyproj import Transformer

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GEO = next(
    (
        p / "shared" / "real_data" / "geo"
        for p in ROOT.parents
        if (p / "shared" / "real_data" / "geo").is_dir()
    ),
    ROOT.parent / "shared" / "real_data" / "geo",
)
OUT = ROOT / "lagesbild" / "data" / "context_places.csv"
ATTRIBUTION = "Stationer: Trafikverket, öppna data. Orter: GeoNames (CC BY 4.0, geonames.org)."
COLUMNS = ["name", "kind", "kommunkod", "east", "north"]


def build(stations: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Stations (kind "station") from Trafikverket's list and populated places (kind "ort") from
    places.csv; positions as whole metres in SWEREF 99 TM; one row per kind, name and kommun."""
    to_sweref = Transformer.from_crs("EPSG:4326", "EPSG:3006", always_xy=True)
    station_rows = pd.DataFrame(
        {
            "name": stations["name"].str.strip(),
            "kind": "station",
            "kommunkod": stations["kommunkod"].astype(str).str.zfill(4),
            "east": stations["e"].astype(float),
            "north": stations["n"].astype(float),
        }
    )
    towns = places[places["kind"] == "populated_place"]
    east, north = to_sweref.transform(towns["lon"].to_numpy(float), towns["lat"].to_numpy(float))
    town_rows = pd.DataFrame(
        {
            "name": towns["name"].str.strip().to_numpy(),
            "kind": "ort",
            "kommunkod": towns["kommunkod"].astype(str).str.zfill(4).to_numpy(),
            "east": east,
            "north": north,
        }
    )
    out = pd.concat([station_rows, town_rows], ignore_index=True)
    out["east"] = out["east"].round().astype(int)
    out["north"] = out["north"].round().astype(int)
    out = out.drop_duplicates(subset=["kind", "name", "kommunkod"])
    return out.sort_values(["kommunkod", "kind", "name"], ignore_index=True)[COLUMNS]


def write(frame: pd.DataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# {ATTRIBUTION}\n")
        frame.to_csv(fh, index=False, lineterminator="\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--geo", type=Path, default=DEFAULT_GEO)
    args = parser.parse_args()
    stations = pd.read_csv(args.geo / "trafikverket_stations_lan01-04.csv", dtype={"kommunkod": str})
    places = pd.read_csv(args.geo / "places.csv", dtype={"kommunkod": str})
    frame = build(stations, places)
    write(frame, OUT)
    print(f"{len(frame)} platser ({(frame['kind'] == 'station').sum()} stationer) -> {OUT}")


if __name__ == "__main__":
    main()
