"""Generate the seeded sample data in sample_data/ (run: .venv/bin/python scripts/generate_sample_data.py).

Deterministic: the same seed gives byte-identical files. The data is invented; see sample_data/README.md.
The parts live next to this script:
  sample_geo.py      areas, address register, place gazetteer (SWEREF 99 TM)
  sample_model.py    the invented incidents (time, place, category, which sources report them)
  sample_sources.py  each source's weekly files in its own format and words
  sample_io.py       deterministic CSV/XLSX/JSON writers and formatting helpers
  sample_text.py     labels, report texts, reporters, file headers, invented personal data
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import random
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_geo import build_areas, build_places, build_streets, regso_area_at, to_wgs84
from sample_io import DataFile, Row, comma, write_file, write_json
from sample_model import Simulation, weeks
from sample_sources import Renderer
from sample_text import MISSING

SEED = 20250416
ROOT = Path(__file__).resolve().parent.parent / "sample_data"
GENERATED_DIRS = ("kommun", "polis", "bostadsbolag")


def rng(part: str) -> random.Random:
    """One random stream per part, so changing one part leaves the others' output alone."""
    return random.Random(f"{SEED}-{part}")


def write_reference(root: Path, streets, places, areas) -> int:
    areas.to_file(root / "areas.geojson", driver="GeoJSON", layer="areas", COORDINATE_PRECISION=1)
    with open(root / "addresses.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["street", "number", "postcode", "postort", "kommun", "east", "north"])
        count = 0
        for s in streets:
            kommun = "Nyköping" if s.area == "Brandkärr" else "Nacka"
            for number, (e, n) in s.numbers.items():
                w.writerow([s.name, number, s.postcode, s.postort, kommun, f"{e:.1f}", f"{n:.1f}"])
                count += 1
    with open(root / "places.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "kind", "area", "kommun", "east", "north", "public", "aliases"])
        for p in places:
            public = "true" if p.public else "false"
            w.writerow(
                [
                    p.name,
                    p.kind,
                    regso_area_at(p.east, p.north),  # the real RegSO area the place lies in
                    p.kommun,
                    f"{p.east:.1f}",
                    f"{p.north:.1f}",
                    public,
                    "|".join(p.aliases),
                ]
            )
    return count


def sort_rows(files: dict[str, DataFile]) -> None:
    for f in files.values():
        f.rows.sort(key=lambda r: r.sort_key, reverse=f.fmt == "json")
    counter = 0
    for f in sorted((f for f in files.values() if "Internt nr" in f.columns), key=lambda f: f.week):
        for row in f.rows:
            counter += 1
            row.values["Internt nr"] = f"EST-2026-{counter:04d}"


# --- malformed rows on purpose -------------------------------------------------------------------------


def _col(f: DataFile, name: str) -> str:
    return next(c for c in f.columns if c.casefold() == name.casefold())


def malform(files: dict[str, DataFile], r: random.Random, protected: set[int]) -> None:
    """Spoil a few rows (about one per ten files) in ways readers must reject; Row.reject says where."""
    groups = {
        "kommun": (55, lambda path, f: f.source == "kommun"),
        "kommunpolis": (18, lambda path, f: "kommunpolis" in path),
        "bostadsbolag": (17, lambda path, f: f.source == "bostadsbolag"),
    }
    for count, belongs in groups.values():
        pool = sorted(
            p
            for p, f in files.items()
            if f.kind == "incidents" and f.fmt != "json" and f.rows and belongs(p, f)
        )
        for path in r.sample(pool, count):
            f = files[path]
            clean = [row for row in f.rows if _clean(row, protected)]
            if clean:
                _spoil(f, r.choice(clean), r)
    # and a few rows of nothing but separators (";;;;;;") in CSV files
    csvs = sorted(p for p, f in files.items() if f.kind == "incidents" and f.fmt == "csv" and len(f.rows) > 2)
    for path in r.sample(csvs, 6):
        f = files[path]
        f.rows.insert(r.randrange(1, len(f.rows)), Row({}, blank=True, reject=(None, "empty_row")))


def _clean(row: Row, protected: set[int]) -> bool:
    """Rows that are not duplicates, carry no free-text personal data and no unknown label."""
    free_text = any(column.casefold() in ("beskrivning", "plats") for _, _, column in row.personal)
    return not (row.blank or row.reject or row.unknown_label or free_text or id(row) in protected)


def _spoil(f: DataFile, row: Row, r: random.Random) -> None:
    v = row.values
    if f.source == "bostadsbolag":
        if f.fmt == "csv" and r.random() < 0.3:
            f.rows.insert(f.rows.index(row), Row({}, blank=True, reject=(None, "empty_row")))
            return
        v["Kostnad"], row.reject = "ca fyratusen", ("Kostnad", "invalid_cost")
        return
    if "Händelsenr" in f.columns:
        kind = r.choice(["swapped", "outside", "date"])
        text = isinstance(v["Lat"], str)
        if kind == "date":
            v["Datum"], row.reject = f"{v['Datum'].year}-02-30", ("Datum", "invalid_date")
        elif kind == "swapped":
            v["Lat"], v["Long"] = v["Long"], v["Lat"]
            row.reject = ("Lat", "swapped_coordinates")
        else:
            v["Lat"], v["Long"] = ("60,1699", "24,9384") if text else (60.1699, 24.9384)
            row.reject = ("Long", "outside_sweden")
        return
    kinds = ["date", "time", "category", "swapped", "outside"] + (["blank"] if f.fmt == "csv" else [])
    kind = r.choice(kinds)
    datum, tid, kat = _col(f, "Datum"), _col(f, "Tid"), _col(f, "Kategori")
    year = 2025 if f.week < "2026" else 2026
    xlsx = f.fmt == "xlsx"
    if kind == "blank":
        f.rows.insert(f.rows.index(row), Row({}, blank=True, reject=(None, "empty_row")))
    elif kind == "date":
        v[datum], row.reject = f"31/13/{year}", (datum, "invalid_date")
    elif kind == "time":
        v[tid], row.reject = "25:70", (tid, "invalid_time")
    elif kind == "category":
        v[kat], row.reject = "", (kat, "missing_category")
    elif "N" in f.columns:
        n, e = 6_575_120.4, 683_490.2
        if kind == "swapped":
            n, e, reason = e, n, "swapped_coordinates"
        else:
            n, e, reason = 5_820_000.0, 390_000.0, "outside_sweden"
        v["N"], v["E"] = (n, e) if xlsx else (comma(n, 1), comma(e, 1))
        row.reject = ("N", reason)
    else:
        lat, lon = to_wgs84(616_717.7, 6_515_798.9)
        if kind == "swapped":
            lat, lon, reason = lon, lat, "swapped_coordinates"
        else:
            lat, lon, reason = 52.5200, 13.4050, "outside_sweden"
        v["Lat"], v["Lon"] = (round(lat, 6), round(lon, 6)) if xlsx else (comma(lat, 6), comma(lon, 6))
        row.reject = ("Lat", reason)


# --- expectations -------------------------------------------------------------------------------------


def expectations(files: dict[str, DataFile], incidents) -> tuple[list, list, list, list]:
    where = {id(row): (path, f.row_number(i)) for path, f in files.items() for i, row in enumerate(f.rows)}
    rejects, personal, unknown, duplicates = [], [], [], []
    seen_values: set[tuple[str, str]] = set()
    for path, f in sorted(files.items()):
        for i, row in enumerate(f.rows):
            number = f.row_number(i)
            if row.reject:
                column, problem = row.reject
                value = None if row.blank or column is None else row.values.get(column)
                rejects.append({"file": path, "row": number, "column": column, "problem": problem,
                                "value": None if value is None else str(value)})  # fmt: skip
            if row.unknown_label:
                unknown.append(
                    {"file": path, "row": number, "column": _col(f, "Kategori"), "value": row.unknown_label}
                )
            for typ, value, column in row.personal:
                cell = str(row.values.get(column, ""))
                assert value in cell, (path, number, value, cell)
                if column in ("Fastighet", "Adress"):
                    if (column, value) in seen_values:
                        continue
                    seen_values.add((column, value))
                personal.append({"type": typ, "value": value, "file": path, "row": number, "column": column})
    group = 0
    for inc in incidents:
        reports = [(where[id(row)], row) for _, row in inc.rows if not row.reject]
        if not inc.duplicate or len(reports) < 2:
            continue
        group += 1
        for (a, _), (b, _) in itertools.combinations(reports, 2):
            duplicates.append({
                "group": group, "a": {"file": a[0], "row": a[1]}, "b": {"file": b[0], "row": b[1]},
                "sources": "+".join(inc.sources), "category": inc.category, "area": inc.area,
                "occurred_at": inc.at.isoformat(timespec="minutes"),
            })  # fmt: skip
    return rejects, personal, unknown, duplicates


def manifest(files: dict[str, DataFile], renderer: Renderer) -> dict:
    entries = []
    for path, f in sorted(files.items()):
        entry = {"file": path, "source": f.source, "kind": f.kind, "organisation": f.organisation,
                 "week": f.week, "format": f.fmt, "rows": len(f.rows)}  # fmt: skip
        if f.fmt == "csv":
            entry |= {"encoding": f.encoding, "delimiter": ";", "decimal": ","}
        if f.fmt == "xlsx":
            entry["sheet"] = f.sheet
        if f.columns:
            entry["columns"] = f.columns
        entries.append(entry)
    names = {"kommun": "{} kommun", "kommunpolis": "Kommunpolisen {}", "bostadsbolag": "{}"}
    missing = [
        {
            "source": "polis" if s == "kommunpolis" else s,
            "organisation": names[s].format(o).replace("Nyköping kommun", "Nyköpings kommun"),
            "week": w,
        }
        for (s, o), ws in MISSING.items()
        for w in sorted(ws)
    ]
    absent = {k: sorted(v) for k, v in renderer.absent.items() if v}
    return {"files": entries, "missing_files": missing, "absent_reporters": absent}


def summary(files: dict[str, DataFile], incidents, n_weeks: int) -> str:
    table: dict[str, Counter] = defaultdict(Counter)
    for inc in incidents:
        for f, row in inc.rows:
            if row.reject:
                continue
            area = inc.area or "(utanför områdena)"
            if inc.category == "non_est":
                area = "(ej EST-typ)"
            label = "kommunpolis" if "kommunpolis" in f.path else f.source
            table[area][label] += 1
    cols = ["kommun", "polis", "kommunpolis", "bostadsbolag"]
    lines = [f"{'area':22}" + "".join(f"{c:>14}" for c in cols) + f"{'total':>8}{'per week':>10}"]
    for area in sorted(table):
        total = sum(table[area].values())
        lines.append(
            f"{area:22}"
            + "".join(f"{table[area][c]:>14}" for c in cols)
            + f"{total:>8}{total / n_weeks:>10.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT, help="output folder (default: sample_data/)")
    args = parser.parse_args()
    root: Path = args.out
    root.mkdir(parents=True, exist_ok=True)
    for name in GENERATED_DIRS:
        shutil.rmtree(root / name, ignore_errors=True)

    areas = build_areas(rng("geo"))
    streets, places = build_streets(), build_places()
    n_addresses = write_reference(root, streets, places, areas)

    week_list = weeks()
    sim = Simulation(rng("incidents"), streets, places)
    sim.run()
    renderer = Renderer(rng("render"), week_list, streets)
    for inc in sim.incidents:
        for source in inc.sources:
            getattr(renderer, source)(inc)
    renderer.ensure_all_files()
    renderer.kommande()
    files = renderer.files
    sort_rows(files)
    renderer.assign_polis_ids()
    renderer.assign_case_ids()
    protected = {id(row) for inc in sim.incidents if inc.duplicate for _, row in inc.rows}
    malform(files, rng("malform"), protected)

    for f in files.values():
        write_file(root, f)
    rejects, personal, unknown, duplicates = expectations(files, sim.incidents)
    write_json(root / "expected_rejects.json", rejects)
    write_json(root / "expected_duplicates.json", duplicates)
    write_json(root / "expected_unknown_labels.json", unknown)
    write_json(root / "planted_personal_data.json", personal)
    write_json(root / "manifest.json", manifest(files, renderer))

    rows_total = sum(len(f.rows) for f in files.values() if f.kind == "incidents")
    table = summary(files, sim.incidents, len(week_list))
    free_text = sum(1 for p in personal if p["column"].casefold() in ("beskrivning", "plats"))
    stats = {
        "weeks": len(week_list),
        "files": len(files),
        "rows": rows_total,
        "rejects": len(rejects),
        "duplicate_groups": len({d["group"] for d in duplicates}),
        "duplicate_pairs": len(duplicates),
        "personal": len(personal),
        "personal_free_text": free_text,
        "unknown_labels": len(unknown),
        "addresses": n_addresses,
        "places": len(places),
        "table": table,
    }
    (root / "README.md").write_text(README.format(**stats), encoding="utf-8")

    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print(table)
    print({k: v for k, v in stats.items() if k != "table"})
    print(f"{size / 1e6:.1f} MB, sha256 of everything: {digest.hexdigest()}")


README = """\
# Sample data (real geography, invented reports)

The **areas are real**; everything else in this folder is **invented** by
`scripts/generate_sample_data.py` (seeded, deterministic: running it again gives byte-identical files).
It imitates what a Lägesbild user receives each week for three EST areas: Brandkärr (Nyköping),
Fisksätra and Älta (Nacka). No row describes a real event and no name, number or address belongs to a
real person.

Regenerate (from the repository root):

    .venv/bin/python scripts/generate_sample_data.py

The summary printed at the end includes a sha256 over all files; two runs must print the same.

## Geography: what is real and what is invented

Real:
- `areas.geojson` — the three EST areas are **SCB's RegSO 2025 areas** with their real boundaries
  (Områdesgränser: RegSO 2025, Statistiska centralbyrån (SCB), CC0), taken from the layer shipped in
  `lagesbild/data/`: Fisksätra `0182R004`, Älta-Erstavik `0182R016` (34 km², most of it the Erstavik
  forest; the reports call it "Älta", an alias) and Brandkärr `0480R004`. MultiPolygons in
  **SWEREF 99 TM (EPSG:3006)**. Properties: `name` (SCB's name), `code` (the RegSO code: `reference
  load` then updates that RegSO area instead of storing a copy), `kommun`, `kommun_code` ("0480" /
  "0182"), `population`, `aliases`.
- Three place positions: Fisksätra station and Nyköpings resecentrum (Trafikverket's station
  positions) and Nacka centrum (GeoNames' point for Nacka), from `../shared/real_data/geo/places.csv`.
- `places.csv`'s `area` column: the real RegSO area each place lies in.

Invented:
- `population` of the three areas: round figures of the right size, **not SCB's statistics**.
- `addresses.csv` — offline address register ({addresses} addresses), UTF-8, comma-separated:
  `street,number,postcode,postort,kommun,east,north` (SWEREF 99 TM, metres, decimal point). Street
  names are real-sounding, house numbers run 1..N along each street (odd/even on either side), and
  their positions are invented, laid out at least 60 m inside the real polygon. Stadsskogsvägen,
  Ekensbergsvägen, Saltsjöbadsvägen and Igelbodavägen lie just outside an EST area (in a neighbouring
  RegSO area); Storkällans väg and Örvägen lie in Storängen-Saltsjö Duvnäs (Älta-Erstavik has no
  Nacka neighbour near Älta).
- `places.csv` — place gazetteer ({places} places), UTF-8: `name,kind,area,kommun,east,north,public,aliases`;
  `aliases` is `|`-separated, `public` is `true`/`false` (fritidsgårdar are `false`). Apart from the
  three real positions above, positions are invented: near, not at, real buildings. Nacka centrum,
  Saltsjöbaden station, Orminge centrum and Nyköpings resecentrum lie outside the three EST areas.
- Every report, event, name and number in the weekly files.

`make run` sets the two kommuner up as a real kommun is: `kommun add 0182`, `kommun add 0480` (all 16 +
20 RegSO areas), then `reference load sample_data/` (population and aliases of the three areas, the
gazetteer, the addresses), then ingests the weekly files (lagesbild/cli/demo.py).

## Weekly reports, ISO weeks 2025-W16 … 2026-W47 ({weeks} weeks)

Row numbers everywhere in this folder are what a person sees: CSV = physical line number (header =
line 1, no field contains a line break), XLSX = sheet row (header = row 1, data from row 2),
JSON = list index + 1. File paths in the `expected_*.json` files are relative to `sample_data/`.
`manifest.json` lists every data file with its source, organisation, week, format, CSV encoding,
XLSX sheet name, exact header and row count, plus the files that never arrived and the weeks each
reporter was silent.

### `kommun/` — the kommuner's EST reports
- `nacka_est_<week>.csv|xlsx` (Fisksätra + Älta) and `nykoping_est_<week>.xlsx|csv` (Brandkärr).
- Nacka: CSV most weeks, `;`-separated, decimal comma, CRLF; **Windows-1252 in odd weeks, UTF-8 with
  BOM in even weeks, plain UTF-8 (no BOM) in five even weeks**; XLSX (sheet `EST-rapport`) in nine weeks.
  Header until 2025-W52: `Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör;N;E`; from 2026-W01 a
  new template: `Internt nr;Datum;Tid;Område;Kategori;Plats;Beskrivning;Rapportör;N;E` (`Internt nr`
  is an extra column to ignore). `N`/`E` are SWEREF 99 TM with decimal comma (`6575120,4`), filled for
  some rows only (XLSX: numbers).
- Nyköping: XLSX most weeks (sheet `Blad1`), CSV (`;`, Windows-1252, two of them UTF-8 with BOM) in
  twelve weeks. Header until 2025-W34: `OMRÅDE;datum;TID;kategori;Plats;beskrivning;Rapportör;Lat;Lon`;
  from 2025-W35 an extra column `Åtgärd` after `beskrivning`. `Lat`/`Lon` are WGS84, decimal comma in
  CSV; in XLSX mostly numbers, sometimes text with decimal comma. Rows are grouped by Rapportör.
- `Datum`: `2025-04-15`, `15/4/2025`, `15.4.2025` (style depends on the reporter) or, in XLSX, real
  Excel date cells. `Tid`: `21:30`, `21.30`, `2130`, empty, `morgon`/`förmiddag`/`eftermiddag`/`kväll`/`natt`,
  or (Nyköping XLSX) Excel time cells. `Område` is sometimes lower-case, has a trailing space, or is
  empty when `Plats` names a gazetteer place. `Kategori` uses EST labels with realistic variants
  ("Klotter ", "Anlagd brand - container", "Otrygghetsskapande samling av personer (trapphus)",
  "Moped på GC-väg"…).
- Unknown labels on purpose (Fyrverkerier / Smällare around new year, Äggkastning at Halloween): listed in
  `expected_unknown_labels.json` ({unknown_labels} rows) — a warning and category övrigt, not a reject.
- `nacka_kommande_<week>.csv` (UTF-8 with BOM) every fourth week and `nykoping_kommande_<week>.xlsx`
  (sheet `Kommande`) every fourth week, offset by two: `Datum;Område;Händelse;Beskrivning;Rapportör`,
  events dated in the four weeks after the report week (Valborg, skolavslutning, Halloween, nyårsafton,
  matches, Fisksätradagen, marknader…).

### `polis/` — the police
- `handelser_<week>.json`: the police's public events API format (a JSON list, newest first, of
  `{{id, datetime, name, summary, url, type, location: {{name, gps}}}}`) for every event **published**
  that ISO week in Nacka or Nyköping. `datetime` is the publish time, hour without leading zero
  (`2025-06-07 7:32:06 +02:00`, +01:00 in winter); `name` carries the incident time
  (`06 juni 18.50, Brand, Nacka`), published 10 minutes to 6 hours later, so a `31 december 23.40`
  event is published on 1 January (several such events in `handelser_2026-W01.json`). `location.gps` is
  the kommun's (or län's) centroid, never the incident's position. About half the summaries name a
  district ("Bilbrand i Fisksätra.", "Skadegörelse vid Fisksätras centrum.", "Stöld i butik i
  Saltsjöbaden."). Non-EST types (Trafikolycka, Sammanfattning natt, Trafikkontroll, Rattfylleri,
  Försvunnen person, Djur, Brand automatlarm) must be ignored with a reason. Ids grow over time at
  the real API's pace but are offset by 1 000 000 so they never collide with the real archive.
- `kommunpolis_nacka_<week>.xlsx`, `kommunpolis_nykoping_<week>.xlsx` (sheet `Händelser`):
  `Händelsenr` (`0201-K123456-25` / `5000-K12345-26`, numbers restart each year), `Datum` (date cell),
  `Klockslag` (text `21:30`, or time cells in some weeks), `Brottstyp`, `Plats`, `Område`, `Lat`,
  `Long` (numbers; text with decimal comma such as `59,2931` in some weeks). A few rows lie outside the
  areas (Område Saltsjöbaden, Orminge, Nyköping centrum…).

### `bostadsbolag/` — housing companies' work orders
- `stena_fisksatra_<week>.xlsx` (Stena Fastigheter, sheet `Ärenden`): `Ärendenr` (`SF-2025-00123`),
  `Registrerad`, `Fastighet`, `Adress`, `Ärendetyp`, `Beskrivning`, `Kostnad`, `Bolag`.
- `nykopingshem_<week>.xlsx` (sheet `Export`), ten weeks `nykopingshem_<week>.csv` (`;`, Windows-1252):
  `Ärendenr` (integers), `Registrerad`, `Ärendetyp`, `Adress`, `Fastighet`, `Beskrivning`, `Kostnad`, `Bolag`.
- `Registrerad` is a datetime cell in XLSX, `2025-04-15 08:12` in CSV. `Adress` comes from the address
  register. `Kostnad`: `4 500 kr`, `4500`, `4 500,50`, a number cell, or empty. Vattenskada and Hissfel
  are not EST matters (to be ignored).

## What is planted on purpose

- **Personal data** — `planted_personal_data.json` ({personal} entries,
  `{{type, value, file, row, column}}`), each value exactly as it appears inside that cell. Types:
  namn, personnummer, samordningsnummer, telefon, epost, regnr, adress, fastighet, diarienr.
  {personal_free_text} are free text in `Beskrivning`/`Plats` ("Boende Anna Lindqvist ringde
  070-174 06 12.", "Bil ABC 123 stod parkerad på gångvägen.", "trapphus Fisksätravägen 12"); the rest
  are every distinct `Fastighet` and `Adress` value (first occurrence) and every kommunpolis
  `Händelsenr`. None of them may reach a shared output. Personnummer are Luhn-valid with birth numbers
  980–999 (the series of Skatteverket's test numbers), samordningsnummer have day + 60, phone numbers
  use 070-174 06 05…99 (reserved by PTS for fiction), e-mail addresses use example.com/.org/.net,
  names are random combinations of common first and last names.
- **Malformed rows** — `expected_rejects.json` ({rejects} rows, `{{file, row, column, problem, value}}`),
  about one per ten files, every one to be rejected by the reader: `invalid_date` (`31/13/2025`, or
  `2025-02-30` in kommunpolis), `invalid_time` (`25:70`), `missing_category` (empty Kategori),
  `swapped_coordinates` (Lat/Lon or N/E swapped), `outside_sweden` (a point in Berlin / Helsinki or far
  south of Sweden in SWEREF), `invalid_cost` (`ca fyratusen`) and `empty_row` (a row of empty fields
  in a CSV; `column` is null). All other rows are clean.
- **Cross-source duplicates** — `expected_duplicates.json` ({duplicate_pairs} pairs in {duplicate_groups}
  groups): each entry links two reports of one incident, `{{group, a: {{file, row}}, b: {{file, row}},
  sources, category, area, occurred_at}}`; a group reported by three sources has three pairs. Patterns:
  police API + housing company (registered 30–150 min after the police time, same address), police API
  + kommun, kommunpolis + kommun (same place, kommun time within ±1 h), kommunpolis + housing company,
  and car fires reported by all three.
- **Completeness gaps** — some files never arrived (Nyköping's EST report in 2025-W30 and 2026-W29,
  Nacka's in 2025-W52, Stena 2025-W52 and 2026-W29, Nyköpingshem 2026-W30, kommunpolis Nyköping 2025-W29,
  2025-W44, 2026-W30, kommunpolis Nacka 2026-W28), and reporters miss weeks (fritidsgårdar about one week
  in ten and all of July weeks 28–31; Sigfridsborgsskolan in school holidays): see `manifest.json`.
- **Patterns for analysis** — evening/night and Friday/Saturday peaks; spikes at Valborg (30 April),
  skolavslutning (12–13 June), Halloween (31 October) and new year (fires and explosions); more
  nedskräpning, gatherings and mopeds in summer, more otrygg plats (lighting) in the dark season;
  fewer reports in the July vacation weeks 28–31. A **measure period in Fisksätra, 2025-W40 … 2026-W09**
  (more trygghetsvärdar at the centre and better lighting) cuts gatherings, narcotics and lighting
  reports, and gatherings stay a little lower afterwards. A **step change in Älta from 2026-W30**:
  klotter triples.

## Reports per area and source (rows, rejects excluded)

Counted from the invented ground truth: a police API event belongs to its area here even when its
summary does not name the district (then a reader can only place it in the kommun).

```
{table}
```
"""


if __name__ == "__main__":
    main()
