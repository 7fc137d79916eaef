"""How well are real police events placed in RegSO areas? (issue 13; figures in docs/ingest.md)

All 84,531 events of ../shared/real_data/polisen_events_2022_2026_excl_nacka_nykoping.json.gz against
all 290 kommuner's RegSO 2025 areas, named as `kommun add` names them (a name another kommun already
has gets "(Kommun)" and its plain name as alias). Each event is placed the way ingest places a police
event (data_ingest.normalise._place_by_kommun): its kommun from location.name or the headline's last
part, then the first RegSO name or alias of that kommun in headline + summary, with the same
`PlaceMatcher` (ReferenceData.for_kommun). The whole ingest is not run: categorising 84k rows one by
one costs minutes; the category outcome comes from the same mapping (`map_labels`).

Prints the figures and writes a fixed random sample of placed EST events to --out (default
docs/data/polis_placing_sample.csv, seed 13); verdicts there are filled in by hand and kept on a re-run.
--recheck FILE prints where the events of an earlier judged sample are placed now (a fix's effect on
the events already read). --placements FILE writes every event's kommun and area (id, kommun, area,
est); --compare FILE counts and lists the events whose area differs from such a file (a rule's effect
on all events: write the file with the code before the change, compare with the code after).

    python scripts/measure_polis_placing.py [--events PATH] [--sample 200] [--seed 13] [--out FILE]
        [--recheck FILE] [--limit N] [--placements FILE] [--compare FILE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import time
from functools import partial
from pathlib import Path

import pandas as pd

from lagesbild.categories import load_config, map_labels
from lagesbild.geo import ReferenceData, own_name_pattern
from lagesbild.kommuner import kommun_code_for_name, kommun_names, national_regso_areas

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "real_data" for p in ROOT.parents if (p / "shared" / "real_data").is_dir()),
    ROOT.parent / "shared" / "real_data",
)
EVENTS = SHARED / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"
SAMPLE_FILE = ROOT / "docs" / "data" / "polis_placing_sample.csv"
SEED = 13


def national_reference() -> ReferenceData:
    """Every kommun's RegSO areas, named as `kommun add` run for each kommun in code order names them."""
    areas = national_regso_areas()
    areas["id"] = range(1, len(areas) + 1)
    empty_places = pd.DataFrame(columns=["name", "kind", "area", "east", "north", "public", "aliases"])
    return ReferenceData(
        areas=areas, places=empty_places, addresses=pd.DataFrame(columns=["street", "number"])
    )


def measure(
    events_path: Path,
    sample_size: int,
    limit: int | None,
    seed: int,
    out: Path,
    recheck: Path | None,
    national_names: bool = True,
    placements: Path | None = None,
    compare: Path | None = None,
) -> dict[str, object]:
    started = time.perf_counter()
    with gzip.open(events_path, "rt", encoding="utf-8") as fh:
        events = json.load(fh)[:limit]
    reference = national_reference()
    frame = pd.DataFrame(
        {
            "id": [str(e["id"]) for e in events],
            "type": [str(e.get("type") or "") for e in events],
            "title": [str(e.get("name") or "") for e in events],
            "summary": [str(e.get("summary") or "") for e in events],
            "location": [str((e.get("location") or {}).get("name") or "") for e in events],
        }
    )
    by_location = frame["location"].map(kommun_code_for_name)
    by_headline = frame["title"].map(
        lambda t: kommun_code_for_name(t.rpartition(",")[2]) if "," in t else None
    )
    frame["kommun"] = by_location.where(by_location.notna(), by_headline)
    outcome = map_labels(frame["type"], "polis", load_config(), unknown="ignore")["outcome"]
    frame["est"] = outcome.to_numpy() != "ignored"
    # As ingest joins them: the place text (location.name), the headline and the summary.
    texts = frame["location"] + " " + frame["title"] + " " + frame["summary"]
    # Informational only: whether the text names any RegSO area of Sweden. Characters outside Latin-1
    # ("–", typographic quotes) send PlaceMatcher to its whole-alternation path (~1 s a text with
    # 6,000 names, geo.PlaceMatcher): they are blanked here; the placing below is the ingest's own.
    if national_names:
        national = reference.matcher
        latin = texts.str.replace(r"[^\x00-\xb4\xb6-\xfe]", " ", regex=True)
        frame["names_any_area"] = latin.map(national.area_in_text).notna()
    area = pd.Series(None, index=frame.index, dtype=object)
    for code, part in frame.groupby("kommun"):
        matcher = reference.for_kommun(str(code)).matcher
        own_name = own_name_pattern(kommun_names()[str(code)])
        area.loc[part.index] = texts.loc[part.index].map(partial(matcher.area_in_text, own_name=own_name))
    frame["area"] = area
    placed = frame[frame["area"].notna()]
    est = frame[frame["est"]]
    figures: dict[str, object] = {
        "events": len(frame),
        "regso_areas": len(reference.areas),
        "kommun_from_location": int(by_location.notna().sum()),
        "kommun_from_location_or_headline": int(frame["kommun"].notna().sum()),
        "names_a_regso_area_anywhere": (
            int(frame["names_any_area"].sum()) if national_names else "not measured (--no-national)"
        ),
        "placed_in_own_kommuns_area": len(placed),
        "est_events": len(est),
        "est_with_kommun": int(est["kommun"].notna().sum()),
        "est_placed": int(est["area"].notna().sum()),
        "seconds": round(time.perf_counter() - started, 1),
    }
    est_placed = placed[placed["est"]]
    sample = est_placed.sample(n=min(sample_size, len(est_placed)), random_state=seed).sort_values("id")
    kommun_of = dict(zip(reference.areas["name"], reference.areas["kommun"], strict=True))
    code_of = dict(zip(reference.areas["name"], reference.areas["code"], strict=True))
    _write_sample(sample, kommun_of, code_of, out)
    if recheck is not None:
        figures.update(_recheck(recheck, frame.set_index("id")["area"]))
    columns = ["id", "kommun", "area", "est"]
    if placements is not None:
        frame[columns].to_csv(placements, index=False)
    if compare is not None:
        figures.update(_compare(compare, frame.assign(text=texts)))
    return figures


