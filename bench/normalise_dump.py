"""Run the normaliser of the checkout this file sits in on fixed inputs and pickle what it returns.

Run by path, not as a module, so the same file drives an older checkout (`git archive REF`) and the
current one: `python bench/normalise_dump.py OUT.pkl --police N --national N` with the checkout's root on
sys.path. bench/check_equivalence.py runs it in both and compares the pickles. Inputs: every sample-data
file with the sample reference, a seeded sample of the real police events, and generated kommun rows
with the national synthetic reference. Uses only APIs older checkouts have too.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import pickle
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--police", type=int, default=2000)
    parser.add_argument("--police-feed", type=Path, help="the real police events (.json.gz)")
    parser.add_argument("--national", type=int, default=300)
    parser.add_argument("--work", type=Path, required=True, help="a directory for the generated file")
    args = parser.parse_args()

    from bench import generate
    from data_ingest.normalise import normalise_incidents
    from data_ingest.readers.detect import read_file
    from lagesbild.categories import load_config
    from lagesbild.cli.demo import sample_files
    from lagesbild.reference import read_reference_dir

    config = load_config()
    sample = read_reference_dir(ROOT / "sample_data")
    out: dict[str, Any] = {}

    def run(records: Any, reference: Any, name: str) -> None:
        result = normalise_incidents(records, reference, config, name)
        out[name] = (result.incidents, result.rejected, result.ignored, result.warnings)

    for path in sample_files(ROOT / "sample_data"):
        with path.open("rb") as fh:
            read = read_file(fh, path.name)
        if read.kind == "incidents" and not read.records.empty:
            run(read.records, sample, f"sample_data/{path.name}")
    if args.police and args.police_feed and args.police_feed.exists():
        events = json.loads(gzip.decompress(args.police_feed.read_bytes()))
        chosen = random.Random(1).sample(events, min(args.police, len(events)))
        read = read_file(io.BytesIO(json.dumps(chosen).encode()), "polis.json")
        run(read.records, sample, "polis.json")
    if args.national:
        synthetic = generate.make_reference()
        path = args.work / f"equivalence_{args.national}.csv"
        generate.write_kommun_csv(path, args.national, synthetic)
        with path.open("rb") as fh:
            read = read_file(fh, path.name)
        run(read.records, synthetic.reference, f"national_{args.national}.csv")
    args.out.write_bytes(pickle.dumps(out))


if __name__ == "__main__":
    main()
