"""Build lagesbild/data/place_words.txt: the capitalised words of Swedish place names.

Read by the fail-closed name rule (lagesbild/privacy/name_unknown.py): a capitalised word inside a
sentence that is part of a place's name is no person. Sources, all shipped with the product: the RegSO
2025 area names (SCB, CC0; lagesbild/data/regso_2025.geojson.gz), the 290 kommuner
(lagesbild/data/kommuner.csv) and the stations and towns of lagesbild/data/context_places.csv
(Trafikverket open data, GeoNames CC BY 4.0). Each name is split at spaces and hyphens; a word and its
genitive (`Fisksätras`) are kept.

Run after any of those files changes; the output is committed:
    PYTHONPATH=. .venv/bin/python scripts/build_place_words.py
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "lagesbild" / "data"
OUT = DATA / "place_words.txt"


def place_names() -> list[str]:
    with gzip.open(DATA / "regso_2025.geojson.gz", "rt", encoding="utf-8") as f:
        names = [feat["properties"]["regsonamn"] for feat in json.load(f)["features"]]
    with open(DATA / "kommuner.csv", encoding="utf-8") as f:
        names += [row["kommunnamn"] for row in csv.DictReader(f)]
    with open(DATA / "context_places.csv", encoding="utf-8") as f:
        names += [row["name"] for row in csv.DictReader(line for line in f if not line.startswith("#"))]
    return names


def main() -> None:
    words = {w for name in place_names() for w in re.split(r"[\s\-/,()]+", name) if w[:1].isupper()}
    words |= {f"{w}s" for w in words if not w.endswith(("s", "x", "z"))}
    OUT.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
