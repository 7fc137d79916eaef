"""Derive lagesbild/data/sweden_outline.geojson: Sweden's land and sea border, for rejecting foreign points.

Source: SCB's kommun boundaries (RegSO 2025 dissolved per kommun, simplified to 20 m, CC0). They include
the territorial sea, so their union is the land and sea border (the median line in Öresund, the 12 nm
limit in the open sea); Åland, Bornholm and the neighbours' coasts lie outside. Buffered by 250 m and
then simplified by 100 m: every point of the original lies at least 150 m inside the shipped outline
(a GPS point on a border river or a pier is not rejected for the simplification's sake).

    python scripts/build_sweden_outline.py /work/shared/real_data/geo/kommuner_290_from_regso2025_simplified20m.geojson.gz
"""  # noqa: E501

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import geopandas as gpd
import shapely

OUT = Path(__file__).resolve().parent.parent / "lagesbild" / "data" / "sweden_outline.geojson"
BUFFER_M = 250
SIMPLIFY_M = 100
MIN_HOLE_KM2 = 1.0  # holes (lakes are included; only gaps) smaller than this are filled


def build(source: str) -> dict[str, object]:
    data = Path(source).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    kommuner = gpd.read_file(io.BytesIO(data)).to_crs("EPSG:3006")
    union = shapely.union_all(kommuner.geometry.values)
    outline = shapely.simplify(shapely.buffer(union, BUFFER_M), SIMPLIFY_M)
    parts = [
        shapely.Polygon(p.exterior, [h for h in p.interiors if shapely.Polygon(h).area > MIN_HOLE_KM2 * 1e6])
        for p in getattr(outline, "geoms", [outline])
    ]
    outline = shapely.set_precision(shapely.MultiPolygon(parts), 1.0)
    assert shapely.covers(outline, union), "the outline must cover every kommun"
    return {
        "type": "FeatureCollection",
        "name": "sweden_outline",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}},
        "attribution": "Statistiska centralbyrån (SCB), RegSO 2025 / kommungränser, CC0; "
        f"union, buffert {BUFFER_M} m, förenklad {SIMPLIFY_M} m",
        "features": [
            {"type": "Feature", "properties": {}, "geometry": json.loads(shapely.to_geojson(outline))}
        ],
    }


if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(build(sys.argv[1]), separators=(",", ":")) + "\n", encoding="utf-8")
    print(OUT, OUT.stat().st_size, "bytes")