def _compare(before_file: Path, frame: pd.DataFrame) -> dict[str, object]:
    """Events whose area differs from an earlier --placements file; the changed ones are written
    beside it (FILE.changed.csv) to be read."""
    before = pd.read_csv(before_file, dtype=str, keep_default_na=False).set_index("id")["area"]
    now = frame.set_index("id")
    was = now.index.map(before).fillna("").to_numpy()
    area = now["area"].fillna("").to_numpy()
    changed = now.assign(before=was, after=area)[was != area]
    changed[["kommun", "before", "after", "est", "text"]].to_csv(before_file.with_suffix(".changed.csv"))
    kinds = pd.Series(
        ["unplaced now" if not a else "placed now" if not b else "other area" for b, a in
         zip(changed["before"], changed["after"], strict=True)], dtype=object
    )  # fmt: skip
    return {
        "changed": len(changed),
        "changed_est": int(changed["est"].sum()),
        **{f"changed: {k}": int(v) for k, v in kinds.value_counts().items()},
    }


def _recheck(judged_file: Path, area_now: pd.Series) -> dict[str, object]:
    """Per verdict of an earlier judged sample: still the same area, now unplaced, now another area."""
    judged = pd.read_csv(judged_file, dtype=str, keep_default_na=False)
    now = judged["id"].map(area_now)
    outcome = pd.Series("annat område", index=judged.index)
    outcome[now.isna()] = "ej placerad"
    outcome[now == judged["area"]] = "samma område"
    table = pd.crosstab(judged["verdict"], outcome)
    return {f"recheck {v} -> {o}": int(table.at[v, o]) for v in table.index for o in table.columns}


def _write_sample(
    sample: pd.DataFrame, kommun_of: dict[str, str], code_of: dict[str, str], out: Path
) -> None:
    kept: dict[str, tuple[str, str, str]] = {}
    if out.is_file():
        with out.open(encoding="utf-8") as fh:
            kept = {r["id"]: (r["area"], r["verdict"], r["note"]) for r in csv.DictReader(fh)}
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "kommun", "area", "regsokod", "title", "summary", "verdict", "note"])
        for row in sample.itertuples():
            area = str(row.area)
            judged_area, verdict, note = kept.get(row.id, ("", "", ""))
            if judged_area != area:  # a verdict holds for the area it was given on
                verdict, note = "", ""
            writer.writerow(
                [
                    row.id,
                    kommun_of.get(area, ""),
                    area,
                    code_of.get(area, ""),
                    row.title,
                    row.summary,
                    verdict,
                    note,
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=Path, default=EVENTS)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=SAMPLE_FILE)
    parser.add_argument("--recheck", type=Path, help="an earlier judged sample file")
    parser.add_argument("--limit", type=int, help="only the first N events (a quick check)")
    parser.add_argument(
        "--no-national",
        action="store_true",
        help="skip the informational 'names a RegSO area anywhere' count (most of the run time)",
    )
    parser.add_argument("--placements", type=Path, help="write every event's kommun and area here")
    parser.add_argument("--compare", type=Path, help="a --placements file: count the events that differ")
    args = parser.parse_args()
    figures = measure(
        args.events,
        args.sample,
        args.limit,
        args.seed,
        args.out,
        args.recheck,
        not args.no_national,
        args.placements,
        args.compare,
    )
    for key, value in figures.items():
        print(f"{key}: {value}", flush=True)
    verdicts = pd.read_csv(args.out, dtype=str, keep_default_na=False)["verdict"]
    judged = verdicts[verdicts != ""]
    if len(judged):
        print(f"sample_judged: {len(judged)}, correct: {int((judged == 'rätt').sum())}")
        print(judged.value_counts().to_string())


if __name__ == "__main__":
    main()
