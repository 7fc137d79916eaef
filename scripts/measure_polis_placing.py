"""How well are real police events placed in RegSO areas? (issue 13; figures in docs/ingest.md)

All 84,531 events of ../shared/real_data/polisen_events_2022_2026_excl_nacka_nykoping.json.gz go
through the product's own reader and normalisation against all 290 kommuner's RegSO 2025 areas, set up
with `kommun add` in a temporary database, exactly as a national service would hold them. Prints the
figures and writes a fixed random sample of 200 placed events to docs/data/polis_placing_sample.csv
(the verdicts there are filled in by hand; the script keeps verdicts already written).

    python scripts/measure_polis_placing.py [--events PATH] [--sample 200]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

import pandas as pd

from data_ingest.normalise import normalise_incidents
from data_ingest.readers.detect import read_file
from lagesbild.areas import add_kommun
from lagesbild.categories import load_config
from lagesbild.db import init_db, make_engine
from lagesbild.kommuner import kommun_code_for_name, kommun_names
from lagesbild.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "real_data" for p in ROOT.parents if (p / "shared" / "real_data").is_dir()),
    ROOT.parent / "shared" / "real_data",
)
EVENTS = SHARED / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"
SAMPLE_FILE = ROOT / "docs" / "data" / "polis_placing_sample.csv"
SEED = 13


def measure(events: Path, sample_size: int) -> dict[str, object]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/national.db")
        init_db(engine)
        for code in kommun_names():
            add_kommun(engine, code, "mätning")
        with engine.connect() as conn:
            reference = load_reference(conn)
        engine.dispose()
    with events.open("rb") as fh:
        result = read_file(fh, events.name)
    records = result.records
    normalised = normalise_incidents(records, reference, load_config(), events.name)
    kept = normalised.incidents
    titles = records.set_index(records["source_ref"].astype(str))["title"]
    kept = kept.assign(title=kept["source_key"].map(titles))
    named_kommun = records["kommun_name"].map(kommun_code_for_name)
    headline = records["title"].map(lambda t: t.rpartition(",")[2] if isinstance(t, str) else None)
    any_kommun = named_kommun.where(named_kommun.notna(), headline.map(kommun_code_for_name))
    national = reference.matcher
    texts = (records["title"].fillna("") + " " + records["description"].fillna("")).astype(str)
    names_any_area = texts.map(national.area_in_text).notna()
    placed = kept[kept["area"].notna()]
    figures: dict[str, object] = {
        "events": len(records) + len(result.rejected),
        "rejected": len(result.rejected),
        "areas": len(reference.areas),
        "kommun_from_location": int(named_kommun.notna().sum()),
        "kommun_from_location_or_headline": int(any_kommun.notna().sum()),
        "names_a_regso_area_anywhere": int(names_any_area.sum()),
        "kept_est_categories": len(kept),
        "ignored_outside_est": len(normalised.ignored),
        "kept_with_kommun": int(kept["kommun_code"].notna().sum()),
        "placed_in_area": len(placed),
        "seconds": round(time.perf_counter() - started, 1),
    }
    sample = placed.sample(n=min(sample_size, len(placed)), random_state=SEED).sort_values("source_key")
    _write_sample(sample, reference.areas)
    return figures


def _write_sample(sample: pd.DataFrame, areas: pd.DataFrame) -> None:
    kommun = dict(zip(areas["name"], areas["kommun"], strict=True))
    code = dict(zip(areas["name"], areas.get("code", areas["name"]), strict=True))
    kept: dict[str, tuple[str, str]] = {}
    if SAMPLE_FILE.is_file():
        with SAMPLE_FILE.open(encoding="utf-8") as fh:
            kept = {r["id"]: (r["verdict"], r["note"]) for r in csv.DictReader(fh)}
    SAMPLE_FILE.parent.mkdir(parents=True, exist_ok=True)
    with SAMPLE_FILE.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "kommun", "area", "regsokod", "title", "description", "verdict", "note"])
        for row in sample.itertuples():
            verdict, note = kept.get(str(row.source_key), ("", ""))
            writer.writerow(
                [
                    row.source_key,
                    kommun.get(row.area, ""),
                    row.area,
                    code.get(row.area, ""),
                    row.title,
                    row.raw_description,
                    verdict,
                    note,
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=Path, default=EVENTS)
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args()
    for key, value in measure(args.events, args.sample).items():
        print(f"{key}: {value}")
    if SAMPLE_FILE.is_file():
        verdicts = pd.read_csv(SAMPLE_FILE, dtype=str)["verdict"].fillna("")
        judged = verdicts[verdicts != ""]
        if len(judged):
            print(f"sample_judged: {len(judged)}, correct: {int((judged == 'rätt').sum())}")
            print(judged.value_counts().to_string())


if __name__ == "__main__":
    main()
